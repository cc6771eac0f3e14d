"""Transport hubs being built are Projects (GUIDE §9, "Hubs vs construction").

Airports, ports, dry ports and train assembly hubs named as operating hubs are Platforms
(提升宁波舟山港能级, 花湖国际机场成为…); built, extended, relocated or in preparation they are
Projects (投用枣庄机场, 加快三亚新机场…等前期工作, 推进…中欧班列集结中心建设). The name grammar
types a name by its head alone, so the reading is decided here from the clause around the name:
a construction word anywhere in the clause (between two clause marks) makes the hub a Project.
Border ports (口岸) are left alone: 口岸建设 is usually about the port's services, and GUIDE §9
keeps 磨憨铁路口岸 a Platform in such a clause.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar

CONSTRUCTION_RE = re.compile(r"建设|新建|迁建|扩建|改扩建|开工|续建|投用|前期工作|建成")
PHASE = r"(?:[一二三四五六七八九十]期)?$"  # a phase of the hub (三期) is the hub being extended
CLAUSE_MARKS = "，。；：！？\n"
# the zones of the closed class (names._zones, free_trade_port): a zone is no hub (GUIDE §9 Zones),
# so 推进自由贸易港建设 builds the zone up, it does not build a port
ZONE_SOURCES = frozenset({"zone"})


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, end) for c in CLAUSE_MARKS) if i >= 0]
    return lo, min(ends, default=len(text))


@functools.lru_cache(maxsize=8)
def _hub_re(kernels: frozenset[str]) -> re.Pattern[str]:
    """A name ending in a hub kernel of ``head_kernels.jsonl`` (the entries whose rule is GUIDE
    §9 Hubs: 机场, 港, 陆港, 集结中心 …), perhaps with a phase."""
    alternation = "|".join(map(re.escape, sorted(kernels, key=lambda w: (-len(w), w))))
    return re.compile("(?:" + alternation + ")" + PHASE if alternation else "(?!)")


def retype_hubs(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Platforms with a hub head in a clause that builds them, typed Project."""
    hub_re = _hub_re(grammar.hub_kernels)
    out = []
    for s in chosen:
        hub = s.label_ == "Platform" and s.id_ not in ZONE_SOURCES
        if hub and hub_re.search(text, s.start_char, s.end_char):
            lo, hi = _clause(text, s.start_char, s.end_char)
            rest = text[lo : s.start_char] + " " + text[s.end_char : hi]  # not the name's own words
            if CONSTRUCTION_RE.search(rest):
                s = retyped(s, "Project")
        out.append(s)
    return out
