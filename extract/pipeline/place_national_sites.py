"""Places right before the national level of a designation: the designated site, not a District.

GUIDE §2.5 keeps 国家… inside an official designation's span (国家产业转型升级示范区), and §2.1 tags
the maximal name and nothing inside it. A national designation is named after its site by
writing the place first and the national level after it: the readable gold tags every place it
writes so inside the longer name, never as a District (保定|国家数据标注基地, 潍坊|国家农综区,
广州|国家版本馆, 景德镇|国家陶瓷文化传承创新试验区, 黄河口|国家公园, 庐山|国家植物园, 大同|国家数据
标注基地: 9 of 9 places before 国家 in the readable gold sets). Where the grammar does not build the
name (a head the lexicon lacks: 农综区) the place used to stand alone as a District (issue 12: a
District false positive of fresh4's gold, 潍坊 before 国家农综区).

The test reads the words, not a list of designations: jieba's first word after the place is the
national level itself (``rare_designations.NATIONAL_LEVELS``: 国家, 国家级), then two or more
words up to the first clause word (a verb, adverb, preposition or stop word:
``place_runs.clause_word``) and any verbal noun after them (建设, 发展: GUIDE §2.6's generic
tails), the last a noun by jieba's tags (基地 n, 馆 ng): a modifier and the kind of the designated
thing. A place before the level and a verb (免签入境海南|国家|达86个: the countries), one word that
is no noun (新疆|国家|安全|和…: 安全 an) or one noun alone (甲市|国家|战略) stays, as does a place before
the other national scope word 全国 (廊坊、张家口|全国算力高地: the readable gold tags the place there).
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import segment
from extract.pipeline.mining import dictionary
from extract.pipeline.place_runs import clause_word, name_run
from extract.pipeline.rare_designations import NATIONAL_LEVELS

MIN_WORDS = 2  # words after the level: a modifier and a kind (数据|基地, 农|综|区), not a bare noun
KIND_TAGS = frozenset({"n", "ng", "nz"})  # jieba's tags of the kind closing a designation (基地, 馆)
TAIL_TAGS = frozenset({"vn"})  # a verbal noun after the name (建设, 发展): GUIDE §2.6's generic tails


def opens_national_designation(text: str, end: int, grammar: Grammar) -> bool:
    """Is the place ending at ``end`` the site of a national designation's name (module doc)?"""
    run = name_run(text, end)
    if not run.startswith(NATIONAL_LEVELS):
        return False  # no national level right after the place (the common case): nothing to segment
    words = segment(run)
    if words[0] not in NATIONAL_LEVELS:
        return False  # a longer word holds the level: no designation opens here
    body: list[str] = []
    for word in words[1:]:
        if clause_word(word, grammar):
            break
        body.append(word)
    while body and dictionary().get(body[-1], (0, ""))[1] in TAIL_TAGS:
        body.pop()  # 甲市国家乙丙基地|建设: a verbal noun after the name is its generic tail (GUIDE §2.6)
    return len(body) >= MIN_WORDS and dictionary().get(body[-1], (0, ""))[1] in KIND_TAGS


__all__ = ["opens_national_designation"]
