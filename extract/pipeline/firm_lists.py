"""Lists of firms that no classifier labels: one item's firm shape types its siblings (issue 12).

``A、B等一批“金种子”茁壮成长``: the list is closed by 等, but what follows names no kind the
enumeration finder reads (等…企业, 等民企). The items of one list are things of one kind
(``list_items``), so where one item has the shape of a firm's name the list is a list of firms.
Two cues must agree:

- **the list as an actor**: two or more 、-items closed by 等 that no classifier of
  ``enumerations`` reads, followed (after at most 一批 and a quoted coined category) by a clause
  word — the items are the subject of what they did (等快速成长, 等一批“X”茁壮成长), where a
  noun after 等 names their kind (等产业, 等领域: sectors and fields, not firms);
- **a firm's shape** on at least one item: a company-style tail (``enumerations.COMPANY_TAIL_RE``:
  动力, 生物, 科技) after a stem of two or more Han characters that is a name of its own — not
  everyday words only (``lexicon.is_common_phrase``: 新能源, 绿色食品 are sectors), not a place
  of the gazetteer (云南|能源).

Every item that passes the enumeration finder's own name tests is then an Enterprise.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.lexicon import is_common_phrase, is_word_at
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, place_names, segment_cached

HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
QUOTED = r"(?:“[^”]{1,8}”)?"  # a coined category in quotes (等一批“X”)
PREDICATE_TAGS = CLAUSE_TAGS | {"l"}  # and jieba's idioms (茁壮成长)
NAME_MAX = 6  # Han characters of a firm's short name (华海清科, 启源芯动力); longer items describe
LABEL_MAX = 8  # characters after 等 segmented for the predicate


def firm_shaped(item: str) -> bool:
    """A company-style tail after a stem that is a name of its own (module docstring)."""
    from extract.pipeline.enumerations import COMPANY_TAIL_RE

    m = COMPANY_TAIL_RE.search(item)
    if m is None or len(item) > NAME_MAX:
        return False  # 燕山石化|绿色新材料: a firm and its product, a project (GUIDE §3)
    stem = item[: m.start()]
    return (
        len(stem) >= 2
        and HAN_RE.match(stem) is not None
        and stem not in place_names()
        and not is_common_phrase(stem)
    )


@functools.cache
def _batch_re() -> re.Pattern[str]:
    """一批 and a quoted coined category after 等, compiled once (``enumerations`` imports this
    module, so its ``ONE_BATCH`` is read at the first call, not at import)."""
    from extract.pipeline.enumerations import ONE_BATCH

    return re.compile(ONE_BATCH + QUOTED)


def _predicate_follows(text: str, pos: int) -> bool:
    """Does a clause word (jieba's verbs, adverbs, prepositions: ``mining.CLAUSE_TAGS``) follow
    the 等 at ``pos``, after at most one batch word and one quoted coined category (等一批“X”)?
    Then the list is the subject of what its items did (等快速成长, 等投产增效); a noun after 等
    (等产业, 等领域, 等14宗…) names the kind of the items instead, which is not read here."""
    m = _batch_re().match(text, pos)
    run = HAN_RUN_RE.match(text, m.end() if m else pos)
    if run is None:
        return False
    words = segment_cached(run.group()[:LABEL_MAX])
    tags = [dictionary().get(w, (0, ""))[1] for w in words[:2]]
    if tags[0] in PREDICATE_TAGS:
        return True
    # a verbal noun chained with a verb is a predicate too (投产|增效); alone (等建设) a label
    return tags[0] == "vn" and len(tags) > 1 and tags[1] in CLAUSE_TAGS


def find_firm_lists(doc: Doc, text: str, grammar: g.Grammar, labelled: set[int]) -> None:
    """Add Enterprise candidates for the items of unlabelled lists with a firm-shaped item;
    ``labelled`` holds the positions of 等 that the enumeration finder already read."""
    from extract.pipeline import enumerations as en

    pos = text.find(en.LIST_CLOSER)
    while pos >= 0:
        at = pos
        pos = text.find(en.LIST_CLOSER, pos + 1)
        # two pure tests, the more selective first: a clause word follows few 等 (1 in 9 in
        # the bundled reports), while 等 is nearly always a word of its own
        if at in labelled or at == 0 or not _predicate_follows(text, at + 1):
            continue
        if not is_word_at(text, at, at + 1):
            continue
        items = en.walk_items(text, at, grammar)
        if len(items) < 2 or not any(firm_shaped(text[s:e]) for s, e in items):
            continue
        for s, e in items:
            item = text[s:e]
            if (
                g.is_generic(item, strict=False)
                or len(item) > NAME_MAX
                or HAN_RE.match(item) is None
                or en._sector(item, grammar)
                or en.bare_tail(item)
                or grammar.head_re.search(item)
                or item[-1] in en.FACILITY_ENDS
                or item in place_names()
            ):
                continue
            add_candidate(doc, s, e, "Enterprise", "firm_list")
