"""Failure class: an item of a project list named by a firm or a place and then its product line
(燕山石化|绿色新材料, 某岛|清洁能源 等重点项目) typed Enterprise by its company-style last word.

GUIDE §9: a project named with a company or city prefix is one Project span (国能哈密400万吨煤制油,
台州弗迪新能源动力电池, 绍兴中芯数模混合集成电路), while a bare company name in a project list stays
Enterprise (东风岚图, 邦普时代; GUIDE §3 欧陆电子、莱茵检测等100个项目). The two are told apart by
what follows the proper prefix: a product phrase of everyday words at least four characters long
(``enumerations.product_line``, jieba's dictionary) against a one-word company tail. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enumerations import product_line


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, None).ents]


@pytest.mark.parametrize("item", ["宏图化工新材料", "华能清洁能源", "恒通智能装备"])
def test_a_prefix_and_a_product_phrase_is_a_product_line(item):
    assert product_line(item)


@pytest.mark.parametrize("item", ["欧陆电子", "莱茵检测", "邦普时代", "清洁能源", "新材料"])
def test_a_company_tail_or_a_bare_phrase_is_not(item):
    assert not product_line(item)


def test_product_lines_in_a_project_list_are_projects():
    found = ents("实施宏图化工新材料、华能清洁能源等重点项目。")
    assert ("宏图化工新材料", "Project") in found
    assert ("华能清洁能源", "Project") in found


def test_bare_companies_in_a_project_list_stay_enterprises():
    found = ents("推动欧陆电子、莱茵检测等100个项目落地。")
    assert ("欧陆电子", "Enterprise") in found
    assert ("莱茵检测", "Enterprise") in found


def test_a_product_line_outside_a_project_list_is_not_typed_by_it():
    assert ("宏图化工新材料", "Project") not in ents("引进宏图化工新材料、华能清洁能源等企业。")


# product26: the product part may be mined widespread terms jieba's dictionary lacks (风电, 储能:
# ``product_lines``); a Latin code after a name is no product part (a firm 日本AFC, a contract
# mode 青石湾EPC, a chemical 恒通化工MDI look alike: turned off at the merge)
@pytest.mark.parametrize("item", ["宏图重能风电整机", "飞鸿绿色储能"])
def test_mined_product_words_and_codes_make_a_product_line(item):
    assert product_line(item)


@pytest.mark.parametrize("item", ["日本AFC", "恒通化工MDI", "青石湾EPC", "新能源绿色储能", "宏图M9"])
def test_a_place_before_a_code_a_kind_before_a_product_and_a_model_are_not(item):
    assert not product_line(item)


def test_product_lines_in_a_list_a_stage_phrase_closes_are_projects():
    found = ents("推动宏图重能风电整机、飞鸿绿色储能等投产增效。")
    assert ("宏图重能风电整机", "Project") in found
    assert ("飞鸿绿色储能", "Project") in found


def test_a_bare_firm_in_a_list_a_stage_phrase_closes_is_no_project():
    found = ents("推动宏图重能风电整机、启明芯动力等投产增效。")
    assert ("启明芯动力", "Project") not in found


def test_product_lines_in_a_list_of_another_label_are_not_typed_by_it():
    found = ents("推动宏图重能风电整机、飞鸿绿色储能等企业扩大产能。")
    assert ("宏图重能风电整机", "Project") not in found


def test_a_model_code_before_everyday_words_is_no_product_line():
    assert not product_line("C318新车型落地")
