"""Failure class: a three-sector structure written with the ratio sign ∶ (U+2236) gave no record.

GUIDE §7 splits a three-sector structure (``0.3:40.7:59``) into three share records. The
provincial reports write it with U+2236 RATIO (``三次产业结构由9.1∶40.2∶50.7调整为…``), which NFKC
keeps, and the reader knew only the colons, so the structure gave nothing. A structure the text
changes from (``由A调整为B``) is the one of the period's start, dated like the start of
``从A提高到B`` (five years back in a five-year review); the one after it is the period's end.

The shares keep the source's frame (GUIDE §7, branch indicator39): a structure written as shares of
the GDP (``三次产业占GDP比重``) names each ``第N产业占地区生产总值比重``, a bare one (``三次产业结构``,
``三次产业比重``) the share of the sector's value added, ``第N产业增加值比重``, as the readable blind
rounds write it; one long name had matched either only leniently.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

FIVE = "一、“十四五”时期工作回顾"


def _shares(body: str) -> list[tuple[int, float]]:
    got = indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))
    return sorted((r.year, r.value) for r in got if r.unit == "%" and "产业" in r.indicator)


def test_the_ratio_sign_gives_three_shares():
    assert _shares("三次产业比重为4.2∶36.1∶59.7。") == [(2025, 4.2), (2025, 36.1), (2025, 59.7)]


def test_a_change_between_two_structures_dates_the_first_to_the_period_start():
    got = _shares("三次产业结构由9.1∶40.2∶50.7调整为7.6∶38.5∶53.9。")
    assert got == [(2020, 9.1), (2020, 40.2), (2020, 50.7), (2025, 7.6), (2025, 38.5), (2025, 53.9)]


def test_a_plain_colon_structure_reads_as_before():
    assert _shares("三次产业比重调整为3.3:41.5:55.2。") == [(2025, 3.3), (2025, 41.5), (2025, 55.2)]


def _names(body: str) -> list[str]:
    got = indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))
    return sorted({r.indicator for r in got if r.unit == "%" and "产业" in r.indicator})


def test_a_bare_structure_names_the_sectors_value_added():
    assert _names("三次产业结构由9.1∶40.2∶50.7调整为7.6∶38.5∶53.9。") == [
        "第一产业增加值比重",
        "第三产业增加值比重",
        "第二产业增加值比重",
    ]


def test_a_structure_of_gdp_shares_keeps_the_gdp_frame():
    """Also for the second structure of a change, whose clause the frame opens."""
    assert _names("三次产业占GDP比重由5.1∶44.0∶50.9调整为4.3∶39.2∶56.5。") == [
        "第一产业占地区生产总值比重",
        "第三产业占地区生产总值比重",
        "第二产业占地区生产总值比重",
    ]


def test_a_share_of_one_sector_is_untouched():
    """Negative: a single share keeps the name the share reader gives it, no three-sector names."""
    names = _names("战略性新兴产业增加值占地区生产总值比重达到18.6%。")
    assert not [n for n in names if n.startswith("第")]
