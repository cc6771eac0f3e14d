"""Bare items of a project list among firms: of their siblings' kind (issue 12, firm/Project confusion).

GUIDE §3: every item of a list the text labels as projects is a Project, but a bare company name
stays Enterprise (``仲恩药业等项目``, ``欧陆电子、莱茵检测等100个项目``). ``enumerations.item_type``
knows a firm in such a list by a company-style tail (驭志|环保) or a short proper name; an item of
four or more characters with neither falls through to Project by default, since a project without
a head word is usually named by a description of what is built. Yet the items of one list are of
one kind (``list_items``, ``firm_siblings``): in ``引入甲乙智联、丙丁环保等项目`` the first item is
a firm as much as the second.

So where a project list types at least one item a firm and no item a Project by its own form (a
head word, a facility end, a phase, a product line, a place, a shared kind), the items typed
Project only by default are firms too when they are no fewer than the firms and each is a firm's
short name: Han characters only, six at most (``firm_lists.NAME_MAX``: a longer item describes
works, 甲乙铝升级扩能), no verb closing it, and ``firm_titles.firm_name`` (a name of its own: not
everyday words, no count, no head word, no bare place). A list with a real project in it
(``长江存储二期、甲乙、丙丁时代等项目``) is left alone: there the bare items may be works as
well as firms.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.pipeline import grammar as g
from extract.pipeline.firm_lists import HAN_RE, NAME_MAX
from extract.pipeline.firm_titles import firm_name
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached

ENTERPRISE, PROJECT = "Enterprise", "Project"
VERBAL_TAGS = CLAUSE_TAGS | {"vn"}  # a last word so tagged says what is done (升级|扩能): works


def short_name(item: str, grammar: g.Grammar) -> bool:
    """A firm's short name: Han characters only, at most ``firm_lists.NAME_MAX`` of them (a
    longer item describes works: 甲乙铝升级扩能), not closed by a verb, and a name of its own
    (``firm_titles.firm_name``)."""
    if len(item) > NAME_MAX or HAN_RE.match(item) is None or not firm_name(item, grammar):
        return False
    last = segment_cached(item)[-1]
    return dictionary().get(last, (0, ""))[1] not in VERBAL_TAGS


@dataclass(frozen=True)
class Typed:
    """One list item as ``enumerations`` typed it; ``default`` when Project only by default."""

    start: int
    end: int
    type: str
    default: bool = False


def among_firms(items: list[Typed], text: str, grammar: g.Grammar) -> list[Typed]:
    """``items`` with the default Projects retyped as firms where their siblings are firms
    (module docstring); the others unchanged."""
    firms = sum(1 for t in items if t.type == ENTERPRISE)
    defaults = [t for t in items if t.type == PROJECT and t.default]
    formed = any(t.type != ENTERPRISE and not (t.type == PROJECT and t.default) for t in items)
    if not firms or not defaults or formed or len(defaults) > firms:
        return items
    named = [t in defaults and short_name(text[t.start : t.end], grammar) for t in items]
    return [Typed(t.start, t.end, ENTERPRISE) if firm else t for t, firm in zip(items, named, strict=True)]
