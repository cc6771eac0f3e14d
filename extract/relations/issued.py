"""issuedBy: a policy or programme and the body that issued it.

Two cues, as the annotation guide has them: the author 制定/出台/印发 the document in the
same clause (``出台《…实施方案》``), or the title itself names the issuing district
(《X区…工作方案》, X省方案). A verb *after* the title (``推动《…决定》制定出台``: the making is
sought) and document numbers (渝府办〔2022〕21号) are not read as issuers.

A document the author makes jointly with others (``联合制定某若干措施``) is still one the author
制定 (GUIDE §5 asks who made it, not whether alone; branch ``relation27``): round 6's blind gold
gives ``issuedBy`` the author for the one such title in the readable gold (fresh6 天津市-k01), and
the co-makers, where the clause names them, are read by ``_other_actor`` as before.
"""

from __future__ import annotations

import re

from extract.records import Relation
from extract.relations.common import Sentence, author_names, author_party, party, relation
from extract.relations.rules import sentence_rule

_ISSUE = re.compile(r"(制定实施|研究出台|制定出台|制定印发|印发实施|制定|出台|印发|颁布|编制)")
# A title ending in 法 (not 办法/方法/做法) is a law, and only the National People's Congress and its
# Standing Committee enact laws (立法法 Art. 10); a province or city makes 条例, 规定, 办法 (Art. 81,
# 93). So no district issues a 法, whatever its title names (某自由贸易港法) or the clause says
# (贯彻实施即将出台的某促进法).
_LAW = re.compile(r"(?<![办方做])法$")
_TITLE_MARKS = "《》“”\"'"
# a trailing parenthetical of a title: （草案）, （试行）, （2024年修订）
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")


def is_law(title: str) -> bool:
    """A law by its title (立法法: only the national legislature enacts 法)."""
    return bool(_LAW.search(_TRAILING_NOTE.sub("", title.strip(_TITLE_MARKS)).strip(_TITLE_MARKS)))


@sentence_rule(order=20, types=("Policy", "Program"))  # it reads those mentions only
def find_issued(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    if who is None:
        return []
    names = author_names(s.doc)
    out: list[Relation] = []
    docs = [m for m in s.mentions if m.type in ("Policy", "Program")]
    for m in docs:
        if is_law(m.text):
            continue
        title = m.text.lstrip('《“"')
        by_title = m.type == "Policy" and any(title.startswith(n) for n in names)
        if m.type == "Program":
            # a programme named inside an author-titled policy of the sentence (《X区…“1+N”行动方案》)
            by_title = any(
                p.type == "Policy" and m.text in p.text and p.text.lstrip("《“").startswith(names)
                for p in docs
                if p is not m
            )
        a, _ = s.clause_of(m.start)
        before = s.doc.text[a : m.start]
        verb = None
        for v in _ISSUE.finditer(before):
            verb = v
        by_verb = False
        if verb is not None:
            gap = s.doc.text[a + verb.end() : m.start]
            others = [x for x in docs if a + verb.end() <= x.start and x.end <= m.start]
            for x in others:
                gap = gap.replace(x.text, "")
            by_verb = len(re.sub(r"[、和及与“”《》\s]", "", gap)) <= 4 and not _other_actor(s, a, m.start)
        if by_title or by_verb:
            out.append(
                relation(
                    s.doc, "issuedBy", party(m), who, (s.start, s.end), inferred=not by_title, path=s.path
                )
            )
    return out


@sentence_rule(order=25, types=("Policy",))  # it reads Policy mentions only
def find_body_titles(s: Sentence) -> list[Relation]:
    """A body's own title: an Organization written right before a bracketed title (``省委《建议》``,
    ``某党委《建议》提出…``) names who issued it, the way a title that names the issuing district
    does (GUIDE §5 issuedBy; the provincial gold gives ``《…建议》 issuedBy 中共某省委员会`` in this
    frame). Laws keep their rule (only the national legislature enacts a 法: ``is_law``)."""
    out: list[Relation] = []
    bodies = {m.end: m for m in s.mentions if m.type == "Organization"}
    for m in s.mentions:
        body = bodies.get(m.start)
        if m.type != "Policy" or body is None or not m.text.startswith(_TITLE_MARKS[0]) or is_law(m.text):
            continue
        out.append(relation(s.doc, "issuedBy", party(m), party(body), (s.start, s.end), path=s.path))
    return out


# the legislative adoption of a regulation by the body that makes it: 审议 (deliberate) and 通过 (adopt),
# the procedure words of the Legislation Law (立法法: a people's congress or its standing committee
# deliberates a bill and adopts it)
_ADOPTED = re.compile(r"(?:审议)?通过")


@sentence_rule(order=26, types=("Policy",))  # it reads Policy mentions only
def find_adopted_titles(s: Sentence) -> list[Relation]:
    """A regulation adopted by the body named right before the verb (``提请某人大常委会审议通过某条例``):
    the body that deliberates and adopts a local regulation makes it (立法法), so it is the
    issuer, as GUIDE §5 issuedBy names who makes a document (the provincial gold gives
    ``某条例 issuedBy 某市人民代表大会常务委员会`` in this frame, fresh4). The government that only
    submits the draft (提请) issues nothing: ``find_issued`` reads no 提请. Only the adoption verb may
    stand between the body and the title, so a body that opens a longer clause is no issuer."""
    out: list[Relation] = []
    bodies = [m for m in s.mentions if m.type == "Organization"]
    text = s.doc.text
    for m in s.mentions:
        if m.type != "Policy":
            continue
        body = next(
            (b for b in bodies if b.end <= m.start and _ADOPTED.fullmatch(text, b.end, m.start)), None
        )
        if body is not None:
            out.append(relation(s.doc, "issuedBy", party(m), party(body), (s.start, s.end), path=s.path))
    return out


def _other_actor(s: Sentence, a: int, b: int) -> bool:
    """A district other than the author opening the clause issues it, not the author."""
    lead = [x for x in s.mentions if a <= x.start < b and x.type in ("District", "Organization")]
    return bool(lead) and lead[0].start - a <= 2 and lead[0].canonical != s.doc.meta.region
