"""Works with no part of their own: a head-word Project guess made of nothing but everyday words.

A name identifies one thing, and it does so with a part few authors write: a place (东方|机场),
a coined or abbreviated part (茄子溪, 中|老铁路), a route code or a number with 期/号/线
(G98, 27号线, 三期). A guess whose every word four or more provinces write (the mined
``widespread_terms.jsonl``: 高端|食品|生产|基地, 高铁|物流|大通道, 生产|服务型|国家|物流|枢纽)
says what kind of works, or what role a place is to play (打造…基地, 建设…枢纽 as a goal), and
names none: GUIDE §3 leaves generic unnamed items untagged and §9 leaves positionings untagged.

``genericity`` already vetoes the narrower shapes of this class (a mined category phrase, one
widespread word before a widespread kernel, a rating before a head); this test covers the
longer compounds of several everyday words that no category phrase lists because the
compound as a whole is rare.

Only guesses of the head-word finder (source ``suffix``) are read: GUIDE §3 makes every item
of a list the text labels as projects a Project (电商直播产业基地 in `…等项目`), so the list
readers' items stay. A phase (机场|三期) qualifies the author's own works and is left alone, and
a quoted guess (“西部粮仓”) is a coined term for the quote readers. A single firm's facility
(``Grammar.firm_facility_heads``: …总部基地, …制造基地) is named by the firm, whose name may be
one everyday word (美好生活|总部基地), as ``genericity.modified_kind`` leaves it to the
firm-facility rule; several everyday words before such a head (高端|食品|生产基地) describe a
kind. A guess the head-word finder took inside a list labelled as projects (A、B等项目) is such
an item too. Conjuncts of a shared head (``extract.coordination``) are read by their own words
(``everyday_conjunct``: 燃气、供热等管网 lists kinds of networks).

A head-word guess is read with further mined everyday words (``everyday_extras``): the words the
dictionary tags as names that many authors write (智慧, 文明) and the widespread phrases
(综合体), so 现代智慧政务综合体 and 老旧商业综合体 are kinds too (branch project33).
"""

from __future__ import annotations

import re
import weakref

from extract.pipeline.chosen import Chosen
from extract.pipeline.counted_works import counted_kind, share_before
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.list_items import (
    CLAUSE_RE,
    CLOSE_RE,
    ITEM_MAX,
    MAX_ITEMS,
    PROJECT_LABEL_RE,
    phase_end,
)
from extract.pipeline.mining import NATIONAL, PROPER_TAGS, dictionary, place_names
from extract.pipeline.mistagged_terms import mistagged_terms
from extract.pipeline.punctuation_edges import quoted
from extract.pipeline.widespread_phrases import widespread_phrases

CHECKED_TYPES = frozenset({"Project"})
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder; list items are GUIDE §3 Projects
COORDINATED_SOURCES = frozenset({"coordination"})  # conjuncts of a shared head (extract.coordination)
# a route code or number (G98, 27号线, 5G) or a quote mark: a part of the name's own
MARKED_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ“”‘’《》「」]")
LIST_CLOSER = CLOSE_RE.pattern[0]  # the particle 等 that closes a list (``list_items.CLOSE_RE``)
# characters after a guess read for the list's closer: a list of ``list_items.MAX_ITEMS`` items
# of ``list_items.ITEM_MAX`` characters, so a report without clause marks costs no quadratic scan
LIST_REACH = MAX_ITEMS * ITEM_MAX
MIN_PIECE = 2  # characters of each widespread piece of a compound word
# words of a guess read here: a bare kernel (机场) or one word before it (市民|中心: the author's own
# centre) is left to genericity's narrower two-word tests (widespread_project_kind), which keep
# the named bases and hubs a broader reading dropped
MIN_WORDS = 3


def lacks_proper_part(
    name: str, grammar: Grammar, joined: bool = False, extra: frozenset[str] = frozenset()
) -> bool:
    """Is every word of ``name`` (jieba's reading) a widespread term, none of them a division,
    with no code, number, quote mark or phase (``list_items.phase_end``: 三期, one stage of a
    works the text names) in it? With ``joined``, a word may also be a run of jieba's pieces that
    is one mined term as a whole (``everyday_tiles``: 算|力 is the term 算力). ``extra`` are further
    mined everyday words a caller reads as widespread terms (``mistagged_terms``: 智慧, 国际化)."""
    if MARKED_RE.search(name) or phase_end(name) is not None:
        return False
    words = _segment(name)
    if len(words) < MIN_WORDS:
        return False
    terms = with_extra(grammar, extra) if extra else widespread_terms(grammar)
    if firm_and_facility(name, words, grammar):
        return False  # 美好生活|总部基地: a firm's facility, named by a firm that may be everyday words
    if all(everyday_word(w, terms) for w in words):
        return True
    if not joined:
        return False
    kernel = kernel_length(name, grammar)
    tiles = everyday_tiles(_kernel_apart(name, words, kernel), terms, kernel)
    return tiles is not None and tiles >= MIN_WORDS


_terms_cache: weakref.WeakKeyDictionary[Grammar, dict[frozenset[str], frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


# jieba's dictionary count of an everyday word the mined terms miss (连接 2,554, 前期 1,384: the
# miner counts words as jieba cuts whole reports, and these did not come out as words of four
# or more authors there); rarer non-proper words are the coined or descriptive parts of names
# (沿江 537 of 沿江铁路, 萤石 427 of a firm's base) and stay parts of the name's own
MIN_COMMON_FREQ = 1000


def common_word(word: str, terms: frozenset[str]) -> bool:
    """An ``everyday_word``, or a word of ``MIN_PIECE`` or more characters that jieba's dictionary
    counts ``MIN_COMMON_FREQ`` times or more with a tag that is no proper noun, and that is no
    division (县域|连接, 港口: the vocabulary of the genre, not a part of one works' name)."""
    if everyday_word(word, terms):
        return True
    freq, tag = dictionary().get(word, (0, ""))
    if len(word) < MIN_PIECE or not tag or tag in PROPER_TAGS:
        return False
    return freq >= MIN_COMMON_FREQ and not place_part(word)


def common_body(name: str, grammar: Grammar) -> bool:
    """Is everything before ``name``'s GUIDE head kernel (``head_kernels.jsonl``) a ``common_word``
    (县域连接|高速公路, 港口|通道, 前期|项目), with no code, number, quote mark or phase?

    Why beside ``lacks_proper_part``: that test wants three or more words, each a mined
    widespread term, so a kind of works written with one or two everyday words the miner missed
    (连接, 前期: jieba's reading of whole reports buries them in longer words) kept its Project tag
    (round 7: 县域连接高速公路 beside 普通国省道; GUIDE §3 leaves generic unnamed items untagged).
    The body alone is read, so a bare kernel is no kind here (机场: the author's own, as in
    ``widespread_project_kind``), and one word before a firm's facility head may be the firm
    (``firm_and_facility``). A firm's facility head (总部基地, 生产基地) is left to
    ``lacks_proper_part`` altogether: a firm's name is often made of everyday nouns (人人|视频), and
    there only three or more widespread terms make a kind of facility."""
    if MARKED_RE.search(name) or phase_end(name) is not None:
        return False
    kernel = kernel_length(name, grammar)
    if not kernel or kernel == len(name):
        return False
    if any(name.endswith(h) for h in grammar.firm_facility_heads):
        return False
    terms = widespread_terms(grammar)
    return all(common_word(w, terms) for w in _segment(name[:-kernel]))


def with_extra(grammar: Grammar, extra: frozenset[str]) -> frozenset[str]:
    """``widespread_terms(grammar) | extra``, built once per grammar and ``extra``: the union of
    the ≈ 6,400 mined terms was built anew for every Platform guess a caller tested."""
    by_extra = _terms_cache.setdefault(grammar, {})
    found = by_extra.get(extra)
    if found is None:
        found = by_extra[extra] = widespread_terms(grammar) | extra
    return found


def _kernel_apart(name: str, words: tuple[str, ...] | list[str], kernel: int) -> list[str]:
    """``words`` with the GUIDE head kernel as one word of its own when jieba's reading cuts
    across it (绿电产业园|区 → 绿电产业 + 园区; branch platform17): the kernel is the head the
    name grammar found, and a cut through it leaves a stray character (区) that reads as a part
    of the name's own, so ``…产业园区`` of everyday words kept its guess where ``…产业园`` lost it."""
    if not kernel:
        return list(words)
    body = len(name) - kernel
    pos = 0
    for i, w in enumerate(words):
        if pos == body:
            return list(words)  # a word boundary right before the kernel: jieba reads it whole
        if pos + len(w) > body:
            # only the word cut by the kernel is read again (产业园|区 → 产业 + 园区); the words
            # before it keep jieba's reading of the whole name: the body alone reads
            # 农业|产业 as one rarer word 农业产业 (branch platform19)
            return [*words[:i], *_segment(name[pos:body]), name[body:]]
        pos += len(w)
    return list(words)


def kernel_length(name: str, grammar: Grammar) -> int:
    """Characters of the longest GUIDE head kernel ``name`` ends with (``head_kernels.jsonl``:
    联动创新区, 平台), 0 when none: the head is the GUIDE's word, never a run to join."""
    # the name's endings, longest first, looked up in the kernels' set (built once per grammar):
    # the same longest kernel as testing every kernel (about 160) against the name's end
    kernels = grammar.mined_set("head_kernels.jsonl", "head")
    return next((n for n in range(len(name), 0, -1) if name[-n:] in kernels), 0)


MAX_JOIN = 3  # jieba pieces read as one term (数|智|化): the mined terms join at most two words


def everyday_tiles(words: tuple[str, ...] | list[str], terms: frozenset[str], kernel: int = 0) -> int | None:
    """The fewest words that cover ``words`` in order, each an ``everyday_word`` or a run of up to
    ``MAX_JOIN`` of jieba's pieces, one of them a single character, whose concatenation is a
    mined widespread term (no division) that ends before the last ``kernel`` characters (the
    GUIDE head: 自贸区|联动|创新|区 is no 创新区 of widespread words but the zone 联动创新区); None
    when no such cover exists.

    Why: jieba's dictionary predates the genre's new words, so it cuts 算力, 绿电, 科创, 智算 into
    single characters, and a single character is no widespread term: ``算力综合服务平台`` looked
    like a name with a part of its own. The miner (``genericity.mine_widespread_terms``) counts a
    word and the word after it as one term, so the terms already hold these words as four or more
    authors write them; reading the guess by them is the same test on the words the authors use.
    Linear in the words (``MAX_JOIN`` bounded), no regex."""
    n = len(words)
    ends = [0]
    for w in words:
        ends.append(ends[-1] + len(w))
    limit = ends[-1] - kernel
    best: list[int | None] = [0] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + MAX_JOIN) + 1):
            piece = "".join(words[i:j])
            if j == i + 1:
                ok = everyday_word(piece, terms)
            else:  # only a word jieba cut up is joined: 综合|服务平台 stays two words
                ok = (
                    ends[j] <= limit
                    and any(len(w) == 1 for w in words[i:j])
                    and piece in terms
                    and not place_part(piece)
                )
            if ok:
                cand = best[i] + 1  # type: ignore[operator]
                if best[j] is None or cand < best[j]:  # type: ignore[operator]
                    best[j] = cand
    return best[n]


def firm_and_facility(name: str, words: tuple[str, ...] | list[str], grammar: Grammar) -> bool:
    """Is ``name`` one word before a firm's facility head (``Grammar.firm_facility_heads``:
    美好生活|总部基地)? One word there may be a firm's name; several everyday words there
    (高端|食品|生产基地, 跨国公司|地区|总部) describe a kind of facility."""
    heads = [h for h in grammar.firm_facility_heads if name.endswith(h)]
    if not heads:
        return False
    head = max(heads, key=len)  # 美好生活|装备制造基地, not 美好生活装备|制造基地
    body = name[: -len(head)]
    return bool(body) and len(_segment(body)) == 1


def place_part(word: str) -> bool:
    """A division of the gazetteer by its name or short form (``mining.place_names``: a short
    form the dictionary reads as a common word, 通道 or 港口, is the word; the national level 国家
    is a scope, GUIDE §2.5, not a place of the name's own)."""
    return word in place_names() and word not in NATIONAL


def everyday_word(word: str, terms: frozenset[str]) -> bool:
    """A widespread term that is no division, or a compound the dictionary tags as a proper
    noun (which keeps it out of the mined terms) that splits into such terms of ``MIN_PIECE`` or
    more characters (国际|航空: the dictionary's ``nt`` is the airline's, not the text's). A
    common compound outside the terms (复合材料) is a rarer word, a part of the name's own."""
    if place_part(word):
        return False
    if word in terms:
        return True
    if dictionary().get(word, (0, ""))[1] not in PROPER_TAGS:
        return False
    return any(
        _everyday_piece(word[:k], terms)
        and _everyday_piece(word[k:], terms)
        and (everyday_word(word[:k], terms) or everyday_word(word[k:], terms))
        for k in range(MIN_PIECE, len(word) - MIN_PIECE + 1)
    )


def _everyday_piece(piece: str, terms: frozenset[str]) -> bool:
    """A piece of a proper-tagged compound (``everyday_word``) that is everyday: a widespread
    term, or a word the general dictionary counts ``MIN_COMMON_FREQ`` times or more with no proper
    tag (``common_word``), never a division.

    Why the second source: the mined terms need four or more reports, and masking a round's
    passages took 航运 from 4 to 3, so 国际|航运 became a part of the name's own and the role
    国际航运物流综合枢纽 a Project (issue 12, maskflip22). jieba's count (航运 1,962) does not move
    with the mask. The whole word still has to be a compound the dictionary tags as a proper noun,
    and one of its two pieces a mined term (``everyday_word``): the corpus still has a say."""
    return common_word(piece, terms) and not place_part(piece)


def in_project_list(text: str, end: int) -> bool:
    """Does the clause after the guess close a list with a project label (…、A、B等2个项目,
    A等重大工程: ``list_items``' own closer and label)? GUIDE §3 makes its items Projects."""
    m = CLAUSE_RE.match(text, end, min(len(text), end + LIST_REACH))
    if m is None:
        return False
    at = m.group().find(LIST_CLOSER)
    if at < 0:
        return False
    close = CLOSE_RE.match(text, end + at)
    return close is not None and PROJECT_LABEL_RE.match(text, close.end()) is not None


def everyday_conjunct(name: str, grammar: Grammar) -> bool:
    """Is a conjunct of a shared head (``extract.coordination``: 燃气、供热等管网) nothing but
    widespread terms (燃气; 交通|物流), with no place, code or quote mark? GUIDE §2.2 splits
    coordinated *names*; a list of everyday words before one head lists kinds (燃气管网, 供热管网),
    and each conjunct names none."""
    if MARKED_RE.search(name):
        return False
    terms = widespread_terms(grammar)
    return all(everyday_word(w, terms) for w in _segment(name))


def unnamed(s: Chosen, text: str, grammar: Grammar) -> bool:
    """Is Project ``s`` works with no part of its own: a head-word guess that
    ``lacks_proper_part`` outside a labelled project list, or a conjunct of a shared head that
    is an ``everyday_conjunct``? Quoted guesses are left to the quote readers. The test joins
    jieba's single characters into mined terms (``joined``: 老|旧 is 老旧, 低|碳 is 低碳), as it
    does for Platform guesses: jieba's dictionary predates the genre's words, and a stray
    character read as a part of the name's own kept 老旧供水管网 and 国家绿色低碳先进技术示范项目
    (a title a works is given) as names (branch project16). A body of one or two everyday words
    the miner missed is read by ``common_body`` (branch project17), and a phrase the reports write
    with a count, alone or after everyday words, or one a percentage stands before, by
    ``counted_works`` (branch precision24)."""
    if s.label_ not in CHECKED_TYPES or quoted(text, s.start_char, s.end_char):
        return False
    name = text[s.start_char : s.end_char]
    if s.id_ in CHECKED_SOURCES:
        # the list test last: it reads the clause after the guess
        kind = (
            lacks_proper_part(name, grammar, joined=True, extra=_extras_for(name, grammar))
            or common_body(name, grammar)
            or counted_kind(name, grammar)  # 中职学校 (counted elsewhere: 中职学校由71所): counted_works
            or share_before(text, s.start_char)  # 60%|公办中小学校: a share of a kind (counted_works)
        )
        return kind and not in_project_list(text, s.end_char)
    if s.id_ in COORDINATED_SOURCES:
        return everyday_conjunct(name, grammar)
    return False


_extras: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def everyday_extras(grammar: Grammar) -> frozenset[str]:
    """Mined everyday words a Project guess is read with beside the widespread terms: the words
    jieba's dictionary tags as a person's or an organization's name that four or more authors
    write (``mistagged_terms``: 智慧, 文明, 联合体), and the runs of words three or more authors write the
    same way (``widespread_phrases``: 综合体, 联合体及其). Built once per grammar, so that
    ``with_extra`` hits its cache.

    Why: the widespread terms leave out every proper-tagged word and count words only as jieba
    cuts whole reports, so a kind of works written with 智慧 or 文明 (现代智慧政务综合体,
    生态文明标志性工程) or ending in a head jieba's reading of the reports does not yield as a word
    of four authors (老旧商业综合体) looked like a name with a part of its own, though it names no
    one works (GUIDE §3: generic unnamed items are not annotated; issue 12, branch project33's
    readable audit). ``unnamed_platforms`` reads the mistagged words for Platform guesses the same
    way. Items of a labelled project list stay Projects (``in_project_list``, the list readers)."""
    found = _extras.get(grammar)
    if found is None:
        found = _extras[grammar] = mistagged_terms(grammar) | widespread_phrases(grammar)
    return found


def _extras_for(name: str, grammar: Grammar) -> frozenset[str]:
    """``everyday_extras`` for a guess that does not end in a single firm's facility head
    (``Grammar.firm_facility_heads``: 工厂, 总部), else none. GUIDE §3 makes a single company's
    plant, HQ or factory a Project, and a firm may name its factory in everyday words
    (智能网联新能源汽车|智慧|工厂 is a Project of the dev gold): there the widespread terms alone
    decide, as before."""
    if name.endswith(tuple(grammar.firm_facility_heads)):
        return frozenset()
    return everyday_extras(grammar)


def drop_unnamed_works(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Project guesses that are ``unnamed`` (run by the resolver after
    ``genericity.drop_generic``)."""
    return [s for s in chosen if not unnamed(s, text, grammar)]
