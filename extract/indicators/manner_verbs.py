"""Names opened by a verb that says a task was handled well: ``扎实办好重点民生实事数``.

A work report writes its tasks as 抓好…, 办好…, 切实抓好… (a resultative verb: an act + 好, "do
well"), which tells how the government went about the items, not what was measured; the gold names
the items (重点民生实事数, 省级重点工程项目数). The class is read off jieba's dictionary (a
two-character verb ending in 好), so a resultative no report here uses goes the same way, and the
adverbs and aspect verbs before it (扎实, 再, 切实, 继续) go with it. What follows must open with a
noun or a numeral (the items, or their count); otherwise (办好以…为引领的…) the name is left alone.
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn

_RESULT = "好"  # the resultative complement "well": a closed grammatical morpheme (function_word)
_BEFORE_MAX = 2  # words before the verb: 切实|抓好, 接续|办好
_ITEM_TAGS = ("n", "m")  # what the rest opens with: the items (民生|实事) or a numeral (十大类)


def _tag(word: str) -> str:
    dictionary = dictionary_fn()
    return dictionary().get(word, (0, ""))[1]


def without_manner_verb(s: str) -> str:
    """``s`` without the resultative verb that opens it and its adverbs (抓好省级重点工程项目数 ->
    省级重点工程项目数); ``s`` when it opens with none."""
    if _RESULT not in s[:6]:
        return s  # the common case: no 好 where a verb that opens the name would hold it
    words = list(segment_fn()(s))
    for k, word in enumerate(words[: _BEFORE_MAX + 1]):
        tag = _tag(word)
        if len(word) == 2 and word.endswith(_RESULT) and tag == "v":
            rest = "".join(words[k + 1 :])
            opening = words[k + 1] if k + 1 < len(words) else ""
            if len(rest) >= 3 and (opening[:1].isdigit() or _tag(opening).startswith(_ITEM_TAGS)):
                return rest
            return s
        if tag.startswith("n") or not tag:
            return s  # a noun before the verb: the verb is inside the name, not its opening
    return s
