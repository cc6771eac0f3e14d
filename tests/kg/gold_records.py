"""Dev/test adapter: records and documents from the shared gold passages (not product code).

Lets the graph layer be exercised on hand-annotated facts before, and independently of, the
extractor: entity offsets are made absolute, relation and indicator evidence is the enclosing
sentence of the passage, and entity ids come from ``extract.ids`` like the extractor's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.ids import entity_id
from extract.model import Document, DocumentMeta
from extract.records import Indicator, Mention, Record, Relation
from extract.regions import lookup

_SENT_END = re.compile(r"[。！？；\n]")


def _genre(text: str) -> str:
    if "五年规划" in text:
        return "five_year_plan"
    if "计划执行" in text:
        return "plan_execution_report"
    return "government_work_report" if "政府工作报告" in text else "other"


def _sentence(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Bounds of the sentence around [start, end) inside the passage [lo, hi)."""
    s = start
    while s > lo and not _SENT_END.match(text[s - 1]):
        s -= 1
    e = end
    while e < hi and not _SENT_END.match(text[e - 1] if e > start else "x"):
        e += 1
    return s, min(e, hi)


def _id(type_: str, name: str, context: str | None) -> str:
    code = None
    if type_ == "District":
        region = lookup(name, context)
        code = region.code if region and region.name == name else None
    return entity_id(type_, name, code)


def load(corpus: Path, eval_dir: Path) -> tuple[list[Document], dict[str, list[Record]]]:
    facts = {f["doc"]: f for f in json.loads((eval_dir / "dev" / "doc_facts.json").read_text("utf-8"))}
    docs: dict[str, Document] = {}
    records: dict[str, list[Record]] = {}
    for line in (eval_dir / "dev" / "gold.jsonl").read_text("utf-8").splitlines():
        p = json.loads(line)
        doc_id = p["doc"]
        if doc_id not in docs:
            text = (corpus / doc_id).read_text("utf-8")
            f = facts[doc_id]
            region = lookup(f["district"])
            meta = DocumentMeta(
                region=f["district"],
                region_code=region.code if region else None,
                region_level=region.level if region else None,
                parent_region=None,
                title=None,
                genre=_genre(f["genre"]),
                reported_years=tuple(f["years"]["reported"]),
                plan_years=tuple(f["years"]["planned"]),
                issuer=f.get("issuer"),
                date=None,
            )
            docs[doc_id] = Document(doc_id, str(corpus / doc_id), text, 0, len(text), meta)
            records[doc_id] = []
        doc = docs[doc_id]
        ctx = doc.meta.region_code
        lo, hi = p["start"], p["end"]
        types = {e["canonical"]: e["type"] for e in p["entities"]}
        first = {}
        for e in p["entities"]:
            s, t = lo + e["start"], lo + e["end"]
            ss, se = _sentence(doc.text, s, t, lo, hi)
            first.setdefault(e["canonical"], (ss, se))
            records[doc_id].append(
                Mention(
                    doc_id,
                    s,
                    t,
                    e["text"],
                    e["type"],
                    e["canonical"],
                    _id(e["type"], e["canonical"], ctx),
                    ss,
                    se,
                    source="gold",
                )
            )
        for r in p["relations"]:
            ht = types.get(r["head"], "District")
            span = first.get(r["head"]) or first.get(r["tail"]) or (lo, hi)
            if r["relation"] == "hasStatus":
                records[doc_id].append(
                    Relation(
                        doc_id,
                        "hasStatus",
                        r["head"],
                        ht,
                        _id(ht, r["head"], ctx),
                        r["tail"],
                        None,
                        None,
                        *span,
                        year=2024,
                        phase="actual",
                    )
                )
                continue
            tt = types.get(r["tail"], "District")
            records[doc_id].append(
                Relation(
                    doc_id,
                    r["relation"],
                    r["head"],
                    ht,
                    _id(ht, r["head"], ctx),
                    r["tail"],
                    tt,
                    _id(tt, r["tail"], ctx),
                    *span,
                )
            )
        for i in p["indicators"]:
            st = types.get(i["subject"], "District")
            records[doc_id].append(
                Indicator(
                    doc_id,
                    i["subject"],
                    st,
                    _id(st, i["subject"], ctx),
                    i["indicator"],
                    i["year"],
                    i["value"],
                    i["unit"],
                    lo,
                    hi,
                    growth_pct=i.get("growth_pct"),
                    kind_=i.get("kind", "actual"),
                )
            )
    return list(docs.values()), records
