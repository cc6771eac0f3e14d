"""A cluster of platforms is one Platform: 甲乙数据中心|集群 names the cluster, not a centre.

The provincial-2026 conventions (eval/provincial-2026/README.md, Types) tag named clusters of
places as Platform (韶关数据中心集群, 长三角G60科创走廊) and leave sector clusters untagged (GUIDE
§3 "Not annotated": 大数据智能化产业集群). The head-word finder stopped at the Platform kernel
inside such a name (甲乙数据中心) and left 集群 outside, so the name came out as one data centre
(and a 国家… centre as an institution).

The test is structural, from the lexicon only: a head-word guess whose text ends in a GUIDE
Platform kernel of ``head_kernels.jsonl`` (中心, 园区, 基地 …: each member of the cluster is a
place where firms gather) and is followed, with nothing between, by the convention's word
``CLUSTER`` as a word of its own (jieba's segmentation of the name and what follows) is extended over it
and typed Platform. A sector cluster (制造业|集群, 产业|集群) ends in no Platform kernel and is
untouched; so is a guess another name follows.

A cluster of places is named by its place (the conventions' 韶关数据中心集群, 长三角G60科创走廊):
where a place word (a gazetteer division or jieba's place tag, ``place_led_names._is_place_word``)
stands inside the guess after its first word, the words before it are a designation the cluster
holds or the clause around it (国家枢纽节点|甲乙数据中心集群), and the name starts at the place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, char_span, make_span
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_led_names import _is_place_word

CLUSTER = "集群"  # the conventions' named clusters of places (韶关数据中心集群)
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder
CLUSTER_TYPE = "Platform"
WINDOW = 4  # characters after CLUSTER segmented with it, so that a longer word shows


def _platform_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The GUIDE kernels of type Platform, longest first."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return tuple(sorted({r["head"] for r in rows if r["type"] == CLUSTER_TYPE}, key=len, reverse=True))


def _cluster_end(doc: Doc, s: Chosen, text: str) -> int | None:
    """The token index after ``CLUSTER`` when jieba reads it as the word right after ``s``."""
    if not text.startswith(CLUSTER, s.end_char):
        return None
    end = char_span(doc, s.start_char, s.end_char + len(CLUSTER), alignment_mode="strict")
    if end is None:
        return None
    window = text[s.start_char : s.end_char + len(CLUSTER) + WINDOW]
    words, at = _segment(window), 0
    for w in words:  # CLUSTER must be a word of its own, on a boundary of the name's reading
        if at == s.end_char - s.start_char:
            return end.end if w == CLUSTER else None
        at += len(w)
    return None


def _place_start(doc: Doc, s: Chosen, name: str) -> int:
    """The token where the cluster's name starts: its first place word after the guess's first
    word (the designation before it dropped), else the guess's own start."""
    words = _segment(name)
    at = len(words[0]) if words else 0
    for w in words[1:]:
        if _is_place_word(w):
            span = char_span(doc, s.start_char + at, s.end_char, alignment_mode="strict")
            return span.start if span is not None else s.start
        at += len(w)
    return s.start


def extend_platform_clusters(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each Platform-kernel guess right before the word ``CLUSTER`` extended
    over it and typed Platform (module docstring)."""
    kernels = _platform_kernels(grammar)
    starts = {s.start for s in chosen}
    out: list[Chosen] = []
    for s in chosen:
        end = _cluster_end(doc, s, text) if s.id_ in CHECKED_SOURCES else None
        name = text[s.start_char : s.end_char]
        if (
            end is None
            or any(i in starts for i in range(s.end, end))
            or not any(name.endswith(k) for k in kernels)
        ):
            out.append(s)
            continue
        out.append(
            make_span(doc, _place_start(doc, s, name), end, label=CLUSTER_TYPE, kb_id=s.kb_id_, span_id=s.id_)
        )
    return out
