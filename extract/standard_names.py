"""Standard full names of programmes, mined from usage across reports (GUIDE §4 variants).

A report often writes a national programme by its bare name (以旧换新) where most reports write
the standard one (消费品以旧换新); the gold gives the standard name as canonical (GUIDE §4:
家电以旧换新 -> 消费品以旧换新, and the conventions' bare 以旧换新). Which modifier is standard is a
fact of usage, so it is counted, not listed: :func:`mine_standard_names` runs the extractor's
mentions over every unannotated report (gold passages blanked) and asks
:meth:`extract.linking.AliasIndex.standard_name` (a longer name ending with the bare one, written
by at least three reports and by more reports than the bare name, and written after more than one
left context, so it starts a name of its own). The answers ship as
``extract/data/standard_names.jsonl`` with their report counts; :func:`standard_names` loads
them, so one document's linking (``policykg evaluate`` links per document) gives the name the
corpus's linking would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from extract.errors import LoadError
from extract.linking import STANDARD_TYPES, AliasIndex, Context, canonical_name, document_zones

DATA = Path(__file__).resolve().parent / "data" / "standard_names.jsonl"
# a standard name must start a name of its own: the reports write it after at least this many
# different two-character left contexts (boundary entropy above zero); one always written after
# the same characters (新就业|形态人员职业伤害保障试点) is the extractor's cut of a longer name
MIN_LEFT_CONTEXTS = 2
LEFT_CONTEXT = 2


def left_contexts(name: str, texts: Iterable[str]) -> set[str]:
    """The distinct ``LEFT_CONTEXT`` characters written right before ``name`` in ``texts``."""
    found = set()
    for text in texts:
        pos = text.find(name)
        while pos != -1:
            found.add(text[max(0, pos - LEFT_CONTEXT) : pos])
            pos = text.find(name, pos + 1)
    return found


def mine_standard_names(docs: Iterable[tuple[str, str]]) -> list[dict]:
    """Rows ``{"type", "name", "standard", "counts", "docs", "source": "mined"}`` for every bare
    name of a :data:`STANDARD_TYPES` type that has a standard full name in ``docs`` ((file name,
    blanked text) pairs), sorted by type and name; the counts are the reports writing each form."""
    from extract.document import from_text
    from extract.entities import load_pipeline, raw_mentions

    nlp = load_pipeline()
    index = AliasIndex()
    docs = list(docs)
    for doc_id, text in docs:
        document = from_text(text, doc_id=doc_id)
        code = document.meta.region_code
        ctx = Context.for_region(code, document_zones(text, code))
        for s, e, t, hint, src in raw_mentions(document, nlp):
            if t in STANDARD_TYPES:
                index.add(t, canonical_name(text[s:e], t, hint, src, ctx, text[max(0, s - 2) : s])[0], doc_id)
    rows = []
    for type_ in STANDARD_TYPES:
        for name in sorted(index.by_type.get(type_, ())):
            standard = index.standard_name(type_, name)
            if standard is None:
                continue
            contexts = len(left_contexts(standard, (text for _, text in docs)))
            if contexts >= MIN_LEFT_CONTEXTS:
                counts = {
                    "bare_reports": index.reports(type_, name),
                    "standard_reports": index.reports(type_, standard),
                    "standard_left_contexts": contexts,
                }
                row = {"type": type_, "name": name, "standard": standard, "counts": counts}
                rows.append({**row, "docs": counts["standard_reports"], "source": "mined"})
    return rows


@lru_cache(maxsize=4)
def standard_names(path: Path = DATA) -> dict[tuple[str, str], str]:
    """(type, bare name) -> standard name, from the mined file; a malformed line is a
    :class:`LoadError` naming the file and line. A missing file gives no names (nothing mined)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            key, standard = (row["type"], row["name"]), row["standard"]
        except (ValueError, KeyError, TypeError) as exc:
            raise LoadError(f"{path}:{i}", f"not a standard-name row ({exc})") from exc
        if row.get("source") != "mined" or not isinstance(row.get("counts"), dict):
            raise LoadError(f"{path}:{i}", "a standard name needs its mined counts")
        if not isinstance(standard, str) or not standard.endswith(key[1]) or standard == key[1]:
            raise LoadError(f"{path}:{i}", f"{standard!r} is no longer name ending with {key[1]!r}")
        out[key] = standard
    return out


def standard_name(type_: str, name: str) -> str:
    """The mined standard name of ``name`` (a bare programme name), else ``name``."""
    return standard_names().get((type_, name), name)
