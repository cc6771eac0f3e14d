"""Failure class: short names before a shared kind typed Enterprise (issue 12).

``A、B等水电站项目``, ``A、B等4个片区…工程``: the words between 等 and the classifier hold a head
word every item shares, so the items are stations or areas of that kind, not firms; before this
rule the bare-firm guess (a short proper name in a project list) typed them Enterprise. A bare
firm list (``A、B等项目``) and firms with a company tail keep Enterprise. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.list_kinds import shared_kind


def ents(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "530000").ents}


@pytest.mark.parametrize(
    ("text", "names", "type_"),
    [
        ("加快荷塘、柳庄等电厂项目建设。", ("荷塘", "柳庄"), "Project"),
        ("推进东湖、西岭等3个片区污水管网改造工程。", ("东湖", "西岭"), "Area"),
        ("加快金沙、银滩等5个街区改造工程。", ("金沙", "银滩"), "Project"),
    ],
)
def test_items_of_a_shared_kind_are_not_firms(text, names, type_):
    found = ents(text)
    for name in names:
        assert found.get(name) == type_, (name, found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("支持盛达、明越等项目建设。", ("盛达", "明越")),  # a bare list of projects: short names are firms
        ("推动恒远药业、晨星电子等电站项目开工。", ("恒远药业", "晨星电子")),  # company tails stay firms
        ("引进云帆、海岳等新能源企业。", ("云帆", "海岳")),  # a firm classifier
    ],
)
def test_firms_in_lists_stay_enterprises(text, names):
    found = ents(text)
    for name in names:
        assert found.get(name) == "Enterprise", (name, found)


def test_shared_kind_reads_only_item_naming_heads():
    g = default_grammar()
    assert shared_kind("水电站和抽水蓄能", g) == "Project"
    assert shared_kind("重点片区生态供排水", g) == "Area"
    assert shared_kind("煤矿", g) == "Project"  # a one-character kernel at the end
    assert shared_kind("重点", g) is None and shared_kind("", g) is None
