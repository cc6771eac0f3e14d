"""Policy titles without 《》 (issue 12 failure class: the strategy or area inside is tagged instead).

GUIDE §3 counts named plans without brackets as Policy (开发区条例, …工作要点), and the
provincial-2026 conventions type a named plan document as Policy (“十四五”规划, a …条例 without
《》). Unbracketed, such a title is a name the grammar already knows — a strategy, an area, a
platform, or a quoted ordinal — followed by a few words of name material and a document kind:
现代化首都都市圈 + 空间协同 + 规划. The whole is the Policy and the inner name no mention of its
own (GUIDE §2.1: maximal name, never nested). Here:

- the document kinds come from ``head_rules.jsonl`` (rule kind ``document_kind``, each citing
  the GUIDE rule), never listed in code;
- the words between the inner name and the kind are at most ``MAX_MIDDLE`` characters, hold no
  clause word that cuts a name (the grammar's stop words: 落实…, 要确保…), and the title ends
  where a name may end (punctuation, a clause word);
- a quote followed right away by a kind (“十四五”规划) is a title when the quoted words are a
  period or ordinal of the plan (numerals only), as the conventions' example is; the same period
  without quotes (十五五规划纲要) is one when the kind follows it at once.

A title with no name inside (民营经济促进法, 财政承受能力评估办法) is found by its frame instead
(:func:`find_governed_titles`): a governing verb, name material, a document kind, and the end of
a name — the verbs and kinds mined where 《》 brackets mark titles
(``extract/data/policy_frames.jsonl``, ``extract.pipeline.policy_mining``).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.candidates import add_candidate, candidates, set_candidates
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.mining import CLAUSE_TAGS, NATIONAL, dictionary, segment_cached
from extract.pipeline.title_edges import drop_counted_documents, find_listed_titles, trim_scope_openings
from extract.pipeline.widespread_phrases import widespread_phrases

INNER_TYPES = frozenset({"Strategy", "Area", "Platform", "Program"})
MAX_MIDDLE = 8
ORDINAL_CHARS = "一二三四五六七八九十百"
QUOTED_ORDINAL_RE = re.compile(r"“[" + ORDINAL_CHARS + r"]{2,4}”")
# the same period written without quotes (十五五规划纲要): three or four numerals, no numeral or
# digit around them (a count such as 二十三项 has a measure word; 一规划两纲要 one numeral)
# Spelled to open with the numeral itself (its lookbehind, no numeral or digit before it, is read
# one character on, over the numeral just taken): a pattern opening with a lookbehind is tried at
# every position of a report, one opening with a character set only where that set occurs.
BARE_ORDINAL_RE = re.compile(
    r"[" + ORDINAL_CHARS + r"](?<![" + ORDINAL_CHARS + r"\d].)"
    r"[" + ORDINAL_CHARS + r"]{2,3}(?![" + ORDINAL_CHARS + r"\d])"
)
MAX_TITLE_BODY = 16  # characters of name material between a governing verb and the kind
CLOSING_NOUN_TAGS = frozenset({"n", "ng", "j"})
COMPLEMENT_TAGS = CLAUSE_TAGS | {"a"}  # 好 (a) of 落实好, 细 of 抓细
TITLE_VERB_TAGS = frozenset({"v", "vn"})  # 促进 (v), 优化 (vn): a verb opening a title
CHAIN_VERB_TAGS = frozenset({"v", "vd"})  # 修订 of 推动|修订|优化…条例: a verb governing with the first
TITLE_BODY_RE = re.compile(r"[\u4e00-\u9fff“”]*")
QUOTED_RE = re.compile(r"“([^“”\n]{3,16})”")


def _kinds_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    kinds = [r["head"] for r in grammar.lexicon["head_rules.jsonl"] if r.get("rule_kind") == "document_kind"]
    if not kinds:
        return None
    alternation = "|".join(sorted(map(re.escape, set(kinds)), key=lambda w: (-len(w), w)))
    return re.compile(r"[\u4e00-\u9fff]{0," + str(MAX_MIDDLE) + r"}?(?:" + alternation + ")")


def _kind_length(matched: str, grammar: g.Grammar) -> int:
    """The length of the longest document kind that ends ``matched`` (the rest is the middle)."""
    kinds = [r["head"] for r in grammar.lexicon["head_rules.jsonl"] if r.get("rule_kind") == "document_kind"]
    return max((len(k) for k in kinds if matched.endswith(k)), default=0)


def ends_name(text: str, end: int, grammar: g.Grammar) -> bool:
    """Punctuation, or a clause word that is no stage verb: 规划 before 建设/布局 is the verb
    (规划建设用地), not a document's kind."""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return True
    stop = grammar.stop_at(text, end)  # any_stop_re.match(text, end).group(), without the regex
    if stop is None:
        return False
    return not stop.startswith(_stage_verbs(grammar)) and not stop.startswith(grammar.status_phrases)


PREDICATE_TAGS = frozenset({"v"})  # a verb whose subject the plan is (…规划纲要|提出)
# a noun the plan qualifies (…规划|目标任务, …规划|开局之年): jieba's nouns, verbal nouns, numerals
# of a count the plan sets (…规划共设置26项: 共 is an adverb, read as a predicate's opening) and
# place or proper nouns heading the plan's own indicator (…规划|地区生产总值)
QUALIFIED_TAGS = frozenset({"n", "vn", "ns", "nz", "d"})


def _verb_follows(text: str, end: int, grammar: g.Grammar) -> bool:
    """Is the word after a period's plan a verb it is the subject of (“十四五”规划纲要|提出…), or a
    noun it qualifies (“十四五”规划|目标任务, “十五五”规划|开局之年)? A plan named by its period and
    kind alone is the document wherever it stands (the conventions' “十四五”规划 when its targets
    are meant); a stage verb or a status (规划|建设) makes 规划 the verb instead, and a kind the
    segmentation runs into a longer word is no kind."""
    words = segment_cached(text[end - 2 : end + 4])
    if not words or len(words[0]) != 2:
        return False  # the kind's last word runs on across its end (…规划期: the period of time)
    words = words[1:]
    if not words or dictionary().get(words[0], (0, ""))[1] not in PREDICATE_TAGS | QUALIFIED_TAGS:
        return False
    return not words[0].startswith(_stage_verbs(grammar)) and not words[0].startswith(grammar.status_phrases)


_verbs_cache: weakref.WeakKeyDictionary[g.Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _stage_verbs(grammar: g.Grammar) -> tuple[str, ...]:
    """The stage verbs of ``status_kernels.jsonl``, once per grammar (not once per candidate)."""
    found = _verbs_cache.get(grammar)
    if found is None:
        found = _verbs_cache[grammar] = tuple({k["verb"] for k in grammar.lexicon["status_kernels.jsonl"]})
    return found


def _clause_inside(middle: str, grammar: g.Grammar) -> bool:
    """Does a clause word cut the words between the inner name and the kind (…要确保规划)?"""
    return any(grammar.cuts(middle, m.start(), m.end()) for m in grammar.stop_re.finditer(middle))


def find_untitled_policies(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``inner name + name material + document kind`` Policy candidates (module docstring)."""
    kinds = _kinds_re(grammar)
    if kinds is None:
        return
    starts = [(c.start_char, c.end_char) for c in candidates(doc) if c.label_ in INNER_TYPES]
    starts += [(q.start(), q.end()) for q in QUOTED_ORDINAL_RE.finditer(text)]
    bare = {(q.start(), q.end()) for q in BARE_ORDINAL_RE.finditer(text)}
    periods = bare | {(q.start(), q.end()) for q in QUOTED_ORDINAL_RE.finditer(text)}
    for start, end in sorted(set(starts) | bare):
        m = kinds.match(text, end)
        if (start, end) in bare and m and m.end() - end > _kind_length(m.group(), grammar):
            continue  # a bare period takes its kind at once (十五五规划): no words between them
        if not m:
            continue
        if not ends_name(text, m.end(), grammar) and not (
            (start, end) in periods
            and m.end() - end == _kind_length(m.group(), grammar)
            and _verb_follows(text, m.end(), grammar)
        ):
            continue
        middle = text[end : m.end()]
        if _clause_inside(middle, grammar):
            continue
        add_candidate(doc, start, m.end(), "Policy", "title")
    find_quoted_place_titles(doc, text, grammar, kinds)
    find_governed_titles(doc, text, grammar)
    trim_governing_verbs(doc, text, grammar)
    trim_scope_openings(doc, text)  # 国家新一轮|…方案: GUIDE §2.5 scope words (title_edges)
    frames = _frames(grammar)
    if frames is not None:  # 甲…改革方案、|乙…实施方案: a found title's list-mates (title_edges)
        listed_kinds = _listed_kinds(grammar, frames)
        find_listed_titles(doc, text, grammar, listed_kinds, ends_name)
        drop_counted_documents(doc, text, grammar, listed_kinds)  # 一张|负面清单, …法规案|14件 (title_edges)
    open_at_issuers(doc, text, grammar)


def find_quoted_place_titles(doc: Doc, text: str, grammar: g.Grammar, kinds: re.Pattern[str]) -> None:
    """A quote that holds only a place and a document kind (“云南方案”, “某市条例”) is a title:
    the quotes mark the words as a name (GUIDE §3: a named document, in 《》 or not), the place is
    the gazetteer's District candidate, and the kind is a GUIDE document kind following it at once
    (the whole quote, no other word between them). The span is the quoted words."""
    places = {(c.start_char, c.end_char) for c in candidates(doc) if c.label_ == "District"}
    # the places' ends by start, each list in the set's order: a quote asks only the places
    # opening it, where a walk of every place per quote cost quotes × places steps
    ends_at: dict[int, list[int]] = {}
    for start, end in places:
        ends_at.setdefault(start, []).append(end)
    for q in QUOTED_RE.finditer(text):
        for end in ends_at.get(q.start(1), ()):
            if end >= q.end(1):
                continue
            m = kinds.fullmatch(text, end, q.end(1))
            if m and m.end() - end == _kind_length(m.group(), grammar):
                add_candidate(doc, q.start(1), q.end(1), "Policy", "title")


def _governing_word(title: str, verbs_re: re.Pattern[str]) -> int:
    """The length of the title's first word when it is, or ends in, a governing verb (落实,
    认真落实, 全面落实: one word in the dictionary's segmentation); 0 otherwise."""
    first = segment_cached(title)[0]
    if any(verbs_re.fullmatch(first, i) for i in range(len(first) - 1)) and len(first) < len(title):
        return len(first)
    return 0


def trim_governing_verbs(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """A Policy candidate that opens with a governing verb starts after it (落实|…规划纲要,
    印发|…发展规划): the mined words that stand before 《》 titles (``policy_frames.jsonl``) govern
    a document, they never open its name — a title written with brackets shows where it begins.
    The verb tags of the general dictionary miss some of them (落实 is an adjective there), so
    the name grammar's own verb trimming leaves them in. What is left must still hold a name
    before the kind (印发|园区发展规划: 园区 alone is a generic word, so no title is left; 出台贯彻|落实|意见:
    nothing is left but the kind, GUIDE §5's bare kind)."""
    frames = _frames(grammar)
    if frames is None:
        return
    verbs_re = frames[0]
    spans, changed = [], False
    for c in candidates(doc):
        start = c.start_char
        if c.label_ == "Policy" and text[start : start + 1] != "《":
            while c.end_char - start > 2 and (cut := _governing_word(text[start : c.end_char], verbs_re)):
                start += cut
        if start == c.start_char:
            spans.append(c)
            continue
        changed = True
        inner = [i for i in candidates(doc) if i.start_char == start and i.label_ in INNER_TYPES]
        rest = text[start : c.end_char]
        mined = max((len(k) for k in frames[2] if rest.endswith(k)), default=0)  # 意见: policy_frames
        kind = max(_kind_length(rest, grammar), mined)
        body = rest[: len(rest) - kind] if kind else rest
        if (not body or g.is_generic(body)) and not inner:
            continue  # 印发|园区发展规划: a kind of plan; 贯彻|落实|意见: the bare kind; no named title
        span = doc.char_span(start, c.end_char, label=c.label_, kb_id=c.kb_id_, span_id=c.id_)
        if span is not None:
            spans.append(span)
    if changed:
        set_candidates(doc, spans)


def _listed_kinds(grammar: g.Grammar, frames: Frames) -> frozenset[str]:
    """The kinds that close a found title's list-mate: the governed kinds of two characters or
    more and the package kinds (措施, 举措: ``policy_frames.jsonl`` role ``package``, mined as
    issued after a count of articles). Beside a title the list marks the mate as a document too,
    so a package needs no count there (落实…促进法及|促进…发展措施)."""
    rows = grammar.lexicon.get("policy_frames.jsonl", ())
    packages = {r["word"] for r in rows if r.get("role") == "package"}
    return frozenset({k for k in frames[2] if len(k) >= 2} | packages)


GOVERNING_ROLES = ("verb", "frame_verb")
Frames = tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]
_frames_cache: weakref.WeakKeyDictionary[g.Grammar, Frames | None] = weakref.WeakKeyDictionary()


def _frames(grammar: g.Grammar) -> Frames | None:
    """(governing verbs, document kinds, kinds) from ``policy_frames.jsonl``, once per grammar
    (the verbs of roles ``GOVERNING_ROLES``). A mined verb also governs by its last two
    characters when they are a verb (全面实施 -> 实施)."""
    if grammar in _frames_cache:
        return _frames_cache[grammar]
    rows = grammar.lexicon.get("policy_frames.jsonl", ())
    # the verbs before 《》 titles and those opening clauses that end in bare governed titles
    # (修订|…条例: role frame_verb, ``policy_mining.mine_frame_verbs``)
    verbs = {r["word"] for r in rows if r.get("role") in GOVERNING_ROLES}
    verbs |= {v[-2:] for v in verbs if dictionary().get(v[-2:], (0, ""))[1] == "v"}
    kinds = frozenset(r["word"] for r in rows if r.get("role") == "kind" and r.get("governed"))
    # a kind's closing character that the dictionary knows as a noun of its own (法 of 促进法) closes
    # a title as a word of its own (增值税|法) or as the end of a word it does not know (自由贸易|港法)
    closing = {k[-1] for k in kinds if dictionary().get(k[-1], (0, ""))[1] in CLOSING_NOUN_TAGS}
    found = None
    if verbs and kinds:
        found = (g._alternation(verbs), g._alternation(kinds | closing), kinds | closing)
    _frames_cache[grammar] = found
    return found


# A name drops a leading scope word (GUIDE §2.5: 全国, 全市), but right after its governing verb a
# title begins where a 《 would stand: a national document's name opens with the national level
# (《全国国土空间规划纲要》; 落实|全国统一大市场建设条例), while a province's or city's names its
# issuer instead (X省…条例), so only the national level is read as the title's own first word.


def verb_opening_title(
    text: str, floor: int, start: int, verbs_re: re.Pattern[str], mined_verbs: Collection[str] = ()
) -> int:
    """After a governing verb the title begins at once, as a 《》 would (修订|优化营商环境条例,
    制定|促进…办法): a single verb the name grammar cut off between the governing verb and the
    name (优化, 促进, 支持: the dictionary tags it v) is the title's own first word. So is a word
    in ``mined_verbs``, the verbs mined governing named programmes (``Grammar.carrying_verbs``:
    深化, which the dictionary tags as an abbreviation, opens 落实好|深化…改革意见 as it opens
    《关于深化…的意见》). Another governing verb (出台|实施|…规划) is not: it governs the same title."""
    cut = text[floor:start]
    if not cut or verbs_re.fullmatch(cut):
        return start
    tokens = segment_cached(cut)
    if (
        len(tokens) == 1
        and len(cut) >= 2
        and (dictionary().get(cut, (0, ""))[1] in TITLE_VERB_TAGS or cut in mined_verbs)
    ):
        return floor
    # a chain of verbs after the governing one (推动|修订|优化营商环境条例, 推动|出台|促进…办法): the
    # verbs before the last govern the title with it, the last opens the title as a lone one does
    last = tokens[-1]
    if (
        len(tokens) >= 2
        and len(last) >= 2
        and dictionary().get(last, (0, ""))[1] in TITLE_VERB_TAGS
        and not verbs_re.fullmatch(last)
        and all(_chain_verb(t, verbs_re) for t in tokens[:-1])
    ):
        return start - len(last)
    return start


def _chain_verb(word: str, verbs_re: re.Pattern[str]) -> bool:
    """A verb governing a title with the verb before it (修订 of 推动|修订|…): tagged a verb, or mined."""
    return dictionary().get(word, (0, ""))[1] in CHAIN_VERB_TAGS or bool(verbs_re.fullmatch(word))


def closes_with_kind(last: str, kind: str, kinds: Collection[str]) -> bool:
    """Does the title's last word end in the document kind ``kind`` as the kind (促进|法), not
    as a character inside a word of the language (依法, 执法)? A word the dictionary does not know
    that ends in the kind is the title's own coinage (自由贸易港法). A word it knows is the kind only
    when the kind has two characters or more and the word is a noun (考核办法, 暂行办法, 管理条例,
    改革方案: name material compounded with the kind, as 《…考核办法》 titles close); the set
    phrases that end in a kind are verbs or idioms there (征求意见, 想尽办法: tags v, l, i), and a
    one-character kind inside a noun (执法, 宪法) is no kind."""
    if last in kinds:
        return True
    if not last.endswith(kind):
        return False
    entry = dictionary().get(last)
    return entry is None or (len(kind) >= 2 and entry[1] in CLOSING_NOUN_TAGS)


def widespread_body(body: str, grammar: g.Grammar) -> bool:
    """Is the body before a compound kind (管理制度|改革方案) written the same way by many authors
    (the mined ``widespread_phrases``, or a ``widespread_terms.jsonl`` term)? A compound kind is
    itself a common word (改革方案, 考核办法), so before it a shared phrase names a kind of
    document every province has, not one document (GUIDE §3: generic unnamed items); a name
    (“双碳”评价, 数据资产登记) is written by few."""
    return body in widespread_phrases(grammar) or body in widespread_terms(grammar)


def find_governed_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``governing verb + name material + document kind`` Policy candidates (module
    docstring): 落实|民营经济促进法|和…, 出台|财政承受能力评估办法|，. The kind must close the
    last word of the title (促进|法 but not 依法, 执法), the name must end there (punctuation or a
    clause word), the body is a name (not generic, no count; its left edge found as for any name),
    and no head of another type closes the title (…行动方案 is a programme: GUIDE §3)."""
    frames = _frames(grammar)
    if frames is None:
        return
    verbs_re, kinds_re, kinds = frames
    for v in verbs_re.finditer(text):
        run = TITLE_BODY_RE.match(text, v.end(), v.end() + MAX_TITLE_BODY + 8)
        body_end = run.end() if run else v.end()
        for k in kinds_re.finditer(text, v.end() + 2, body_end):
            if not ends_name(text, k.end(), grammar):
                continue
            last = segment_cached(text[v.end() : k.end()])[-1]
            if not closes_with_kind(last, k.group(), kinds):
                continue  # 依法, 执法: the kind's character inside a word of the language
            # a known compound of the kind (考核办法, 暂行办法) is the kind word: the name is before it
            kind_start = k.end() - len(last) if last not in kinds and last in dictionary() else k.start()
            floor = v.end()
            first = segment_cached(text[floor : k.end()])[0]
            if len(first) == 1 and dictionary().get(first, (0, ""))[1] in COMPLEMENT_TAGS:
                floor += 1  # 落实好|…: the verb's complement is no part of the title
            named = start = grammar.name_start(text, k.start(), floor=floor, min_body=2)
            start = verb_opening_title(text, floor, start, verbs_re, grammar.carrying_verbs)
            if text[floor:start] in NATIONAL:
                start = floor  # 落实|全国统一大市场建设条例: the national level opens the title
            body = text[start:kind_start]
            if text[start : k.end()] in kinds or start >= kind_start:
                break  # 出台|实施方案, 制定|考核办法: a kind word alone, a bare kind (GUIDE §5), no title
            if kind_in_clause(text, floor, start, kind_start, k.end(), grammar):
                break  # …保护与|利用规划, …相关|规划, 规划、设计、建设: no name closed by a kind
            if (
                len(body) < 2
                or len(body) > MAX_TITLE_BODY
                or g.is_generic(body)
                or (kind_start != k.start() and widespread_body(body, grammar))  # 管理制度|改革方案
                or g.is_generic(text[named:kind_start])  # 制定|完善|工作方案: a verb and a kind of plan
                or NUMERAL_OPENING_RE.match(body)
            ):
                break  # …, 一规划两纲要: a count of documents, no title
            head = next(
                (
                    text[i : k.end()]
                    for i in range(start, k.start() + 1)
                    if text[i : k.end()] in grammar.heads
                ),
                None,
            )
            if head is not None and grammar.heads[head] != "Policy":
                break  # …行动方案: a Program head closes it
            add_candidate(doc, start, k.end(), "Policy", "title")
            break


ACTIVITY_TAGS = frozenset({"v", "vn"})  # 设计, 开发 of 规划、设计、开发: activities, not documents
JOINING_TAGS = frozenset({"c", "p"})  # 与, 和, 及: jieba tags 与 a preposition
LIST_MARK = "、"  # the enumeration comma
# the next list item: one Han run up to the next mark or clause punctuation
NEXT_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,10}(?=[、，。；：,;:])")


def kind_in_clause(text: str, floor: int, start: int, kind_start: int, end: int, grammar: g.Grammar) -> bool:
    """Is the kind a word of the clause rather than the close of a name? A kind that is also an
    activity (规划 plans, 设计 designs) is read as a document only where it closes a name:

    - a clause word never seen right before a head stands right before it (…安全|相关|规划:
      related plans; ``stop_words.jsonl`` counts ``before_head`` 0, where 促进 of …促进方案 stands
      before heads 25 times): it is no name material, so no name closes with the kind;
    - the name grammar cut the title after a one-character joining word inside the governed run
      (海岸带综合保护|与|利用规划): the words joined belong to one name whose left edge the cut
      lost, so no part of it is taken (a two-character preposition, 审议通过|…条例, governs the
      title instead);
    - it opens a series of activities (站城一体化|规划、设计、开发、建设): the next item of the list is
      one verb, where a list-mate title is a name closed by its own kind.
    """
    if segment_cached(text[start:kind_start])[-1] in _never_before_heads(grammar):
        return True
    joined = segment_cached(text[floor:start])[-1] if start > floor else ""
    if len(joined) == 1 and dictionary().get(joined, (0, ""))[1] in JOINING_TAGS:
        return True
    if text[end : end + 1] != LIST_MARK:
        return False
    item = NEXT_ITEM_RE.match(text, end + 1)
    return item is not None and dictionary().get(item.group(), (0, ""))[1] in ACTIVITY_TAGS


_never_cache: weakref.WeakKeyDictionary[g.Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def _never_before_heads(grammar: g.Grammar) -> frozenset[str]:
    """The hard clause words of ``stop_words.jsonl`` never counted right before a head (相关:
    ``before_head`` 0), once per grammar."""
    found = _never_cache.get(grammar)
    if found is None:
        rows = grammar.lexicon["stop_words.jsonl"]
        found = frozenset(
            r["word"]
            for r in rows
            if r.get("kind") == "hard" and r.get("counts", {}).get("before_head", 1) == 0
        )
        _never_cache[grammar] = found
    return found


MAX_ISSUER_GAP = MAX_TITLE_BODY  # characters between the issuing division and the title found


def open_at_issuers(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """A title found from its inner name or its kind opens earlier when a division stands right
    after a governing verb before it: 实施|巴南区推动…“1+10”行动2025年工作要点. A local document's
    title opens with its issuer (《南岸区建设…工作方案》, 《大渡口区进一步推动…实施方案》: the dev
    gold's titles; GUIDE §5 issuedBy reads the issuing district from the title), and a governing
    verb (``policy_frames.jsonl``) is where a 《 would stand. The words between the division and
    the title found are name material only (no punctuation, at most ``MAX_ISSUER_GAP``
    characters), so the division, the verbs after it (推动, 加快融入) and the inner name are one
    title; the longer candidate wins in the resolver (GUIDE §2.1: maximal name, never nested)."""
    frames = _frames(grammar)
    if frames is None:
        return
    verbs_re = frames[0]
    places = [c for c in candidates(doc) if c.label_ == "District"]
    if not places:
        return
    for c in candidates(doc):
        if c.label_ != "Policy" or text[c.start_char : c.start_char + 1] == "《":
            continue
        for d in places:
            if not 0 <= c.start_char - d.end_char <= MAX_ISSUER_GAP:
                continue  # the gap first: a regex per (title, division) pair made this quadratic
            body = TITLE_BODY_RE.match(text, d.end_char)  # always matches: the pattern admits ""
            if body is None or body.end() < c.start_char:
                continue
            if _verb_ends_at(text, d.start_char, verbs_re):
                add_candidate(doc, d.start_char, c.end_char, "Policy", "title")
                break


def governing_verbs(grammar: g.Grammar) -> re.Pattern[str] | None:
    """The mined governing verbs (``policy_frames.jsonl`` role ``verb``, with their two-character
    verb tails) as one pattern, or None when none were mined: other title finders
    (``extract.pipeline.numbered_packages``) open their titles after the same verbs."""
    frames = _frames(grammar)
    return None if frames is None else frames[0]


def _verb_ends_at(text: str, end: int, verbs_re: re.Pattern[str]) -> bool:
    """Does a governing verb end right at ``end`` (落实|, 全面实施|)?"""
    return any(verbs_re.fullmatch(text, end - n, end) for n in range(2, 5) if end - n >= 0)
