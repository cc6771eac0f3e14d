"""A list inside a list: an item that holds another list's closer is no name.

A sentence may coordinate two lists, each closed by its own label (A、B等在区高校|及|C、D等
龙头企业). Walking back over the 、-items from the second label, the item between the lists
runs across the first list's closer and label into the second list's first name (B等在区高校及C),
and the items before it belong to the first list and take the second label's type (a university
read as a firm). GUIDE §2.1 wants maximal *names*: a span with a list's closer (等, read as a word
of its own, not 平等) and label inside is a stretch of the clause, not one name. So the walk stops
there: the part after the last coordinating conjunction (``extract.area_lists.CONJ``: 和, 及, 与;
以及 ends in 及) that follows the closer is the list's first item, and with no conjunction the item
is dropped.
"""

from __future__ import annotations

from extract.area_lists import CONJ
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.trade_labels import LIST_CLOSER  # the particle that closes a list (GUIDE §2.2)

CONJUNCTIONS = frozenset(CONJ) - {"、"}  # the list mark separates items; the words join lists


def nested_closer(text: str, start: int, end: int) -> int:
    """The offset of a list closer read as a word of its own in ``text[start:end]``, or -1."""
    pos = text.find(LIST_CLOSER, start, end)
    while pos >= 0:
        if is_word_at(text, pos, pos + 1):
            return pos
        pos = text.find(LIST_CLOSER, pos + 1, end)
    return -1


def after_nested_list(text: str, start: int, end: int) -> int | None:
    """``None`` when ``text[start:end]`` holds no nested list closer; otherwise where the next
    list's first item starts (after the last conjunction past the closer), or ``end`` when no
    conjunction follows the closer (nothing of the item is a name)."""
    closer = nested_closer(text, start, end)
    if closer < 0:
        return None
    cut = end
    for pos in range(end - 1, closer, -1):
        if text[pos] in CONJUNCTIONS:
            cut = pos + 1
            break
    return cut


def joined_label(text: str, modifier_start: int, modifier_end: int) -> bool:
    """Is a list label's classifier the second conjunct of a coordination (…等地区发展平台和|企业,
    …等与|企业)? Then the label names two kinds at once (platforms and firms, regions and
    firms), and it does not say which the items are: the list types none of them as firms
    (GUIDE §3 types only company names Enterprise; pair and regional abbreviations before such a
    label, 成渝、长三角, are no firms). The conjunction must be a word of its own (参与 is a verb)."""
    pos = modifier_end - 1
    return pos >= modifier_start and text[pos] in CONJUNCTIONS and is_word_at(text, pos, pos + 1)
