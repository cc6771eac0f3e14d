"""Mine the body cues that tell a review section from a plan section -> extract/data/section_cues.jsonl.

Self-supervised: a top-level section whose title dates it (``2025年工作回顾`` is the report
year, ``2026年重点工作`` the plan year, ``“十五五”时期…`` a plan, ``“十四五”时期…回顾`` a past
plan; see ``extract.sections.title_class``) labels its body. Character bigrams of those
bodies are counted per label; a bigram is kept as a cue when it is frequent (``--min-count``;
below it the weight is scaled down, ``extract.pipeline.cue_floor``, not cut),
spread over many documents (``--min-docs``: a cue must be genre language, not one report's
topic) and leans to one side by at least ``--min-ratio`` after smoothing. Sections whose title
does not date them (福建's ``一年接着一年干…``, 内蒙古's ``全力抓好七项重点工作``) are then
classified by these cues in ``extract.sections``.

Gold passages are blanked before a report is read (``extract.pipeline.gold_mask``: the passages
of every gold file, dev, dev provincial, provincial-2026 tune and sealed), so no cue rests on
annotated text. Each output line carries its provenance: counts per label, document counts and the corpora
read. Run: ``python scripts/mine_section_cues.py data/corpus ../shared/corpus-extra`` (add
``--check`` to compare with the shipped file instead of writing it).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from extract.document import corpus_paths, from_text
from extract.loading import load
from extract.pipeline.cue_floor import floor_share
from extract.pipeline.gold_mask import blank, default_gold_files, passage_spans
from extract.pipeline.miner_cli import run_cue_miner
from extract.sections import CONTRASTS, bigrams, title_class

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "data" / "section_cues.jsonl"


def labelled_sections(dirs: list[Path], gold_files: list[Path] | None = None):
    """(doc id, label, body text) for every top-level section its title dates, gold passages
    blanked before the report is structured (blanking keeps offsets and line breaks)."""
    spans = passage_spans(default_gold_files() if gold_files is None else gold_files)
    for d in dirs:
        for p in corpus_paths(d):
            doc = from_text(blank(load(p).text, spans.get(p.name, ())), doc_id=p.name, path=str(p))
            for s in doc.sections:
                if s.level != 1 or s.kind in ("glossary", "appendix"):
                    continue
                found = title_class(doc, s.title)
                if found is None:
                    continue
                yield doc.doc_id, found.kind, doc.text[s.end : s.body_end]


def mine(
    dirs: list[Path], min_count: int, min_docs: int, min_ratio: float, gold_files: list[Path] | None = None
) -> list[dict]:
    """Cues for each contrast of ``extract.sections.CONTRASTS`` (review vs plan, year vs five-year plan)."""
    counts: dict[str, Counter] = {}
    docs: dict[str, dict[str, set[str]]] = {}
    sections: Counter = Counter()
    for doc_id, kind, body in labelled_sections(dirs, gold_files):
        sections[kind] += 1
        grams = bigrams(body)
        counts.setdefault(kind, Counter()).update(grams)
        for g in set(grams):
            docs.setdefault(kind, {}).setdefault(g, set()).add(doc_id)
    out = []
    for contrast, (pos_kinds, neg_kinds) in CONTRASTS.items():
        pos = sum((counts.get(k, Counter()) for k in pos_kinds), Counter())
        neg = sum((counts.get(k, Counter()) for k in neg_kinds), Counter())
        tot_pos, tot_neg = sum(pos.values()), sum(neg.values())
        vocab = set(pos) | set(neg)
        for g in sorted(vocab):
            a, p = pos[g], neg[g]
            spread = set().union(*(docs.get(k, {}).get(g, set()) for k in (*pos_kinds, *neg_kinds)))
            share = floor_share(a + p, min_count)  # a soft floor: no cue in or out by one count
            if share == 0.0 or len(spread) < min_docs:
                continue
            # smoothed log-odds of the bigram's rate on the positive vs the negative side
            weight = math.log(((a + 1) / (tot_pos + len(vocab))) / ((p + 1) / (tot_neg + len(vocab))))
            if abs(weight) < math.log(min_ratio):
                continue
            out.append(
                {
                    "cue": g,
                    "contrast": contrast,
                    "weight": round(weight * share, 4),
                    "provenance": {
                        "source": "mined",
                        "script": "scripts/mine_section_cues.py",
                        "corpora": [d.name for d in dirs],
                        "count_pos": a,
                        "count_neg": p,
                        "docs": len(spread),
                        "floor_share": round(share, 4),
                        "labelled_sections": {k: sections[k] for k in (*pos_kinds, *neg_kinds)},
                    },
                }
            )
    return out


def main() -> None:
    run_cue_miner("mine_section_cues", __doc__, mine, OUT, min_count=30)


if __name__ == "__main__":
    main()
