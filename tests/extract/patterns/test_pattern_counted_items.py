"""Failure class: counted kinds typed as names, in the frames the first count rule missed.

``…、省级创意设计产业园区3个，``: a count that ends the clause counts the last list item (a kind),
whereas ``A、B2个园区`` counts the list (a classifier noun follows the count) and keeps A and B.
``15个承接产业转移主平台``: a count and the verb of a relative clause before the guess. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import is_counted

VETOED = ("Platform", "Project", "Enterprise", "Organization")


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("建成澄湾生物医药产业园、省级创意设计产业园区3个，", "省级创意设计产业园区"),
        ("新增智能工厂12家、中试熟化平台72个。", "中试熟化平台"),
        ("全省15个承接产业转移主平台落地项目200个。", "产业转移主平台"),
        ("建成一批支撑调节性煤电项目。", "调节性煤电项目"),
    ],
)
def test_counted_kinds_are_no_names(text, kind):
    start = text.index(kind)
    assert is_counted(text, start, start + len(kind))
    assert kind not in [t for t, label in ents(text) if label in VETOED]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("建成澄湾物流园、岫云产业园2个园区。", ["澄湾物流园", "岫云产业园"]),  # the count counts the list
        ("推动澄湾大桥、岫云隧道2个项目开工。", ["澄湾大桥", "岫云隧道"]),
        ("加快建设澄湾软件园。", ["澄湾软件园"]),  # a verb with no count before it
    ],
)
def test_listed_names_before_a_count_of_the_list_stay(text, names):
    found = [t for t, _ in ents(text)]
    for name in names:
        assert name in found
