"""The area of work done on the ground: ``完成营造林260万亩`` measures the planting's extent.

An area of land (亩, 公顷, 平方公里) named by an act (``完成营造林``, ``治理废弃矿山``,
``实施…矿山修复``) measures how much ground the act covered, and the name says what it measures
with ``面积`` (完成营造林面积), as 里程 completes the length of a route (``prose._mileage_of``).

Readable gold, every area figure whose name opens with an act: eight acts on ground that is no
plot of its own are named …面积 (完成营造林 three times, 营造林, 治理废弃矿山, 治理小流域, 修复湿地,
造林), and the seven acts on a plot of land, field or sea name the plot, which is the area already
(处置闲置土地, 处置批而未供土地, 新建改造高标准农田 twice, 供应国有建设用地, 新增用林地, 新增用海). So a
name whose last character is the head of those plot nouns (土地, 用地, 林地, 农田, 用海) stays as
written; of the eight, this reads six (修复湿地 ends like a plot, and 造林 is one dictionary noun,
no act the dictionary knows). A floor or paving area (平方米: 提升改造村内道路, a building's or a
road's surface) is named by the thing, as the one such readable gold name is; a name that opens
with no act (粮食播种面积, 高标准农田) or already ends in an area's measure noun is left alone.
An act shared over a list of areas (完成营造林…、水土流失综合治理…) names each item's area too.
"""

from __future__ import annotations

from extract.indicators.names import opens_with_action

AREA = "面积"
# the measure nouns of an area: a name ending in one says what it measures (改造范围, 播种面积)
AREA_NAMES = (AREA, "范围", "规模")
# the heads of the nouns of a plot: land (土地, 用地, 林地), field (农田), sea use (用海)
PLOT_HEADS = ("地", "田", "海")
# the units of an area (GB 3100 and the mu, as ``numbers`` spells them): one list, read by
# ``prose`` for every area figure
AREA_UNITS = frozenset({"平方米", "万平方米", "平方公里", "公顷", "万公顷", "亩", "万亩"})
# the units of a floor or a paved surface, no ground
FLOOR_UNITS = frozenset({"平方米", "万平方米"})
# the units of an area of ground
GROUND_UNITS = AREA_UNITS - FLOOR_UNITS


def area_name(name: str, unit: str) -> str:
    """``name`` of an area figure with ``面积`` when it names an act on ground that is no plot
    (完成营造林 → 完成营造林面积); ``name`` itself otherwise (新增用海, 粮食播种面积, 老旧小区)."""
    if unit not in GROUND_UNITS or not name or not "\u4e00" <= name[-1] <= "\u9fff":
        return name  # a quote, bracket, digit or letter ends it: a quoted or cut name stays
    if name.endswith(AREA_NAMES) or name.endswith(PLOT_HEADS):
        return name
    return name + AREA if opens_with_action(name) else name
