"""speed36's fast paths give exactly what the code they replace gave.

- ``object_verbs.object_verb_cut`` asks whether an opening of the guess shorter than it is a mined
  object verb before it segments the guess: the answer equals the one that segments first;
- ``area_names.opens_body`` asks whether a body-closing character stands third or later in its
  window before it segments the window;
- ``prose._CountSuffixes`` remembers its answer per unit: the same as the dictionary test and the
  alternative-measure regex, for count units, alternatives, other units and non-strings;
- the segmenter's route starts each walk below every sum (``-inf``) instead of ``None``: its cuts
  still equal jieba's (``test_fast_paths.py`` compares them on windows of every report too).
"""

from __future__ import annotations

import jieba
import pytest

from extract.indicators.numbers import ALTERNATIVE_MEASURES
from extract.indicators.prose import _COUNT_SUFFIX
from extract.pipeline.area_names import BODY_WORD_TAGS, HAN_RE, MIN_BODY_WORD, _body_endings, opens_body
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import _segment, _segmenter
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.object_verbs import object_verb_cut, object_verbs


def _object_verb_cut_segmenting_first(text: str, start: int, end: int, verbs: frozenset[str]) -> int:
    """``object_verb_cut`` as it was before the prefilter."""
    if not verbs:
        return 0
    words = _segment(text[start:end])
    first = words[0] if words else ""
    return len(first) if first in verbs and len(first) < end - start else 0


def _opens_body_segmenting_first(text: str, end: int) -> bool:
    """``opens_body`` as it was before the prefilter."""
    words = segment_cached(text[end : end + 6])
    if not words or len(words[0]) < MIN_BODY_WORD or not HAN_RE.fullmatch(words[0]):
        return False
    word, words_ = words[0], dictionary()
    if words_.get(word, (0, None))[1] not in BODY_WORD_TAGS or word[-1] not in _body_endings():
        return False
    return word[:-1] in words_


def test_object_verb_cut_equals_segmenting_first_on_invented_guesses():
    verbs = object_verbs(default_grammar())
    assert verbs, "the shipped object_verbs.jsonl holds words"
    sample = sorted(verbs)[:15]
    guesses = [f"{v}{rest}" for v in sample for rest in ("青禾新城水库", "甲地口岸", "", "乙")]
    guesses += ["青禾新城水库", "建", "", "骨干水网工程", "新建甲坝"]
    cut_somewhere = 0
    for guess in guesses:
        text = f"，{guess}。"
        want = _object_verb_cut_segmenting_first(text, 1, 1 + len(guess), verbs)
        assert object_verb_cut(text, 1, 1 + len(guess), verbs) == want, guess
        cut_somewhere += want > 0
    assert cut_somewhere, "some invented guess loses its verb (the test reaches the cut)"
    assert object_verb_cut("，布局甲地石化。", 1, 7, frozenset()) == 0


def test_object_verb_cut_equals_segmenting_first_on_the_reports(corpus_documents):
    verbs = object_verbs(default_grammar())
    for doc in corpus_documents[:3]:
        text = doc.text
        for i in range(0, len(text), 13):
            for width in (1, 4, 9):
                assert object_verb_cut(text, i, i + width, verbs) == _object_verb_cut_segmenting_first(
                    text, i, i + width, verbs
                ), text[i : i + width]


def test_opens_body_equals_segmenting_first():
    texts = ["青禾国家公园管理局", "青禾都市圈委员会", "青禾新区合理布局"]
    texts += ["青禾新区东部", "青禾片区", "青禾区局"]
    hits = 0
    for text in texts:
        for end in range(len(text) + 1):
            want = _opens_body_segmenting_first(text, end)
            assert opens_body(text, end) == want, (text, end)
            hits += want
    assert hits, "some invented Area runs on into a body's word (the test reaches the segmenter)"


def test_opens_body_equals_segmenting_first_on_the_reports(corpus_documents):
    for doc in corpus_documents[:3]:
        for end in range(0, len(doc.text), 7):
            assert opens_body(doc.text, end) == _opens_body_segmenting_first(doc.text, end), end


@pytest.mark.parametrize(
    "unit", ["个", "万个", "亿元", "%", "辆（台）", "万辆（艘、架、列）次", "公里", "", "人次", None, 3]
)
def test_count_unit_answers_equal_the_tests_they_remember(unit):
    want = dict.__contains__(_COUNT_SUFFIX, unit) or (
        isinstance(unit, str) and ALTERNATIVE_MEASURES.search(unit) is not None
    )
    assert (unit in _COUNT_SUFFIX) == want
    assert (unit in _COUNT_SUFFIX) == want  # asked again: the remembered answer


def test_route_cuts_equal_jiebas_on_invented_windows():
    jieba.setLogLevel(60)
    ref = jieba.Tokenizer()  # jieba's own tokenizer on its default dictionary
    ref.initialize()
    ours = _segmenter()
    texts = ["推进青禾新城水库建设", "甲乙丙丁", "，", "abc中文123", "的的的的", "国家公园管理局", "𠀀𠀁建设"]
    for text in texts:
        assert ours.cut_plain(text) == list(ref.cut(text, HMM=False)), text
        assert ours.cut_hmm(text) == list(ref.cut(text)), text
