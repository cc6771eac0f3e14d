"""Dump every record the full extractor gives over a set of reports, sorted, one JSON per line.

Speed work must not change output: run this before and after an optimisation (with the same
``POLICYKG_SPANS``) and ``diff`` the two files. Records are the ``extract --full`` form
(``extract.records.to_json``), linked across all the files given, as ``policykg extract``
links them; sorting makes the comparison independent of record order within a document.

    python scripts/dump_extraction.py OUT.jsonl [FILES...]   # default: bundled corpus + corpus-extra
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_files() -> list[Path]:
    """The bundled corpus and the provincial reports beside the checkout (29 reports)."""
    files = sorted((ROOT / "data" / "corpus").glob("*.txt"))
    return files + sorted((ROOT.parent / "shared" / "corpus-extra").glob("*.txt"))


def dump(files: list[Path], out: Path) -> int:
    """Write the sorted records of ``files`` to ``out``; the number of records."""
    from extract.document import ingest
    from extract.extractor import extract_documents
    from extract.records import to_json

    docs = [ingest(f) for f in files]
    lines = sorted(
        json.dumps(to_json(r), ensure_ascii=False, sort_keys=True)
        for _, records in extract_documents(docs)
        for r in records
    )
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    paths = [Path(p) for p in sys.argv[2:]] or default_files()
    n = dump(paths, Path(sys.argv[1]))
    print(f"{n} records from {len(paths)} files -> {sys.argv[1]}", file=sys.stderr)
