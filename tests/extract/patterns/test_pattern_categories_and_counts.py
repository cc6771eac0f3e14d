"""Failure class: kinds of things typed as Platform/Project/Enterprise names (issue 12).

A name is rare across reports, a category is written the same way by many authors (the mined
``category_phrases.jsonl``, with author counts); a counted item is a kind (3个…, …14个, 首批…);
a phrase opening with a verb is a clause; an industry is no firm (mined generic terms). Each rule
is checked both ways: a named item in the same frame stays. Sentences are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import (
    MIN_AUTHORS,
    firm_of_kinds,
    is_category,
    is_counted,
    known_institution,
    opens_with_verb,
)
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import DATA

ROOT = Path(__file__).resolve().parents[3]


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "建设现代农业产业园。",  # a category many reports name
        "获评首批国家级零碳园区。",  # 首批 + a level word + a category
        "建成国家领航级智能工厂。",  # a scope and a rating before a category
        "加快百亿级项目建设。",  # a rating before a bare head
        "新增3个国家人工智能应用中试基地。",  # counted before
        "培育跨境电商产业园14个。",  # counted after
        "澄湾县建成智慧物流园区4个。",
        "开展凝练攻关项目。",  # opens with a verb
        "与新材料签约。",  # an industry, not a firm
        "推动资产公司转型。",  # a firm named by kinds only
    ],
)
def test_categories_counts_and_clauses_are_no_names(text):
    assert [e for e in ents(text) if e[1] in ("Platform", "Project", "Enterprise", "Organization")] == []


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("建设澄湾现代农业产业园。", "澄湾现代农业产业园", "Platform"),  # a place makes it a name
        ("建设昆明数据共享平台。", "昆明数据共享平台", "Platform"),
        ("推动云岫智能制造基地投产。", "云岫智能制造基地", "Project"),
        ("引进澄湾新材料等企业。", "澄湾新材料", "Enterprise"),
        ("与云岫集团签约。", "云岫集团", "Enterprise"),
    ],
)
def test_named_items_in_the_same_frames_stay(text, name, type_):
    assert (name, type_) in ents(text)


def test_a_count_after_a_lists_last_item_counts_the_list():
    text = "云岫智慧园、澄湾国际食品产业园2个项目纳入清单"
    start = text.index("澄湾")
    assert not is_counted(text, start, text.index("2个"))
    assert is_counted("培育跨境电商产业园14个", 2, 9)
    assert is_counted("创建3个国家中试基地", 4, 10)


def test_the_category_test_reads_mined_data():
    g = default_grammar()
    assert is_category("国家级零碳园区", g.categories, g.generic_terms)  # level word + category
    assert is_category("新材料", g.categories, g.generic_terms)  # a mined generic term
    assert not is_category("澄湾现代农业产业园", g.categories, g.generic_terms)
    assert opens_with_verb("凝练攻关项目") and not opens_with_verb("澄湾物流园")
    assert opens_with_verb("按季度调整优化项目") and opens_with_verb("抓投资上项目")
    assert not opens_with_verb("维沃重庆生产基地") and not opens_with_verb("环北部湾水资源配置工程")
    assert firm_of_kinds("融资平台公司") and not firm_of_kinds("云岫集团")


def test_category_phrases_carry_author_counts_and_no_place():
    rows = [json.loads(line) for line in (DATA / "category_phrases.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(
        r["source"] == "mined" and r["docs"] >= MIN_AUTHORS and r["counts"]["total"] >= r["docs"]
        for r in rows
    )
    phrases = {r["phrase"] for r in rows}
    assert not any(p.startswith(("云南", "重庆", "昆明")) for p in phrases)  # a place makes a name


@pytest.mark.slow
def test_category_phrases_are_in_sync_with_the_mining_script():
    shared = ROOT.parent / "shared"
    if not (shared / "corpus-extra").is_dir() or not (shared / "eval" / "dev" / "gold.jsonl").is_file():
        pytest.skip("../shared is not beside this checkout")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_categories.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr


def test_an_institution_many_authors_cite_is_no_category():
    # 中国科学院 is written by several provinces, as categories are; the dictionary knows it as
    # one institution's name, so it stays an Organization
    assert known_institution("中国科学院") and not known_institution("产业联盟")
    found = [
        (e.text, e.label_)
        for e in run_pipeline(load_pipeline(), "深化与中国科学院等方面合作。", "530000").ents
    ]
    assert ("中国科学院", "Organization") in found
