"""Events the author holds (办好|第N届|甲运会, 首届|甲乙运动会|成功举办, 成功举办|甲乙丰收节).

GUIDE §3 types recurring promotion campaigns, festivals and contests as Program, and the
provincial-2026 conventions add the games a province hosts (Types: "Festivals are Program …
and national games a province hosts"). The festival reader (``festival_names``) reads a kind
off jieba's segmentation alone and needs a noun before a lone kernel (生活|节); it misses a
festival whose kind jieba does not know (甲乙|乐活节) or reads as a verb and a time word
(丰收|节), the games (运动会, and its abbreviation 省运会 that jieba itself tags as one), and a
season of a campaign (购物|季). The frame says what the words do not: **an event the author
hosts**. Nothing here is a list of events:

- **Hosting verbs are mined** (:func:`mine_event_hosts`, ``scripts/mine_event_hosts.py`` into
  ``extract/data/event_hosts.jsonl``, every gold passage blanked): the verb (jieba tag v) that
  stands right before a name ending in a mined Program head of an event kernel (文化节, 大赛,
  消费季 …: ``heads.jsonl``), editions and years between them skipped (第N届, 首届, 2025年), in
  ``MIN_DOCS`` reports or more (办好, 举办).
- **Event kernels are GUIDE rule data** (``head_rules.jsonl``, rule kind ``event_kernel``): 节
  (festivals), 赛 (contests), 季 (a campaign's season, 仲夏消费季 in GUIDE §3), 运动会 and its
  abbreviation 运会 (games; the conventions' national games). Meetings, conferences, expos and
  concerts (大会, 论坛, 博览会, 演唱会: GUIDE §2.1, §9) end in no such kernel.
- **Run time** (:func:`find_hosted_events`): the object of a hosting verb (each 、-item up to
  等 or a clause edge) and the subject right before one (…运动会|成功|举办, a mined status
  modifier allowed between), its scope words, years and editions left out (GUIDE §2.5), is a
  Program when it ends in an event kind — the last token ends in a kernel (乐活节, 运动会) and is
  no time word (春季), or is the kernel alone after a word of two characters (丰收|节) — with a
  modifier of its own (two characters or more; no count, pronoun, clause word or 的). A single
  word jieba's dictionary tags an abbreviation (j: 省运会) names the event by itself. The name
  ends at its kind (…丰收节|全国主场活动: the occasion).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import dictionary

HOSTS = "event_hosts.jsonl"
EVENT_RULE = "event_kernel"  # head_rules.jsonl: the kernels of events (GUIDE §3, conventions)
MIN_DOCS = 3  # a hosting verb stands before event names in this many reports
MAX_ITEM = 20  # characters of one hosted item (a name and its occasion)
MAX_LEFT = 20  # characters the miner reads before an event head
# jieba tags that cannot open or fill an event's modifier: pronouns, numerals, measure words
MODIFIER_STOP_TAGS = frozenset({"r", "m", "q"})
ITEM_RE = re.compile(rf"[^，。；：！？、\s]{{1,{MAX_ITEM}}}")
SUBJECT_RE = re.compile(rf"[^，。；：！？、\s]{{1,{MAX_ITEM}}}$")
LEFT_RUN_RE = re.compile(rf"[\u4e00-\u9fff\d·“”]{{1,{MAX_LEFT}}}$")
LIST_MARK = "、"
QUOTES = "“”‘’「」"
LIST_CLOSER = "等"
POSSESSIVE = "的"
ABBREVIATION_TAG = "j"
TIME_TAG = "t"
MIN_MODIFIER = 2


def event_kernels(lexicon: dict[str, list[dict]]) -> tuple[str, ...]:
    """The event kernels of ``head_rules.jsonl``, longest first."""
    rows = lexicon.get("head_rules.jsonl", ())
    return tuple(sorted({r["head"] for r in rows if r.get("rule_kind") == EVENT_RULE}, key=len, reverse=True))


def _tag(word: str) -> str:
    hit = dictionary().get(word)
    return hit[1] if hit else ""


def _is_edition(token: str) -> bool:
    return bool(g.LEAD_RE.fullmatch(token)) or any(c.isdigit() for c in token)


def mine_event_hosts(docs: Sequence[tuple[str, str]], grammar: g.Grammar | None = None) -> list[dict]:
    """The verbs right before mined event heads, with their counts (module docstring)."""
    from extract.pipeline.mining import segment

    if grammar is None:
        from extract.pipeline.lexicon_files import FILES, read_lexicon

        grammar = g.Grammar(read_lexicon(names=[n for n in FILES if n != HOSTS]))
    lex = grammar.lexicon
    kernels = event_kernels(lex)
    heads = sorted(
        {
            r["head"]
            for r in lex.get("heads.jsonl", ())
            if r.get("type") == "Program" and len(r["head"]) >= 2 and r["head"].endswith(kernels)
        },
        key=len,
        reverse=True,
    )
    if not heads:
        return []
    head_re = re.compile("|".join(map(re.escape, heads)))
    seen: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for name, text in docs:
        for m in head_re.finditer(text):
            run = LEFT_RUN_RE.search(text, max(0, m.start() - MAX_LEFT), m.start())
            if run is None:
                continue
            for tok in reversed(segment(run.group())):
                if _is_edition(tok) or tok in "第届":
                    continue  # 第|26|届, 首届, 2025年: editions between verb and name
                if _tag(tok).startswith("v"):
                    seen[tok].add(name)
                    count[tok] += 1
                    break
    return [
        {"word": w, "source": "mined", "counts": {"before_event_head": count[w]}, "docs": len(seen[w])}
        for w in sorted(seen)
        if len(seen[w]) >= MIN_DOCS
    ]


def _strip_leads(text: str, start: int, end: int) -> int:
    """The start after scope words, years and editions (GUIDE §2.5: 首届, 第26届, 2025年, 全省)."""
    while start < end:
        m = g.LEAD_RE.match(text, start, end)
        if m is None or m.end() == start:
            return start
        start = m.end()
    return start


def _event_end(tokens: list[str], kernels: tuple[str, ...]) -> int:
    """How many tokens the event name takes (its kind closing it), 0 when it names no event. The
    kernel may be a token's end (乐活节, 省运会), a token alone (丰收|节) or span tokens
    (健身运动|会); a token holding more than the kernel is no time word (春季)."""
    joined = ""
    for i, tok in enumerate(tokens):
        joined += tok
        kernel = next((k for k in kernels if joined.endswith(k)), None)
        if kernel is None:
            continue
        if len(tok) > len(kernel) and _tag(tok) == TIME_TAG:
            continue
        return i + 1
    return 0


def _named(tokens: list[str], grammar: g.Grammar) -> bool:
    """A modifier of its own before the kind, or one abbreviation jieba tags as such (省运会)."""
    if len(tokens) == 1:
        return _tag(tokens[0]) == ABBREVIATION_TAG
    modifier = tokens[:-1] if len(tokens[-1]) > 1 else tokens[:-2]
    if sum(len(t) for t in modifier) < MIN_MODIFIER:
        return False
    for tok in modifier:
        if (
            tok in grammar.hard_stops
            or POSSESSIVE in tok
            or _tag(tok)[:1] in MODIFIER_STOP_TAGS
            or any(c.isdigit() for c in tok)
        ):
            return False
    return True


def _add_item(
    doc: Doc, text: str, start: int, end: int, grammar: g.Grammar, segment: Callable, kernels: tuple[str, ...]
) -> None:
    start = _strip_leads(text, start, end)
    if end - start < 2:
        return
    tokens = segment(text[start:end])
    n = _event_end(tokens, kernels)
    if not n or not _named(tokens[:n], grammar):
        return
    name = "".join(tokens[:n])
    if any(q in name for q in QUOTES):
        return  # “X消费季”, “X”系列赛: the quote readers name quoted events (GUIDE §2.2)
    if not grammar.follows_ok(text, start + len(name)):
        return
    add_candidate(doc, start, start + len(name), "Program", "suffix", _level_hint(name, kernels))


def _level_hint(name: str, kernels: tuple[str, ...]) -> str:
    """``{省}运动会`` for 省运会: a division level and an abbreviated kernel name the author's own
    games (GUIDE §4 expands abbreviations; the linker fills in the division), else no hint. The
    full kernel is the one the short one abbreviates: same first and last character, longer."""
    from extract.linking import LEVEL_FIELDS

    level, short = name[:1], name[1:]
    if level not in LEVEL_FIELDS or short not in kernels:
        return ""
    full = next((k for k in kernels if len(k) > len(short) and k[0] == short[0] and k[-1] == short[-1]), "")
    return f"{{{level}}}{full}" if full else ""


def find_hosted_events(doc: Doc, text: str, grammar: g.Grammar, segment: Callable) -> None:
    """Add the events a mined hosting verb governs (its object and its subject) as Programs."""
    hosts = sorted((e["word"] for e in grammar.lexicon.get(HOSTS, ())), key=len, reverse=True)
    kernels = event_kernels(grammar.lexicon)
    if not hosts or not kernels:
        return
    modifiers = tuple(e["word"] for e in grammar.lexicon.get("status_modifiers.jsonl", ()))
    for m in re.finditer("|".join(map(re.escape, hosts)), text):
        pos = m.end()
        while True:  # the objects: 举办|甲节、乙季|等活动
            item = ITEM_RE.match(text, pos)
            if item is None:
                break
            stop = text.find(LIST_CLOSER, item.start(), item.end())
            end = stop if stop > item.start() else item.end()
            _add_item(doc, text, item.start(), end, grammar, segment, kernels)
            if end != item.end() or text[item.end() : item.end() + 1] != LIST_MARK:
                break
            pos = item.end() + 1
        before = m.start()  # the subject: 首届甲乙运动会|成功|举办
        for word in modifiers:
            if text.endswith(word, 0, before):
                before -= len(word)
                break
        subject = SUBJECT_RE.search(text[max(0, before - MAX_ITEM) : before])
        if subject is not None:
            start = before - len(subject.group())
            tokens = segment(text[_strip_leads(text, start, before) : before])
            if tokens and _event_end(tokens, kernels) == len(tokens):
                _add_item(doc, text, start, before, grammar, segment, kernels)
