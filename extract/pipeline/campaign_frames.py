"""Campaigns carried out, read whole from their carrying verb (开展|深入贯彻…学习教育).

GUIDE §3 types named campaigns as Program and the provincial-2026 conventions ("Campaigns") tag
party study campaigns (…学习教育) whatever their wording. The name grammar finds a campaign by its
head (``head_kernels.jsonl``, rule "GUIDE §3 Program: campaigns": 学习教育, 攻坚战) and scans left
until a clause word stops it, then judges the body. A study campaign's body is what is studied,
often opened by the study verb itself (深入贯彻|…精神, 学习贯彻|…思想) and holding a count that is
part of a proper name (…八项规定…), so the scan stopped inside the name (贯彻…学习教育) or the body
read as an amount and nothing was tagged. National campaigns are written the same way by almost
every report (``category_phrases.jsonl`` counts one such wording in 16 reports), so each miss
recurs across provinces.

What marks the name's start is the verb that carries the campaign out (the mined carrying verbs
of ``Grammar.carrying_verbs``: 开展, 实施 …), as for the actions of ``programme_frames``: every
character between that verb and the campaign head is the campaign's name, scope words, years and
counts at its front left out (``programme_frames._front_trimmed``). One verb carries out each
item of a list it opens (开展A学习教育、B学习教育和C学习教育: GUIDE §2.2, each its own name), and
an item of such a list that ends in the last word of the campaign kernel (教育 of 学习教育) is a
campaign of the same kind (GUIDE §2.2: the conjuncts of one list are names of one kind), when it
has a body of its own before that word's modifier (``MIN_SIBLING_BODY``: 警示教育 names a kind).
A list needs one item with the kernel itself; the last item must close at a clause edge (or at
the coverb 为 that closes the object of 以…为: 以开展|X学习教育|为契机).

A campaign is one entity wherever its report names it (GUIDE §4), and reports name it again
without a carrying verb, most often in the plan: 巩固拓展|…学习教育|成果. So every other occurrence,
in the whole report (``doc._.policykg_document``), of a name read after a carrying verb is that
campaign too, as ``quoted_frames`` does for the quotes it reads after a programme verb.

A national campaign is also one name across reports: 爱国卫生运动 is carried out (开展|深化) by
several provinces, and a report that names it only as the object of another verb (提升|X和Y行动|质效)
gives the frame no start. So a campaign name that ``CARRIED_REPORTS`` or more reports carry out,
counted over the unannotated reports with every gold passage blanked (:func:`mine_carried_campaigns`,
``scripts/mine_carried_campaigns.py`` into ``carried_campaigns.jsonl``, counts kept), is read
wherever it is written, as a name the report itself carries out is. One report's wording is no
evidence: a name must be carried out by two authors.

The campaign heads of ``head_rules.jsonl`` (运动, 系列活动) are words that also close kinds and lists
(冰雪运动 a sport, A、B等系列活动), so a body before them must be no generic term
(``grammar.is_generic``) and hold no 等, as for the short mined kernels. A head of two words
(系列|活动) also follows one-word kinds the generic terms do not list (主题|系列活动, 宣传|系列活动),
so its body must be ``MIN_SERIES_WORDS`` words or more, as a name of its own is (群众|文化|惠民).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.campaign_kernels import lacks_its_compound, short_kernels
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import segment_cached
from extract.pipeline.programme_frames import CONJUNCT_RE, EDGE, YEAR_RE, _front_trimmed

CAMPAIGN_RULE = "GUIDE §3 Program: campaigns"  # head_kernels.jsonl: 学习教育, 攻坚战
CAMPAIGN_KIND = "campaign"  # head_rules.jsonl: campaign heads read only after a carrying verb (运动)
MAX_BODY = 28  # characters of the longest campaign name read after its verb
SIBLING_END = 2  # characters of the kernel's last word a sibling item shares (教育 of 学习教育)
MIN_SIBLING_BODY = 2  # characters a sibling holds before the two-character word of its head (主题)
EDGE_RE = re.compile(EDGE)
TAIL = 2  # characters of a name that index its occurrences (a campaign ending: 教育, 攻坚战's 坚战)
# the coverb that closes the object of 以…为 (以开展|X学习教育|为契机): a function word, the object's end
OBJECT_END = "为"
LIST_CLOSER = "等"  # A、B等X: the items of a list closed by its kind (branch coord18's class)
CARRIED_FILE = "carried_campaigns.jsonl"  # mined: campaign names carried out in several reports
CARRIED_REPORTS = 2  # reports that must carry a campaign out for its name to be read anywhere
MIN_SERIES_WORDS = 2  # words of the body before a campaign head of two words (系列活动)


def campaign_kernels(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE campaign kernels of the lexicon (学习教育, 攻坚战), longest first, and the
    campaign heads of ``head_rules.jsonl`` (rule kind ``campaign``: 运动), which are read only
    here, after a carrying verb: alone they also name other things (冰雪运动, a sport), so they
    are no heads of the name grammar."""
    kernels = {
        k["head"]
        for k in grammar.lexicon["head_kernels.jsonl"]
        if k["type"] == "Program" and k["rule"].startswith(CAMPAIGN_RULE) and len(k["head"]) > SIBLING_END
    }
    kernels |= rule_heads(grammar)
    kernels |= short_kernels(grammar.lexicon)  # mined: 攻坚 of 攻坚战, 整治 of 专项整治
    return tuple(sorted(kernels, key=lambda w: (-len(w), w)))


def rule_heads(grammar: g.Grammar) -> frozenset[str]:
    """The campaign heads of ``head_rules.jsonl`` (rule kind ``campaign``: 运动, 系列活动)."""
    rules = grammar.lexicon["head_rules.jsonl"]
    return frozenset(r["head"] for r in rules if r.get("rule_kind") == CAMPAIGN_KIND)


def carried_campaigns(grammar: g.Grammar) -> frozenset[str]:
    """The mined names of campaigns that several reports carry out (module docstring)."""
    return frozenset(e["name"] for e in grammar.lexicon.get(CARRIED_FILE, ()))


def mine_carried_campaigns(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """The campaign names read after a carrying verb (:func:`campaign_spans`) in
    ``CARRIED_REPORTS`` or more of ``docs`` ((report, blanked text)), with their counts."""
    grammar = g.default_grammar()
    uses: Counter[str] = Counter()
    reports: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for a, b in campaign_spans(text, grammar):
            uses[text[a:b]] += 1
            reports[text[a:b]].add(name)
    return [
        {"counts": {"carried": uses[n]}, "docs": len(reports[n]), "name": n, "source": "mined"}
        for n in sorted(reports)
        if len(reports[n]) >= CARRIED_REPORTS
    ]


@functools.cache
def _item_re(endings: tuple[str, ...]) -> re.Pattern[str]:
    """One list item: Han characters or quotes, lazily, up to a campaign ending followed by a
    clause edge or a conjunction (the next item). Bounded by ``MAX_BODY``: no nested repeats."""
    ending = "|".join(map(re.escape, endings))
    after = f"(?:(?={CONJUNCT_RE.pattern}|{OBJECT_END})|{EDGE})"
    return re.compile(rf"[\u4e00-\u9fff“”]{{2,{MAX_BODY}}}?(?:{ending}){after}")


def find_campaign_frames(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the campaigns carried out as Program candidates, and every other occurrence in this
    text of a campaign the whole document carries out (module docstring)."""
    spans = campaign_spans(text, grammar)
    for a, b in spans:
        add_candidate(doc, a, b, "Program", "suffix")
    document = doc._.policykg_document if doc.has_extension("policykg_document") else None
    whole = document.text if document is not None else text
    names = campaign_names(whole, grammar) if whole is not text else {text[a:b] for a, b in spans}
    names = names | carried_campaigns(grammar)  # carried out in other reports: 提升|爱国卫生运动…
    found = set(spans)
    for name, at in occurrences(text, names):
        if (at, at + len(name)) not in found:
            add_candidate(doc, at, at + len(name), "Program", "suffix")  # …学习教育|成果


def occurrences(text: str, names: frozenset[str] | set[str]) -> list[tuple[str, int]]:
    """Where each name stands in ``text``, by name and then position, an occurrence overlapping
    the one before of the same name skipped (as a ``str.find`` loop gives them). A report may
    carry out thousands of campaigns (a crafted one), so ``text`` is not searched once per name:
    each name's last two characters (the campaign ending it was read with) are found, and the
    names of that ending are looked up at each place, linear in the text."""
    by_tail: dict[str, set[int]] = {}
    for name in names:
        by_tail.setdefault(name[-TAIL:], set()).add(len(name))
    hits: list[tuple[str, int]] = []
    for tail, lengths in by_tail.items():
        at = text.find(tail)
        while at >= 0:
            end = at + len(tail)
            hits.extend(
                (text[end - n : end], end - n) for n in lengths if n <= end and text[end - n : end] in names
            )
            at = text.find(tail, at + 1)
    out: list[tuple[str, int]] = []
    for name, at in sorted(hits):
        if out and out[-1][0] == name and at < out[-1][1] + len(name):
            continue  # overlaps the occurrence before: a find loop goes on after its end
        out.append((name, at))
    return out


@functools.lru_cache(maxsize=8)
def campaign_names(text: str, grammar: g.Grammar) -> frozenset[str]:
    """The names of the campaigns a document carries out: GUIDE §4 gives a name one entity, so
    the same words written elsewhere in it (巩固拓展|…学习教育|成果, with no carrying verb) are
    that campaign. Cached per document: every piece of a long report asks."""
    return frozenset(text[a:b] for a, b in campaign_spans(text, grammar))


def campaign_spans(text: str, grammar: g.Grammar) -> list[tuple[int, int]]:
    """The spans of the campaigns carried out in ``text`` (module docstring)."""
    kernels = campaign_kernels(grammar)
    if not kernels or not grammar.carrying_verbs:
        return []
    siblings = tuple(sorted({k[-SIBLING_END:] for k in kernels}))
    item_re = _item_re(tuple(sorted({*kernels, *siblings}, key=lambda w: (-len(w), w))))
    lists = _Lists(text, item_re, kernels)
    heads = rule_heads(grammar)
    out: list[tuple[int, int]] = []
    emitted: set[int] = set()  # item starts whose list, from there on, was output already
    covered = 0  # the end of the last chain of verbs read: a verb inside it was read with it
    for v in grammar.carrying_verb_re.finditer(text):
        if v.start() < covered:
            continue
        pos = v.end()
        while chained := grammar.carrying_verb_re.match(text, pos):
            pos = chained.end()  # 深入开展|…: the last verb of a chain governs the name
        covered = pos
        if not lists.has_kernel(pos):
            continue
        last_end = lists.last_end(pos)
        if not (EDGE_RE.match(text, last_end) or text.startswith(OBJECT_END, last_end)):
            continue  # the list runs on (…教育成果): not a list of campaigns closed here
        at: int | None = pos
        while at is not None and at not in emitted:  # a verb inside an item shares the list's tail
            found = lists.item(at)
            if found is None:
                break  # a conjunction with no item after it: the list ended before it
            emitted.add(at)
            a, b, at = found
            name = text[a:b]
            if _campaign_item(name, kernels, heads) and not _short_conjunct(name, at, lists, grammar):
                out.append((a, b))
    return out


def _short_conjunct(name: str, nxt: int | None, lists: _Lists, grammar: g.Grammar) -> bool:
    """Is this an item closed by a short, mined kernel (攻坚, 整治) that is no campaign of its own?
    Either the first conjunct of names sharing a later head (实施|A治本攻坚、B三年行动: a conjunction,
    no campaign item after it and a programme head closing the next conjunct, GUIDE §2.2, left to
    the coordination reader), or the works on a named place (深化|A片区综合整治: an Area head in
    the body, the place keeps its own name)."""
    if not name.endswith(tuple(short_kernels(grammar.lexicon))):
        return False
    if lacks_its_compound(name, grammar.lexicon):
        return True  # 开展|隐患排查整治: routine work, no 专项 campaign
    if nxt is not None and lists.item(nxt) is None and _headed_conjunct(lists.text, nxt, grammar):
        return True
    return bool(grammar.area_head_re.search(name))


def _headed_conjunct(text: str, start: int, grammar: g.Grammar) -> bool:
    """Does the conjunct at ``start`` end in a programme head at a clause edge (…三年行动，)?"""
    return _conjunct_re(grammar.frame_head_re.pattern).match(text, start) is not None


@functools.cache
def _conjunct_re(heads: str) -> re.Pattern[str]:
    """A conjunct closed by one of ``heads`` (an alternation) at a clause edge, bounded in length."""
    return re.compile(rf"[\u4e00-\u9fff“”]{{1,{MAX_BODY}}}?(?:{heads}){EDGE}")


def _campaign_item(name: str, kernels: tuple[str, ...], rule_heads: frozenset[str] = frozenset()) -> bool:
    """Is this list item a campaign's name, not the kind beside it, a schedule or two things?"""
    kernel = next((k for k in kernels if name.endswith(k)), "")
    # the item's own body: before the kernel, or before the sibling's two-character word
    body = name[: -len(kernel)] if kernel else name[: -SIBLING_END - 2]
    if len(body) < (2 if kernel else MIN_SIBLING_BODY):
        return False  # 学习教育 alone, 警示教育: the kind beside the campaign, no name
    if YEAR_RE.search(body) or CONJUNCT_RE.search(name):
        return False  # 2025年…, A和B…: a schedule, or two things joined, not one name
    ruled = kernel in rule_heads
    if ruled and len(segment_cached(kernel)) > 1 and len(segment_cached(body)) < MIN_SERIES_WORDS:
        return False  # 主题|系列活动: a one-word kind before a phrase head, no name of its own
    checked = len(kernel) <= SIBLING_END or ruled
    if checked and (LIST_CLOSER in body or g.is_generic(body, descriptive_ok=True)):
        return False  # A等…整治: a list of another kind; 改革攻坚: a verb phrase, no name
    return name.count("“") == name.count("”")


class _Lists:
    """The lists that carrying verbs open in one text, read once per item start. A verb inside an
    item (开展A、开展B、…) opens a list whose tail is the outer list's, so reading each verb's list
    afresh was quadratic in the list's length; here each item is matched once and each list's
    facts (does an item end in a kernel, where does the last item end) are kept per start."""

    def __init__(self, text: str, item_re: re.Pattern[str], kernels: tuple[str, ...]) -> None:
        self.text, self.item_re, self.kernels = text, item_re, kernels
        self._item: dict[int, tuple[int, int, int | None] | None] = {}
        self._tail: dict[int, tuple[bool, int]] = {}  # start -> (a kernel item from here, last end)

    def item(self, start: int) -> tuple[int, int, int | None] | None:
        """The item read at ``start`` (its trimmed start, its end, where the next item would start
        after a conjunction, or None), or None when no item starts there."""
        if start not in self._item:
            m = self.item_re.match(self.text, start)
            if m is None:
                self._item[start] = None
            else:
                nxt = m.end() + 1 if CONJUNCT_RE.match(self.text, m.end()) else None
                self._item[start] = (_front_trimmed(self.text, m.start(), m.end()), m.end(), nxt)
        return self._item[start]

    def _facts(self, start: int) -> tuple[bool, int] | None:
        """(does an item from ``start`` on end in a kernel, the end of the list's last item), or
        None when no item starts there. Iterative: a list may be longer than the recursion limit."""
        path: list[int] = []
        at: int | None = start
        while at is not None and at not in self._tail:
            found = self.item(at)
            if found is None:
                break
            path.append(at)
            at = found[2]
        after = self._tail.get(at) if at is not None else None
        for p in reversed(path):
            found = self.item(p)
            assert found is not None  # the path holds item starts only
            a, b, _ = found
            own = self.text[a:b].endswith(self.kernels)
            after = (own or after[0], after[1]) if after is not None else (own, b)
            self._tail[p] = after
        return self._tail.get(start)

    def has_kernel(self, start: int) -> bool:
        """Does the list opened at ``start`` have an item, and one that ends in a kernel?"""
        facts = self._facts(start)
        return facts is not None and facts[0]

    def last_end(self, start: int) -> int:
        """The end of the last item of the list opened at ``start`` (which has one)."""
        facts = self._facts(start)
        assert facts is not None
        return facts[1]
