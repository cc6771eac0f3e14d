"""speed35's fast paths give exactly what the code they replace gave.

- ``bare_names.front_word_cut`` asks whether any rest a front word could leave is a bare name
  before it segments the name (``_may_cut``): the answer equals the one that segments first;
- ``count_names.is_lone_verb`` asks the length and the dictionary tag before the segmenter;
- ``sector_programmes.sector_label`` asks whether the window opens with a trade label first;
- ``joined_programmes._free_conjunction`` answers -1 for a name without 和 unsegmented;
- ``lexicon_cache`` remembers a path's resolution while the path reaches the same unchanged file,
  and a path that reaches another file (a link re-pointed, another working directory) or a
  changed one is read again.
"""

from __future__ import annotations

import os
from pathlib import Path

from extract.indicators.count_names import _LONE_VERB_MIN, is_lone_verb
from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.joined_programmes import CONJUNCTION, _free_conjunction
from extract.pipeline import lexicon_cache
from extract.pipeline.bare_names import HAN_RUN_RE, LEXICON_FILE, MIN_NAME, front_word_cut
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import WORD_TAGS, segment
from extract.pipeline.mining import NATIONAL, dictionary, segment_cached
from extract.pipeline.sector_programmes import sector_label


def _front_word_cut_segmenting_first(text: str, start: int, end: int, grammar) -> int:
    """``front_word_cut`` as it was before the prefilter: segment, then ask the mined names."""
    body = text[start:end]
    if len(body) <= MIN_NAME or not HAN_RUN_RE.match(body):
        return 0
    first = segment(body)[0]
    if first not in NATIONAL and not (len(first) == 1 and dictionary().get(first, (0, ""))[1] in WORD_TAGS):
        return 0
    return len(first) if body[len(first) :] in grammar.mined_set(LEXICON_FILE, "name") else 0


def _is_lone_verb_segmenting_first(name: str) -> bool:
    words = segment_fn()(name)
    if len(words) != 1 or len(name) < _LONE_VERB_MIN:
        return False
    return dictionary_fn()().get(name, (0, ""))[1] == "v"


def test_front_word_cut_equals_segmenting_first_on_invented_names():
    gr = default_grammar()
    bare = sorted(n for n in gr.mined_set(LEXICON_FILE, "name") if len(n) >= MIN_NAME)[:20]
    assert bare, "the shipped bare_names.jsonl holds names"
    names = [f"{front}{name}" for name in bare for front in ("国家", "全国", "好", "细", "区", "甲乙", "")]
    names += ["建设好青禾新城示范区", "国家青禾新城示范区", "落实国家甲乙丙丁计划", "好", "国家"]
    cut_somewhere = 0
    for name in names:
        text = f"，{name}。"
        want = _front_word_cut_segmenting_first(text, 1, 1 + len(name), gr)
        assert front_word_cut(text, 1, 1 + len(name), gr) == want, name
        cut_somewhere += want > 0
    assert cut_somewhere, "some invented name loses its front word (the test reaches the cut)"


def test_front_word_cut_equals_segmenting_first_on_the_reports(corpus_documents):
    gr = default_grammar()
    for doc in corpus_documents[:3]:
        text = doc.text
        for i in range(0, len(text), 11):
            for width in (5, 7, 10):
                assert front_word_cut(text, i, i + width, gr) == _front_word_cut_segmenting_first(
                    text, i, i + width, gr
                ), text[i : i + width]


def test_is_lone_verb_equals_segmenting_first():
    for name in ("强化", "支持", "引导", "跑道", "展会", "学位", "推进改革", "建", "", "强化支持", "青禾"):
        assert is_lone_verb(name) == _is_lone_verb_segmenting_first(name), name


def _sector_label_segmenting_first(text: str, pos: int, clause_end: int, grammar) -> tuple[int, str]:
    """``sector_label`` up to its trade test as it was before the prefilter (segment, then ask)."""
    from extract.pipeline.sector_programmes import SECTOR_LABEL_MAX

    limit = min(clause_end, pos + SECTOR_LABEL_MAX)
    if pos >= limit:
        return 0, ""
    words = segment_cached(text[pos:limit])
    if not words or words[0] not in grammar.mined_set("trade_labels.jsonl", "word"):
        return 0, ""
    return sector_label(text, pos, clause_end, grammar)


def test_sector_label_equals_segmenting_first():
    gr = default_grammar()
    texts = [
        "推进汽车、电子等产业提质行动，",
        "推进汽车、电子等制造业数字化转型行动。",
        "培育甲乙、丙丁等新兴产业集群培育工程，",
        "加快青禾、白石等行业协会改革，",
        "实施甲、乙等重点工程。",
        "推进甲、乙等产业园区建设。",
    ]
    for text in texts:
        pos = text.index("等") + 1
        for end in (len(text) - 1, len(text), pos + 3, pos):
            got = sector_label(text, pos, end, gr)
            assert got == _sector_label_segmenting_first(text, pos, end, gr), (text, end)


def test_sector_label_equals_segmenting_first_on_the_reports(corpus_documents):
    gr = default_grammar()
    for doc in corpus_documents[:3]:
        text = doc.text
        for i in range(0, len(text) - 12, 13):
            assert sector_label(text, i, i + 12, gr) == _sector_label_segmenting_first(text, i, i + 12, gr)


def _free_conjunction_segmenting_first(name: str) -> int:
    at, pos = -1, 0
    for word in segment_cached(name):
        if word == CONJUNCTION:
            if at >= 0:
                return -1
            at = pos
        pos += len(word)
    return at


def test_free_conjunction_equals_segmenting_first():
    names = [
        "青禾和白石协同发展示范工程",  # one free 和
        "青禾和白石和红岩行动",  # two: none
        "和平新城建设工程",  # inside a word
        "共建和谐社区行动",
        "青禾白石行动",  # none
        "和",
        "",
    ]
    found = 0
    for name in names:
        want = _free_conjunction_segmenting_first(name)
        assert _free_conjunction(name) == want, name
        found += want >= 0
    assert found, "an invented name holds a free 和 (the test reaches the segmented path)"


def _parse_count():
    calls: list[str] = []

    def parse(text: str) -> str:
        calls.append(text)
        return text

    return calls, parse


def test_a_re_pointed_link_is_read_again(tmp_path):
    lexicon_cache.clear()
    (tmp_path / "a.jsonl").write_text("甲", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("乙", encoding="utf-8")
    link = tmp_path / "words.jsonl"
    link.symlink_to(tmp_path / "a.jsonl")
    calls, parse = _parse_count()
    assert lexicon_cache.cached_parse(link, "t", parse) == "甲"
    assert lexicon_cache.cached_parse(link, "t", parse) == "甲" and len(calls) == 1  # remembered
    link.unlink()
    link.symlink_to(tmp_path / "b.jsonl")
    assert lexicon_cache.cached_parse(link, "t", parse) == "乙"
    lexicon_cache.clear()


def test_a_relative_path_in_another_directory_is_another_file(tmp_path, monkeypatch):
    lexicon_cache.clear()
    for sub, word in (("x", "甲"), ("y", "乙乙")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "words.jsonl").write_text(word, encoding="utf-8")
    calls, parse = _parse_count()
    monkeypatch.chdir(tmp_path / "x")
    assert lexicon_cache.cached_parse(Path("words.jsonl"), "t", parse) == "甲"
    monkeypatch.chdir(tmp_path / "y")
    assert lexicon_cache.cached_parse(Path("words.jsonl"), "t", parse) == "乙乙"
    monkeypatch.chdir(tmp_path / "x")
    assert lexicon_cache.cached_parse(Path("words.jsonl"), "t", parse) == "甲"
    assert len(calls) == 2  # each file parsed once
    lexicon_cache.clear()


def test_a_rewritten_file_is_read_again_and_a_missing_one_raises(tmp_path):
    lexicon_cache.clear()
    path = tmp_path / "words.jsonl"
    path.write_text("甲", encoding="utf-8")
    calls, parse = _parse_count()
    assert lexicon_cache.cached_parse(path, "t", parse) == "甲"
    path.write_text("乙乙", encoding="utf-8")  # another size: another stamp
    assert lexicon_cache.cached_parse(path, "t", parse) == "乙乙" and len(calls) == 2
    os.remove(path)
    try:
        lexicon_cache.cached_parse(path, "t", parse)
    except FileNotFoundError as exc:
        assert exc.filename == str(path)
    else:
        raise AssertionError("a missing file must raise")
    lexicon_cache.clear()
