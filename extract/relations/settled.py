"""locatedIn the author: a body or project that settles without a named place.

``find_located`` (``located.py``) reads ``X落户Y`` with a named place Y and ``落户我区``. Two
frames name no place mention and still say where the body went (GUIDE §5: the implicit subject,
and so the implicit place, is the author; §5 ``在区`` gives ``locatedIn`` the author):

- a settle verb that closes its clause (``某集团落户，``, ``A、B成功落户。``): the body settled in
  the territory the report speaks for. The verbs are ``located._SETTLE``'s; a verb followed by
  anything but the clause end is left to ``find_located`` (a place, 我区) or read nothing
  (``落户城镇`` of residents names no body anyway).
- ``X在<abbreviation>V`` where the abbreviation is one of the author province's one-character
  short forms (GB/T 2260, ``bare_sub_regions.OWN_ABBREVIATIONS``; GUIDE §9: ``在汉成立`` gives
  locatedIn 武汉市, one-character abbreviations stay untagged): ``某公司在津打造…``. Only for a
  province-level author (a district's report that writes 在渝 speaks of the whole city), and
  only where no mention starts at the abbreviation (``在粤港澳大湾区`` is a strategy, not 粤).

The head is a Project, Platform, Enterprise or Organization mention of the same clause, before
the verb (after a clause opener such as 支持), with at most a two-character adverb between it and
在 (``正式在渝落地``). Facts are ``inferred``: they rest on the author as the default place.

A third frame (branch ``relation26``) reads 落地 ("lands"), the settle verb the provincial reports
write for bodies and projects that came to the territory (``A总部、B基地等央企资源实质性落地。``,
``C平台成功落地，``): the blind provincial gold gives locatedIn the author in this frame 5 times of 6
(fresh3, fresh6), as it does for flagship stores that 落地 (``located._SHOPS_SETTLED``, the
provincial conventions' "locatedIn from 落户广东 and from flagship stores that 落地"). 落地 also
says a policy or a reform took effect (政策落地, 改革举措落地), so it is read only where the names
are its subject: the clause opens on a head mention (no verb of the author's before it: in
``推动A、B等项目落地`` the landing is sought, not reported), the verb closes the clause, and no
other stage verb of ``status_kernels.jsonl`` stands right before it (``签约落地``: an agreement signed,
the dev gold's 签约落地 projects get no locatedIn). A clause that speaks of a cooperation (a word of
``cooperation.KEYWORDS``: ``某走廊等50余个合作事项扎实落地``, ``某石化股权合作等项目落地``) stays unplaced:
an agreement between parties, which GUIDE §5 places nowhere (locatedIn is for a thing in an Area or
District).

Firms land too (branch ``relation27``). ``relation26`` had left them out, reading
``A、B等央企新业务板块落地`` as a unit of the firm landing while the firm stays at its seat; round 8's
blind gold, annotated without seeing that rule, gives ``locatedIn`` the author for all three firms of
that very frame (fresh8 天津市-m01), as the tuning gold does for the firms whose flagship stores 落地
(青海省-p01) and round 4's for firms that 落户 (山东省-i01): in these reports a firm that lands or
settles has come to the territory, whatever unit of it lands.
"""

from __future__ import annotations

import re

from extract.ids import name_key
from extract.model import Document
from extract.pipeline.bare_sub_regions import OWN_ABBREVIATIONS
from extract.records import Mention, Relation
from extract.relations.common import Sentence, author_party, party, relation, same_name, starts_in
from extract.relations.cooperation import KEYWORDS as COOPERATION_WORDS
from extract.relations.located import _SETTLE
from extract.relations.rules import sentence_rule
from extract.relations.status import status_lexicon

HEADS = ("Project", "Platform", "Enterprise", "Organization")
_CLAUSE_REST = re.compile(r"[\s了]*$")  # nothing but a particle or space up to the clause end
# the locative preposition 在 (a function word) right after the name or after a short adverb
_IN = re.compile(r"\w{0,2}?在")
# the settle verb 落地 (GUIDE §5 status 签约落地; the provincial conventions' flagship stores that 落地)
_LANDS = re.compile(r"落地")
# what may stand before the clause's first name: space and opening quotes (punctuation)
_CLAUSE_OPENING = ' \t\n“"《'


def author_abbreviations(doc: Document) -> str:
    """The one-character short forms of a province-level author (津 for 天津市), '' otherwise."""
    code = doc.meta.region_code or ""
    if len(code) != 6 or not code.endswith("0000"):
        return ""
    forms = OWN_ABBREVIATIONS.get(code[:2], "")
    return "" if forms == "新疆" else forms  # 新疆 is a two-character name, no pair of short forms


@sentence_rule(order=55, types=HEADS)  # it reads those mentions only
def find_settled_in_author(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    if who is None:
        return []
    text = s.doc.text
    out: list[Relation] = []
    seen: set[str] = set()

    def add(m: Mention) -> None:
        if same_name(m.canonical, who[0]) or name_key(m.canonical) in seen:
            return
        seen.add(name_key(m.canonical))
        out.append(relation(s.doc, "locatedIn", party(m), who, (s.start, s.end), inferred=True, path=s.path))

    heads = [m for m in s.mentions if m.type in HEADS]
    # 1. a settle verb that closes its clause
    for hit in _SETTLE.finditer(text, s.start, s.end):
        a, b = s.clause_of(hit.start())
        if not _CLAUSE_REST.match(text[hit.end() : b]):
            continue
        if any(m.start < hit.end() and m.end > hit.start() for m in s.mentions):
            continue  # the verb is inside a name
        for m in heads:
            if starts_in(m, a, b) and m.end <= hit.start():
                add(m)
    # 2. X在津V: the author province's one-character short form after 在
    own = author_abbreviations(s.doc)
    if own:
        starts = {m.start for m in s.mentions}
        for m in heads:
            zai = _IN.match(text, m.end, s.end)
            c = zai.end() if zai else -1
            if 0 <= c < s.end - 1 and text[c] in own and c not in starts:
                nxt = text[c + 1]  # a verb follows; not a second short form (在京津) nor punctuation
                if nxt.isalpha() and nxt not in own and nxt not in "".join(OWN_ABBREVIATIONS.values()):
                    add(m)
    # 3. names that open their clause and 落地 at its end
    for hit in _LANDS.finditer(text, s.start, s.end):
        for m in landed(s, hit.start(), hit.end()):
            add(m)
    return out


def landed(s: Sentence, start: int, end: int) -> list[Mention]:
    """The heads that the 落地 at ``[start, end)`` says came to the author's territory: the
    names of a clause that opens on one of them and closes on the verb (module docstring, third
    frame), none of them holding the verb; [] where the frame does not hold."""
    text = s.doc.text
    a, b = s.clause_of(start)
    if not _CLAUSE_REST.match(text[end:b]) or any(m.start < end and m.end > start for m in s.mentions):
        return []
    inside = [m for m in s.mentions if starts_in(m, a, b) and m.end <= start]
    if not inside or text[a : inside[0].start].strip(_CLAUSE_OPENING) or inside[0].type not in HEADS:
        return []  # 推动某项目落地: the clause opens on a verb, the landing is sought
    before = text[inside[-1].end : start]
    if any(before.endswith(k) for k in status_lexicon().kernels):
        return []  # 签约落地: an agreement signed, the body not yet there
    if COOPERATION_WORDS.search(text, inside[0].start, start):
        return []  # 某走廊等合作事项落地: a cooperation is placed nowhere
    return [m for m in inside if m.type in HEADS]


__all__ = ["author_abbreviations", "find_settled_in_author", "landed"]
