"""Mine the clause words that tell a reported figure from a planned one -> extract/data/clause_cues.jsonl.

The section classifier (``extract.sections``) gives every sentence the phase of its heading:
review (the year under review, the five-year review) or plan (the coming year, the new
five-year plan). A heading can be wrong for some of its sentences: a 十五五 chapter that opens
with what the last plan achieved, review paragraphs under a plan heading, a report with no
headings. The sentence itself often says which it is (past results: 累计, 同比, 比上年, 实现;
plans: 力争, 左右, 确保, 预期), so the indicator reader lets strong sentence evidence override
its heading (``extract.indicators.phase``).

Self-supervised like ``scripts/mine_section_cues.py``: a sentence is labelled by its heading only
where the heading's own title dates it (``extract.sections.title_class``: ``2025年工作回顾``,
``“十五五”时期主要目标``), the sections the classifier is confident about. Words (jieba's
segmentation, Chinese words only: no digits, so no cue is one report's year) are counted once
per sentence on each side; a word is kept when it is frequent (``--min-count`` sentences), spread
over many documents (``--min-docs``) and leans to one side by at least ``--min-ratio`` after
smoothing. Its weight is the smoothed log-odds of its sentence rate on the review vs the plan
side (> 0: review), scaled down below the count floor (``extract.pipeline.cue_floor``: a ramp, not
a step, so that blanking a few passages moves a cue's weight a little instead of removing it).

Gold passages are blanked before a report is read (``extract.pipeline.gold_mask``), so no cue
rests on annotated text. Each line carries its provenance: counts per side, document count, the
labelled sentences per side and the corpora read. Run:
``python scripts/mine_clause_cues.py data/corpus ../shared/corpus-extra`` (``--check`` compares
with the shipped file instead of writing it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from extract.document import corpus_paths, from_text
from extract.loading import load
from extract.pipeline.cue_floor import floor_share
from extract.pipeline.gold_mask import blank, default_gold_files, passage_spans
from extract.pipeline.miner_cli import run_cue_miner
from extract.sections import classifier, title_class

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "data" / "clause_cues.jsonl"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
REVIEW = ("year_review", "five_year_review")  # every other dated kind is a plan side


def sentence_words(text: str) -> set[str]:
    """The distinct Chinese words of a sentence (jieba's plain cut; words holding anything but
    Chinese characters are dropped: years and figures are no phase cue of their own)."""
    from extract.pipeline.lexicon import _segment

    return {w for w in _segment(text) if _HAN.match(w) and not _NOT_HAN.search(w)}


def labelled_sentences(
    dirs: list[Path], gold_files: list[Path] | None = None
) -> Iterator[tuple[str, str, str]]:
    """(doc id, side, sentence) for every sentence under a heading whose own title dates it
    (the innermost dated title on its path), gold passages blanked before the report is read."""
    spans = passage_spans(default_gold_files() if gold_files is None else gold_files)
    for d in dirs:
        for p in corpus_paths(d):
            doc = from_text(blank(load(p).text, spans.get(p.name, ())), doc_id=p.name, path=str(p))
            c = classifier(doc)
            for s in doc.sentences:
                if not any(title_class(doc, t) for t in s.path):
                    continue
                k = c.classify(s.path)
                if k.source != "title":
                    continue
                text = doc.text[s.start : s.end]
                if text.strip():
                    yield doc.doc_id, "review" if k.kind in REVIEW else "plan", text


def mine(
    dirs: list[Path], min_count: int, min_docs: int, min_ratio: float, gold_files: list[Path] | None = None
) -> list[dict]:
    counts: dict[str, Counter[str]] = {"review": Counter(), "plan": Counter()}
    docs: dict[str, set[str]] = {}
    sentences: Counter = Counter()
    for doc_id, side, text in labelled_sentences(dirs, gold_files):
        sentences[side] += 1
        words = sentence_words(text)
        counts[side].update(words)
        for w in words:
            docs.setdefault(w, set()).add(doc_id)
    n_rev, n_plan = sentences["review"], sentences["plan"]
    out = []
    for w in sorted(set(counts["review"]) | set(counts["plan"])):
        a, p = counts["review"][w], counts["plan"][w]
        share = floor_share(a + p, min_count)  # a soft floor: no cue in or out by one count
        if share == 0.0 or len(docs[w]) < min_docs:
            continue
        # smoothed log-odds of the word's sentence rate on the review vs the plan side
        weight = math.log(((a + 1) / (n_rev + 2)) / ((p + 1) / (n_plan + 2)))
        if abs(weight) < math.log(min_ratio):
            continue
        out.append(
            {
                "cue": w,
                "weight": round(weight * share, 4),
                "provenance": {
                    "source": "mined",
                    "script": "scripts/mine_clause_cues.py",
                    "corpora": [d.name for d in dirs],
                    "count_review": a,
                    "count_plan": p,
                    "docs": len(docs[w]),
                    "floor_share": round(share, 4),
                    "labelled_sentences": {"review": n_rev, "plan": n_plan},
                },
            }
        )
    return out


def main() -> None:
    run_cue_miner("mine_clause_cues", __doc__, mine, OUT, min_count=20)


if __name__ == "__main__":
    main()
