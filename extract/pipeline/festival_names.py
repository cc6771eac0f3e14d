"""Festivals named by a kind the head miner did not count (不夜重庆生活节, 重马国际消费节).

GUIDE §3 types recurring promotion campaigns and festivals as Program (不夜重庆生活节) and its
kernel for them is the one character 节 (``head_kernels.jsonl``). One character is no head by
itself (节能, 环节, 第一节), so the head miner keeps only the festival kinds that many reports
write (文化节, 旅游节, 电影节: ``heads.jsonl``); a kind written by one or two reports (生活节,
消费节, 动漫节) was no head at all. Here the kind is read off jieba's segmentation instead of a
list:

- the kernel ends a word: jieba cuts it off as a token of its own after a noun of the general
  dictionary (生活|节, 消费|节), or reads a word of three or more characters ending in it whose
  stem is a dictionary word and which is no time word (啤酒节; not 春节, 端午节: tag ``t``);
- the festival has a modifier of its own before the kind (不夜重庆|生活节): the tokens before
  it up to a clause word, a verb, an adverb, a function word, a count or an edition
  (举办|第十四届|…), at least two characters. A bare kind (美食节、音乐节等) names no festival.

The span starts at the modifier (scope words, years and editions left out: GUIDE §2.5). The
same GUIDE rule's other one-character kernel, 赛 (contests: 重庆冠军赛, 马拉松赛), is read the
same way. A kind right after a closing quote belongs to the quoted name (“X杯”足球邀请赛): the
name runs from the opening quote, and coined quotes chained before it share the kind (branch
``quotes8``: the grammar's quote reader knows only mined heads, so it never saw 赛 kinds).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.lexicon import is_dictionary_word
from extract.pipeline.mining import dictionary

KERNEL_RULE = "GUIDE §3 Program: recurring promotion campaigns, festivals and contests"
# jieba tags that end a festival's modifier: verbs, adverbs, prepositions, conjunctions,
# particles, pronouns, numerals and measure words, time words
STOP_TAGS = frozenset({"v", "d", "p", "c", "u", "r", "m", "q", "t", "f"})
NOUN_TAGS = frozenset({"n", "vn", "nz", "ns", "nt", "nr", "an"})
RUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff·]{1,16}$")
MIN_MODIFIER = 2
QUOTE_CLOSE = ("”", "’", "」")
MAX_NAME = 16


def festival_kernels(lexicon: dict[str, list[dict]]) -> tuple[str, ...]:
    """The one-character festival kernels of ``head_kernels.jsonl`` (the GUIDE rule above)."""
    return tuple(
        k["head"] for k in lexicon["head_kernels.jsonl"] if len(k["head"]) == 1 and k["rule"] == KERNEL_RULE
    )


def _tag(word: str) -> str:

    hit = dictionary().get(word)
    return hit[1] if hit else ""


def _kind(tokens: list[str], kernel: str) -> int:
    """How many of the last tokens make the festival's kind (2: 生活|节, 1: 啤酒节), 0: none."""
    last = tokens[-1]
    if last == kernel:
        if len(tokens) >= 2 and len(tokens[-2]) >= 2 and _tag(tokens[-2]) in NOUN_TAGS:
            return 2
        return 0
    stem = last[: -len(kernel)]
    if last.endswith(kernel) and len(stem) >= 2 and _tag(stem) and _tag(last) != "t":
        return 1
    return 0


def _modifier(tokens: list[str], kernel: str, grammar: g.Grammar) -> list[str]:
    """The tokens before the kind that name the festival (module docstring), in order; a token
    holding the kernel ends another festival (…生活节及|汾河啤酒节)."""
    out: list[str] = []
    for tok in reversed(tokens):
        if (
            kernel in tok
            or tok in grammar.hard_stops
            or tok in grammar.soft_stops
            or _tag(tok)[:1] in STOP_TAGS
            or any(c.isdigit() for c in tok)
            or g.LEAD_RE.fullmatch(tok)
        ):
            break
        out.append(tok)
    return list(reversed(out))


def find_festivals(doc: Doc, text: str, grammar: g.Grammar, segment) -> None:
    """Add festival names ending in a one-character kernel as Program candidates."""
    kernels = festival_kernels(grammar.lexicon)
    for kernel in kernels:
        for m in re.finditer(re.escape(kernel), text):
            end = m.end()
            run = RUN_BEFORE_RE.search(text, max(0, end - 16), end)
            if not run or is_dictionary_word(text[end - 1 : end + 1]):
                continue  # 节能, 节约, 节点: the kernel opens a word of the general dictionary
            tokens = segment(run.group())
            n = _kind(tokens, kernel)
            if not n:
                continue
            modifier = _modifier(tokens[:-n], kernel, grammar)
            body = "".join(modifier)
            name = body + "".join(tokens[-n:])
            if text[end - len(name) - 1 : end - len(name)] in QUOTE_CLOSE:
                # “喀什杯”足球邀请赛: the quoted name is the festival's (GUIDE §2.2 keeps the quotes
                # inside the name), and quoted names chained before it share the kind
                if body == "".join(tokens[:-n]) and grammar.follows_ok(text, end):
                    _add_quoted_festivals(doc, text, end - len(name), end)
                continue
            if len(body) < MIN_MODIFIER or body.startswith("·"):
                continue
            if len(name) > MAX_NAME or not grammar.follows_ok(text, end):
                continue
            add_candidate(doc, end - len(name), end, "Program", "suffix")


def _add_quoted_festivals(doc: Doc, text: str, kind_start: int, end: int) -> None:
    """“X”足球邀请赛 as one Program from the opening quote, and each quote chained right before
    it (“阿图什杯”“喀什杯”足球邀请赛, “A”、“B”足球赛) as a Program of its own inside its quotes
    (GUIDE §2.2: a shared suffix gives each conjunct its span). Only coined quotes: a quoted
    dictionary word or formula before a contest kind is no name of one."""
    from extract.pipeline.quoted_frames import QUOTE_RE, is_coined

    quotes = []
    close = kind_start
    while True:
        m = QUOTE_RE.search(text, max(0, close - 14), close)
        while m is not None and m.end() != close:
            m = QUOTE_RE.search(text, m.start() + 1, close)
        if m is None or not is_coined(m.group(1)):
            break
        quotes.append(m)
        close = m.start() - 1 if text[m.start() - 1 : m.start()] == "、" else m.start()
        if close <= 0 or text[close - 1] != "”":
            break
    if not quotes:
        return
    add_candidate(doc, quotes[0].start(), end, "Program", "quote")
    kind = text[kind_start:end]
    for m in quotes[1:]:  # canonical: the conjunct with the shared kind (“阿图什杯”足球邀请赛)
        add_candidate(doc, m.start(1), m.end(1), "Program", "quote", m.group(0) + kind)
