"""The input layer of every miner: report texts with the passages of *every* gold file blanked.

Mined entries (heads, stop words, status phrases and modifiers, generic terms, category phrases,
section cues) must rest on unannotated text only. If a miner read a gold passage, an entry could
exist only because of text that is later scored (如期 counted in a sealed province's passage):
the score on that gold set would then be transductive. So every miner (``scripts/mine_*.py``)
reads its documents through :func:`blanked_documents` or :func:`blanked_text`, and the default
gold files are all of them: the dev gold, the dev provincial gold, the tuning half and the sealed
half of ``eval/provincial-2026``.

Only the document name and the passage offsets of a gold line are used (``doc``, ``start``,
``end``); the text and annotations of a gold file are never looked at, and an error message never
repeats a line of it (the sealed half is score only). Blanking keeps every offset and line
break: each character of a passage becomes a space, so the structure of a report (headings,
paragraphs) outside the passages and every offset after them stay as they were.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from extract.errors import LoadError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

Spans = Mapping[str, list[tuple[int, int]]]


def default_gold_files(root: Path = ROOT, shared: Path = SHARED) -> list[Path]:
    """Every gold file of the project (dev, dev provincial, provincial-2026 tune, sealed, fresh*)."""
    return [
        shared / "eval" / "dev" / "gold.jsonl",
        shared / "eval" / "dev" / "gold-provincial.jsonl",
        root / "eval" / "provincial-2026" / "tune.jsonl",
        root / "eval" / "provincial-2026" / "sealed" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh" / "check" / "gold.jsonl",
        # drawn before it was annotated, so that mining never saw it (eighth session's blind set)
        root / "eval" / "provincial-2026" / "fresh2" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh2" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh2" / "check" / "gold.jsonl",
        # the ninth session's blind set, masked the same way before annotation
        root / "eval" / "provincial-2026" / "fresh3" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh3" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh3" / "check" / "gold.jsonl",
        # the eleventh session's blind set, masked before annotation
        root / "eval" / "provincial-2026" / "fresh4" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh4" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh4" / "check" / "gold.jsonl",
        # the twelfth session's blind set, masked before annotation
        root / "eval" / "provincial-2026" / "fresh5" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh5" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh5" / "check" / "gold.jsonl",
        # the fifteenth session's blind set, masked before annotation
        root / "eval" / "provincial-2026" / "fresh6" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh6" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh6" / "check" / "gold.jsonl",
        # the sixteenth session's blind set (shorter units), masked before annotation
        root / "eval" / "provincial-2026" / "fresh7" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh7" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh7" / "check" / "gold.jsonl",
        # the seventeenth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh8" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh8" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh8" / "check" / "gold.jsonl",
        # the eighteenth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh9" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh9" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh9" / "check" / "gold.jsonl",
        # the nineteenth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh10" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh10" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh10" / "check" / "gold.jsonl",
        # the twentieth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh11" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh11" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh11" / "check" / "gold.jsonl",
        # the twenty-first session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh12" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh12" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh12" / "check" / "gold.jsonl",
        # the twenty-second session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh13" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh13" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh13" / "check" / "gold.jsonl",
        # the twenty-third session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh14" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh14" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh14" / "check" / "gold.jsonl",
        # the twenty-fourth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh15" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh15" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh15" / "check" / "gold.jsonl",
        # the twenty-fifth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh16" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh16" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh16" / "check" / "gold.jsonl",
        # the twenty-sixth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh17" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh17" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh17" / "check" / "gold.jsonl",
        # the twenty-seventh session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh18" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh18" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh18" / "check" / "gold.jsonl",
        # the twenty-eighth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh19" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh19" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh19" / "check" / "gold.jsonl",
        # the twenty-ninth session's blind set (round 7's unit), masked before annotation
        root / "eval" / "provincial-2026" / "fresh20" / "passages.jsonl",
        root / "eval" / "provincial-2026" / "fresh20" / "gold.jsonl",
        root / "eval" / "provincial-2026" / "fresh20" / "check" / "gold.jsonl",
    ]


def passage_spans(gold_files: Iterable[Path]) -> dict[str, list[tuple[int, int]]]:
    """doc file name -> (start, end) of its gold passages, over all the given files.

    A missing file or a line without a document name and integer offsets raises
    :class:`LoadError` naming the file and the line number (never the line's content).
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path in gold_files:
        path = Path(path)
        if not path.is_file():
            raise LoadError(path, "gold file not found (its passages must be blanked before mining)")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                doc, start, end = row["doc"], row["start"], row["end"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise LoadError(path, f"line {n}: not a gold passage line (needs doc, start, end)") from None
            offsets = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
            if not (isinstance(doc, str) and offsets):
                raise LoadError(path, f"line {n}: not a gold passage line (needs doc, start, end)")
            spans[doc].append((start, end))
    return dict(spans)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every character inside the spans but line breaks replaced by a space."""
    chars = list(text)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def blanked_text(path: Path, spans: Spans) -> str:
    """The UTF-8 text of one report (the offsets gold files use) with its gold passages blanked."""
    return blank(path.read_text(encoding="utf-8"), spans.get(path.name, ()))


def blanked_documents(
    dirs: Iterable[Path], gold_files: Iterable[Path] | None = None, skip: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(file name, blanked text) of every ``*.txt`` under the directories, sorted by name per
    directory; ``skip`` names stems left out (the reports kept for the precision check)."""
    spans = passage_spans(default_gold_files() if gold_files is None else gold_files)
    left_out = set(skip)
    return [
        (p.name, blanked_text(p, spans))
        for d in dirs
        for p in sorted(Path(d).glob("*.txt"))
        if p.stem not in left_out
    ]
