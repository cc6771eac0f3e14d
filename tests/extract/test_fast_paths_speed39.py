"""speed39's fast paths give exactly what the code they replace gave.

- ``word_cut_ends.ends_inside_word`` asks whether a dictionary word starts at the guess's last
  character and runs past its end before it segments the window;
- ``word_cut_ends.head_starts_word`` asks whether a dictionary word ends one character past the
  guess's end, starting inside the window, before it segments the window;
- ``clause_openers.leading_opener`` asks whether an opening of the name shorter than it is a
  mined clause opener or an issuing verb before it segments the name;
- ``designation_levels.names_award_level`` asks whether the run after the place holds the prize
  suffix before it segments the words before the place;
- ``result_subjects._tail_ends_subject``: where it says no, no word boundary of the clause's
  reading closes a subject with a tail (the word loop it stands before adds nothing);
- ``firm_siblings.sibling_firms`` passes over a list none of whose items ends where a firm's span
  ends, before it segments the first item's lead: such a list yields no sibling.

Each is compared with the segment-first code on invented texts (with cases that reach the
segmenter and cut) and on windows of the bundled reports.
"""

from __future__ import annotations

from extract.pipeline import firm_siblings
from extract.pipeline.clause_openers import ISSUING_VERBS, clause_openers, leading_opener
from extract.pipeline.designation_levels import _HAN_TAIL, LOOK_BEHIND, names_award_level
from extract.pipeline.firm_siblings import sibling_firms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import _segment, han_window, word_spans
from extract.pipeline.listed_firms import _lead_length
from extract.pipeline.mining import segment_cached
from extract.pipeline.place_runs import clause_word, name_run
from extract.pipeline.prize_names import PRIZE
from extract.pipeline.result_subjects import MAX_SUBJECT, MIN_SUBJECT, _tail_ends_subject, result_tails
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


def _names_award_level_segmenting_first(text: str, start: int, end: int, grammar) -> bool:
    """``names_award_level`` as it was before the prefilter."""
    before = _HAN_TAIL.search(text, max(0, start - LOOK_BEHIND), start)
    if before is None or not clause_word(_segment(before.group())[-1], grammar):
        return False
    for word in _segment(name_run(text, end)):
        if clause_word(word, grammar):
            return False
        if word.endswith(PRIZE):
            return True
    return False


def test_names_award_level_equals_segmenting_first():
    grammar = default_grammar()
    texts = ["荣获青禾市科学技术奖一等奖", "获青禾省科技进步奖", "青禾县荣获乙丙奖", "建设青禾市科技园区"]
    hits = 0
    for text in texts:
        for start in range(len(text)):
            for end in range(start + 2, min(len(text), start + 4) + 1):
                want = _names_award_level_segmenting_first(text, start, end, grammar)
                assert names_award_level(text, start, end, grammar) == want, (text, start, end)
                hits += want
    assert hits, "some invented place is an award's level (the test reaches the segmenter)"


def test_names_award_level_equals_segmenting_first_on_the_reports(corpus_documents):
    grammar = default_grammar()
    for doc in corpus_documents[:3]:
        text = doc.text
        for start in range(1, len(text) - 3, 17):
            want = _names_award_level_segmenting_first(text, start, start + 3, grammar)
            assert names_award_level(text, start, start + 3, grammar) == want, start


def _subject_ends(clause: str, tails: tuple[str, ...]) -> list[int]:
    """The ends the word loop of ``find_result_subjects`` reads a subject at (before the prefilter)."""
    words, pos, out = segment_cached(clause), 0, []
    for word in words[:-1]:
        pos += len(word)
        if pos > MAX_SUBJECT:
            break
        if pos >= MIN_SUBJECT and clause.endswith(tails, 0, pos):
            out.append(pos)
    return out


def test_tail_ends_subject_says_no_only_where_the_loop_reads_no_subject(corpus_documents):
    tails = result_tails(default_grammar())
    clauses = ["青禾片区改革全面推进", "乙丙改革", "甲乙丙丁戊己改革持续深化", "深化改革", ""]
    for doc in corpus_documents[:3]:
        clauses += [doc.text[i : i + 20] for i in range(0, len(doc.text), 29)]
    said_no = 0
    for clause in clauses:
        if not _tail_ends_subject(clause, tails):
            assert _subject_ends(clause, tails) == [], clause
            said_no += 1
    assert said_no and _tail_ends_subject("青禾片区改革全面推进", tails)


def test_sibling_firms_passes_over_lists_without_a_firm(monkeypatch):
    # the output is the same without the fast path (a list with no firm yields no sibling either
    # way): what it saves is the lead's segmentation, so count the calls of _lead_length
    calls: list[str] = []

    def counted(item: str) -> int:
        calls.append(item)
        return _lead_length(item)

    monkeypatch.setattr(firm_siblings, "_lead_length", counted)
    text = "支持甲乙科技、丙丁电子、戊己光电等企业做大做强。推进甲乙、丙丁等项目建设。"
    firm = text.index("甲乙科技")
    with_firms = [(firm, firm + 4, "Enterprise"), (firm + 5, firm + 9, "Enterprise")]
    got = [text[s:e] for s, e in sibling_firms(text, with_firms, default_grammar())]
    assert got == ["戊己光电"]  # the bare third item of a firm list
    assert len(calls) == 1  # the firm list's lead only: the project list was passed over
    calls.clear()
    project = text.index("甲乙、")
    others = [(project, project + 2, "Project")]
    assert sibling_firms(text, others, default_grammar()) == []  # no firm's end: passed over
    assert calls == []  # neither list's lead was segmented
