"""Items of a list labelled as programmes (A、B等行动, A、B等六大行动, A、B等国家试点).

A report lists the actions, campaigns or pilots it ran and names their kind once, after 等:
实施甲乙提升、丙丁攻坚等六大行动, 推进甲城市、乙社区等国家试点. GUIDE §3 makes named actions and campaigns
and pilot designations Programs, and the list's label says what each item is, as GUIDE §3 says for projects
(every item of a list the text labels as projects is a Project). The name grammar reads a Program only where
its head is written, so the items, whose shared head is elided, were missed. The label is read from the
lexicon, never typed: after the list closer 等 (a closed class, with an optional count of the items: 等6项,
等六大), a label of at most ``LABEL_MAX`` characters ends in a Program head of the grammar (GUIDE Program
kernels of two or more characters and the mined Program heads: 行动, 专项行动, 试点, 计划 …) at the clause
edge or right before a clause word of the mined lexicon (A、B等试点城市|建设, 等国家试点|深入开展), a level
(国家) and a count allowed before it but no modifier (a label opening with a trade word, 等产业提质升级行动,
is read by ``sector_programmes``, each sector a programme of its own); or it ends in a GUIDE-rule contest
label (``head_rules.jsonl``, rule kind ``contest_list_label``: 赛事, 赛事活动), whose modifier only says
what kind of contest (等体育赛事, 等品牌赛事活动); or it ends in a GUIDE-rule reform label
(``head_rules.jsonl``, rule kind ``reform_list_label``: 改革; provincial-2026 conventions: the items of a
…等改革 list are Programs), whose modifier, if any, must be generic (``grammar.is_generic``: 等重点领域改革,
等重点改革 say what kind of list) — a specific one names the field of one reform the verb describes
(供水、供气等公用事业价格改革, 等监管改革), which the conventions leave untagged.

Each item (the 、-separated parts before 等; the first item from where the name grammar's left
scan stops — after a carrying verb, a clause word) is a Program candidate when it looks like a
name (as ``list_items`` fills a list's items): two to ``ITEM_MAX`` characters, no function word,
clause opener, count or hard stop word, not generic, not a mined generic or widespread term, not
nothing but everyday words (汽车、光伏、钢铁等产业提质升级行动 lists sectors: ``sector_programmes``
reads that list, whose label opens with the sectors' trade word), not
a gazetteer place, and no candidate already holds it; the items of a reform list may be everyday
words or widespread terms (数字政府、财政、农业农村等重点领域改革: the conventions name each reform by
its field, and a field is as widespread as its reform). A list needs ``MIN_ITEMS`` items, and one
item that fails the test leaves the whole list alone (it may be a list of fields or places).

One item is enough before a bare action head written right after 等 (深入实施甲乙出海等行动: the
frame reader read 甲乙出海等行动 as one name, while the conventions keep 等 inside a name only where
the label has words of its own, 打击X等违法犯罪专项行动): the item is the programme and takes the
head in its canonical (甲乙出海行动, as round 10's readable gold names 冀货出海), and the
whole-phrase guess is dropped. The item must be four characters or more and no everyday
dictionary word; a pilot designation (高粱种植等试点: the field a pilot is tried in) and a plan
document's kind (等行动方案) still need a list.

A list labelled as mechanisms (``head_rules.jsonl``, rule kind ``mechanism_list_label``: 等机制;
provincial-2026 conventions: named mechanisms are Program, 厅局长“三诊”机制) names its coined
items only: an item with a quote in it (“12345”接诉即办) is a name, while the unquoted items of
such lists are mostly descriptive (招商引资、要素保障等机制: the readable reports write 14 such
lists, their unquoted items nearly all fields of work), so they are left alone and the quoted
ones kept without the shared head (round 4's readable gold: “2115”接诉即办).

A label whose head is a GUIDE §3 pilot designation (试点, 试点城市, 示范区 …: ``program_designations``)
gives each item that head in its canonical, with or without a level word (甲、乙等国家试点 -> 甲试点;
甲、乙等试点城市建设 -> 甲试点城市: GUIDE §2.2 shared suffixes, branch ``coord18``); only a levelled
label also admits a single item.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.tokens import Doc, Span

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates, set_candidates
from extract.pipeline.clause_index import clauses_marked
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.lexicon import _segment, is_dictionary_word, leading_verb, opens_clause
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.rare_designations import LEVEL_RE
from extract.regions import lookup

SEP = "、"
CLOSER_RE = re.compile(
    r"等(?:[\d一二三四五六七八九十百千两]+(?:个|项|大|类|批))?"
)  # 等, 等8项, 等六大 (closed class: the list closer and a count of its items)
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]*")  # compiled once: the label end is read per list
CLAUSE_EDGES = "，。；：！？,;:!?\n（）()"
CLAUSE_RE = re.compile(f"[^{CLAUSE_EDGES}]+")
CLAUSE_EDGE_RE = re.compile(f"[{CLAUSE_EDGES}]")  # one clause edge (clause_index)
CLOSER_MARK_RE = re.compile("等")  # the list closer: a clause without it holds no list here
FUNCTION_RE = re.compile(r"[的和与及或]")  # a conjunction inside an item: a phrase, no one name
LABEL_MAX = 8  # characters of the label after 等 and its count
ITEM_MAX = 16
MIN_ITEMS = 2
COMPLEMENT_TAGS = frozenset({"a"})  # jieba's adjective tag: 好, 实 after a verb (开展好, 落实好)
COMPLEMENT_REST = 4  # characters a name keeps after a complement is cut off


def _label_heads(grammar: g.Grammar) -> tuple[str, ...]:
    heads = {h for h, t in grammar.heads.items() if t == "Program" and len(h) >= 2}
    return tuple(sorted(heads, key=lambda w: (-len(w), w)))


CONTEST_RULE = "contest_list_label"  # head_rules.jsonl: labels of contest lists (赛事), GUIDE §3
REFORM_RULE = "reform_list_label"  # head_rules.jsonl: labels of reform lists (改革), conventions
MECHANISM_RULE = "mechanism_list_label"  # head_rules.jsonl: labels of mechanism lists (机制), conventions
CAMPAIGN_RULE = "campaign_list_label"  # head_rules.jsonl: labels of campaign lists (活动), GUIDE §3
# a chain of quoted names closing the text before 等 (“甲乙”“丙丁”, “甲乙”、“丙丁”): a campaign
# list's items (GUIDE §2.2: chained quoted names are coordinated names)
QUOTE_CHAIN_RE = re.compile(rf"(?:“[^“”，。；：]{{1,{16}}}”、?)+$")
QUOTED_RE = re.compile(r"“[^“”]+”")


def _contest_labels(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE-rule labels of contest lists (等体育赛事, 等品牌赛事活动): a modifier before them
    says what kind of contest, never the field of one action, so it may stand there."""
    rules = grammar.lexicon["head_rules.jsonl"]
    labels = {r["head"] for r in rules if r.get("rule_kind") == CONTEST_RULE}
    return tuple(sorted(labels, key=len, reverse=True))


def _reform_labels(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE-rule labels of reform lists (等改革, 等重点领域改革), longest first."""
    rules = grammar.lexicon["head_rules.jsonl"]
    labels = {r["head"] for r in rules if r.get("rule_kind") == REFORM_RULE}
    return tuple(sorted(labels, key=len, reverse=True))


def _mechanism_labels(grammar: g.Grammar) -> frozenset[str]:
    """The GUIDE-rule labels of mechanism lists (等机制), read bare after 等."""
    rules = grammar.lexicon["head_rules.jsonl"]
    return frozenset(r["head"] for r in rules if r.get("rule_kind") == MECHANISM_RULE)


def _campaign_labels(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE-rule labels of campaign lists (等活动, 等促消费活动), longest first."""
    rules = grammar.lexicon["head_rules.jsonl"]
    labels = {r["head"] for r in rules if r.get("rule_kind") == CAMPAIGN_RULE}
    return tuple(sorted(labels, key=len, reverse=True))


def _campaign_end(label: str, campaigns: tuple[str, ...]) -> int:
    """Where a campaign label ends in ``label`` (the Han run after 等), or 0: the first campaign
    head in the run, within ``LABEL_MAX`` characters; a modifier before it says what kind of
    campaign (等促消费活动, 等引才活动), and the clause may go on after it (等活动|质效)."""
    run = label[: _label_end(label)]
    for head in campaigns:
        at = run.find(head)
        if at >= 0 and at + len(head) <= LABEL_MAX:
            return at + len(head)
    return 0


def _quote_chain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted names chained right before the closer (“甲乙”“丙丁”等), each with its quotes."""
    chain = QUOTE_CHAIN_RE.search(text, start, end)
    if chain is None:
        return []
    return [(m.start(), m.end()) for m in QUOTED_RE.finditer(text, chain.start(), end)]


DOCUMENT_RULE = "document_kind"  # head_rules.jsonl: kinds of plan documents (方案, 规划), GUIDE §3 Policy


def _document_kinds(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE-rule document kinds (方案, 实施方案 …): a label ending in one (等行动方案) titles a
    document, so its one item is no action of its own."""
    rules = grammar.lexicon["head_rules.jsonl"]
    return tuple(sorted({r["head"] for r in rules if r.get("rule_kind") == DOCUMENT_RULE}))


def _reform_label(label: str, reforms: tuple[str, ...], grammar: g.Grammar) -> tuple[int, str]:
    """Where a reform label ends in ``label`` (the Han run after 等 and its count, level left
    out) and its head, or (0, ''): the first reform head in it, bare or after a generic modifier
    only (等重点领域改革), never after the field of one reform (等价格改革). A verb or task after the
    head (改革|走在前列, 改革|任务) still speaks of the listed reforms; another programme head
    right after it (等领域改革|试点) makes the label a kind of designation whose items are the
    fields it is tried in, not reforms of their own."""
    for head in reforms:
        at = label.find(head)
        if at >= 0 and (at == 0 or g.is_generic(label[:at])):
            if grammar.head_re.match(label, at + len(head)):
                return 0, ""
            return at + len(head), head
    return 0, ""


FIELD_TAGS = frozenset({"n", "s"})  # jieba's noun and place-word tags: 农村, 城市 as fields of work


def field_noun(core: str) -> bool:
    """Is a reform list's item one everyday noun of two or more characters (农村, 教育, 医疗) that
    the generic-body test reads as a kind? As the item of a …等改革 list it names the field of a
    reform (农村改革), as 财政 does; a degree or scope word (重点, 相关: ``DESCRIPTIVE_RE``) and a
    count never name a field."""
    if len(core) < 2 or g.DESCRIPTIVE_RE.search(core) or g.AMOUNT_RE.search(core):
        return False
    return is_dictionary_word(core) and dictionary().get(core, (0, ""))[1] in FIELD_TAGS


def is_item(item: str, grammar: g.Grammar, fields_ok: bool = False) -> bool:
    """Does a list item look like a programme's own name (module docstring)? ``fields_ok``: an
    everyday word may be one (the items of a reform list name reforms by their fields)."""
    if not 2 <= len(item) <= ITEM_MAX or FUNCTION_RE.search(item):
        return False
    core = item.strip("“”")
    if not core or opens_clause(core) or leading_verb(core) or g.AMOUNT_RE.search(core):
        return False
    if g.is_generic(core) and not (fields_ok and field_noun(core)):
        return False
    if not fields_ok and (core in grammar.generic_terms or core in widespread_terms(grammar)):
        return False  # a reform's field is as widespread as its reform (数字政府、财政等改革)
    if lookup(core) is not None:
        return False  # a place: a list of where, not of what
    return fields_ok or item.startswith("“") or not is_dictionary_word(core)  # 汽车、光伏: fields


def find_programme_lists(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the items of lists labelled by a Program head as Program candidates (module docstring)."""
    head_set = frozenset(_label_heads(grammar))
    contests = _contest_labels(grammar)
    reforms = _reform_labels(grammar)
    mechanisms = _mechanism_labels(grammar)
    campaigns = _campaign_labels(grammar)
    documents = _document_kinds(grammar)
    # the characters other finders hold, one byte each: a scan of every candidate per item was
    # quadratic (6000 repeats of a sentence with a title and a list took 24 s here, review8);
    # built from the candidates as they stand here, when the first list's items are added (few
    # reports label a programme list)
    held = candidates(doc)
    taken: np.ndarray | None = None  # how many held candidates cover each character
    wholes: dict[int, int] = {}  # end -> item start of each 甲乙出海等行动 guess, dropped in one pass
    guesses: dict[int, list[Span]] = {}  # end -> the held Program candidates ending there
    labels: dict[int, int] = {}  # end -> start of each field-modified label, dropped in one pass
    # only the clauses holding 等, the list closer (one item before 等 only for a levelled pilot
    # label: min_items); clause_index finds them without a Python step per clause
    for clause in clauses_marked(text, CLOSER_MARK_RE, CLAUSE_RE, CLAUSE_EDGE_RE):
        body = clause.group()
        for closer in CLOSER_RE.finditer(body):
            label = body[closer.end() : closer.end() + LABEL_MAX + 1]
            end = _label_end(label)
            level = LEVEL_RE.match(label)
            lvl = level.end() if level else 0
            bare = label[lvl:end] in head_set
            designation = _level_designation(label[:end], grammar) if not bare else ""
            if designation:
                bare, lvl = True, end - len(designation)  # 等消费领域|国家试点: a field, then the designation
            if not bare and end > lvl:
                # 等试点城市|建设: the label is the head, the clause goes on with its verb
                head = _head_at(text, clause.start() + closer.end() + lvl, head_set, grammar)
                if not head and level is not None:  # 等国家试点|成效明显: a result of the listed pilots
                    at = clause.start() + closer.end() + lvl
                    head = _head_before_result(text, at, clause.end(), grammar)
                if head:
                    bare, end = True, lvl + head
            reform_end, reform_head = (0, "") if bare else _reform_label(label[lvl:end], reforms, grammar)
            reform = reform_end > 0
            if reform:
                end = lvl + reform_end
            mechanism = not (bare or reform) and _mechanism_end(label, mechanisms) > 0
            if mechanism:
                end = _mechanism_end(label, mechanisms)
            contest = label[:end].endswith(contests)
            campaign = not (bare or reform or mechanism or contest) and _campaign_end(label, campaigns) > 0
            if campaign:  # 等活动|质效: only the quoted names chained before 等 are campaigns
                end = _campaign_end(label, campaigns)
            if end > LABEL_MAX or not (bare or reform or mechanism or contest or campaign):
                continue  # 等重大工程: a description, no label; 等产业…行动: sector_programmes
            if campaign:
                spans = _quote_chain(text, clause.start(), clause.start() + closer.start())
            else:
                spans = _items(text, clause.start(), clause.start() + closer.start(), grammar)
            pilot = _pilot_head(label, lvl, end, grammar)
            if mechanism:  # only the coined (quoted) items of a mechanism list name mechanisms
                spans = [(a, b) for a, b in spans if "“" in text[a:b] and "”" in text[a:b]]
            # one item before a level designation (深化甲乙贷款等国家试点) is a named pilot as well:
            # the level word marks the label as an official designation, never a field of action
            levelled = level is not None or bool(designation)
            # one item before a bare head written right after 等 (甲乙出海等行动) is that action
            single = bare and closer.end() - closer.start() == 1 and lvl == 0 and len(spans) == 1
            single = single and _single_item(text[spans[0][0] : spans[0][1]], grammar) if spans else False
            single = single and not label[:end].endswith(documents)  # 等行动方案: a plan document's title
            single = single and not pilot  # 高粱种植等试点: the field a pilot is tried in, no pilot's name
            min_items = 1 if (pilot and levelled) or single or mechanism or campaign else MIN_ITEMS
            if len(spans) < min_items or not all(is_item(text[a:b], grammar, reform) for a, b in spans):
                continue
            if taken is None:
                taken = _held_counts(len(text), held)
                for c in held:
                    if c.label_ == "Program":
                        guesses.setdefault(c.end_char, []).append(c)
            if single:  # the grammar's 甲乙出海等行动 guess holds the item no more
                whole_end = clause.start() + closer.end() + end
                wholes[whole_end] = spans[0][0]
                for c in guesses.get(whole_end, []):
                    if _whole_guess(c, spans[0][0], whole_end):
                        taken[c.start_char : c.end_char] -= 1
            for a, b in spans:
                lead = g.LEAD_RE.match(text, a, b)
                if lead and b - lead.end() >= 2:
                    a = lead.end()  # 第十六届|市运会: GUIDE §2.5 leaves editions, years and scope out
                if text[a] == "“" and text[b - 1] == "”":
                    a, b = a + 1, b - 1  # GUIDE §2.2: quotes wrapping the whole name are left out
                if not taken[a:b].any():
                    # a reform named by its field gets the shared head in its canonical
                    # (财政、农业农村等改革 -> 财政改革, as shared suffixes do, GUIDE §2.2)
                    name = text[a:b]
                    # a pilot likewise takes the shared designation head (甲城市、乙社区等国家试点 ->
                    # 甲城市试点; GUIDE §2.2 shared suffixes, as the readable gold names them)
                    shared = reform_head if reform else pilot
                    if single:
                        shared = label[:end]  # 甲乙出海等行动 -> 甲乙出海行动 (round 10's readable gold)
                    hint = name + shared if shared and not name.endswith(shared) else ""
                    add_candidate(doc, a, b, "Program", "list", hint)
            if designation:
                labels[clause.start() + closer.end() + end] = clause.start() + closer.end()
            break
    if wholes:
        kept = [c for c in candidates(doc) if not _whole_guess(c, wholes.get(c.end_char, -1), c.end_char)]
        set_candidates(doc, kept)
    if labels:
        _drop_labels(doc, labels)


def _mechanism_end(label: str, mechanisms: frozenset[str]) -> int:
    """Length of a bare mechanism label at the start of ``label`` (等|机制, ``mechanisms``) closing
    the label's Han run, or 0: a modifier (等长效机制) or a longer noun (等机制建设) is no list label."""
    end = _label_end(label)
    return end if label[:end] in mechanisms else 0


def _single_item(item: str, grammar: g.Grammar) -> bool:
    """May ``item`` stand alone before a bare head (甲乙出海等行动)? A name of four or more
    characters that is no everyday dictionary word and no quote (the quote readers own those)."""
    core = item.strip("“”")
    return len(core) >= 4 and "“" not in item and not is_dictionary_word(core) and is_item(item, grammar)


def _held_counts(length: int, spans: list[Span]) -> np.ndarray:
    """How many of ``spans`` hold each character of the text. Counts, not the flags of
    ``held_characters``: a dropped guess gives its characters back without a rebuild (one rebuild
    per dropped guess was quadratic on a page that repeats a one-item list)."""
    counts = np.zeros(length, dtype=np.int32)
    for s in spans:
        counts[s.start_char : s.end_char] += 1
    return counts


def _whole_guess(c: Span, item_start: int, whole_end: int) -> bool:
    """Is ``c`` a Program guess that runs over a single item, 等 and its bare head (甲乙出海等行动)?"""
    return c.label_ == "Program" and c.start_char <= item_start and c.end_char == whole_end


def _drop_labels(doc: Doc, labels: dict[int, int]) -> None:
    """Drop the Programs the grammar read in field-modified labels (等|消费领域国家试点, ``labels``
    maps a label's end to its start): such a label says which kind of pilots the items are (GUIDE
    §3 generic items), no programme of its own. One pass after the scan, since a pass per label
    over every candidate was quadratic on a long line of lists; the labels lie in disjoint clauses
    after their items, so no later list adds a candidate that an earlier label would drop."""
    spans = candidates(doc)
    kept = [
        c
        for c in spans
        if not (c.label_ == "Program" and c.end_char in labels and c.start_char >= labels[c.end_char])
    ]
    if len(kept) < len(spans):
        set_candidates(doc, kept)


def _level_designation(label: str, grammar: g.Grammar) -> str:
    """The level designation closing ``label`` after a modifier (消费领域|国家试点 -> 国家试点),
    or ''. GUIDE §2.5 keeps 国家… in an official designation's span: the designation opens at
    the level word, so the words before it only say in which field the listed pilots are,
    where a modifier right before a bare head names the field of one action (a trade word
    opening it, 等产业提质升级行动, is read by ``sector_programmes``)."""
    for level in LEVEL_RE.finditer(label, 1):
        rest = label[level.start() :]
        if label[level.end() :] in grammar.program_designations and not g.is_generic(label[: level.start()]):
            return rest
    return ""


def _pilot_head(label: str, lvl: int, end: int, grammar: g.Grammar) -> str:
    """The GUIDE §3 designation head of a pilot label (等国家试点 -> 试点, 等试点城市 -> 试点城市),
    or ''. The kind named after 等 is the head the items share (GUIDE §2.2 shared suffixes), so
    each item's canonical takes it, levelled or not: 甲、乙等试点城市 -> 甲试点城市 (round 8's readable
    gold names the three pilots of 加快…、…、…等试点城市建设 so). A bare label labels only lists of
    two or more name-like items (``min_items``): places are refused by ``is_item``."""
    head = label[lvl:end]
    level = LEVEL_RE.match(head)
    if level:
        head = head[level.end() :]
    return head if head in grammar.program_designations else ""


def _head_at(text: str, pos: int, heads: frozenset[str], grammar: g.Grammar) -> int:
    """Length of the longest Program head that starts at ``pos`` when a clause word of the mined
    lexicon (two characters or more) follows it (等试点|建设, 等国家试点|深入开展: the list is the
    verb's object or subject), or 0. Anything else after the head may make it part of a longer
    noun (等行动|方案: a plan document), so it is no label end."""
    m = grammar.head_re.match(text, pos)  # the longest head there, one C-level match
    if m is None or m.group() not in heads:
        return 0
    word = grammar.stop_at(text, m.end())
    return len(m.group()) if word is not None and len(word) >= 2 else 0  # not 的, 和: a phrase


def _head_before_result(text: str, pos: int, clause_end: int, grammar: g.Grammar) -> int:
    """Length of the GUIDE §3 designation head at ``pos`` of a levelled label (等国家|试点) when the
    rest of the clause reports a result of the listed pilots (等国家试点|成效明显, |顺利推进), or 0.

    ``_head_at`` ends a label only before a clause word; a result written after the label is no
    clause word (成效 is a noun), yet it closes the clause, so nothing can lengthen the head into
    a longer noun. The rest reads as a result when it is a predicate by ``result_mining``'s
    tests (``is_predicate``: jieba's tags, no programme head, no construction stage) or two
    words, a noun and an adjective (效果|显著, 成效|明显: a subject and its predicate); any head
    of the grammar in it (试点|项目建设) makes the label part of a longer name (``result_follows``).
    The level word before the head (GUIDE §2.5: an official designation) is what lets a label end
    here at all."""
    m = grammar.head_re.match(text, pos)
    if m is None or m.group() not in grammar.program_designations:
        return 0
    return len(m.group()) if result_follows(text, m.end(), clause_end, grammar) else 0


def result_follows(text: str, pos: int, clause_end: int, grammar: g.Grammar) -> bool:
    """Does the rest of the clause from ``pos`` report a result of what stands before it
    (…试点|成效明显, …行动|顺利推进)? A predicate by ``result_mining``'s tests (``is_predicate``:
    jieba's tags, no programme head, no construction stage) or two words, a noun and an
    adjective (效果|显著, 成效|明显); any head of the grammar in it (试点|项目建设) makes what
    stands before it part of a longer name."""
    from extract.pipeline.result_mining import MAX_PREDICATE, MIN_PREDICATE, is_predicate
    from extract.pipeline.result_subjects import alone_stages, result_tails

    rest = text[pos:clause_end]
    if not MIN_PREDICATE <= len(rest) <= MAX_PREDICATE or grammar.head_re.search(rest):
        return False
    if is_predicate(rest, result_tails(grammar), alone_stages(grammar), grammar.status_modifiers):
        return True
    words = segment_cached(rest)
    tags = [dictionary().get(w, (0, ""))[1] for w in words]
    return len(tags) == 2 and tags[0] in SUBJECT_TAGS and tags[1] == ADJECTIVE


# jieba's tags of a subject-predicate result: a noun (效果|显著; jieba tags 成效 as an adjective
# too, 成效|明显) and an adjective closing the clause
SUBJECT_TAGS = frozenset({"n", "a"})
ADJECTIVE = "a"


def _label_end(label: str) -> int:
    """Where the label's Han run ends (the clause edge or a non-name character)."""
    return HAN_RUN_RE.match(label).end()  # type: ignore[union-attr]  # (* matches the empty run)


def _items(text: str, start: int, end: int, grammar: g.Grammar) -> list[tuple[int, int]]:
    """The 、-separated items before the closer, the first from the name grammar's left scan."""
    parts: list[tuple[int, int]] = []
    pos = end
    while True:
        sep = text.rfind(SEP, start, pos)
        if sep < 0:
            break
        parts.append((sep + 1, pos))
        pos = sep
    first = max(grammar.name_start(text, pos, floor=start, min_body=2), start)
    parts.append((first + _complement_before(text[first:pos]), pos))
    return parts[::-1]


def _complement_before(item: str) -> int:
    """1 when the item opens with a verb's one-character complement that the left scan kept
    (开展|好|零售业创新提升: jieba reads 好 as an adjective of its own before a dictionary word, the
    verb + complement unit the lexicon miner counts as one, 用|好), else 0. A name whose first
    word is longer (新能源…) or whose next piece is one character too (强|基焕新) keeps it."""

    if len(item) < COMPLEMENT_REST + 1 or item.startswith("“"):
        return 0
    words = _segment(item)
    if len(words) < 2 or len(words[0]) != 1 or len(words[1]) < 2:
        return 0
    tag = dictionary().get(words[0], (0, ""))[1]
    return 1 if tag in COMPLEMENT_TAGS else 0
