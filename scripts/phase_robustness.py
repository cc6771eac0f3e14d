"""How much of the indicators' kind and year rests on the headings alone?

Re-reads reports with their heading lines removed or altered and counts the indicator records
whose kind (actual/target) or year changes against the report as written. A figure's phase
should rest on its own sentence where the sentence says it (past results, 力争, a written year),
so the fewer records change, the less the reader depends on headings being there and right.

Variants (only headings that stand alone on their line are touched, never a heading run into
its paragraph, so no body text is lost):

- ``none``: the heading lines are deleted (a report with no headings at all);
- ``neutral``: every title becomes ``有关工作`` (headings that date nothing);
- ``next``: every title becomes ``“十五五”时期主要目标任务`` (headings that all name the next
  period, over review text as well).

A record is matched across variants by its document, indicator name, value, unit and the text
of its evidence sentence (offsets move when lines are deleted).

    python scripts/phase_robustness.py FILES...        # e.g. the readable reports
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from extract.document import from_text
from extract.errors import LoadError
from extract.loading import load

VARIANTS = ("none", "neutral", "next")
_TITLE = {"neutral": "有关工作", "next": "“十五五”时期主要目标任务"}
_NUMBERED = ("part", "chapter", "section", "cn_num", "paren_cn", "paren_arabic", "arabic", "ordinal")


def variant_text(text: str, variant: str) -> str:
    """``text`` with every stand-alone numbered heading line deleted or retitled."""
    doc = from_text(text)
    edits: list[tuple[int, int, str]] = []
    for s in doc.sections:
        if s.kind not in _NUMBERED:
            continue
        line_end = text.find("\n", s.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[s.end : line_end].strip():
            continue  # an inline heading: its paragraph follows on the same line
        title_at = text.find(s.title, s.start, line_end) if s.title else -1
        if variant == "none":
            edits.append((s.start, min(len(text), line_end + 1), ""))
        elif title_at >= 0:
            edits.append((title_at, title_at + len(s.title), _TITLE[variant]))
    out, pos = [], 0
    for a, b, new in sorted(edits):
        if a < pos:
            continue
        out.append(text[pos:a])
        out.append(new)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def phases(text: str, name: str) -> dict[tuple, Counter]:
    """(indicator, value, unit, evidence) -> Counter of (kind, year) over the report's records."""
    from extract.extractor import extract_document
    from extract.records import Indicator

    doc = from_text(text, doc_id=name, path=name)
    out: dict[tuple, Counter] = {}
    for r in extract_document(doc):
        if isinstance(r, Indicator):
            key = (r.indicator, r.value, r.unit, text[r.start : r.end])
            out.setdefault(key, Counter())[(r.kind_, r.year)] += 1
    return out


def compare(files: list[Path]) -> dict[str, Counter]:
    """variant -> counts of matched, changed (kind or year differs) and lost records."""
    result = {v: Counter() for v in VARIANTS}
    for f in files:
        text = load(f).text
        base = phases(text, f.name)
        for v in VARIANTS:
            other = phases(variant_text(text, v), f.name)
            for key, seen in base.items():
                if key not in other:
                    result[v]["lost"] += sum(seen.values())
                    continue
                result[v]["matched"] += sum(seen.values())
                lost, gained = seen - other[key], other[key] - seen
                result[v]["changed"] += sum(lost.values())
                if lost and gained:  # how the phase moved: actual->target, target->actual, year only
                    (k0, _), (k1, _) = next(iter(lost)), next(iter(gained))
                    result[v][f"{k0}->{k1}" if k0 != k1 else "year only"] += sum(lost.values())
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    try:
        result = compare(args.files)
    except LoadError as exc:
        print(f"phase_robustness: {exc}", file=sys.stderr)
        sys.exit(2)
    for v, c in result.items():
        moves = "  ".join(f"{k} {c[k]}" for k in ("actual->target", "target->actual", "year only"))
        changed = f"kind/year changed {c['changed']:5} ({moves})"
        print(f"{v:8} matched {c['matched']:5}  {changed}  not found {c['lost']:5}")


if __name__ == "__main__":
    main()
