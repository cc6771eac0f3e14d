"""Failure classes (issue 12, Project precision, branch project16): fields listed before a
project label typed as Projects, and works named in everyday words that jieba cuts apart.

1. ``A、B、C等11个重点领域项目`` counts fields and speaks of the projects in them: GUIDE §3 types
   the items of a list *the text labels as projects*; here the label names the items as fields
   (sectors, untagged). Which label words name fields is mined (``field_labels.jsonl``): nouns
   that label lists of sectors in several reports and are no kind of project themselves
   (产业项目 is, so a …等产业项目 list keeps its items).
2. A head-word Project guess whose words are all widespread terms once jieba's single
   characters are joined into the mined terms (低|碳 → 低碳, 老|旧 → 老旧) names a kind of works
   or a title, not one works (GUIDE §3 generic unnamed items): the test Platform guesses have
   run since branch platform17 (``proper_parts.lacks_proper_part(joined=True)``).

Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.field_labels import labels_fields, mine_field_labels
from extract.pipeline.grammar import default_grammar
from extract.pipeline.proper_parts import lacks_proper_part

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def projects(text: str, region: str | None = "530000") -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Project"}


def test_items_of_a_field_label_are_no_projects() -> None:
    found = projects("出台若干举措，抓牢氢能重卡、新一代火电、海上风电等9个重点领域项目，稳住投资。")
    assert not {"抓牢氢能重卡", "氢能重卡", "新一代火电", "海上风电"} & found, found


def test_items_of_a_project_label_stay_projects() -> None:
    found = projects("加快甲岭抽水蓄能电站、乙河水库扩建等9个重点项目建设。")
    assert {"甲岭抽水蓄能电站", "乙河水库扩建"} <= found, found


def test_the_label_word_is_read_off_the_mined_file() -> None:
    gr = default_grammar()
    assert labels_fields("9个重点领域", gr)
    assert not labels_fields("重大", gr)
    assert not labels_fields("产业", gr)  # 产业项目: a kind of project, not a field
    # a named field, or words after the field word: projects of that field, the items stay
    assert not labels_fields("生命健康领域项目", gr)
    assert not labels_fields("生命健康领域龙头项目", gr)


def test_projects_of_a_named_field_stay() -> None:
    found = projects("引进甲岭康养综合体、乙河文旅小镇等康养旅游领域项目，丰富供给。")
    assert {"甲岭康养综合体", "乙河文旅小镇"} <= found, found


def test_the_miner_wants_sector_lists_in_several_reports_and_no_project_kind() -> None:
    def sector(item: str) -> bool:
        return item.startswith("泛")

    lists = "、".join(f"泛{i}" for i in range(8))
    docs = [
        ("甲", f"支持{lists}等重点领域发展。推进{lists}等产业项目。推进子、丑等产业项目。"),
        ("乙", f"支持{lists}等领域。建设产业项目。"),
        ("丙", f"支持{lists}等领域。新建产业项目。"),
    ]
    rows = {r["word"]: r for r in mine_field_labels(docs, (), sector)}
    assert rows["领域"]["docs"] == 3
    assert rows["领域"]["counts"]["sector_items"] == rows["领域"]["counts"]["items"] == 21
    # 产业 labels sector lists too, but 产业项目 is written more often outside labels than in them
    assert "产业" not in rows
    assert "领域" not in {r["word"] for r in mine_field_labels(docs, ("领域",), sector)}  # a head


def test_shipped_field_labels_carry_their_provenance() -> None:
    rows = [json.loads(line) for line in (DATA / "field_labels.jsonl").read_text("utf-8").splitlines()]
    assert rows
    for r in rows:
        assert r["source"] == "mined" and r["docs"] >= 3 and r["counts"]["items"] >= 20, r


def test_everyday_words_cut_into_characters_name_no_works() -> None:
    gr = default_grammar()
    assert lacks_proper_part("老旧燃气管网", gr, joined=True)
    found = projects("推进老旧燃气管网改造，成为国家低碳先进技术示范项目。")
    assert not {"老旧燃气管网", "国家低碳先进技术示范项目"} & found, found


def test_a_part_of_its_own_keeps_the_works() -> None:
    found = projects("推进甲岭老旧燃气管网改造工程二期建设。")
    assert any(p.startswith("甲岭") for p in found), found
