"""A brand the text also writes as a company name takes the company name (GUIDE §4 variants:
深蓝 -> 深蓝汽车), only when the same document writes brand + one company tail. Invented names."""

from __future__ import annotations

from extract.linking import company_in_text


def test_the_documents_company_name_is_the_canonical():
    text = "青禾、白鹭等品牌新车型上市。培育青禾汽车X5等新车型。"
    assert company_in_text("青禾", text) == "青禾汽车"


def test_no_company_form_or_two_of_them_leave_the_brand():
    assert company_in_text("青禾", "青禾、白鹭等品牌新车型上市。") is None
    assert company_in_text("青禾", "青禾汽车与青禾科技签约。") is None
    assert company_in_text("青禾汽车制造", "青禾汽车制造集团") is None  # a long name is no brand


def test_a_brand_that_opens_another_kind_of_name_stays():
    text = "青禾科技创新合作计划深入实施。青禾、白鹭等企业稳产增效。"
    assert company_in_text("青禾", text) == "青禾科技"
    assert company_in_text("青禾", text, ["青禾科技创新合作计划"]) is None
