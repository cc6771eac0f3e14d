"""engagesIn: a district takes part in a strategy or a program.

Reports speak for their author, so every strategy or program the text implements, joins,
creates or plans is the author's, unless the clause opens with another district
(``支持甲市、乙市争创某试点城市``: those cities engage) or with a park or
zone (``支持某新区…建设``: the zone acts, not the author, so nothing is recorded).
"""

from __future__ import annotations

import re

from extract.records import Mention, Relation
from extract.relations.common import Sentence, author_party, party, relation
from extract.relations.rules import sentence_rule

_APPLY = re.compile(r"申报|申建|申请")
# The verbs by which a named party gets a designation (GUIDE §9 "designations a city seeks or
# gets": 瑞丽获批…; tuning-gold convention: 佛山、江门入选…城市试点 gives the cities engagesIn).
# Projects that open a clause and get one (A、B等5个项目获批某试点) hold it themselves: the author
# district is not said to take part (GUIDE §5: engagesIn is a district's), while a programme
# inside the projects' own noun phrase (A、B2个“某行动”重大项目) is still the author's.
_GETS = re.compile(r"获批|入选")
_OPENERS = re.compile(r"^(?:[\s、，,]|支持|推动|鼓励|引导|指导|积极|加快|大力|全力|争取)*")


def clause_actors(s: Sentence, m: Mention) -> list[Mention] | None:
    """Mentions opening ``m``'s clause as its actors, [] for the author, None for a non-district actor."""
    a, _ = s.clause_of(m.start)
    opener = _OPENERS.match(s.doc.text[a : m.start])  # matches always (it may match nothing)
    k = a + (opener.end() if opener else 0)
    lead = [x for x in s.mentions if a <= x.start < m.start]
    if not lead or lead[0].start != k:
        return []
    actors: list[Mention] = []
    pos = k
    for x in lead:
        if x.start != pos:
            break
        actors.append(x)
        pos = x.end
        while pos < m.start and s.doc.text[pos] in "、和与及":
            pos += 1
    if any(x.type != "District" for x in actors):
        if any(x.type in ("Platform", "Organization", "Enterprise") for x in actors):
            return None
        if any(x.type == "Project" for x in actors) and _GETS.search(s.doc.text, actors[-1].end, m.start):
            return None  # A、B等5个项目获批某试点: the projects get the designation
        return []
    if len(actors) == 1 and actors[0].canonical == s.doc.meta.region:
        return []
    return actors


@sentence_rule(order=10)
def find_engages(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    out: list[Relation] = []
    for m in s.mentions:
        if m.type not in ("Strategy", "Program"):
            continue
        actors = clause_actors(s, m)
        if actors is None:
            continue
        a, _ = s.clause_of(m.start)
        if not actors and _APPLY.search(s.doc.text[a : m.start]):
            continue  # 积极申报创建X: applying for a designation is not taking part in it yet
        if actors:
            for x in actors:
                out.append(relation(s.doc, "engagesIn", party(x), party(m), (s.start, s.end), path=s.path))
        elif who is not None:
            named = any(x.type == "District" and x.canonical == who[0] for x in s.mentions)
            out.append(
                relation(s.doc, "engagesIn", who, party(m), (s.start, s.end), inferred=not named, path=s.path)
            )
    return out
