"""Strategies a list names before one 战略, and the provincial forms of a national strategy.

Two gaps of the strategy gazetteer (``strategies.jsonl``, GUIDE §6's closed class), both from the
readable gold (round 8, ``深入实施科教兴省、人才强省、创新驱动发展战略``: 科教兴省 and 人才强省 are
Strategies, the head 战略 written once, on the last item):

- **A shared head.** A row whose words are also an ordinary phrase counts only where 战略 follows
  it (``followed_by``: 科教兴国 as a slogan is no mention). Where several strategies share one
  战略 (``科教兴国、人才强国、创新驱动发展战略``) only the last item is followed by it; GUIDE §2.2
  gives each conjunct of a shared suffix its own span, and GUIDE §2.6 makes 战略 the strategy's
  own generic tail, so an item of a short 、-list (or a pair joined by 和) whose last item closes
  with 战略 has its 战略 (:func:`shared_head_follows`). The items are not typed by the list: an
  unknown item (``“强省会”、“强龙头”战略``, a Program in round 5) stays what the rest of the
  pipeline makes of it; only gazetteer items are let through.
- **The level of the author.** A national strategy named as a verb or adjective with the nation
  as its object (科教|兴|国, 人才|强|国, 制造|强|国: the one-character word before 国 is a verb or
  adjective in jieba's dictionary, so 美丽|中国 and 数字|中国, where 中国 is the country, are not;
  their provincial forms 数字河北 are ``buildup_programmes``' work) has a provincial, municipal,
  district and county form where the division level replaces 国 (科教兴省, 人才强市, 人才强区: the
  last two GUIDE §6 lists by hand). They are derived, never listed (:func:`level_forms`), and
  count only where the text calls them a 战略 (directly or through a shared head): the readable
  gold leaves 制造强省、质量强省、网络强省 and 人才强省、交通强省 in lists of things to build untagged
  (rounds 3 and 6) and types 科教兴省、人才强省 before 战略 (round 8).
- **A shared name suffix.** ``[义甬舟]、金丽温开放大通道`` (GUIDE §9's own example, the
  dev-provincial gold): an item before a gazetteer strategy that, with a tail of that strategy's
  name, spells another gazetteer strategy is that strategy (:func:`suffix_conjuncts`), as GUIDE
  §2.2 gives each conjunct of a shared suffix its own span. Only gazetteer names are completed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from extract.pipeline.lexicon import is_word_at

HEAD = "战略"  # GUIDE §2.6: the strategy's own generic tail, written once for a list
NATION = "国"  # the national level a strategy's name can end in (科教兴国)
LEVEL_CHARS = "省市区县"  # division levels (Constitution Art. 30) that replace it
VERB_TAGS = frozenset({"v", "a"})  # jieba tags of the word before 国: 兴 (v), 强 (a)
JOINERS = "、和"  # list marks between conjuncts (function words)
MAX_ITEM = 14  # characters of one later item (中部地区崛起, 黄河流域生态保护和高质量发展)
MAX_ITEMS = 8  # items walked after the hit
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fff“”]")


def level_forms(names: Iterable[str]) -> list[str]:
    """The provincial, municipal, district and county forms of national strategy names that end
    in a one-character verb or adjective + 国 (module docstring)."""
    from extract.pipeline.mining import dictionary

    words = dictionary()
    out: list[str] = []
    for name in names:
        if len(name) < 4 or not name.endswith(NATION):
            continue
        if words.get(name[-2], (0, ""))[1] not in VERB_TAGS:
            continue  # 美丽|中国: 中 is no verb, 中国 the country
        out.extend(name[:-1] + level for level in LEVEL_CHARS)
    return out


def shared_head_follows(text: str, end: int) -> bool:
    """Does the list that the name ending at ``end`` opens or continues close with 战略?

    ``end`` must be followed by a list mark; every later item is a short run of Chinese
    characters (quotes allowed) up to the next 、 or to the head, which must be a word of its
    own there (战略性新兴产业, 战略|合作 are no head)."""
    pos = end
    for _ in range(MAX_ITEMS):
        if pos >= len(text) or text[pos] not in JOINERS:
            return False
        k = pos + 1
        limit = min(len(text), pos + 1 + MAX_ITEM + len(HEAD))
        while k < limit:
            if text[k] == "、":
                break
            if k > pos + 1 and text.startswith(HEAD, k):
                return is_word_at(text, k, k + len(HEAD))
            if not _ITEM_CHAR.match(text[k]):
                return False
            k += 1
        else:
            return False
        pos = k
    return False


MIN_TAIL = 2  # a shared tail is a word at least (开放大通道), never one character


def suffix_conjuncts(
    text: str, start: int, surface: str, known: Callable[[str], str | None]
) -> list[tuple[int, int, str]]:
    """The items of the 、-list that ends with the gazetteer strategy ``surface`` at ``start``
    and whose own name is that of another strategy once a tail of ``surface`` is added
    (``义甬舟`` + ``开放大通道``). ``known(name)`` gives a strategy's canonical (None for no
    strategy). Walks back item by item and stops at the first item that completes to none.
    Returns (start, end, canonical) of each item found."""
    tails = [surface[i:] for i in range(1, len(surface) - MIN_TAIL + 1)]
    out: list[tuple[int, int, str]] = []
    pos = start
    while pos > 0 and text[pos - 1] == "、":
        item_end = pos - 1
        found = None
        for i in range(max(0, item_end - MAX_ITEM), item_end):
            if not all(_ITEM_CHAR.match(c) for c in text[i:item_end]):
                continue
            for tail in tails:
                canonical = known(text[i:item_end] + tail)
                if canonical is not None:
                    found = (i, item_end, canonical)
                    break
            if found:
                break
        if found is None:
            return out
        out.append(found)
        pos = found[0]
    return out
