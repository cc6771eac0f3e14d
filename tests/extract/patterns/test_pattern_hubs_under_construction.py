"""Failure class: transport hubs being built typed as Platforms (GUIDE §9, issue 12).

Operating hubs are Platforms; built, extended or prepared they are Projects, decided from the
construction words of the clause around the name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快建设澄湾机场。", "澄湾机场"),
        ("推进澄湾新机场前期工作。", "澄湾新机场"),
        ("推进澄湾陆港建设。", "澄湾陆港"),
        # the hub kernels are the GUIDE §9 entries of head_kernels.jsonl, not a list in code
        ("加快建设澄湾国际航运中心。", "澄湾国际航运中心"),
    ],
)
def test_hubs_being_built_are_projects(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("昆明港吞吐量增长5%。", "昆明港"),
        ("澄湾国际航运中心吞吐量增长5%。", "澄湾国际航运中心"),
        ("澄湾国际机场成为内陆空中出海口。", "澄湾国际机场"),
        ("建设物流枢纽，澄湾国际机场客流增长。", "澄湾国际机场"),  # the build verb is in another clause
    ],
)
def test_operating_hubs_stay_platforms(text, name):
    assert (name, "Platform") in ents(text)


def test_hub_kernels_are_read_from_the_head_kernel_file():
    import copy

    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    lexicon = read_lexicon()
    assert {"机场", "港", "陆港", "集结中心"} <= Grammar(lexicon).hub_kernels
    fewer = copy.deepcopy(lexicon)
    fewer["head_kernels.jsonl"] = [k for k in fewer["head_kernels.jsonl"] if k["head"] != "航运中心"]
    assert "航运中心" not in Grammar(fewer).hub_kernels
