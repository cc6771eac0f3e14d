"""Places listed before a counted area kind: 甲、乙两大都市圈 (issue 12, branch zones9).

The provincial-2026 conventions type metropolitan areas, city clusters, new towns and 片区 as
Area and split a shared suffix over its conjuncts (济南、青岛都市圈 → 济南 as 济南都市圈, 青岛都市圈;
…、新梅江等特色宜居片区 → 新梅江片区). Reports also count the kind after the places —
``甲、乙两大都市圈``, ``甲、乙、丙三个新城`` — and the head-word finder then read the count as
part of the last name (乙两大都市圈) and left the first place a District. Here a list of two to
ten gazetteer places joined by conjunctions, right before a numeral and measure word (a closed
class: 两大, 三个) that counts exactly as many items, and an Area head of the name grammar, gives
each place an Area span with the place + head as its canonical; the count and the head are no
part of any name (a bare kind: 全省三大都市圈 has no places before it and builds nothing). The
same holds for a 等 list of bare divisions before a counted or unmodified Area head
(``CoordinationParser._named_lists``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.numerals import cn_to_int
from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.regions import lookup

SOURCE = "coordination"
CONJ = "、和及与"  # coordinating conjunctions (closed class)
NUMERAL_CHARS = "一二三四五六七八九十"  # the numerals up to ten (their value: numerals.cn_to_int)
PAIR = "两"  # the numeral two before a measure word
MEASURES = "大个"  # measure words of a counted kind (两大都市圈, 五个新城)
COUNT_RE = re.compile(f"[{NUMERAL_CHARS}{PAIR}][{MEASURES}]?")  # a numeral and a measure word
COUNTED_RE = re.compile(f"([{NUMERAL_CHARS[1:]}{PAIR}])[{MEASURES}]?")  # two or more
LIST_REACH = 8 * 11  # ten conjuncts of up to seven characters
LIST_END_RE = re.compile(
    rf"([^\s，。；：,;:！？“”]{{2,10}}(?:[{CONJ}][^\s，。；：,;:！？“”{CONJ}]{{2,7}}){{1,9}})\Z"
)
MAX_HEAD = 4  # longest Area head tried after the count (城市群, 都市圈, 经济圈, 片区, 新城)


def counted_area_lists(
    doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]], heads: dict[str, str]
) -> None:
    """Add the places of ``甲、乙两大都市圈`` as Areas (module docstring); their ends go to ``drop``
    so no other candidate runs over them (乙两大都市圈), their spans to ``exact`` so the place is
    no District there."""
    for m in COUNTED_RE.finditer(text):
        head = next(
            (
                text[m.end() : m.end() + n]
                for n in range(MAX_HEAD, 1, -1)
                if heads.get(text[m.end() : m.end() + n]) == "Area"
            ),
            None,
        )
        if head is None:
            continue
        before = LIST_END_RE.search(text, max(0, m.start() - LIST_REACH), m.start())
        if before is None:
            continue
        parts = re.split(f"[{CONJ}]", before.group(1))
        if len(parts) != cn_to_int(m.group(1)):
            continue  # 甲、乙等三大都市圈: the count is not the list's
        pos, spans = before.start(1), []
        for p in parts:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 1
        spans[0] = (g.name_start(text, spans[0][1], floor=spans[0][0]), spans[0][1])  # 推动|甲
        if not all(lookup(text[a:b]) is not None for a, b in spans):
            continue  # places only: 甲片区、乙组团两个… are named otherwise
        for a, b in spans:
            add_candidate(doc, a, b, "Area", SOURCE, text[a:b] + head)
        drop.extend(b for _, b in spans)
        exact.update(spans)
