"""The division gazetteer: coverage of the required divisions, short forms, disambiguation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract import regions

TSV = Path(__file__).resolve().parents[2] / "extract" / "data" / "regions.tsv"

CHONGQING_COUNTIES = [
    "万州区",
    "涪陵区",
    "渝中区",
    "大渡口区",
    "江北区",
    "沙坪坝区",
    "九龙坡区",
    "南岸区",
    "北碚区",
    "綦江区",
    "大足区",
    "渝北区",
    "巴南区",
    "黔江区",
    "长寿区",
    "江津区",
    "合川区",
    "永川区",
    "南川区",
    "璧山区",
    "铜梁区",
    "潼南区",
    "荣昌区",
    "开州区",
    "梁平区",
    "武隆区",
    "城口县",
    "丰都县",
    "垫江县",
    "忠县",
    "云阳县",
    "奉节县",
    "巫山县",
    "巫溪县",
    "石柱土家族自治县",
    "秀山土家族苗族自治县",
    "酉阳土家族苗族自治县",
    "彭水苗族土家族自治县",
]


def test_thirty_one_provinces_and_no_duplicate_codes():
    provinces = [r for r in regions.all_regions() if r.level == "province"]
    mainland = [r for r in provinces if r.code[:2] not in ("71", "81", "82")]
    assert len(mainland) == 31
    rows = list(csv.DictReader(TSV.open(encoding="utf-8"), delimiter="\t"))
    assert len({r["code"] for r in rows}) == len(rows)
    assert len(rows) > 2800  # every prefecture and county, not only the required ones


def test_all_chongqing_counties_hang_under_chongqing():
    under = {r.name: r for r in regions.children("500000")}
    assert set(CHONGQING_COUNTIES) <= set(under)
    assert len(CHONGQING_COUNTIES) == 38
    assert under["巴南区"].code == "500113"
    assert under["南岸区"].code == "500108"
    assert "两江新区" not in under  # a functional area, not a division


def test_sichuan_prefectures_and_chengdu_districts():
    prefectures = regions.children("510000")
    assert len(prefectures) == 21
    assert regions.lookup("成都市").code == "510100"
    chengdu = {r.name for r in regions.children("510100")}
    assert {"锦江区", "武侯区", "郫都区", "新津区", "简阳市", "都江堰市"} <= chengdu
    assert len(chengdu) == 20


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("南岸区", "南岸"),
        ("石柱土家族自治县", "石柱"),
        ("红河哈尼族彝族自治州", "红河州"),
        ("红河哈尼族彝族自治州", "红河"),
        ("云南省", "云南"),
        ("重庆市", "重庆"),
        ("内蒙古自治区", "内蒙古"),
        ("宁夏回族自治区", "宁夏"),
    ],
)
def test_short_forms(name, short):
    region = regions.lookup(name)
    assert region is not None and short in region.aliases
    assert regions.lookup(short) == region


def test_no_single_character_short_forms():
    assert all(len(a) >= 2 for r in regions.all_regions() for a in r.aliases)
    assert regions.lookup("忠县").aliases == ()


def test_ambiguous_names_need_context():
    assert regions.lookup("朝阳区") is None
    assert regions.lookup("朝阳区", context_code="110000").code == "110105"
    assert regions.lookup("朝阳区", context_code="220100").code == "220104"
    assert regions.lookup("江北区", context_code="500108").code == "500105"
    assert regions.lookup("鼓楼区", context_code="350000").code == "350102"
    assert len(regions.candidates("鼓楼区")) >= 4


def test_higher_level_wins_a_short_form_clash():
    assert regions.lookup("吉林").code == "220000"
    assert regions.lookup("吉林市").code == "220200"


def test_compound_names_and_ancestry():
    region = regions.lookup("四川省成都市武侯区")
    assert region.code == "510107"
    assert region.full_name == "四川省成都市武侯区"
    assert regions.lookup("重庆市南岸区").code == "500108"
    assert [a.code for a in regions.by_code("500240").ancestors()] == ["500000"]
    assert regions.by_code("500000").contains(regions.by_code("500108"))
    assert not regions.by_code("510000").contains(regions.by_code("500108"))


def test_unknown_names():
    assert regions.lookup("") is None
    assert regions.lookup("南滨路片区") is None
    assert regions.by_code("999999") is None


def _generator():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "gen_regions.py"
    spec = importlib.util.spec_from_file_location("gen_regions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_rules_reproduce_the_shipped_rows():
    gen = _generator()
    nations = ["汉族", "土家族", "苗族", "哈尼族", "彝族", "回族", "蒙古族", "维吾尔族", "达斡尔族"]
    assert gen.aliases("红河哈尼族彝族自治州", "prefecture", nations) == ["红河", "红河州"]
    assert gen.aliases("石柱土家族自治县", "county", nations) == ["石柱", "石柱县"]
    assert gen.aliases("内蒙古自治区", "province", nations) == ["内蒙古"]
    assert gen.aliases("忠县", "county", nations) == []
    assert not gen.keep("500157") and not gen.keep("500100") and gen.keep("500108")
    assert gen.parent_of("500108", {"500000"}) == "500000"
    assert gen.parent_of("510107", {"510000", "510100"}) == "510100"
    rows = {r["code"]: r for r in csv.DictReader(TSV.open(encoding="utf-8"), delimiter="\t")}
    for code in ("532500", "500240", "150000"):
        r = rows[code]
        assert r["aliases"].split("|") == gen.aliases(r["name"], r["level"], gen_nations_for(r["name"]))


def gen_nations_for(name: str) -> list[str]:
    """The ethnic names occurring in ``name`` (enough for the generator's cut)."""
    return [n for n in ["土家族", "哈尼族", "彝族", "蒙古族"] if n.removesuffix("族") in name]


def test_only_gbt2260_codes_for_taiwan_hong_kong_macao():
    for code in ("710000", "810000", "820000"):
        assert regions.by_code(code) is not None and regions.children(code) == ()
    assert regions.lookup("北区") is None  # a Hong Kong district name that hides inside 江北区
    assert regions.lookup("香港").code == "810000"
