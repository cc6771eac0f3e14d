"""Indicator scorer: strict vs lenient names, tolerance, one-to-one pairing of target/actual."""

from __future__ import annotations

import pytest

from extract.evaluation.gold import GoldPassage, load_gold
from extract.evaluation.indicators import names_compatible, score_indicators
from extract.evaluation.predictions import Predictions
from tests.extract.evaluation.gold_lines import indicator_lines


@pytest.fixture(scope="module")
def passages(eval_dir) -> list[GoldPassage]:
    return load_gold(eval_dir / "dev" / "gold.jsonl")


def scored(passages, recs):
    return score_indicators(passages, Predictions.from_records(recs)).as_dict()


def first(recs, **where):
    return next(i for i, r in enumerate(recs) if all(r[k] == v for k, v in where.items()))


@pytest.mark.parametrize(
    ("a", "b", "lenient", "strict"),
    [
        ("地区生产总值", "地区生产总值", True, True),
        ("“千项万亿”重大项目数", "千项万亿重大项目数", True, True),
        ("巴南—温江年度合作任务数", "巴南温江年度合作任务数", True, True),
        ("规上工业增加值增速", "规模以上工业增加值增速", True, False),
        ("进出口总额", "外贸进出口总额", True, False),
        (
            "通过平台共享的大型科研仪器、设备",
            "通过川渝科技资源共享服务平台共享的大型科研仪器设备数量",
            True,
            False,
        ),
        ("农业增加值增速", "服务业增加值增速", False, False),
        ("第一产业占地区生产总值比重", "第二产业占地区生产总值比重", False, False),
        ("增速", "地区生产总值增速", False, False),
    ],
)
def test_name_rule(a, b, lenient, strict):
    assert names_compatible(a, b, lenient=True) is lenient
    assert names_compatible(b, a, lenient=True) is lenient
    assert names_compatible(a, b, lenient=False) is strict


def test_gold_scores_perfectly_against_itself(passages):
    result = scored(passages, indicator_lines(passages))
    n = sum(len(p.indicators) for p in passages)
    for name in ("strict", "lenient"):
        assert result[name]["micro"] == {**result[name]["micro"], "tp": n, "fp": 0, "fn": 0, "f1": 1.0}
    assert all(a["accuracy"] == 1.0 for a in result["agreement"].values())
    assert result["headline"] == "lenient"


def test_paraphrased_name_is_lenient_only(passages):
    recs = indicator_lines(passages)
    i = first(recs, indicator="地区生产总值", subject="南岸区")
    recs[i] = {**recs[i], "indicator": "全区地区生产总值"}
    result = scored(passages, recs)
    assert (result["strict"]["micro"]["fp"], result["strict"]["micro"]["fn"]) == (1, 1)
    assert result["lenient"]["micro"]["f1"] == 1.0


def test_value_tolerance_and_year(passages):
    recs = indicator_lines(passages)
    i = first(recs, indicator="地区生产总值", subject="南岸区")
    close = [*recs[:i], {**recs[i], "value": recs[i]["value"] * (1 + 1e-9)}, *recs[i + 1 :]]
    assert scored(passages, close)["lenient"]["micro"]["f1"] == 1.0
    off = [*recs[:i], {**recs[i], "value": recs[i]["value"] + 0.01}, *recs[i + 1 :]]
    assert scored(passages, off)["lenient"]["micro"]["fn"] == 1
    year = [*recs[:i], {**recs[i], "year": recs[i]["year"] + 1}, *recs[i + 1 :]]
    assert scored(passages, year)["lenient"]["micro"]["fp"] == 1


def test_target_and_actual_with_equal_values_pair_by_kind(passages):
    # 001-p06 has 人均地区生产总值 10 万元 as both the 2024 target and the actual.
    p = next(p for p in passages if p.passage_id == "001-p06")
    recs = indicator_lines([p])
    result = scored([p], list(reversed(recs)))
    assert result["lenient"]["micro"]["f1"] == 1.0
    assert result["agreement"]["kind"]["accuracy"] == 1.0


def test_unit_and_growth_disagreement_are_accuracies_not_misses(passages):
    recs = indicator_lines(passages)
    i = first(recs, indicator="地区生产总值", subject="南岸区")
    recs[i] = {**recs[i], "unit": "万元", "growth_pct": 6.9}
    result = scored(passages, recs)
    assert result["lenient"]["micro"]["f1"] == 1.0
    unit, growth = result["agreement"]["unit"], result["agreement"]["growth_pct"]
    assert unit["correct"] == unit["total"] - 1
    assert growth["correct"] == growth["total"] - 1


def test_no_two_gold_indicators_colliding_on_value_are_compatible(eval_dir):
    """The claim behind the lenient rule, checked on both dev gold files (13 collisions)."""
    collisions = 0
    for name in ("gold.jsonl", "gold-provincial.jsonl"):
        for p in load_gold(eval_dir / "dev" / name):
            for i, a in enumerate(p.indicators):
                for b in p.indicators[i + 1 :]:
                    same_key = (a.subject, a.year, a.value) == (b.subject, b.year, b.value)
                    if same_key and not names_compatible(a.indicator, b.indicator, lenient=False):
                        collisions += 1
                        assert not names_compatible(a.indicator, b.indicator), (a.indicator, b.indicator)
    assert collisions >= 10
