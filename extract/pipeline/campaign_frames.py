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
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.programme_frames import CONJUNCT_RE, EDGE, YEAR_RE, _front_trimmed

CAMPAIGN_RULE = "GUIDE §3 Program: campaigns"  # head_kernels.jsonl: 学习教育, 攻坚战
MAX_BODY = 28  # characters of the longest campaign name read after its verb
SIBLING_END = 2  # characters of the kernel's last word a sibling item shares (教育 of 学习教育)
MIN_SIBLING_BODY = 2  # characters a sibling holds before the two-character word of its head (主题)
EDGE_RE = re.compile(EDGE)
# the coverb that closes the object of 以…为 (以开展|X学习教育|为契机): a function word, the object's end
OBJECT_END = "为"


def campaign_kernels(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE campaign kernels of the lexicon (学习教育, 攻坚战), longest first."""
    kernels = {
        k["head"]
        for k in grammar.lexicon["head_kernels.jsonl"]
        if k["type"] == "Program" and k["rule"].startswith(CAMPAIGN_RULE) and len(k["head"]) > SIBLING_END
    }
    return tuple(sorted(kernels, key=lambda w: (-len(w), w)))


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
    found = set(spans)
    for name in sorted(names):
        at = text.find(name)
        while at >= 0:
            if (at, at + len(name)) not in found:
                add_candidate(doc, at, at + len(name), "Program", "suffix")  # …学习教育|成果
            at = text.find(name, at + len(name))


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
    out: list[tuple[int, int]] = []
    covered = 0  # the end of the last chain of verbs read: a verb inside it was read with it
    for v in grammar.carrying_verb_re.finditer(text):
        if v.start() < covered:
            continue
        pos = v.end()
        while chained := grammar.carrying_verb_re.match(text, pos):
            pos = chained.end()  # 深入开展|…: the last verb of a chain governs the name
        covered = pos
        items = _list_items(text, pos, item_re)
        if not items or not any(text[a:b].endswith(kernels) for a, b in items):
            continue
        last_end = items[-1][1]
        if not (EDGE_RE.match(text, last_end) or text.startswith(OBJECT_END, last_end)):
            continue  # the list runs on (…教育成果): not a list of campaigns closed here
        for a, b in items:
            name = text[a:b]
            kernel = next((k for k in kernels if name.endswith(k)), "")
            # the item's own body: before the kernel, or before the sibling's two-character word
            body = name[: -len(kernel)] if kernel else name[: -SIBLING_END - 2]
            if len(body) < (2 if kernel else MIN_SIBLING_BODY):
                continue  # 学习教育 alone, 警示教育: the kind beside the campaign, no name
            if YEAR_RE.search(body) or CONJUNCT_RE.search(name):
                continue  # 2025年…, A和B…: a schedule, or two things joined, not one name
            if name.count("“") != name.count("”"):
                continue
            out.append((a, b))
    return out


def _list_items(text: str, start: int, item_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """The items of the list a carrying verb opens at ``start``: each ends in a campaign ending,
    the next one starts after one conjunction (、 和 与 及). Scope words at an item's front are
    dropped (全省, 2025年)."""
    items: list[tuple[int, int]] = []
    pos = start
    while (m := item_re.match(text, pos)) is not None:
        a = _front_trimmed(text, m.start(), m.end())
        items.append((a, m.end()))
        if not CONJUNCT_RE.match(text, m.end()):
            break
        pos = m.end() + 1
    return items
