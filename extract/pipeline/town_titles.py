"""National titles written with the bound city word 城 (全国…模范城, 国家…名城, 国家卫生县城) are Program.

The provincial-2026 conventions type civilised-city, forest-city and similar national titles a
city or county gets as Program (``city_titles``: 全国文明城市). ``city_titles`` reads a title that
ends in the free word 城市 only after a mined verb that gets or seeks it, since a level word, name
words and 城市 also write positioning goals the gold leaves untagged (建设国家中心城市). The same
titles are often written with the bound form 城 (a model city, a famed city, a county town) and
with no such verb: a review says a title was kept (蝉联), conferred (受命名) or now covers every
prefecture (实现…设区市全覆盖).

The bound form tells the two apart where the free word cannot. Over the unannotated reports
(every gold passage blanked), a national level word (``mining.NATIONAL``: 国家, 全国), two to
``BODY_MAX`` name words and 城 closing a word opens a national title in every one of its
occurrences (15 in 29 reports: 11 model-city titles, 3 famed-city titles, 1 county-town title,
none a goal); the international level (国际) is left out, since there it names places that firms
gather in (国际生物城: Platform, GUIDE §3) and goals (国际赛事名城). So:

- a national level word, name words and 城 is a Program candidate, verb or no verb, from the
  level word (GUIDE §2.5 keeps 国家… in an official designation);
- 城 must close a word: where 城 and the next character are one word and the next two are not
  (城|市, 城|镇化: the free word, a longer name), the match is no title; where the next two are a
  word themselves (城|建设) the title ends at 城;
- the name words open with no rank or count (GUIDE §2.5 leading words: 全国首个…城 counts a kind
  of place, as ``city_titles`` leaves 全国首批… to the head scan), hold no clause word (a verb
  or function word makes them a clause: 国家批复…双城), are not only generic words, and the
  whole is no gazetteer place;
- a bracketed qualifier of at most ``QUALIFIER_MAX`` characters right after the title stays in
  the span (GUIDE §4: a parenthetical attached to a name; the 城（县） form names the county
  variant of the same title).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.lexicon import is_dictionary_word
from extract.pipeline.mining import NATIONAL
from extract.regions import lookup

TOWN = "城"  # the bound form of the city word 城市 (closed class: 名城, 县城, 模范城)
BODY_MAX = 8  # name words between the level and 城
QUALIFIER_MAX = 2  # Han characters of a bracketed qualifier kept in the span: （县）


@functools.cache
def _town_title_re() -> re.Pattern[str]:
    levels = "|".join(NATIONAL)
    # the shortest name run ending in 城 (one bounded lazy run: linear per start)
    return re.compile(
        "(?P<level>"
        + levels
        + r")(?P<body>[\u4e00-\u9fff]{2,"
        + str(BODY_MAX)
        + "}?)"
        + TOWN
        + r"(?P<qual>（[\u4e00-\u9fff]{1,"
        + str(QUALIFIER_MAX)
        + "}）)?"
    )


def _closes_word(text: str, end: int) -> bool:
    """Does 城 right before ``end`` close a word (module docstring)? 城市, 城镇化 do not."""
    nxt = text[end : end + 1]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff"):
        return True
    return not is_dictionary_word(TOWN + nxt) or is_dictionary_word(text[end : end + 2])


def _name_words(text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """Are ``text[start:end]`` name words: not only generic words, no clause word inside."""
    body = text[start:end]
    if g.is_generic(body):
        return False
    return not any(grammar.cuts(text, start + a, start + b) for a, b in grammar.stop_spans(body))


def find_town_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add national titles ending in the bound city word 城 as Program candidates (module
    docstring)."""
    if TOWN not in text:
        return
    for m in _town_title_re().finditer(text):
        town_end = m.end("body") + len(TOWN)
        if not _closes_word(text, town_end) and not m.group("qual"):
            continue
        lead = g.LEAD_RE.match(text, m.start("body"))
        if lead and lead.end() > m.start("body"):
            continue  # 全国首个|…城: a rank opens no title's name words, it counts a kind of place
        if not _name_words(text, m.start("body"), m.end("body"), grammar):
            continue
        name = text[m.start("level") : town_end]
        if lookup(name) is not None:
            continue
        add_candidate(doc, m.start("level"), m.end(), "Program", "suffix")
