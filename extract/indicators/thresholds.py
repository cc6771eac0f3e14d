"""Threshold designations: a place that joins a size class says its own output passed the mark.

GUIDE §9: ``武汉跨入地区生产总值两万亿级城市行列`` gives 武汉 an 地区生产总值 of 2 万亿元, and
``新增荆州、孝感、黄冈3个过三千亿元城市`` / ``仙桃、潜江4个千亿县`` give each named place 3000 /
1000 亿元 — the threshold is kept as the value (the report gives no other figure). The class
word (城市, 县, 市, 区) says the places are divisions; only District mentions of the same clause
before the class, or the one that opens it, are the subjects. The figure inside the class is
then no indicator of the author's (``…3个过`` 3000亿元 was one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.numerals import cn_to_number
from extract.records import Indicator, Mention

# [过|超]三千亿元城市, 千亿县, 两万亿级城市, 万亿级城市: a numeral, 亿/万亿 (元), 级, a division class
THRESHOLD = re.compile(
    r"(?P<num>[一二两三四五六七八九十百千]*|\d+(?:\.\d+)?)(?P<unit>万亿|亿)元?级?(?P<kind>城市|县|市|区)"
    r"(?:行列)?(?=[，,；;。！？!?\n、和与及的]|$)"  # a class ends there: 500亿元城市更新 is no class
)
_CLAUSE = "，,；;。！？!?\n"
NAME = "地区生产总值"  # the threshold measures a division's output (GUIDE §9)


def threshold_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in THRESHOLD.finditer(text)]


def threshold_indicators(
    text: str, offset: int, mentions: Sequence[Mention], year: int, kind: str, doc: str, path: tuple[str, ...]
) -> list[Indicator]:
    """Records for the places that join a threshold class in ``text`` (one sentence)."""
    out: list[Indicator] = []
    for m in THRESHOLD.finditer(text):
        num = m.group("num")
        value = (float(num) if num[:1].isdigit() else cn_to_number(num)) if num else 1.0
        if value is None:
            continue
        unit = "万亿元" if m.group("unit") == "万亿" else "亿元"
        cstart = m.start()
        while cstart > 0 and text[cstart - 1] not in _CLAUSE:
            cstart -= 1
        for x in mentions:
            s = x.start - offset
            if x.type == "District" and cstart <= s < m.start():
                out.append(
                    Indicator(
                        doc=doc,
                        subject=x.canonical,
                        subject_type=x.type,
                        subject_id=x.entity_id,
                        indicator=NAME,
                        year=year,
                        value=value,
                        unit=unit,
                        start=offset,
                        end=offset + len(text),
                        kind_=kind,
                        qualifier="以上",  # the mark passed, as 超3000亿元 would be
                        path=path,
                    )
                )
    return out


__all__ = ["THRESHOLD", "threshold_indicators", "threshold_spans"]
