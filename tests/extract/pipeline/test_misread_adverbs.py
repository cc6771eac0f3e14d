"""Stop-word mining: a word jieba's dictionary tags as an adverb but the reports use as a noun.

首都 ("the capital") is tagged ``d``; an adverb is a clause word by its tag, so 首都 became a hard
stop word and cut every name it opens (首都通勤圈, 首都产业协同圈: Areas). ``mining.misread_noun``
reads the tag against the word's use: a two-character "adverb" that seldom opens its clause and
stands before a noun in ``stop_noun_adverb_share`` of its uses is name material, no stop word.
Sentences and places are invented.
"""

from __future__ import annotations

from pathlib import Path

from extract.pipeline.mining import Corpus, Settings, load_kernels, mine_stops, misread_noun

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
PLACES = ("青山", "白河", "东湖", "南岭")
DOCS = [
    (f"r{i}.txt", f"服务首都功能。推动首都{p}物流园区提质。进一步推动{p}产业园区提质。")
    for i, p in enumerate(PLACES)
]


def _stops(settings: Settings | None = None) -> set[str]:
    settings = settings or Settings()
    kernels = [k["head"] for k in load_kernels(DATA / "head_kernels.jsonl")]
    return {e["word"] for e in mine_stops(Corpus(DOCS), kernels, settings)}


def test_an_adverb_used_as_a_noun_is_no_stop_word():
    stops = _stops()
    assert "首都" not in stops
    assert "进一步" in stops  # an adverb that opens its clause stays a clause word


def test_without_the_use_test_the_tag_makes_it_a_stop_word():
    assert "首都" in _stops(Settings(stop_noun_adverb_share=1.01))


def test_the_tag_is_read_against_the_use():
    assert misread_noun("首都", "d", open_ratio=3 / 40, noun_share=31 / 40)
    assert not misread_noun("进一步", "d", open_ratio=0.6, noun_share=0.23)  # opens its clause
    assert not misread_noun("长期", "d", open_ratio=0.13, noun_share=0.56)  # before verbs as often
    assert not misread_noun("都", "d", open_ratio=0.0, noun_share=1.0)  # one character: closed class
    assert not misread_noun("首都", "v", open_ratio=0.0, noun_share=1.0)  # only adverb tags are read
