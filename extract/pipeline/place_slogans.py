"""Slogans built on a place's name (美丽X, 法治X, 数字X建设): the place inside is no mention.

Provincial reports name their campaigns after the province: a modifier and the province's name,
then 建设 (美丽江苏建设, 法治吉林建设, 数字重庆建设). The place inside is no District (GUIDE §2.1):
the name is the province's build-up programme, which ``buildup_programmes`` tags with these
modifiers (Program, like 平安X and 信用X of GUIDE §9, as the blind gold rounds type 美丽河北 and
法治天津; Strategy for 数字X, whose form GUIDE §6 lists as 数字重庆), and the resolver's
maximal-name rule drops the place inside it. Where no name is made (a city after the modifier,
a name that runs on), the place after the modifier is still dropped here.

The modifiers are data, not a list: :func:`mine_slogan_modifiers` (run by
``scripts/mine_categories.py`` into ``extract/data/slogan_modifiers.jsonl``) keeps a dictionary
word of two characters, no clause word by jieba's tags, that stands right before a province's
name followed by 建设 (the GUIDE §2.6 generic tail of a build-up) in ``MIN_AUTHORS`` or more
reports, for ``MIN_PLACES`` or more provinces: one author's phrase is a name, a frame many
authors fill with their own province is a slogan's form. At run time a District right after such
a modifier, which is a word of its own in jieba's reading of the sentence, is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment

MODIFIER_CHARS = 2  # 美丽, 法治, 数字: the modifiers of the frame are two-character words
MIN_AUTHORS = 2  # reports (provinces; the bundled Chongqing reports count as one) using the frame
MIN_PLACES = 2  # provinces the frame is filled with
FRAME_TAIL = "建设"  # GUIDE §2.6: the generic tail of a build-up (美丽江苏建设)
WINDOW = 6  # characters before the place given to the segmenter


def mine_slogan_modifiers(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Modifiers of the frame ``modifier + province + 建设`` (module docstring); ``docs`` is
    (author, text) pairs."""
    from extract.pipeline.buildup_programmes import province_names
    from extract.pipeline.mining import CLAUSE_TAGS, dictionary

    words = dictionary()
    provs = "|".join(map(re.escape, province_names()))
    frame = re.compile(rf"([\u4e00-\u9fff]{{{MODIFIER_CHARS}}})({provs}){FRAME_TAIL}")
    total: dict[str, int] = defaultdict(int)
    authors: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for author, text in docs:
        for m in frame.finditer(text):
            w = m.group(1)
            freq, tag = words.get(w, (0, ""))
            if freq <= 0 or tag in CLAUSE_TAGS:
                continue  # no word of the dictionary, or a verb/preposition before the place
            total[w] += 1
            authors[w].add(author)
            places[w].add(m.group(2))
    out = [
        {
            "word": w,
            "source": "mined",
            "counts": {"frame": total[w], "provinces": len(places[w])},
            "docs": len(authors[w]),
            "pos": words[w][1],
        }
        for w in total
        if len(authors[w]) >= MIN_AUTHORS and len(places[w]) >= MIN_PLACES
    ]
    return sorted(out, key=lambda e: e["word"])


def slogan_modifiers(grammar: Grammar) -> frozenset[str]:
    """The mined slogan modifiers of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set("slogan_modifiers.jsonl", "word")


def after_slogan_modifier(text: str, start: int, grammar: Grammar) -> bool:
    """Is the place at ``start`` right after a mined slogan modifier that is a word of its own in
    jieba's reading of the sentence (美丽|云南, not 壮美丽|… or a modifier that ends a longer
    word)?"""
    before = text[max(0, start - MODIFIER_CHARS) : start]
    if before not in slogan_modifiers(grammar):
        return False  # no modifier right before the place (the common case): nothing to segment

    lo = start
    while lo > max(0, start - WINDOW) and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    words = _segment(text[lo:start])
    return bool(words) and words[-1] == before
