"""Quoted programme names with no head after the quotes (issue 12 failure class).

Reports write a programme's name in quotes and often drop its head: 实施“X”工程 in one
sentence, 实施“X”， in the next. Which quotes are programmes is read off the verb before them,
and which verbs take programmes is counted in unannotated text, never listed:

- **Mining** (:func:`mine_programme_verbs`, run by ``scripts/mine_lexicon.py``): for every
  quote of the reports, the word right before it (jieba's last token of the Han run glued to
  the opening quote, a pair of one-character tokens read as one word) and whether a programme
  head of the grammar follows the closing quote (“X”行动, “X”工程: ``Grammar.after_quote_re``).
  A clause word (a mined stop word) whose quotes are headed programmes (“X”行动, or “X工程” whose
  own words end in a programme head) in a large share of its
  uses, in several reports, is a *programme verb* (实施, 开展, 深化); a verb that mostly
  introduces slogans, positionings and brands (打造, 推进) is not. Only *coined* quotes are
  counted (:func:`is_coined`): a quote that is one word of the general dictionary (“加速度”,
  “朋友圈”) is a metaphor and an ``N个X`` formula (“两个确立”, “三个定位”) is party doctrine or
  a positioning (GUIDE §3/§9: slogans and formulas are not tagged), whatever verb comes before
  them; counting them hid that 深化 governs coined programme names (深化“X”改革, 深化“X”，).
- **Run time** (:func:`find_quoted_programmes`): a quote right after a programme verb and
  closed by a clause edge (punctuation, another quote, a clause word) is a Program, its span
  inside the quotes (GUIDE §2.2); the same quoted words elsewhere in the document are the same
  programme (one name, one type per document), so they are tagged too. A quote the document
  itself writes once right before a programme head (“X”工程, “X”联赛) or a framework (“X”现代
  产业体系) is carried the same way (:func:`headed_in_document`, branch ``quotes8``): GUIDE §9
  gives the short form the programme's canonical (“千项万亿”工程 → 千项万亿).
- **A field word between the verb and the quote** (branch ``program38``): reports often name the
  field a programme belongs to right before its quote (深化文化“两创”，, 大力实施济南“强省会”、),
  so jieba's last word before the quote is that noun, not the verb. :func:`field_before` reads
  one noun of jieba's dictionary (tags ``FIELD_TAGS``) or a division of two characters or more
  between a clause word and the quote; the miner counts, per verb, the quotes so read and how
  many a programme head follows (``counts.after_field`` / ``counts.after_field_headed``). Over the
  unannotated reports a field word does not weaken the frame (a quote after verb + field is
  headed about as often as one right after the verb), so a programme verb whose field-modified
  quotes are headed in ``FrameSettings.min_field_headed`` cases and ``min_share`` of its uses
  (:func:`field_verbs`) reads a field-modified quote as it reads its own, when punctuation
  closes it: a clause word after it (国际贸易“单一窗口”建设) leaves the quote a topic of the
  field's build-up, more often a platform or a facility than a programme.

Places, numbers, and quotes that already hold a candidate are left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.numerals import cn_to_number
from extract.pipeline.candidates import HeldSpans, add_candidate, candidates
from extract.pipeline.lexicon import is_dictionary_word, opens_clause
from extract.pipeline.mining import dictionary
from extract.regions import lookup

QUOTE_RE = re.compile(r"“([^“”\n]{2,12})”")
HAN_BEFORE = 12  # characters of the Han run before a quote that word_before segments
HAN_BEFORE_RE = re.compile(rf"[\u4e00-\u9fff]{{1,{HAN_BEFORE}}}$")
# what may close a headless programme name: punctuation or the opening quote of a chained name
EDGE_CHARS = frozenset("，。；、：！？,;:!?“）)\n")
LATIN_OR_DIGITS_RE = re.compile(r"^[\dA-Za-z.+×%]+$")
# a numeral and a measure word right before an opening quote (三张“X”清单, 3个“X”): a count of a kind
COUNT_BEFORE_RE = re.compile(r"(?:\d+|[一两二三四五六七八九十百千]+)[个张项类条批家]$")
# jieba dictionary tags of a field word between a verb and its quote (文化 n, 济南 ns): nouns,
# proper nouns, place and organisation names; not nr (jieba tags some verbs nr: 杜绝)
FIELD_TAGS = frozenset({"n", "nz", "ns", "nt"})
MIN_FIELD = 2  # characters of a field word: a one-character token is too often a clause word


@dataclass(frozen=True)
class FrameSettings:
    """Thresholds of the programme-verb criterion (one place; recorded in each entry)."""

    min_headed: int = 5  # quotes after the verb that a programme head follows
    min_docs: int = 5  # reports with such a quote after the verb
    # share of the verb's quotes that are headed programmes; 深化 (0.34) mostly introduces
    # reforms (深化“X”改革) and, headless, positionings and slogans (深化“三个定位”)
    min_share: float = 0.35
    min_field_headed: int = 2  # headed quotes after the verb and a field word (文化“X”工程)


def is_coined(inner: str) -> bool:
    """Could the quoted words be a name of their own: neither one word of jieba's general
    dictionary (a metaphor: “加速度”) nor an ``N个X`` formula (“四个意识”: a numeral and the
    measure word 个)?"""

    if is_dictionary_word(inner):
        return False
    counted = inner[0].isdigit() or cn_to_number(inner[0]) is not None
    return not (len(inner) > 2 and inner[1] == "个" and counted)


def word_before(text: str, quote_start: int, segment) -> str:  # segment: str -> list[str]
    """The word glued to an opening quote: jieba's last token of the Han run before it, with a
    one-character token read together with a one-character token before it (全面|实|施 is
    rare, but 用|好 is a verb jieba splits); "" after punctuation or at the start."""
    m = HAN_BEFORE_RE.search(text, max(0, quote_start - HAN_BEFORE), quote_start)
    if not m:
        return ""
    tokens = segment(m.group())
    last = tokens[-1]
    if len(last) == 1 and len(tokens) > 1 and len(tokens[-2]) == 1:
        last = tokens[-2] + last
    return last


def field_before(text: str, quote_start: int, segment) -> tuple[str, str] | None:
    """(word, field) when jieba's last word of the Han run before the opening quote is a field
    word (a noun of ``FIELD_TAGS`` or a division, ``MIN_FIELD`` characters at least) and a word
    stands before it (深化|文化|“X”, 实施|济南|“X”); None otherwise."""
    m = HAN_BEFORE_RE.search(text, max(0, quote_start - HAN_BEFORE), quote_start)
    if not m:
        return None
    tokens = segment(m.group())
    if len(tokens) < 2 or len(tokens[-1]) < MIN_FIELD:
        return None
    field = tokens[-1]
    if dictionary().get(field, (0, ""))[1] in FIELD_TAGS or lookup(field) is not None:
        return tokens[-2], field
    return None


def word_before_ends_with(text: str, quote_start: int, segment, endings: tuple[str, ...]) -> bool:
    """``word_before(text, quote_start, segment).endswith(endings)``, segmenting only when the
    characters before the quote end with one of ``endings``: the word is a suffix of the Han
    run there, so where the run ends in none of them neither does the word (most quotes)."""
    if not text.endswith(endings, max(0, quote_start - HAN_BEFORE), quote_start):
        return False
    return word_before(text, quote_start, segment).endswith(endings)


def mine_programme_verbs(
    docs: Sequence[tuple[str, str]],
    after_quote_re: re.Pattern[str],
    clause_words: Iterable[str],
    segment,
    s: FrameSettings = FrameSettings(),
    tails: tuple[str, ...] = (),
) -> list[dict]:
    """Clause words before quotes that a programme head mostly follows (see module docstring);
    a quote whose own words end in a programme head (``tails``: “民生十大工程”) is a headed
    programme too."""
    words = set(clause_words)
    total: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    headed_docs: dict[str, set[str]] = defaultdict(set)
    after_field: Counter[str] = Counter()  # quotes after the verb and a field word (module docstring)
    field_headed: Counter[str] = Counter()
    for name, text in docs:
        for m in QUOTE_RE.finditer(text):
            if not is_coined(m.group(1)):
                continue
            inner = m.group(1)
            is_headed = bool(after_quote_re.match(text, m.end())) or bool(tails and inner.endswith(tails))
            verb = word_before(text, m.start(), segment)
            if verb not in words:
                fielded = field_before(text, m.start(), segment)
                if fielded and fielded[0] in words:
                    after_field[fielded[0]] += 1
                    field_headed[fielded[0]] += is_headed
                continue
            total[verb] += 1
            if is_headed:
                headed[verb] += 1
                headed_docs[verb].add(name)
    out = []
    for verb, n in headed.items():
        if n < s.min_headed or len(headed_docs[verb]) < s.min_docs or n < s.min_share * total[verb]:
            continue
        out.append(
            {
                "word": verb,
                "source": "mined",
                "counts": {
                    "quotes": total[verb],
                    "headed_programmes": n,
                    "after_field": after_field[verb],
                    "after_field_headed": field_headed[verb],
                },
                "docs": len(headed_docs[verb]),
                "share": round(n / total[verb], 3),
            }
        )
    return sorted(out, key=lambda e: e["word"])


def field_verbs(entries: Iterable[dict], s: FrameSettings = FrameSettings()) -> frozenset[str]:
    """The mined programme verbs whose quotes after a field word are headed programmes in
    ``min_field_headed`` cases and ``min_share`` of such uses (module docstring)."""
    out = set()
    for e in entries:
        counts = e.get("counts", {})
        n, k = counts.get("after_field", 0), counts.get("after_field_headed", 0)
        if k >= s.min_field_headed and k >= s.min_share * n:
            out.add(e["word"])
    return frozenset(out)


def _closed_by_edge(text: str, end: int, clause: re.Pattern[str] | Callable[[str, int], str | None]) -> bool:
    """Does the clause go on after the quote with no more name material (“X”， “X”“Y”
    “X”取得…)? A quote glued to a noun (“X”企业, “X”品牌) modifies it: no name of its own.
    ``clause`` is the stop words' regex (the miners pass it) or ``Grammar.stop_at``, which
    gives the word that regex matches at a position without trying its alternation word by
    word (the extractor's finders pass that)."""
    if end >= len(text) or text[end] in EDGE_CHARS:
        return True
    if isinstance(clause, re.Pattern):
        m = clause.match(text, end)
        stop = m.group() if m else None
    else:
        stop = clause(text, end)
    return stop is not None and len(stop) >= 2


def _strictly_inside(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside one quote without filling it (“数字|山西|”)?"""
    open_ = text.rfind("“", max(0, start - 12), start + 1)
    close = text.find("”", end - 1, end + 12)
    if open_ < 0 or close < 0 or "”" in text[open_:start] or "“" in text[end:close]:
        return False
    return (open_ + 1, close) != (start, end)


def find_quoted_programmes(doc: Doc, text: str, grammar, programme_verbs: frozenset[str], segment) -> None:
    """Add the headless quoted programmes of ``text`` (module docstring) as candidates."""
    if not programme_verbs:
        return

    verbs = tuple(programme_verbs)
    fields = tuple(field_verbs(grammar.lexicon.get("programme_verbs.jsonl", ())))

    # a division strictly inside the quote (“数字山西”) is no name of the quote: the programme
    # named after the province holds it (GUIDE §9: 信用浙江), so only other candidates block
    taken = [
        (c.start_char, c.end_char)
        for c in candidates(doc)
        if not (c.label_ == "District" and _strictly_inside(text, c.start_char, c.end_char))
    ]
    quotes = list(QUOTE_RE.finditer(text))
    names: set[str] = set()
    field_names: dict[str, str] = {}  # canonical hints: the field and the quote (文化“两创”)
    for m in quotes:
        inner = m.group(1)
        if (
            LATIN_OR_DIGITS_RE.match(inner)
            or not is_coined(inner)
            or lookup(inner) is not None
            or grammar.after_quote_re.match(text, m.end())
            or not _closed_by_edge(text, m.end(), grammar.stop_at)
        ):
            continue
        if word_before_ends_with(text, m.start(), segment, verbs):
            names.add(inner)  # 实施, and the adverb compounds jieba keeps whole (全面实施, 深入开展)
        elif fields and text[m.end() : m.end() + 1] in EDGE_CHARS:
            field = _governing_field(text, m.start(), segment, fields)
            if field:  # 深化文化“两创”，: a field word between the verb and the quote
                names.add(inner)
                field_names.setdefault(inner, field + m.group())
    full = headed_in_document(text, quotes, grammar)
    names |= set(full)
    if not names:
        return
    held = HeldSpans(taken)
    for m in quotes:
        if m.group(1) not in names or grammar.after_quote_re.match(text, m.end()):
            continue
        start, end = m.start() + 1, m.end() - 1
        if held.overlaps(start - 1, end + 1):
            continue  # a name the grammar already found here (“十项行动”, 《…》)
        # a short form takes its full name as canonical hint, unless other reports quote the short
        # form itself as the programme's name (“高效办成一件事”: quoted_programmes.jsonl)
        # (the readable gold names a field-modified programme with its field: 文化“两创”)
        inner = m.group(1)
        hint = "" if inner in grammar.quoted_programmes else full.get(inner) or field_names.get(inner, "")
        add_candidate(doc, start, end, "Program", "quote", hint)


def _governing_field(text: str, quote_start: int, segment, verbs: tuple[str, ...]) -> str:
    """The field word glued to the quote when a programme verb (or an adverb compound ending in
    one) stands before it (深化|文化|“X” → 文化); "" otherwise."""
    window = text[max(0, quote_start - HAN_BEFORE) : quote_start]
    if not any(v in window for v in verbs):
        return ""  # no verb in reach: most quotes, read without segmenting
    fielded = field_before(text, quote_start, segment)
    return fielded[1] if fielded is not None and fielded[0].endswith(verbs) else ""


def headed_in_document(text: str, quotes: list[re.Match[str]], grammar) -> dict[str, str]:
    """Coined quoted words that this document names as a programme, each with that full name:
    the closing quote followed right away by a programme head (“X”行动计划, “X”工程, “X”联赛) or
    by a framework (“X”现代产业体系). GUIDE §9 gives the short form the full name's canonical
    (四大一新 → “四大一新”现代产业体系): the longest quote-and-head of the document. Not when
    words stand between the quote and the head (“X”管理改革, “X”治理提升工程: the quote is a
    topic of a longer name), when the head is a pilot designation (“X”先行区: the
    quote alone is the positioning the designation is named after), when a count stands before
    the quote (三张“X”清单: a kind of list, counted, GUIDE §3) or when the quote is the tail of a
    longer quoted programme mined over all reports (“一件事” of “高效办成一件事”: its items)."""
    from extract.pipeline.quoted_programmes import _tail_of_longer

    known = set(grammar.quoted_programmes)
    out: dict[str, str] = {}
    for m in quotes:
        if COUNT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue
        head = grammar.after_quote_re.match(text, m.end())
        if head is None:
            continue
        word = head.group()
        if not (
            (word in grammar.program_tails and not word.endswith(grammar.program_designations))
            or word.endswith(grammar.program_systems)
        ):
            continue
        inner = m.group(1)
        if LATIN_OR_DIGITS_RE.match(inner) or not is_coined(inner) or lookup(inner) is not None:
            continue
        if _tail_of_longer(inner, known):
            continue
        name = text[m.start() : head.end()]
        if len(name) > len(out.get(inner, "")):
            out[inner] = name
    return out


FRAMEWORK = "体系"  # GUIDE §9 Programs: “8+4”经济政策体系, a numeric framework
FRAMEWORK_MODIFIER = 10  # Han characters between the numeric quote and its head (经济政策, 基层治理)


def _numeric_head_end(text: str, start: int, grammar) -> int | None:
    """End of the first framework 体系 or programme head (of two or more characters, no pilot
    designation) within ``FRAMEWORK_MODIFIER`` characters after ``start``, or None."""
    heads = tuple(
        t for t in grammar.program_tails if len(t) >= 2 and not t.endswith(grammar.program_designations)
    )
    for pos in range(start, min(len(text), start + FRAMEWORK_MODIFIER + 1)):
        if not "\u4e00" <= text[pos] <= "\u9fff":
            return None
        if text.startswith(FRAMEWORK, pos):
            return pos + len(FRAMEWORK)
        hit = next((h for h in heads if text.startswith(h, pos)), None)
        if hit and pos > start and grammar.follows_ok(text, pos + len(hit)):
            return pos + len(hit)
    return None


def find_numeric_frameworks(doc: Doc, text: str, grammar) -> None:
    """A numeric quote (“8+4”, “11431”) and the words up to a following 体系 or programme head
    (“8+4”经济政策体系, “415X”先进制造业集群培育工程) as one Program, quotes kept (GUIDE §2.2,
    §9: numeric provincial frameworks and packages). The grammar's quote reader takes only the
    industrial frameworks of the lexicon (产业体系, 集群体系) and at most four characters before a
    programme head; a numeric quote names a framework of any field. The words between must be
    name material: no opening verb (jieba's dictionary: “1+N”覆盖…), no one-character clause
    word (的, 等) and no punctuation (“1+5+N”［8］公共卫生体系: nothing is added across it)."""

    taken = [(c.start_char, c.end_char) for c in candidates(doc)]
    for m in QUOTE_RE.finditer(text):
        if not LATIN_OR_DIGITS_RE.match(m.group(1)) or not any(c.isdigit() for c in m.group(1)):
            continue
        end = _numeric_head_end(text, m.end(), grammar)
        if end is None:
            continue
        between = text[m.end() : end]
        one_char = (len(grammar.word_stop_at(text, i, end) or "xx") == 1 for i in range(m.end(), end))
        if opens_clause(between) or any(one_char):
            continue  # “1+N”覆盖…的体系: a verb or a function word, a clause rather than a name
        if any(a < end and m.start() < b for a, b in taken):
            continue
        add_candidate(doc, m.start(), end, "Program", "quote")


def mining_grammar(heads: list[dict], stops: list[dict]):
    """A grammar built from the freshly mined heads and stop words (the other lexicon files as
    shipped): the verb miners must read the heads of this mining run, not the shipped ones."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    return Grammar({**read_lexicon(), "heads.jsonl": heads, "stop_words.jsonl": stops})


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_programme_verbs` with the programme heads of :func:`mining_grammar`."""
    from extract.pipeline.mining import segment

    grammar = mining_grammar(heads, stops)
    return mine_programme_verbs(
        docs,
        grammar.after_quote_re,
        grammar.hard_stops | grammar.soft_stops,
        segment,
        tails=grammar.program_tails,
    )
