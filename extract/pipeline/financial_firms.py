"""Financial firms named by a trade name and their licence category (恒丰|银行, X|证券: issue 12).

GUIDE §3 types company names as Enterprise. A financial firm is a company too, but its usual
name carries no legal form: it is a trade name (字号) and the category of its licence —
``X银行``, ``X证券``, ``X人寿`` — and a report writes it bare (``A证券、B人寿成功落户``).
``firm_kernels`` reads such a name only after a gazetteer division (云南…银行); a trade name
of its own (a coined word, no place) was missed whole.

The categories are a closed class (``closed_classes.jsonl``, class ``financial_licence``): the
kinds of financial institution the regulators license, as the institutions' own names end —
banks (商业银行法; NFRA 金融许可证), securities firms and futures firms (证券法, 期货和衍生品法;
CSRC), trust companies (NFRA 信托公司), life and property insurers (保险法 §95: 人寿保险,
财产保险; their names end …人寿, …财险). Two categories are left out on purpose: 基金 and 保险
alone name the *product* as often as the licensee (a fund, an insurance scheme: 引导基金,
养老保险), so ``X基金`` / ``X保险`` do not say that X is a firm.

Two cues must agree before a name is taken:

- **the category ends a word**: jieba's reading of the surroundings cuts after it
  (``lexicon.is_word_at``: 证券化, 银行业 are a process and a trade, not a firm);
- **the stem is a trade name**: the words right before the category, two to ``STEM_MAX``
  characters, are each a word of two or more characters that the general dictionary does not
  know or knows only as a proper noun (恒丰, a coined 富泽) — never an everyday word (商业银行,
  政策性银行, 农村商业银行 are kinds; 工商银行 is left alone too, precision first), never a place
  (a division's bank is ``firm_kernels``'), never an abbreviation (jieba's ``j``: 医保, 社保 name
  public schemes), never a term many authors write (``widespread_terms.jsonl``, mined: 科创 in
  科创银行 names a kind of bank; a trade name belongs to one firm). The stem opens at a clause
  edge: a mark or a clause word before it (落户，X银行; 合并X银行), so a longer name is never cut
  in its middle (GUIDE §2.1: the maximal name). The whole name must pass
  ``firm_titles.firm_name`` (no count, no head word, no widespread term).

The scan finds each category with one fixed alternation and segments at most ``STEM_WINDOW``
characters before it, so it stays linear in the text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.firm_titles import firm_name
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, place_names, segment_cached

# closed class financial_licence (module docstring): the licence categories as names end
LICENCE_RE = re.compile(r"(?:银行|证券|期货|信托|人寿|财险)")
HAN_TAIL_RE = re.compile(r"[\u4e00-\u9fff]+$")
STEM_MAX = 4  # characters of a trade name (恒丰, 德邦: two words of two at most)
STEM_WINDOW = 8  # Han characters segmented before the category
# tags of a trade name's words: unknown to the dictionary (None) or a proper noun other than a
# place or an abbreviation (nz, nr…; nt: a dictionary organisation's name)
TRADE_NAME_TAGS = frozenset({None, "nz", "nr", "nrt", "nrfg", "nt"})
SOURCE = "financial_firm"


def trade_name_start(body: str) -> int | None:
    """Where a trade name opens in ``body`` (the Han characters right before a licence category):
    the start of the run of trade-name words that ends ``body``, when it is two to ``STEM_MAX``
    characters long and opens at a clause edge (the start of ``body`` or after a clause word);
    None otherwise."""
    words = dictionary()
    tokens = segment_cached(body)
    length, i = 0, len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        if len(tok) < 2 or words.get(tok, (0, None))[1] not in TRADE_NAME_TAGS:
            break
        if length + len(tok) > STEM_MAX:
            return None  # a longer name than a trade name: not cut in its middle
        length += len(tok)
        i -= 1
    if length < 2:
        return None
    if i > 0 and words.get(tokens[i - 1], (0, ""))[1] not in CLAUSE_TAGS:
        return None  # a noun or place before the stem: part of a longer name or a kind
    return len(body) - length


def find_financial_firms(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Enterprise candidate for each trade name + licence category (module docstring)."""
    places = place_names()
    for m in LICENCE_RE.finditer(text):
        tail = HAN_TAIL_RE.search(text, max(0, m.start() - STEM_WINDOW), m.start())
        if tail is None:
            continue
        body = tail.group()
        start = trade_name_start(body)
        if start is None:
            continue
        begin = tail.start() + start
        stem, name = text[begin : m.start()], text[begin : m.end()]
        if stem in places or stem in widespread_terms(grammar) or not is_word_at(text, m.start(), m.end()):
            continue
        if firm_name(name, grammar):
            add_candidate(doc, begin, m.end(), "Enterprise", SOURCE)
