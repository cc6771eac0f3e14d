"""Failure class: a figure's kind (actual/target) and year read from a heading that is wrong for it.

Invented report text (no corpus passage, no form read in the tuning gold): review paragraphs
under a heading that names the next period, under a heading that names both periods, in a
report with no headings, under a year-plan heading; a plan paragraph in a report with no
headings; a year written in the figure's own clause against its heading or a neighbouring
clause. The sentence's mined phase cues (``extract.indicators.phase``) and its own year decide.
"""

from __future__ import annotations

import itertools
import json

import pytest

from extract.indicators import find_indicators
from extract.indicators.phase import DATA, STRONG, clause_at, figure_leans_plan, lean
from extract.pipeline.cue_floor import LOW_SHARE, floor_share
from tests.extract.relations.oracle import document_from_text

MASK_FRAGILE = pytest.mark.xfail(
    strict=True,
    reason=(
        "issue 12, mask fragility: masking round 7 (485b844) blanked review text dense with 工业增加值, "
        "so the section cues 业增 and 加值 fell under the section-cue miner's lean cutoff and the second "
        "review paragraph has 8 cue pairs, under PARAGRAPH_CUES; the soft-floor ramp that restores it "
        "read 004's review as a plan (branch maskfix16), so it stays a known failure"
    ),
)

# five-year results stated as such: past aspect, 累计, 首次, 超额完成, 年均增长, 十四五时期
REVIEW = (
    "“十四五”时期，全省地区生产总值年均增长5.8%，累计新增城镇就业260万人，成功入选国家试点，"
    "连续五年居全国前列，获评全国先进。\n"
    "过去五年，规模以上工业增加值增长6.2%，累计建成高速公路800公里，超额完成目标任务。\n"
)
PLAN = "今后五年，要力争地区生产总值年均增长5%左右，确保完成各项目标任务，更好发挥投资作用，鼓励民间投资。\n"


def _records(body: str) -> dict[tuple[str, float], tuple[str, int]]:
    text = "青禾省2026年政府工作报告\n" + body
    doc = document_from_text(
        text, "invented.txt", "青禾省", rep=(2025,), plan=(2026,), genre="government_work_report"
    )
    return {(r.indicator, r.value): (r.kind_, r.year) for r in find_indicators(doc)}


def _review_figures(found: dict[tuple[str, float], tuple[str, int]]) -> set[tuple[str, int]]:
    return {v for (name, value), v in found.items() if value in (5.8, 260.0, 6.2, 800.0)}


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(
            "一、“十五五”时期主要目标任务\n", marks=MASK_FRAGILE
        ),  # the heading names the next period
        # review paragraphs under the coming year's plan
        pytest.param("一、2026年重点工作\n", marks=MASK_FRAGILE),
        "一、2025年和“十五五”时期工作\n",  # a heading that names both periods
        "",  # a report with no headings at all
    ],
)
def test_review_paragraphs_report_the_year_under_review_whatever_the_heading(heading):
    found = _records(heading + REVIEW + PLAN)
    assert _review_figures(found) == {("actual", 2025)}, found


def test_a_plan_paragraph_in_a_report_without_headings_is_a_target_of_the_plan_period():
    found = _records(REVIEW + PLAN)
    plan = [v for (name, value), v in found.items() if value == 5.0]
    assert plan == [("target", 2030)], found  # 今后五年: the last year of the new plan


def test_a_plan_paragraph_under_a_plan_heading_stays_a_target():
    found = _records("一、2026年重点工作\n" + PLAN)
    assert [v for (_, value), v in found.items() if value == 5.0] == [("target", 2026)]


def test_a_weak_sentence_keeps_its_heading():
    # one plain figure sentence under a plan heading: no strong evidence either way
    text = "全省地区生产总值增长5%，规模以上工业增加值增长6%。\n"
    assert abs(lean(text)) < STRONG
    found = _records("一、2026年重点工作\n" + text)
    assert set(found.values()) == {("target", 2026)}


def test_the_figures_own_year_decides_against_the_heading_and_the_neighbouring_clause():
    found = _records(
        "一、“十五五”时期主要目标\n2025年全省地区生产总值达到5万亿元，到2030年常住人口城镇化率力争达到70%。\n"
    )
    assert found[("地区生产总值", 5.0)] == ("actual", 2025)  # dated in the year under review
    assert found[("常住人口城镇化率", 70.0)] == ("target", 2030)  # its own deadline, not 2025
    found = _records(
        "一、2025年工作回顾\n全省地区生产总值增长5.2%，到2030年人均地区生产总值力争达到15万元。\n"
    )
    assert found[("地区生产总值增速", 5.2)] == ("actual", 2025)
    assert [v for (_, value), v in found.items() if value == 15.0] == [("target", 2030)]


def test_every_clause_cue_has_mined_provenance():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 100
    assert {r["weight"] > 0 for r in rows} == {True, False}  # both sides have cues
    for row in rows:
        prov = row["provenance"]
        assert prov["source"] == "mined" and prov["script"] == "scripts/mine_clause_cues.py"
        count = prov["count_review"] + prov["count_plan"]
        assert count > LOW_SHARE * 20 and prov["docs"] >= 8
        assert prov["floor_share"] == round(floor_share(count, 20), 4)  # below the floor: scaled, not cut


def test_a_phase_cue_at_its_floor_keeps_its_weight_and_one_count_less_keeps_most_of_it():
    # a hard floor made 超额完成 (20 review sentences) vanish when one passage more was blanked
    assert floor_share(20, 20) == floor_share(45, 20) == 1.0
    assert floor_share(19, 20) == pytest.approx(0.9)  # one count less: a tenth of the weight
    assert floor_share(29, 30) == pytest.approx(14 / 15)
    assert floor_share(10, 20) == floor_share(3, 20) == 0.0  # half the floor: no cue at all
    shares = [floor_share(n, 20) for n in range(0, 25)]
    assert shares == sorted(shares)  # more evidence never weighs less
    assert max(b - a for a, b in itertools.pairwise(shares)) <= 0.1 + 1e-9  # no step anywhere


def test_a_review_under_a_five_year_plan_heading_reviews_the_last_plan():
    # the change's starting level lies five years back (2020), its result in the year under review;
    # the paragraph needs PARAGRAPH_CUES mined cue pairs to lean at all (the first sentence alone
    # held nine after the fresh passages were masked from mining), hence the second sentence
    # (and its last clause: round 5's mask left the two sentences nine hits)
    body = (
        "全省常住人口城镇化率从65%提高到70%，累计新增城镇就业260万人，首次入选国家试点，"
        "超额完成目标任务。城乡居民收入稳步增长，民生保障水平明显提高，群众获得感持续增强。\n"
    )
    found = _records("一、“十五五”时期主要目标任务\n" + body)
    assert [v for (_, value), v in found.items() if value == 65.0] == [("actual", 2020)], found
    assert [v for (_, value), v in found.items() if value == 70.0] == [("actual", 2025)], found
    found = _records("一、2026年重点工作\n" + body)  # under the coming year's heading: one year back
    assert [v for (_, value), v in found.items() if value == 65.0] == [("actual", 2024)], found


def test_a_plan_paragraph_under_a_review_heading_is_a_target_of_the_coming_year():
    plan = "今年要力争城镇新增就业50万人以上，确保完成各项目标任务，更好发挥投资作用，鼓励民间投资。\n"
    found = _records("一、2025年工作回顾\n" + REVIEW + plan)
    assert [v for (_, value), v in found.items() if value == 50.0] == [("target", 2026)], found
    assert _review_figures(found) == {("actual", 2025)}


def test_a_plan_period_in_the_figures_clause_dates_it_not_a_neighbouring_deadline():
    plan = "一、2026年重点工作\n"
    found = _records(plan + "到2030年人均地区生产总值力争达到15万元，“十五五”期间地区生产总值年均增长5%。\n")
    assert found[("地区生产总值年均增速", 5.0)] == ("target", 2030)
    found = _records(plan + "到2027年人均地区生产总值达到13万元，“十四五”期间地区生产总值年均增长6%。\n")
    assert found[("地区生产总值年均增速", 6.0)] == ("actual", 2025)  # the last plan's period: reached
    found = _records("一、2025年工作回顾\n累计使用外资比“十三五”时期增长20%。\n")
    assert {v for (_, value), v in found.items() if value == 20.0} == {("actual", 2025)}  # a base, not a date


def _robustness_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "scripts" / "phase_robustness.py"
    spec = importlib.util.spec_from_file_location("phase_robustness", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@MASK_FRAGILE
def test_an_invented_report_keeps_its_phases_with_its_headings_deleted_or_retitled(tmp_path):
    robustness = _robustness_script()
    head = (
        "政府工作报告\n——2026年1月20日在青海省第十四届人民代表大会第五次会议上\n"
        "青海省省长　张某\n\n各位代表：\n"
    )
    plan = "今年要力争城镇新增就业6万人以上，确保完成各项目标任务，更好发挥投资作用，鼓励民间投资。\n"
    text = head + "一、2025年和“十四五”时期工作回顾\n" + REVIEW + "二、2026年重点工作\n" + plan
    assert "工作回顾" not in robustness.variant_text(text, "none")
    assert robustness.variant_text(text, "none").count("\n") == text.count("\n") - 2  # only the headings
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    result = robustness.compare([tmp_path / "r.txt"])
    assert result["none"]["matched"] >= 3 and result["none"]["changed"] == 0
    assert result["neutral"]["changed"] == 0
    assert result["next"]["actual->target"] == 0  # review figures stay reported under a 十五五 heading


# a review paragraph written in plan verbs (打造, 构建 … 体系) whose last clause states a result
REVIEW_IN_PLAN_VERBS = (
    "一、2025年计划执行情况\n"
    "全力打造青禾开放合作引领区，加力构建现代化多式联运集疏运体系与综合服务体系，"
    "扎实推进青禾枢纽港产业园建设，青禾铁海联运班列货运量增长37%。"
    "着力打造内陆开放新高地，加快构建现代物流体系，全面提升综合服务能力，推动构建开放型经济新体制。\n"
)


def test_a_figure_whose_own_clause_leans_to_the_review_keeps_the_review_heading():
    """Branch maskflip19: a clause cue of another clause (西部, dropped by round 10's mask) turned such
    a sentence's lean and its 2024 result into a 2025 target; the figure's own clause decides now."""
    text = REVIEW_IN_PLAN_VERBS.split("\n")[1]
    assert figure_leans_plan(text, 37.0) is False
    assert clause_at(text, text.index("37")).startswith("青禾铁海联运班列")
    found = _records(REVIEW_IN_PLAN_VERBS)
    assert {v for (_, value), v in found.items() if value == 37.0} == {("actual", 2025)}, found


def test_a_figure_whose_own_clause_leans_to_the_plan_may_follow_the_sentence():
    text = "力争地区生产总值增长6%左右。"
    assert lean(clause_at(text, text.index("6"))) < 0
    assert figure_leans_plan(text, 6.0)
    assert figure_leans_plan("货运量增长约一成。", 37.0)  # a figure not spelled so: the sentence decides
