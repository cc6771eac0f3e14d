"""Failure class: a quoted region name before an Area head typed as a programme.

“X”城市群, “X”都市圈, “X”旅游带: a quoted abbreviation of the cities a region joins names the
region (provincial-2026 conventions: city clusters, metropolitan areas and belts are Area), so
a quote followed by any Area head of the name grammar gives an Area; a quote before a
programme head stays a Program. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "420000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("带动“青蓝白”城市群协同发展。", "“青蓝白”城市群"),
        ("推进“松柏桥”都市圈同城化。", "“松柏桥”都市圈"),
        ("打造“碧水金沙”旅游带。", "“碧水金沙”旅游带"),
    ],
)
def test_a_quoted_region_name_is_an_area(text, name):
    assert (name, "Area") in ents(text)


def test_a_quoted_programme_stays_a_programme():
    assert ("“千村示范”工程", "Program") in ents("实施“千村示范”工程。")


def _grammar_with_stop(word: str, kind: str, pos: str, after_boundary: int = 18, total: int = 58):
    """The shipped grammar with ``word`` a mined stop word of ``kind``, whatever this mining run
    made of it (the tests rest on the rule, not on one entry's count)."""
    import copy

    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    lexicon = copy.deepcopy(read_lexicon())
    rows = [r for r in lexicon["stop_words.jsonl"] if r["word"] != word]
    counts = {"after_boundary": after_boundary, "before_head": 3, "frame": 8, "lead_in": 0, "total": total}
    rows.append({"word": word, "kind": kind, "pos": pos, "source": "mined", "docs": 17, "counts": counts})
    lexicon["stop_words.jsonl"] = rows
    return Grammar(lexicon)


def test_a_stop_word_inside_the_next_word_is_no_clause_word():
    # 都 is a mined stop word (an adverb, "all"), but after the quote it opens 都市|圈
    gr = _grammar_with_stop("都", "hard", "d")
    text = "推进“松柏桥”都市圈同城化。"
    after = text.index("”") + 1
    assert gr.stop_at(text, after) == "都"  # the string matches…
    assert gr.word_stop_at(text, after) is None  # …but no word 都 stands there
    text = "推广“先用后转”等集成改革。"
    assert gr.word_stop_at(text, text.index("”") + 1) == "等"  # a function word of its own
