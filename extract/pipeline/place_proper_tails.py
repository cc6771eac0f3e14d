"""Places followed by a proper word: the modifier of a longer proper name, not a District.

GUIDE §2.1 tags the maximal name and never a place inside it on its own. ``place_led_names``
builds the longer name when the place's tail ends in a head of the lexicon; when the head is one
the lexicon lacks (甲市乙丙出入口局, 丁区戊己板块, 庚省辛壬法务区) nothing is built and the place
used to stay a District, a false positive for every such name (issue 12). This module decides,
without knowing the head, that the place modifies a proper name: the word right after it is
itself *proper* — a firm's, a brand's or a sub-place's own word that no general vocabulary holds.

Two readings of jieba's dictionary (a well-kept general vocabulary of Chinese) say so:

- **a coined word**: the segmenter finds no word at the start of the tail, only two or more
  single characters in a row (丽|豪, 弗|迪, 巧|姑: a firm, a brand, a village's own name), none a
  numeral, measure word, pronoun or function word (3个, 首店, 等的 are no names) and none a
  division (川|黔 are places); and the joined word is not a *widespread term* of the reports
  (``widespread_terms.jsonl``, mined over all unannotated reports: 文旅, 自贸 are common
  abbreviations every province writes, not proper words);
- **a rare proper word**: the first word is a name by the dictionary's person tags (which it
  gives many local names: 丁字湾, 万烟谷) that the dictionary saw at most ``RARE_FREQ`` times and
  that is not a division of the gazetteer; a place name (ns) after a place is a second unit,
  tagged on its own (GUIDE §2.7: 云南|红河州), and read by other rules.

Plain nouns, verbs and categories after a place (湖北经济, 河北贡献, 云南企业, 重庆发展) are
dictionary words and stay Districts, as the gold sets annotate them
(``python scripts/place_tail_stats.py --gold FILE DIR`` counts the ``proper`` class of tail
for gold Districts and for places that open gold names: readable gold only).
"""

from __future__ import annotations

from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import CLAUSE_TAGS, HAN_RUN_RE, dictionary
from extract.pipeline.place_runs import name_run
from extract.regions import lookup

WINDOW = 10  # characters of the tail given to the segmenter
MIN_COINED = 2  # single characters in a row that make a coined word (one is a bound morpheme)
RARE_FREQ = 20  # jieba's count of a proper word rare enough to be a local name (丁字湾: 2)
# numerals, measure words and pronouns (3个, 首店, 己) open counts and clauses, never a name
NON_NAME_TAGS = CLAUSE_TAGS | frozenset({"m", "mq", "q", "r", "rr", "rz", "x", "zg"})
# verbs, verbal nouns, adverbs and function words end a coined word after its first character
# (温州|双获, 新疆|山更绿, 浙江|心生向往: a clause, not a name); numerals and pronouns may be part
# of it (戊己, 辛壬: the dictionary tags 己 a pronoun, 壬 a numeral)
FUNCTION_TAGS = CLAUSE_TAGS | frozenset({"vn"})
# the dictionary's tags of person names (it gives them to many local names: 丁字湾, 万烟谷); not
# ns, since a place after a place is a second unit the GUIDE tags on its own (§2.7: 云南|红河州;
# 边境县 is ns too), nor nz/nt, which it also gives terms (城市更新 nz, 3 times: no local name)
PROPER_WORD_TAGS = frozenset({"nr", "nrfg", "nrt"})


def _tag(word: str) -> tuple[int, str]:
    return dictionary().get(word, (0, ""))


def coined_word(segs: tuple[str, ...]) -> str | None:
    """The coined word (module docstring) that opens the segmented tail ``segs``, or None."""
    chars: list[str] = []
    for w in segs:
        if len(w) != 1 or not HAN_RUN_RE.fullmatch(w):
            break
        if _tag(w)[1] in (NON_NAME_TAGS if not chars else FUNCTION_TAGS) or lookup(w) is not None:
            break  # the first character opens no count or clause; later ones join no clause
        chars.append(w)
    if len(chars) < MIN_COINED:
        return None
    return "".join(chars)


def rare_proper_word(segs: tuple[str, ...]) -> str | None:
    """The first word of ``segs`` when it is a rare proper noun of the dictionary, or None."""
    w = segs[0]
    freq, tag = _tag(w)
    if len(w) < 2 or tag not in PROPER_WORD_TAGS or freq > RARE_FREQ or lookup(w) is not None:
        return None
    return w


def proper_word_after(text: str, end: int, grammar: Grammar) -> str | None:
    """The proper word right after the place ending at ``end``, with no delimiter in between,
    or None (module docstring)."""

    run = name_run(text, end)[:WINDOW]
    if len(run) < MIN_COINED:
        return None
    segs = _segment(run)
    word = coined_word(segs) or rare_proper_word(segs)
    if word is None or lookup(word) is not None or word in widespread_terms(grammar):
        return None
    return word


def opens_proper_name(text: str, end: int, grammar: Grammar) -> bool:
    """Is the place ending at ``end`` the modifier of a proper name (a proper word follows)?"""
    return proper_word_after(text, end, grammar) is not None
