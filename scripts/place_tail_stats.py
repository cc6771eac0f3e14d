"""What follows a place over all reports: the evidence for ``extract.pipeline.place_led_names``.

Why: a division written right before more name characters is either the first word of a longer
name (江门|中微子实验站, GUIDE §2.1: the maximal name, no District inside) or a place modifying a
verb or a generic category (云南|企业经…, 湖北|经济…), which the gold sets tag as a District. The
extractor builds the longer name only where the tail ends in a head of the lexicon or runs into a
construction stage phrase, and keeps the District where the tail has neither. This script counts,
over every gazetteer place hit (the longest at each position, no overlaps) in all the given
reports, the class of the run of name characters right after it:

- ``delimiter``: nothing (punctuation, a quote, a bracket, the end);
- ``clause``: the first word is a clause word (a verb, preposition, particle or mined stop word);
- ``head``: the words end in a lexicon head and name something (``name_after_place``);
- ``built``: the words run into a construction stage phrase (``built_name_end``);
- ``proper``: the first word is proper, a coined word or a rare proper noun, so the place
  modifies a name whose head may be unknown (``place_proper_tails``; the District is dropped);
- ``kernel``: two or more full words closed by a one-character noun (中央法务|区): a name whose
  head the lexicon lacks (``place_kernel_tails``; the District is dropped);
- ``nominal``: name words with neither (a category, a figure, an unknown head).

With ``--gold FILE`` (readable gold only: the dev, dev-provincial and tune sets; the sealed half
is refused) it counts the same classes for each gold District mention and for each gold name of
another type that opens with a division: how often the annotators kept a place followed by each
class of tail as a District, and how often it opens a longer name. Only aggregate counts are
printed for all documents; ``--examples`` prints rows from readable documents only (bundled
corpus, dev-provincial and tune provinces).

    python scripts/place_tail_stats.py data/corpus ../shared/corpus-extra [--examples]
    python scripts/place_tail_stats.py --gold ../shared/eval/dev/gold.jsonl data/corpus
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from extract.pipeline.grammar import Grammar, default_grammar
from extract.pipeline.place_kernel_tails import opens_kernel_name
from extract.pipeline.place_led_names import built_name_end, name_after_place, run_words
from extract.pipeline.place_proper_tails import opens_proper_name
from extract.pipeline.place_runs import name_run
from extract.regions import lookup

READABLE_EXTRA = {"云南省", "新疆维吾尔自治区", "浙江省", "湖北省", "天津市", "山东省", "山西省", "广东省",
                  "江西省", "河北省", "海南省", "青海省"}  # fmt: skip
PLACE_SOURCES = ("region", "region_short")
CLASSES = ("delimiter", "clause", "head", "built", "proper", "kernel", "nominal")
MAX_PLACE = 6  # characters of the longest division name tried at the front of a gold name


def tail_class(text: str, end: int, grammar: Grammar) -> str:
    """The class (module docstring) of what follows a place ending at ``end``."""
    run = name_run(text, end)
    if not run:
        return "delimiter"
    if not run_words(run, grammar):
        return "clause"
    if name_after_place(text, end, grammar) is not None:
        return "head"
    if built_name_end(text, end, grammar) is not None:
        return "built"
    if opens_proper_name(text, end, grammar):
        return "proper"
    if opens_kernel_name(text, end, grammar):
        return "kernel"
    return "nominal"


def place_hits(text: str) -> list[tuple[int, int]]:
    """The gazetteer's division hits in ``text``: the longest at each position, left to right,
    none overlapping (the pipeline's context and gazetteer components only)."""
    from extract.entities import load_pipeline
    from extract.pipeline.candidates import CANDIDATES
    from extract.pipeline.context import context_doc

    nlp = load_pipeline()
    with nlp.select_pipes(enable=["policykg_context", "policykg_gazetteer"]):
        doc = nlp(context_doc(nlp, text, None, None, 0))
    spans = sorted(
        ((s.start_char, s.end_char) for s in doc.spans.get(CANDIDATES, ()) if s.id_ in PLACE_SOURCES),
        key=lambda se: (se[0], -se[1]),
    )
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _opening_place(name: str) -> int:
    """Length of the longest division name that opens ``name`` with at least two characters
    after it, or 0."""
    for n in range(min(MAX_PLACE, len(name) - 2), 1, -1):
        if lookup(name[:n]) is not None:
            return n
    return 0


def gold_counts(gold: Path, corpus: Path, grammar: Grammar) -> collections.Counter[tuple[str, str]]:
    """(kind, class) counts over a gold file: kind is ``District`` for a gold District mention,
    ``inside <type>`` for a division that opens a gold name of another type."""
    from extract.document import ingest

    texts: dict[str, str] = {}
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["doc"] not in texts:
            texts[rec["doc"]] = ingest(corpus / rec["doc"]).text
        text = texts[rec["doc"]]
        for ent in rec["entities"]:
            start = rec["start"] + ent["start"]
            if ent["type"] == "District":
                counts[("District", tail_class(text, rec["start"] + ent["end"], grammar))] += 1
                continue
            cut = _opening_place(ent["text"])
            if cut:
                counts[(f"inside {ent['type']}", tail_class(text, start + cut, grammar))] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    from extract.document import ingest

    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", help="report directories (with --gold: the one its docs are in)")
    ap.add_argument("--examples", action="store_true", help="print rows of readable documents")
    ap.add_argument("--gold", type=Path, help="a readable gold file (never the sealed half)")
    args = ap.parse_args(argv)
    for d in args.dirs:
        if not Path(d).is_dir():
            ap.error(f"{d}: not a directory")  # a typo would otherwise count nothing, silently
    grammar = default_grammar()
    if args.gold is not None:
        if "sealed" in args.gold.parts:
            ap.error(f"{args.gold}: the sealed half is scored, never read")
        counts = gold_counts(args.gold, Path(args.dirs[0]), grammar)
        for kind in sorted({k for k, _ in counts}):
            row = " ".join(f"{c}={counts[(kind, c)]}" for c in CLASSES)
            print(f"{kind:22s} {row}")
        return 0
    totals: collections.Counter[str] = collections.Counter()
    for path in sorted(p for d in args.dirs for p in Path(d).glob("*.txt")):
        text = ingest(path).text
        readable = path.stem in READABLE_EXTRA or path.stem[:1].isdigit()
        for start, end in place_hits(text):
            cls = tail_class(text, end, grammar)
            totals[cls] += 1
            if args.examples and readable and cls != "delimiter":
                print(f"{cls:9s} {text[start:end]}|{name_run(text, end)}")
    for cls in CLASSES:
        print(f"{cls:10s} {totals[cls]:6d}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
