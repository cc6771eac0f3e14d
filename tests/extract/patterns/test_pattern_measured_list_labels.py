"""Failure class: a quantity with a unit in a list label read as the list's count (issue 12).

In ``A、B等110千伏输变电工程`` the number is followed by a legal unit of measure (千伏, 万吨,
兆瓦: GB 3100, the ``measure_word`` closed class), so it is part of what every item is — a
110 kV substation — not the number of items (``等5个项目``). Before this rule the classifier
regex took 110 for the count, left ``千伏输变电`` as the label and the bare-firm guess typed the
short items (substation names) Enterprise. A label that gives each item a physical size names
works, so its items are Projects; a company tail still marks a firm, and a count
(``等5个项目``) or money (``等10亿元项目``, which firms' projects are also sized in) keeps the
bare-firm reading. Sentences are invented, of forms not seen in the tune reports.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enumerations import CLASSIFIER_RE


def ents(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "530000").ents}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("建成青枫、石湾、柳塘等220千伏输变电工程。", ("青枫", "石湾", "柳塘")),
        ("推进鹤鸣、松岗等35千伏变电站工程建设。", ("鹤鸣", "松岗")),
        ("开工云垭、石梁等5万吨级泊位项目。", ("云垭", "石梁")),
        ("推动柏溪、苍岭等200兆瓦光伏项目并网。", ("柏溪", "苍岭")),
    ],
)
def test_items_of_a_measured_label_are_works(text, names):
    found = ents(text)
    for name in names:
        assert found.get(name) != "Enterprise", (name, found)
        assert found.get(name) == "Project", (name, found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("推动恒远药业、晨星电子等220千伏输变电工程开工。", ("恒远药业", "晨星电子")),  # company tails
        ("引进盛达、明越等5个项目。", ("盛达", "明越")),  # a count of items: bare firms
    ],
)
def test_firms_keep_their_type(text, names):
    found = ents(text)
    for name in names:
        assert found.get(name) == "Enterprise", (name, found)


@pytest.mark.parametrize(
    ("label", "measure", "modifier"),
    [
        ("等110千伏输变电工程", "110千伏", "输变电"),
        ("等10万吨级泊位项目", "10万吨", "级泊位"),
        ("等200兆瓦光伏项目", "200兆瓦", "光伏"),
        ("等5个项目", None, ""),
        ("等46户专精特新企业", None, "专精特新"),
    ],
)
def test_a_measured_number_is_no_count(label, measure, modifier):
    m = CLASSIFIER_RE.search(label)
    assert m is not None
    assert m.group("measure") == measure
    assert m.group("modifier") == modifier
