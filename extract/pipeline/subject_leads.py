"""A common noun that opens its clause right before a quoted programme name is part of the name.

GUIDE §2.1 tags the longest name and §2.2 keeps quotes inside a name (`“两江四岸”治理提升…`); a
short lead-in glued to a quote is taken as the name's modifier unless it is a verb, a scope, a
level or a *generic* word (``NameFinder._short_quote_lead``). The generic test (the hand list
``grammar.GENERIC_RE``) was written against levels and descriptions (市级“十项行动”), but it also
holds the domain nouns a programme is named by (农村, 园区, 社区), so a clause that opens with
``农村“X”改革试点`` lost 农村, while the readable gold keeps such a modifier, as it keeps
浙商“青蓝接力”行动. When nothing but punctuation stands before the lead-in (the clause opens with
the name: its subject, no verb governs it) and jieba reads the lead-in as common nouns only (flag
``n``: no verb, adverb, adjective, distinguishing word, place or person), the lead-in is the name's
own modifier. A level (市级, 国家级: ``LEVEL_WORD_RE``), a scope of levels (市县), a description
opening (重点, 重大), a count and a lead-in that opens with a clause word (全面, 充分|利用) stay
out, as before, unless the general dictionary knows the whole lead-in as one frequent noun
(开发|区 is 开发区, seen 3667 times; 充分利用 only 3, a mis-tag); after the list mark 、 the
lead-in may be one of several coordinated modifiers (医疗、医保、医药“三医”), so it stays out too,
unless the item before the mark is itself a quoted name (…“甲”、乙丙“丁”行动): there the mark
separates names, and the words after it open the next one (GUIDE §2.2, each conjunct its own span).
"""

from __future__ import annotations

from extract.pipeline.grammar import DESCRIPTIVE_RE
from extract.pipeline.level_grids import LEVEL_WORD_RE
from extract.pipeline.lexicon import clause_opener, is_dictionary_word, nominal_only
from extract.pipeline.list_items import CLAUSE_EDGES

MIN_SUBJECT = 2  # characters: one character glued to a quote is a word's end (年, 好)


def after_quoted_item(text: str, lead: int) -> bool:
    """Does a list item that is a quoted name end right before ``lead`` (…“甲”、|乙丙“丁”行动)?
    Then the list mark separates names, and the words after it open the next name."""
    return text[lead - 2 : lead] == "”、"


def _opens_clause(text: str, lead: int) -> bool:
    """Does a clause open at ``lead``: the text's start, or a clause edge (``list_items``) or a
    space right before it? The list mark 、 is no clause edge: it joins modifiers."""
    return lead == 0 or text[lead - 1] in CLAUSE_EDGES or text[lead - 1].isspace()


def subject_lead(text: str, lead: int, quote: int) -> bool:
    """Is ``text[lead:quote]`` a common-noun modifier that opens its clause before a quoted
    programme name (。农村“X”改革试点任务如期完成, 。开发区“X”行动扎实开展)? It may also open an
    item after a quoted one (:func:`after_quoted_item`). The caller has already ruled out counts
    and scopes of levels (``names._NUMERAL_RE``, ``names.LEVELS_RE``)."""
    lead_in = text[lead:quote]
    if len(lead_in) < MIN_SUBJECT:
        return False
    if not _opens_clause(text, lead) and not after_quoted_item(text, lead):
        return False
    if LEVEL_WORD_RE.search(lead_in) or DESCRIPTIVE_RE.match(lead_in):
        return False
    opener = clause_opener(lead_in)
    if opener and (opener == lead_in or not is_dictionary_word(lead_in)):
        return False  # 充分利用|“X”: a verb opens it (开发区 is a frequent noun of its own)
    return nominal_only(lead_in)
