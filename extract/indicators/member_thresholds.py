"""A named thing that joins a size class: ``某机场成为全省第4个吞吐量超千万人次的机场``.

GUIDE §9 keeps the threshold as the value where a place joins a size class (``武汉跨入地区生产
总值两万亿级城市行列`` → 武汉 2 万亿元; ``过三千亿元城市`` → 3000 亿元 for each named city): the report
gives no other figure, and the class says the member's own measure passed the mark. The same
holds where the class names its measure in words, ``成为 … <measure>超<mark>的<kind>``: the subject
is the name that becomes the member (GUIDE §7: the entity the figure is about; round 13's readable
gold, ``揭阳潮汕国际机场 | 吞吐量 | 1000 万人次``), the indicator is the measure, the value the mark.

The frame is closed: the member is a tagged name of a subject type right before 成为 (become),
then an optional scope (全省, 全国) and ordinal (第N个, 首个, 唯一), the measure (a short noun run),
a hedge of passing (超, 超过, 突破, 过), the mark with a unit, 的 and the kind the clause ends on.
The mark is then no figure of the author's (the prose reader leaves a figure before 的 + a noun
alone as a threshold anyway).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.indicators.numbers import find_figures
from extract.records import Indicator, Mention

_SUBJECT_TYPES = frozenset({"District", "Platform", "Area", "Organization"})
BECOME = "成为"
MEMBER_CLASS = re.compile(
    BECOME
    + r"(?:全[国省市区县]|国内|世界|全球)?"  # the scope of the class
    + r"(?:第[\d一二三四五六七八九十]+个|首个|唯一(?:一个)?|又一个)?"  # the member's ordinal
    + r"(?P<measure>[\u4e00-\u9fff]{2,8}?)"
    + r"(?:超过|突破|超|过)"  # the hedge of a mark passed (GUIDE §7 drops it, keeps the number)
    + r"(?P<mark>[\d.一二两三四五六七八九十百千万亿]+[\u4e00-\u9fff]{1,4}?)"
    + r"的(?P<kind>[\u4e00-\u9fff]{1,6})(?=[，,；;。！？!?\n]|$)"
)


def member_thresholds(
    text: str, offset: int, mentions: Sequence[Mention], year: int, kind: str, doc: str, path: tuple[str, ...]
) -> tuple[list[Indicator], list[tuple[int, int]]]:
    """One record per member that joins a named size class in ``text`` (one sentence), and the
    frames' spans in ``text`` (their figures are the member's, no one else's)."""
    out: list[Indicator] = []
    spans: list[tuple[int, int]] = []
    ends = {m.end - offset: m for m in mentions if m.type in _SUBJECT_TYPES}
    for match in MEMBER_CLASS.finditer(text):
        member = ends.get(match.start())
        if member is None:
            continue  # 成为…: no tagged name becomes the member (the author's own class stays unread)
        figures = find_figures(match.group("mark"))
        if len(figures) != 1 or figures[0].end != len(match.group("mark")) or not figures[0].unit:
            continue  # 超百万的省份: a mark without its unit is no figure
        fig = figures[0]
        spans.append(match.span())
        out.append(
            Indicator(
                doc=doc,
                subject=member.canonical,
                subject_type=member.type,
                subject_id=member.entity_id,
                indicator=match.group("measure"),
                year=year,
                value=fig.value,
                unit=fig.unit,
                start=offset,
                end=offset + len(text),
                kind_=kind,
                qualifier="以上",  # the mark passed, as thresholds.threshold_indicators records it
                path=path,
            )
        )
    return out, spans


__all__ = ["BECOME", "MEMBER_CLASS", "member_thresholds"]
