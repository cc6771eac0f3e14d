"""Firms named as the subject of a firm title (issue 12: bare firm names without a list cue).

GUIDE §3 leaves enterprise titles and categories untagged (独角兽企业, 双百企业, “小巨人”): they
name kinds of firms. What a report says *was given* such a title is therefore a firm — ``X入选
2025年中国独角兽企业``, ``A、B入选国家级单项冠军企业`` — however bare its name, and no list
cue (``等…企业``) is there to type it. Two independent cues must agree before a name is taken:

- **the frame**: a title verb mined from unannotated text (``title_verbs.jsonl``: the clause
  words that stand before designations, 入选, 争创, 创建; ``city_titles``) followed, to the end of
  the clause, by a category that ends in the firm kernel of ``head_rules.jsonl`` (rule kind
  ``firm_title``, citing GUIDE §3) and optionally a ranking (中国企业500强). A category that only
  holds the kernel inside it (入选国家中小企业数字化转型试点城市) names places or programmes, so
  the kernel must close the clause;
- **the name**: each 、-item before the verb, from the clause start, is a name of its own — not
  everyday words only (``lexicon.is_common_phrase``: 龙头企业, 制造业), no count (3家企业入选…),
  no head word of the lexicon or facility ending (an institute, 天大前沿院, is an Organization;
  a park a Platform), no bare place (a city is given titles too), no term many authors write
  (``widespread_terms.jsonl``), no clause word in front (推动X入选…: X is an object).

A firm ranking that closes the clause (the kernel and a rank: 中国企业500强, 民营企业百强) is
such a category whatever verb stands before it (跻身, 入围, 位列: only firms are ranked as
firms), so there the frame is the last plain verb of jieba's tags before it (``_ranked_verb``).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.clause_index import clauses_holding
from extract.pipeline.lexicon import is_common_phrase, is_word_at, opens_clause
from extract.pipeline.list_items import CLAUSE_EDGE_RE, CLAUSE_RE
from extract.pipeline.mining import dictionary, place_names, segment_cached

RULE_KIND = "firm_title"  # head_rules.jsonl: the GUIDE §3 firm kernel a title ends in
# a ranking after the category (中国企业500强, 百强): GB/T numerals and the ranking mark
RANKED = r"[\d一二三四五六七八九十百千]+强"
RANKING = "(?:" + RANKED + ")?"
VERB_TAG = "v"  # jieba's plain verb tag
COUNT_RE = re.compile(r"^[\d.一二三四五六七八九十百千万余多两]+[家户个批名]")
ITEM_MIN, ITEM_MAX = 2, 12


@functools.lru_cache(maxsize=8)
def _kernels(grammar: g.Grammar) -> tuple[str, ...]:
    """The firm kernels a title category ends in (``head_rules.jsonl``, rule kind ``firm_title``)."""
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    return tuple(r["head"] for r in rules if r.get("rule_kind") == RULE_KIND)


@functools.lru_cache(maxsize=8)
def _frame_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """``verb … kernel [ranking]`` to the end of a clause, or None without data."""
    verbs = [e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ())]
    kernels = list(_kernels(grammar))
    if not verbs or not kernels:
        return None
    return re.compile(
        "(?P<verb>" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")"
        r"(?P<category>[^，。；：！？,;:!?\n]{1,30}?(?:"
        + "|".join(map(re.escape, kernels))
        + ")"
        + RANKING
        + ")$"
    )


def _widespread(grammar: g.Grammar) -> frozenset[str]:
    """The grammar's widespread terms: ``genericity.widespread_terms``, the set the grammar builds
    once (``Grammar.mined_set``) and the resolver's readers already hold, not a copy of it built
    again per grammar on the first firm list of a run."""
    return grammar.mined_set("widespread_terms.jsonl", "term")


def firm_name(item: str, grammar: g.Grammar) -> bool:
    """Can ``item`` be one firm's bare name (module docstring, second cue)?"""
    from extract.pipeline.enumerations import FACILITY_ENDS

    return (
        ITEM_MIN <= len(item) <= ITEM_MAX
        and not COUNT_RE.match(item)
        and not is_common_phrase(item)
        and not g.is_generic(item, strict=False)
        and grammar.head_re.search(item) is None
        and item[-1] not in FACILITY_ENDS
        and item not in place_names()
        and item not in _widespread(grammar)
        and not opens_clause(item)
    )


@functools.lru_cache(maxsize=8)
def _ranking_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """A firm ranking closing the clause: the firm kernel right before a rank (企业500强, 民营企业
    百强), or None without data."""
    kernels = list(_kernels(grammar))
    if not kernels:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, kernels)) + ")" + RANKED + "$")


def _ranked_verb(body: str, grammar: g.Grammar) -> int | None:
    """Where the verb starts that puts the clause's subject into a firm ranking closing the
    clause (X跻身中国企业500强, X入围民营企业500强), or None. Only firms are ranked as firms
    (GUIDE §3: the ranking, like a firm title, is a kind of firm), so the verb need not be a
    mined title verb: it is the last word jieba tags a plain verb before the kernel."""
    ranking = _ranking_re(grammar)
    m = ranking.search(body) if ranking is not None else None
    if m is None:
        return None
    tags = dictionary()
    pos, verb = 0, None
    for tok in segment_cached(body[: m.start()]):
        if tags.get(tok, (0, ""))[1] == VERB_TAG and pos >= ITEM_MIN:
            verb = pos
        pos += len(tok)
    return verb


def find_firm_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Enterprise candidate for each name given a firm title or ranking (module docstring)."""
    frame = _frame_re(grammar)
    if frame is None:
        return
    # only the clauses holding a firm kernel: the frame ends in one (clause_index)
    for clause in clauses_holding(text, _kernels(grammar), CLAUSE_RE, CLAUSE_EDGE_RE):
        body = clause.group()
        m = frame.search(body)
        if m is not None and m.start() >= ITEM_MIN:
            verb_at = clause.start() + m.start()
            if not is_word_at(text, verb_at, verb_at + len(m.group("verb"))):
                continue
            start = m.start()
        elif (ranked := _ranked_verb(body, grammar)) is not None:
            start = ranked  # X跻身…企业500强: a firm ranking names its members firms
        else:
            continue
        items = body[:start].split("、")
        if not all(items):
            continue
        pos = clause.start()
        for item in items:
            if firm_name(item, grammar):
                add_candidate(doc, pos, pos + len(item), "Enterprise", "firm_title")
            pos += len(item) + 1
