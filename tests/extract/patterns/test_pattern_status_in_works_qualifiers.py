"""Failure class: a clause that reports works run into a project name (issue 12, fifth sample).

GUIDE §2.4 keeps the works on a project in its name (…扩能改造, …改扩建), read as up to eight
characters before 改造/扩建. A status word there (完成, 全面完成: mined status kernels and
phrases) or another mined clause word (实施) reports the works: it never ends a name
(``extract.pipeline.qualifier_clauses``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄玉铁路完成电气化改造，客流增长。", "澄玉铁路"),
        ("滇湖大道全面完成改造。", "滇湖大道"),
        ("澄江公路实施扩能改造。", "澄江公路"),
    ],
)
def test_a_status_word_ends_the_name_before_it(text, name):
    found = ents(text)
    assert (name, "Project") in found
    assert not any(t.startswith(name) and t != name for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进澄江机场改扩建。", "澄江机场改扩建"),
        ("完成澄江铁路扩能改造。", "澄江铁路扩能改造"),
        # a stage kernel that names works going on (续建) is part of the works' standard term
        ("推进澄江水库续建配套与节水改造。", "澄江水库续建配套与节水改造"),
    ],
)
def test_works_without_a_clause_stay_in_the_name(text, name):
    assert (name, "Project") in ents(text)


def test_the_stage_words_come_from_the_status_kernel_file():
    import copy

    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.qualifier_clauses import qualifier_end

    text = "澄江水库续建配套与节水改造"
    end = text.index("库") + 1
    lexicon = read_lexicon()
    assert qualifier_end(text, end, Grammar(lexicon)) == len(text)
    fewer = copy.deepcopy(lexicon)
    fewer["status_kernels.jsonl"] = [k for k in fewer["status_kernels.jsonl"] if k["verb"] != "续建"]
    assert qualifier_end(text, end, Grammar(fewer)) is None  # 续建 is then a clause word
