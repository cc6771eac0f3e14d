"""A hub's role after its name is no part of it: 温州机场|枢纽能级, 日照港|国家…枢纽 (GUIDE §9).

GUIDE §9 ("Hubs vs construction") splits `提升杭州、宁波、温州机场枢纽能级` into [杭州], [宁波] and
[温州机场], all Platform: the 枢纽 after an airport says what the operating airport is *as a hub*
(its capacity, 能级, is raised), not a second works. The name grammar reads 枢纽 as a Project head
(GUIDE §3 infrastructure, ``head_kernels.jsonl``) and so takes `温州机场枢纽` as one Project, and
the shared-suffix reader gives 杭州 and 宁波 that Project head too. The same holds when the role is
a national designation the hub holds (`建好…日照港国家大宗商品资源配置枢纽`: the port is the name,
国家…枢纽 its designation, which GUIDE §2.5 would only keep as a name of its own).

So a Project guess that reads `H + role`, where H ends in a GUIDE §9 hub kernel (机场, 港, 陆港,
港区, 航运中心, 集结中心: the kernel file's entries whose rule is "GUIDE §9 Hubs") and the role is
the bare 枢纽 or a national level word (``level_openings.LEVEL_WORD_RE``) … 枢纽, is cut to H and
typed Platform; the conjuncts that share its suffix (the resolver's shared-suffix source
``conjunct``, hint ending in the same tail) lose the tail from their hint and take the same
type. Whether the hub is operating or being built is then decided as for every hub, by
``hubs.retype_hubs`` (a construction word in the clause makes it a Project), which runs after
this step.

Left alone: a hub followed by any other head (机场|路, 机场|高速, 机场|综合交通枢纽 — a road or a
ground transport centre is a works of its own), and stations (站 is no §9 hub kernel: 重庆东站枢纽
is a Project in the dev gold).
"""

from __future__ import annotations

import functools
import re

from extract.pipeline.area_conjuncts import SHARED_ID
from extract.pipeline.chosen import Chosen, char_span, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.level_openings import LEVEL_WORD_RE

# GUIDE §9 names it: `提升杭州、宁波、温州机场枢纽能级` → [温州机场] (the hub's role word)
ROLE = "枢纽"


@functools.lru_cache(maxsize=8)
def _hub_role_re(kernels: frozenset[str]) -> re.Pattern[str]:
    """``H + role`` over a whole name: H ends in a hub kernel, the role is 枢纽 or 国家…枢纽."""
    if not kernels:
        return re.compile("(?!)")
    alternation = "|".join(map(re.escape, sorted(kernels, key=lambda w: (-len(w), w))))
    level = LEVEL_WORD_RE.pattern
    return re.compile(f"(.+?(?:{alternation}))((?:{level}).*)?{ROLE}$")


def hub_role_split(name: str, kernels: frozenset[str]) -> int:
    """Where the hub's own name ends inside ``name`` (before its role), or 0 when no role follows."""
    m = _hub_role_re(kernels).fullmatch(name)
    return m.end(1) if m else 0


def trim_hub_roles(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Project guesses `hub + role` cut to the hub, typed Platform, with their conjuncts."""
    tails: set[str] = set()
    out: list[Chosen] = []
    for s in chosen:
        cut = hub_role_split(s.text, grammar.hub_kernels) if s.label_ == "Project" else 0
        if cut:
            tail = s.text[cut:]
            hub = char_span(s.doc, s.start_char, s.start_char + cut, "Platform", s.kb_id_, s.id_)
            if hub is not None:
                tails.add(tail)
                s = hub
        out.append(s)
    if not tails:
        return out
    return [_conjunct(s, tails) for s in out]


def _conjunct(s: Chosen, tails: set[str]) -> Chosen:
    """A shared-suffix conjunct whose hint ends in a cut role: the hint without it, Platform."""
    if s.label_ != "Project" or s.id_ != SHARED_ID:
        return s
    for tail in tails:
        if s.kb_id_.endswith(tail) and len(s.kb_id_) > len(tail):
            return retyped(s, "Platform", kb_id=s.kb_id_[: -len(tail)])
    return s
