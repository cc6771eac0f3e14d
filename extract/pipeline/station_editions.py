"""Project guesses that are a place's edition of a named event or service: 平台(重庆站), 圆桌会—重庆站.

A report writes the local leg of a national event or the local branch of a national service as
the place and 站 ("stop"), glued to the name it belongs to by a bracket or a dash: ``全国融资信用
服务平台(甲站)``, ``跨国企业高层圆桌会—甲站活动``. The head-word finder reads ``甲站`` as a railway
station, a Project (GUIDE §3: 重庆东站 as a node), but a station is built where the text names it,
never inside another name's bracket or after its dash. GUIDE §2.1 annotates no name of a meeting
or a platform edition as such, only the places inside it (`2024[重庆]跨境电商产业发展大会`), so
the guess is not a Project.

The test reads the form alone: the guess is a division of the gazetteer (``regions.lookup``, a
closed class) and 站, and the character before it is an opening bracket or a dash right after a
Han character of the name it belongs to. No Project of the readable gold files has that form;
in the readable reports outside every gold passage all three such guesses are editions
(branch project37).
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.regions import lookup

CHECKED_TYPES = frozenset({"Project"})
STATION = "站"
GLUES = frozenset("(（—–-")  # an opening bracket or a dash that ties the edition to its name
NAME_END_RE = re.compile(r"[\u4e00-\u9fff”」》]")  # the end of the name the edition belongs to


def place_edition(s: Chosen, text: str) -> bool:
    """Is Project ``s`` a division and 站 glued to the name before it (module docstring)?"""
    if s.label_ not in CHECKED_TYPES or s.start_char < 2:
        return False
    name = text[s.start_char : s.end_char]
    if not name.endswith(STATION) or text[s.start_char - 1] not in GLUES:
        return False  # the common case: no station, or not glued to a name before it
    if NAME_END_RE.match(text, s.start_char - 2) is None:
        return False
    return lookup(name[: -len(STATION)]) is not None


def drop_place_editions(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Project guesses that are a ``place_edition``."""
    return [s for s in chosen if not place_edition(s, text)]
