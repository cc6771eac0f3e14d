"""Failure class: plan statuses reported as report-year hasStatus (GUIDE §5, §9).

Invented report text (no corpus passage): the section classifier must tell the year under
review from the plan and the five-year plan even when no heading names a year, so that a
status in a plan section is a ``plannedStatus`` (never a report-year hasStatus), and it must
be a spaCy component that finds the same classes on a chunk of the document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.pipeline.cue_floor import floor_share
from extract.records import Relation
from extract.section_component import section_at
from extract.sections import DATA, classify_path, title_class

HEAD = "政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第五次会议上\n某某省省长　张某\n\n"
REVIEW = (
    "过去一年，我们成功举办多项活动，全省地区生产总值增长5.1%，连续三年居全国前列。"
    "累计建成高速公路300公里，首次入选国家试点，顺利完成年度目标任务，获评全国先进。\n"
    "青山高速公路建成通车，东湖大桥开工建设。一年来，工业投资增长8.2%，居全国第3位，比上年提高2个百分点。\n"
    # a third review line: the cues are mined with every gold passage blanked (fewer cues per body)
    "全年新增城镇就业5万人，居民人均可支配收入增长6%，群众获得感持续增强。\n"
    # a fourth: round 5's mask (2026-12-05) left the three lines above 34 cue hits, under MIN_CUES
    "一年来，我们圆满完成各项任务，成功获评全国文明城市，累计新增市场主体2万户，比上年增长4%。\n"
)
PLAN = (
    "今年要着力扩大有效投资，力争开工一批重大项目。加快建设南山隧道工程，推动北河大桥开工建设。"
    "确保完成全年目标，更好发挥投资作用，鼓励民间投资，做强做大优势产业，办好民生实事。\n"
    "要坚持稳中求进，更加注重扩大内需，推动消费提质升级，支持企业做优做强，培育壮大新兴产业，"
    "推进城乡融合发展，加快构建现代化产业体系。要持续用力改善民生，办好群众急难愁盼的实事，确保各项任务落地见效。\n"
)
UNDATED = (
    HEAD + "一、一年接着一年干，发展取得新成效\n" + REVIEW + "二、一鼓作气勇争先，全力推动高质量发展\n" + PLAN
)
DATED = (
    HEAD
    + "一、2025年工作回顾\n"
    + REVIEW
    + "二、“十五五”时期主要目标任务\n"
    + PLAN.replace("今年", "今后五年")
    + "三、2026年重点工作\n"
    + PLAN
)


def _statuses(text: str) -> dict[str, tuple[str | None, int | None]]:
    doc = from_text(text, doc_id="invented.txt")
    records = [r for r in extract_document(doc) if isinstance(r, Relation)]
    # GUIDE §5, §9: hasStatus only in the year under review; a plan's status is a plannedStatus
    assert all(r.phase == "actual" for r in records if r.relation == "hasStatus")
    assert all(r.phase == "planned" for r in records if r.relation == "plannedStatus")
    return {r.head: (r.phase, r.year) for r in records if r.relation in ("hasStatus", "plannedStatus")}


def test_titles_without_years_are_classified_by_mined_body_cues():
    doc = from_text(UNDATED, doc_id="invented.txt")
    review, plan = (classify_path(doc, s.path) for s in doc.sections)
    assert (review.kind, review.year, review.source) == ("year_review", 2025, "body")
    assert (plan.kind, plan.year, plan.source) == ("year_plan", 2026, "body")


def test_plan_statuses_never_become_report_year_statuses():
    got = _statuses(UNDATED)
    assert got["青山高速公路"] == ("actual", 2025)
    assert got["东湖大桥"] == ("actual", 2025)
    assert got["南山隧道工程"] == ("planned", 2026)
    assert got["北河大桥"] == ("planned", 2026)


def test_titles_date_sections_by_the_documents_years():
    doc = from_text(DATED, doc_id="invented.txt")
    kinds = [(classify_path(doc, s.path).kind, classify_path(doc, s.path).year) for s in doc.sections]
    assert kinds == [("year_review", 2025), ("five_year_plan", 2030), ("year_plan", 2026)]
    assert title_class(doc, "“十四五”时期工作回顾").kind == "five_year_review"
    assert title_class(doc, "关于《某某省第十五个五年规划纲要（草案）》的说明").kind == "five_year_plan"
    assert title_class(doc, "全力抓好七项重点工作") is None  # no year, no plan ordinal: the body decides


def test_five_year_plan_statuses_are_planned():
    got = _statuses(DATED)
    assert got["南山隧道工程"][0] == "planned"
    assert all(phase == "planned" for head, (phase, _) in got.items() if head in ("南山隧道工程", "北河大桥"))
    assert got["东湖大桥"] == ("actual", 2025)


def test_five_year_review_does_not_date_statuses():
    text = HEAD + "一、“十四五”时期工作回顾\n" + REVIEW.replace("过去一年", "这五年")
    assert _statuses(text) == {}


def test_component_reads_the_whole_documents_headings_from_a_chunk():
    """A chunk of a long document (issue 14's wrapper) gets the classes of the whole tree."""
    doc = from_text(UNDATED, doc_id="invented.txt")
    nlp = load_pipeline()
    cut = UNDATED.index("二、")
    chunk = run_pipeline(nlp, UNDATED[cut:], None, doc, cut)
    assert section_at(chunk, 5).kind == "year_plan"  # offsets relative to the chunk
    whole = nlp(UNDATED)  # no context: the component structures the text itself
    assert section_at(whole, UNDATED.index("青山")).kind == "year_review"
    assert section_at(whole, UNDATED.index("南山")).kind == "year_plan"


def test_component_saves_its_cues_with_the_pipeline(tmp_path):
    nlp = load_pipeline()
    nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "policykg_sections" / "cues.json").is_file()
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.get_pipe("policykg_sections").cues == nlp.get_pipe("policykg_sections").cues
    a, b = nlp(UNDATED), loaded(UNDATED)
    assert a._.policykg_sections == b._.policykg_sections


@pytest.mark.parametrize("path", [DATA])
def test_every_mined_cue_has_provenance(path: Path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 100
    for row in rows:
        prov = row["provenance"]
        assert prov["source"] == "mined" and prov["script"] == "scripts/mine_section_cues.py"
        assert prov["count_pos"] + prov["count_neg"] > 0 and prov["docs"] >= 2
        # the soft floor (extract.pipeline.cue_floor): under 30 bigrams a cue's weight is scaled down
        assert prov["floor_share"] == round(floor_share(prov["count_pos"] + prov["count_neg"], 30), 4)
        assert row["contrast"] in ("review_plan", "year_five")
