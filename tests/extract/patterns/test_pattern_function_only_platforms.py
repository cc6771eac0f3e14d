"""Failure class: a platform named by its function only — everyday words before a kind many
authors write (智能装备制造业|中试平台, 软件信息服务业|集聚区) — typed as one Platform (GUIDE §3
leaves generic unnamed items untagged; issue 12, platform8).

Both halves are mined over the unannotated reports (``category_phrases.jsonl``,
``widespread_terms.jsonl``); nothing here lists a name. Sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.function_names import function_only
from extract.pipeline.grammar import Grammar, default_grammar
from extract.pipeline.lexicon_files import read_lexicon


def platforms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "330000").ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("今年新建智能装备制造业中试平台，", "智能装备制造业中试平台"),
        ("积极培育跨境贸易公共服务平台，", "跨境贸易公共服务平台"),
        ("鼓励企业建设智能制造中试平台，", "智能制造中试平台"),
    ],
)
def test_everyday_words_before_a_mined_kind_name_no_platform(text, kind):
    assert kind not in platforms(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("打造全国领先的工程机械产业基地。", "工程机械产业基地"),
        ("打造精密仪器产业基地，", "精密仪器产业基地"),
        ("推进有机肥科技创新中心建设，", "有机肥科技创新中心"),
    ],
)
def test_dictionary_words_fewer_authors_write_are_everyday_words_too(text, kind):
    # 工程机械, 精密仪器, 有机肥: words the dictionary knows as common nouns, though fewer than
    # four provinces write them; what names one platform is a part the dictionary cannot place
    assert kind not in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾数字孵化基地入驻企业四十家，", "青禾数字孵化基地"),  # a coined word of its own
        ("支持杭州智能装备中试平台扩能，", "杭州智能装备中试平台"),  # a place
    ],
)
def test_a_name_with_a_part_of_its_own_stays_a_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "name",
    [
        "国家生物医药中试平台",
        "西部环境交易中心",
        "川渝科技资源共享服务平台",
        "国际生物城",
        "物流基地",
        "重邮科技园",
    ],
)
def test_designations_regions_abbreviations_and_bare_kinds_are_not_function_only(name):
    # 国家: a national designation (GUIDE §2.5); 西部: a region word; 川渝: a proper abbreviation;
    # 生物城: no mined category; 物流基地: nothing before the kind; 重|邮: characters of an
    # abbreviation, no everyday word
    assert not function_only(name, default_grammar())


def test_the_kinds_come_from_the_mined_category_file():
    lexicon = read_lexicon()
    assert function_only("智能装备制造业中试平台", Grammar(lexicon))
    fewer = copy.deepcopy(lexicon)
    fewer["category_phrases.jsonl"] = [
        e for e in fewer["category_phrases.jsonl"] if not e["phrase"].endswith("中试平台")
    ]
    assert not function_only("智能装备制造业中试平台", Grammar(fewer))
