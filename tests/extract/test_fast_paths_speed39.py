"""speed39's fast paths give exactly what the code they replace gave.

- ``word_cut_ends.ends_inside_word`` asks whether a dictionary word starts at the guess's last
  character and runs past its end before it segments the window;
- ``word_cut_ends.head_starts_word`` asks whether a dictionary word ends one character past the
  guess's end, starting inside the window, before it segments the window;
- ``clause_openers.leading_opener`` asks whether an opening of the name shorter than it is a
  mined clause opener or an issuing verb before it segments the name.

Each is compared with the segment-first code on invented texts (with cases that reach the
segmenter and cut) and on windows of the bundled reports.
"""

from __future__ import annotations

from extract.pipeline.clause_openers import ISSUING_VERBS, clause_openers, leading_opener
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import han_window, word_spans
from extract.pipeline.mining import segment_cached
from extract.pipeline.word_cut_ends import _han_edge, ends_inside_word, head_starts_word
from extract.pipeline.word_edges import WINDOW


def _ends_inside_word_segmenting_first(text: str, end: int) -> bool:
    """``ends_inside_word`` as it was before the prefilter."""
    if not _han_edge(text, end):
        return False
    lo, hi = han_window(text, end, end, WINDOW)
    for wstart, wend in word_spans(text, lo, hi):
        if wstart >= end:
            return False
        if wstart == end - 1 and wend > end and wend - wstart >= 2:
            return True
    return False


def _head_starts_word_segmenting_first(text: str, start: int, end: int) -> bool:
    """``head_starts_word`` as it was before the prefilter."""
    if not _han_edge(text, end):
        return False
    _, hi = han_window(text, end, end, WINDOW)
    for wstart, wend in word_spans(text, max(start, end - WINDOW), hi):
        if wstart >= end:
            return False
        if wend == end + 1 and wstart < end and wend - wstart >= 2:
            return True
    return False


def _leading_opener_segmenting_first(name: str, openers: frozenset[str]) -> str:
    """The opener ``trim_clause_openers`` cut before the prefilter ('' for none)."""
    first = segment_cached(name)[0] if name else ""
    return first if first in openers and len(first) < len(name) else ""


INVENTED = [
    "办好青禾县全运会等重大赛事活动",  # 大赛|事: the head inside 赛事
    "建设青禾中心镇和乙丙村",  # 中心|镇
    "推广青禾场景招商模式",
    "改扩建青禾中小学校舍面积",
    "打造青禾国际陆港物流中心。",  # nothing glued after the end
    "abc中心123镇",
    "",
]


def test_word_cut_ends_equal_segmenting_first_on_invented_texts():
    inside = starts = 0
    for text in INVENTED:
        for end in range(len(text) + 1):
            want = _ends_inside_word_segmenting_first(text, end)
            assert ends_inside_word(text, end) == want, (text, end)
            inside += want
            for start in range(max(0, end - 8), end + 1):
                want = _head_starts_word_segmenting_first(text, start, end)
                assert head_starts_word(text, start, end) == want, (text, start, end)
                starts += want
    assert inside and starts, "some invented end lies inside a word (the tests reach the segmenter)"


def test_word_cut_ends_equal_segmenting_first_on_the_reports(corpus_documents):
    for doc in corpus_documents[:3]:
        text = doc.text
        for end in range(0, len(text), 5):
            assert ends_inside_word(text, end) == _ends_inside_word_segmenting_first(text, end), end
            for start in (end - 9, end - 4, end - 1):
                if start >= 0:
                    got = head_starts_word(text, start, end)
                    assert got == _head_starts_word_segmenting_first(text, start, end), (start, end)


def test_leading_opener_equals_segmenting_first():
    grammar = default_grammar()
    openers = clause_openers(grammar) | ISSUING_VERBS
    sample = sorted(openers)[:20]
    names = [f"{w}{rest}" for w in sample for rest in ("青禾国际交往中心", "宅基地", "")]
    names += ["青禾国际交往中心", "印发", "印发青禾园区发展规划", "抓", "", "治理中心"]
    cut = 0
    for name in names:
        want = _leading_opener_segmenting_first(name, openers)
        assert leading_opener(name, grammar) == want, name
        cut += bool(want)
    assert cut, "some invented name opens with an opener (the test reaches the segmenter)"


def test_leading_opener_equals_segmenting_first_on_the_reports(corpus_documents):
    grammar = default_grammar()
    openers = clause_openers(grammar) | ISSUING_VERBS
    for doc in corpus_documents[:3]:
        text = doc.text
        for i in range(0, len(text), 11):
            for width in (2, 5, 9):
                name = text[i : i + width]
                assert leading_opener(name, grammar) == _leading_opener_segmenting_first(name, openers), name
