"""A scoped body glued to its division takes its full standard name: 中共山东省委 → 中共山东省委员会.

The closed class of party and government bodies (``organizations.jsonl``) writes each scoped
body's canonical as a template over its division (`省委` → `中共{province}委员会`, `省政府` →
`{province}人民政府`), which the linker fills with the author's division for a bare `省委`. A body
glued to a division the text names (`山东省委` in a report of another province, `X市委`) was kept
with its surface as the canonical, so the same committee had two names (GUIDE §4: the full
standard name). The template is filled with that division's name instead.

A Party committee is written with the Party's name before it in formal openings
(`在中共山东省委坚强领导下`): the name is the committee's own (GUIDE §2.1, the maximal name; round
9's gold tags `中共山东省委`). Which characters that is comes from the template itself — what
stands before its placeholder (`中共` of `中共{province}委员会`) — so no word is typed here, and a
body whose template opens on the placeholder (`{province}人民政府`) takes nothing before it.
"""

from __future__ import annotations

import re

from extract.gazetteer import Entry

PLACEHOLDER = re.compile(r"\{(?:province|city|county)\}")
COUNTY = "county"  # the template scope of a county's bodies (organizations.jsonl)


def party_body(text: str, place: int, template: str, division: str) -> tuple[int, str]:
    """The start and canonical of the body glued to the division that starts at ``place``.

    ``template`` is the body's canonical (`中共{province}委员会`) and ``division`` the division's
    full name (山东省). The start moves back over the template's own prefix where the text writes
    it right before the division; the canonical is '' when the template has no placeholder."""
    m = PLACEHOLDER.search(template)
    if m is None:
        return place, ""
    prefix = template[: m.start()]
    if prefix and text[max(0, place - len(prefix)) : place] == prefix:
        place -= len(prefix)
    return place, template[: m.start()] + division + template[m.end() :]


def scoped_division(places: list[tuple[int, Entry]], body: Entry) -> str:
    """The full name of the division, among the gazetteer's readings of the text before ``body``,
    that the body belongs to: the reading whose last character is the level character the body
    opens with (河北省 for 省委, not Tianjin's 河北区 of the short form 河北; 重庆市 for 市委). ''
    for a county body (the linker names a county through its city: 中共重庆市南岸区委员会) or when
    no reading ends in that character."""
    if body.code == COUNTY:
        return ""
    for _, e in sorted(places, key=lambda p: p[0]):
        if e.canonical[-1:] == body.surface[:1]:
            return e.canonical
    return ""
