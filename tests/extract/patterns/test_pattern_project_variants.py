"""Project variants (GUIDE §4: 萤石智能制造基地项目 -> 萤石智能制造基地) are merged by the name
grammar's own heads, not by a list in the linker: ``X项目`` is a variant of ``X`` when X ends in
a head word of the lexicon (GUIDE kernels and mined heads) other than 项目/工程, and a bare X
without such a head is a short form of ``X项目``. Names are invented.
"""

from __future__ import annotations

import pytest

from extract.linking import AliasIndex, names_a_thing


@pytest.mark.parametrize(
    ("name", "thing"),
    [
        ("青溪湾智能制造基地", True),
        ("白鹭洲隧道", True),  # a head the old hand list (基地, 园, 中心 …) lacked
        ("临江污水处理厂", True),
        ("南湖港", True),  # a one-character kernel
        ("青溪湾数字经济", False),
        ("白鹭洲改造工程", False),
    ],
)
def test_names_a_thing(name, thing):
    assert names_a_thing(name) is thing


def test_a_project_suffix_after_a_head_is_a_variant():
    index = AliasIndex([("Project", "白鹭洲隧道")])
    assert index.resolve("Project", "白鹭洲隧道项目") == "白鹭洲隧道"


def test_a_name_without_a_head_is_a_short_form_of_the_project():
    index = AliasIndex([("Project", "青溪湾数字经济项目")])
    assert index.resolve("Project", "青溪湾数字经济") == "青溪湾数字经济项目"
