"""The topic a bare measure inherits from the figure before it in the same sentence.

Reports state one thing's figures in a row and name the thing once: ``高交会促成1023项…签约，
成交额超1700亿元``, ``消费品以旧换新带动相关商品销售超800亿元、惠及消费者750余万人次``.
The second figure's words (成交额, 惠及消费者) are a measure of nothing in particular; the
indicator is the topic's (高交会成交额,
消费品以旧换新惠及消费者). A measure is *bare* when it is short, all Han characters (no letters,
digits or quotes that would name a thing) and no statistic of its own (地区生产总值); the topic is
the earlier name up to its verb (高交会|促成).
An earlier name without a verb inside is a sibling measure (交通基础设施投资…，水利投资…; 粮食总产…、
单产…): nothing is inherited then.
"""

from __future__ import annotations

from extract.indicators.names import STANDARD_NAMES

_NOMINAL = frozenset("nljq")  # dictionary tags of nouns, idioms, abbreviations, measure words


def _is_nominal(tag: str) -> bool:
    return tag[:1] in _NOMINAL or tag == "vn"  # 完成|投资: a verbal noun is an object too
MAX_BARE = 5  # characters: 完成投资, 总投资额, 惠及消费者; longer phrases name their own thing
_COUNT_TAIL = ("数量", "数")
_VERB_TAGS = frozenset({"v"})


def is_bare_measure(name: str) -> bool:
    return (
        2 <= len(name) <= MAX_BARE
        and name not in STANDARD_NAMES
        and all("\u4e00" <= c <= "\u9fff" for c in name)  # letters, digits, quotes: a name of its own
    )


def topic_of(name: str) -> str:
    """高交会促成供需对接项目数 -> 高交会; "" when the name has no verb after its first word."""
    from extract.pipeline.lexicon import _segment
    from extract.pipeline.mining import dictionary

    for tail in _COUNT_TAIL:
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    tags = dictionary()
    words = list(_segment(name))
    pos = len(words[0]) if words else 0
    for k, w in enumerate(words[1:], 1):
        if len(w) >= 2 and tags.get(w, (0, ""))[1] in _VERB_TAGS:
            # the verb has an object with a noun (促成|…项目, 发车|车次), unlike a statistic's
            # last words (一般公共|预算|收入: tagged verbs both, no topic + verb)
            nominal = any(_is_nominal(tags.get(o, (0, ""))[1]) for o in words[k + 1 :])
            return name[:pos] if pos >= 2 and nominal else ""
        pos += len(w)
    return ""  # no topic + verb: a sibling measure (交通投资、水利投资), not the same thing's


__all__ = ["is_bare_measure", "topic_of"]
