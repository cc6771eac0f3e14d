"""Failure class: the label of a project-table row typed as a Project (branch project37).

A 专栏 row reads ``label：item、item…``; the label before the colon says which kind of works the
row lists and the items are the Projects (GUIDE §1 project tables, §3). A head-word guess that
opens its line and is followed by a colon is that label. A name inside the row's text, a guess
in running text before a colon that does not open its line, and the row's items stay Projects.
Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.row_labels import ROW_LEAD_RE


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Project"]


def test_a_row_label_is_no_project_and_the_items_stay() -> None:
    text = "专栏3　城乡供水建设重点\n\n水厂项目：推进澄湾水厂一期扩建工程、澄湾水厂二期工程等重点项目建设。\n"
    found = projects(text)
    assert "水厂项目" not in found
    assert "澄湾水厂一期扩建工程" in found


def test_a_numbered_row_label_is_no_project() -> None:
    text = "专栏5　文化产业建设重点\n1.新品文旅项目：建成甲乙老街文化旅游街区和丙丁湖文创园项目。\n"
    assert "新品文旅项目" not in projects(text)


def test_a_name_before_a_colon_inside_a_line_stays() -> None:
    text = "年内完成三件大事，其中之一是澄湾大桥工程：主桥合龙，引桥贯通。\n"
    assert "澄湾大桥工程" in projects(text)


def test_the_row_lead_is_spaces_a_number_or_a_bullet_only() -> None:
    assert ROW_LEAD_RE.fullmatch("　（2）") is not None
    assert ROW_LEAD_RE.fullmatch("①") is not None
    assert ROW_LEAD_RE.fullmatch("加快建设") is None


def test_a_long_run_of_spaces_before_a_guess_is_no_row_lead_and_reads_in_linear_time() -> None:
    # the lead's review mend: two adjacent whitespace runs split one run every way (20,000 spaces
    # took 1.4 s a guess); one run and a bound on the lead keep it linear, and so long a lead is prose
    text = "专栏3　城乡供水建设重点\n" + " " * 20000 + "水厂项目：推进澄湾水厂一期扩建工程建设。\n"
    assert ROW_LEAD_RE.fullmatch(" " * 20000 + "x") is None
    assert "澄湾水厂一期扩建工程" in projects(text)
