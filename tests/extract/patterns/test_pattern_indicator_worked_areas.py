"""Failure class: the area of work done on the ground named by the act alone.

``完成营造林260万亩``, ``治理废弃矿山16万亩``: a figure in mu, hectares or square kilometres named by
an act measures how much ground the act covered, and the readable gold names every such act on
ground that is no plot of its own with 面积 (完成营造林面积 four times, 治理废弃矿山面积,
治理小流域面积); the extractor wrote the act alone (完成营造林), a strict miss each time. Acts on a
plot of land, field or sea (处置闲置土地, 新建改造高标准农田, 新增用海) name the plot, which is the
area already, and a floor or paved surface in square metres is named by the thing
(``extract.indicators.worked_areas``). Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_an_act_on_the_ground_is_named_by_its_area():
    got = by_name("国土绿化扎实推进，完成营造林35万亩，治理沙化土地12万亩。")
    assert got["完成营造林面积"].value == 35
    assert "完成营造林" not in got


def test_a_restoration_in_hectares_and_square_kilometres():
    got = by_name("实施山体生态修复工程，治理废弃矿山1200公顷。", heading=PLAN)
    assert got["治理废弃矿山面积"].value == 1200
    got = by_name("持续推进水土保持，新增治理水土流失80平方公里。")
    assert got["新增治理水土流失面积"].value == 80


def test_an_area_in_ten_thousand_hectares():
    # 万公顷 is an area unit too: one list of area units (worked_areas.AREA_UNITS) for prose
    got = by_name("国土绿化扎实推进，完成营造林1.2万公顷。")
    assert got["完成营造林面积"].value == 1.2


def test_a_plot_keeps_its_own_name():
    """Negative: land, fields and sea use are the area themselves."""
    got = by_name("盘活存量资源，处置闲置土地3.2万亩，新建改造高标准农田18万亩。")
    assert got["处置闲置土地"].value == 3.2
    assert got["新建改造高标准农田"].value == 18
    assert not [n for n in got if n.endswith("面积")]
    got = by_name("保障重大项目要素需求，新增用海2.5万亩。")
    assert got["新增用海"].value == 2.5


def test_floor_space_and_written_measures_stay_as_written():
    """Negative: square metres of a building or a road, and names that already say 面积."""
    got = by_name("城市更新有序推进，改造提升背街小巷路面26万平方米，粮食播种面积稳定在54万亩。")
    assert got["改造提升背街小巷路面"].value == 26
    assert got["粮食播种面积"].value == 54


def test_the_shared_act_of_a_list_of_areas():
    """The act that opens a list of areas goes on to the items after it (GUIDE §7, each named by
    what was done), and each is then the area of that act."""
    got = by_name("生态屏障更加牢固，完成营造林42万亩、水土流失综合治理18万亩、草场补播改良9万亩。")
    assert got["完成营造林面积"].value == 42
    assert got["完成水土流失综合治理面积"].value == 18
    assert got["完成草场补播改良面积"].value == 9


def test_a_list_that_named_its_first_plot_names_the_rest_alike():
    """Negative: after a plot (…用地) the act's next object is named as written, no …面积."""
    got = by_name("推动节约集约用地，处置低效工业用地6万亩、闲置仓储设施1.2万亩。")
    assert got["处置闲置仓储设施"].value == 1.2
    assert not [n for n in got if n.endswith("面积")]
