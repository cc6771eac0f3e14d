"""Failure class: counts of people written with a bare magnitude (``惠及17万婴幼儿``, ``人才总量超650万``).

Collective nouns of people take the numeral without a measure word, and a clause that has
already named people drops the measure at its end; the figure reader dropped the bare 万 and
lost the count (``extract/indicators/implicit_people.py``). Invented sentences: the count gets
the unit 万人 (万户 for a household word, 万人次 for person-times), keeps its year and evidence,
and is named by the noun after it; a measure word the unit list lacks, a per-capita level, an
amount of money and a whole population stay unread.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _with_value(body: str, value: float):
    return [r for r in indicators(body) if r.value == value]


def test_a_count_before_a_people_noun_is_read_in_ten_thousands_of_people():
    [r] = _with_value("全年护理补贴惠及6.3万失能老人。", 6.3)
    assert r.unit == "万人" and r.year == 2024 and r.kind_ == "actual"
    assert "失能老人" in r.indicator and r.end > r.start


def test_modifiers_before_the_noun_do_not_hide_it():
    [r] = _with_value("长期护理保险覆盖9.6万参保职工。", 9.6)
    assert r.unit == "万人" and r.indicator == "长期护理保险覆盖参保职工数"
    [r] = _with_value("营养餐计划惠及27万农村学生。", 27.0)
    assert r.unit == "万人" and "农村学生" in r.indicator


def test_a_household_word_counts_households():
    [r] = _with_value("为2.3万农户发放补贴资金。", 2.3)
    assert r.unit == "万户" and r.indicator == "发放补贴资金农户数"


def test_a_name_of_people_at_the_clause_end_gives_the_unit():
    [r] = _with_value("注册志愿服务人员总量超12万，服务时长创新高。", 12.0)
    assert r.unit == "万人"
    [r] = _with_value("景区接待人次185万。", 185.0)
    assert r.unit == "万人次" and r.indicator == "景区接待人次"


def test_no_stuttered_count_suffix():
    [r] = _with_value("夜校报名人数超过4万。", 4.0)
    assert r.indicator == "夜校报名人数"


def test_what_is_no_count_of_people_stays_unread():
    assert not _with_value("新建农家书屋1.2万册。", 1.2)  # a measure word the unit list lacks (间 joined it)
    assert not _with_value("人均存款余额5.6万。", 5.6)  # a per-capita level
    assert not _with_value("授信总额超过800万。", 800.0)  # money without its unit
    assert not _with_value("带领260万全县人民砥砺前行。", 260.0)  # a whole population
    assert not [r for r in indicators("惠及三百万群众。") if r.unit.startswith("万")]
