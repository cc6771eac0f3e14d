"""The standard name of a province's pilot free trade zone (自由贸易试验区).

GUIDE §9 (Zones): "the provincial 自贸试验区 is 中国（云南/新疆）自由贸易试验区". The State Council
names every such zone 中国（<province short name>）自由贸易试验区, and reports write it short in a few
ways: bare (自贸试验区, the author's own), led by the province (广东自贸试验区, 广东省自由贸易试验区),
or in the official frame with the short head (中国（新疆）自贸试验区). All of them are one Platform,
so relations and indicator subjects name it by the standard name. The province is read off the
closed gazetteer of divisions (``extract.regions``); a lead that is no single province (川渝, a
city) is left as written: a joint or city zone has no standard name of this form.
"""

from __future__ import annotations

import re

from extract.regions import by_code, lookup

# 中国（广东）自贸试验区, 广东自贸试验区, 广东省自由贸易试验区: an optional 中国（…） frame round a
# place of 2–8 Han characters (no nested quantifier: one bounded class, then literals)
_LED_RE = re.compile(r"^(?:中国[（(])?([\u4e00-\u9fff]{2,8}?)[)）]?(?:自贸试验区|自由贸易试验区)$")


def standard_zone_name(province_name: str) -> str | None:
    """中国（广东）自由贸易试验区 for 广东省 (or 广东); None when it is no province."""
    region = lookup(province_name)
    if region is None or region.level != "province":
        return None
    short = next((a for a in region.aliases if len(a) >= 2), region.name)
    return f"中国（{short}）自由贸易试验区"


def province_led_zone(name: str) -> str | None:
    """The standard name of a free trade zone written with its province (广东自贸试验区 ->
    中国（广东）自由贸易试验区); None for any other name, a bare head included (the caller knows
    the author's province for that one)."""
    m = _LED_RE.match(name)
    if m is None:
        return None
    return standard_zone_name(m.group(1))


# GUIDE §3 lists 联动创新区 among the Platform zones: an area outside a free trade zone that the
# province links to it. Reports write it after the zone's short head (自贸区联动创新区,
# 自贸试验区联动创新区); whose it is, the author says by writing it (GUIDE §4 expands abbreviations
# for the author; §5 the author is the implicit subject).
LINKED_ZONE = "联动创新区"
_SHORT_ZONE_HEADS = ("自贸区", "自贸试验区", "自由贸易试验区")


def linked_zone_name(name: str, province: str | None, county_code: str | None) -> str | None:
    """The standard name of the author's own linkage zone written short, or None.

    In a province's (or municipality's) report the zone is the province's: 自贸区联动创新区 ->
    中国（河北）自由贸易试验区联动创新区, the standard zone name of GUIDE §9 before the kind. In a
    county's report it is the county's own, written as the report itself writes it in full
    (自贸试验区联动创新区 -> 自贸试验区大渡口联动创新区, the dev gold's canonical). A lead other than
    the bare short head (川渝自贸试验区联动创新区) is no abbreviation of the author's and is left.
    """
    if not name.endswith(LINKED_ZONE) or name[: -len(LINKED_ZONE)] not in _SHORT_ZONE_HEADS:
        return None
    if county_code is not None:
        region = by_code(county_code)
        if region is None or region.level != "county":
            return None
        short = next((a for a in region.aliases if len(a) >= 2), region.name)
        return f"自贸试验区{short}{LINKED_ZONE}"
    zone = standard_zone_name(province) if province else None
    return zone + LINKED_ZONE if zone else None
