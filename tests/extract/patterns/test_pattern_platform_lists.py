"""Failure class: the items of a list the text labels as platforms (issue 12, branch zones11).

``A、B等一批科创平台`` names A and B once and says what they are: places where firms gather
(GUIDE §3 Platform), as ``A、B等项目`` makes every item a Project (GUIDE §3 Project). The list
reader (``extract.pipeline.list_items``) types the unrecognised items of such a list when the
label's head is a Platform head word of the lexicon and its noun phrase ends there, and no
recognised item is of another type. The same labels close lists of activities (概念验证、中试
熟化等成果孵化平台) and of expos used as platforms (西洽会、智博会等重大平台), whose items are no
platforms: an item ending in a verb or in 会 stays untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "120000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("依托蓝湾智造港、金沙创客坊等重点平台集聚创新资源。", ["蓝湾智造港", "金沙创客坊"]),
        ("推动星火孵化港、青禾创谷等一批创新平台建设。", ["青禾创谷"]),
        ("红岩数智工场、松涛云谷等一批科创平台加速聚集。", ["红岩数智工场", "松涛云谷"]),
    ],
)
def test_items_of_a_list_labelled_as_platforms_are_platforms(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Platform") in found


@pytest.mark.parametrize(
    "text",
    [
        "建成一批概念验证、小试熟化、样品试制等成果孵化平台。",  # activities, no places
        "充分利用东博会、西洽会等重大平台开展招商。",  # expos are no entities (GUIDE §2.1)
        "加强与华为、比亚迪等平台合作。",  # 平台 modifies 合作: no platform label
        "推进协同创新、成果转化等平台建设。",  # kinds of work
    ],
)
def test_a_platform_label_over_activities_or_events_names_nothing(text):
    assert not [e for e in ents(text) if e[1] == "Platform"]
