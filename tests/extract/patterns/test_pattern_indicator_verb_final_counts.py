"""Failure class: a count that opens its clause and ends it in a verb phrase with no object.

``6家国家级实验室重组入列``, ``3个大科学装置新增``, ``12条入海河流稳定消劣``: the counted things are the
clause's subject and the verb phrase says which of them are counted. The extractor wrote the
words in order (``国家级实验室重组入列数``); the readable gold of rounds 7, 9 and 10 names every such
count with the predicate first, as a relative clause stands before its head (重组入列…数,
新增…数, 稳定消劣…数), as indicator21 already did where the verb has an object (branch
indicator29). Status phrases keep the status reader's name; a verb with an object keeps
indicator21's. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_verb_phrase_with_no_object_goes_before_the_noun():
    got = by_name("5家省级工程中心重组入列，3个大科学装置新增。")
    assert set(got) == {"重组入列省级工程中心数", "新增大科学装置数"}


def test_an_adjective_of_manner_goes_with_the_verb():
    got = by_name("全区14条城市河流稳定消劣。")
    assert set(got) == {"稳定消劣城市河流数"}


def test_a_status_phrase_keeps_the_status_readers_name():
    got = by_name("6条干线公路建成通车，20个项目扎实推进。")
    assert set(got) == {"建成通车干线公路数", "项目数"}


def test_a_count_that_does_not_open_its_clause_is_unchanged():
    got = by_name("新建社区食堂25个，其中12个食堂新增。")
    assert "新建社区食堂数" in got


# branch indicator29, the same round: a part after 其中 named by a noun lacking the measure


def test_a_part_after_qizhong_takes_the_measure_of_the_level_before():
    got = by_name("汽车保有量由1200万辆增至1500万辆，其中新能源汽车由20万辆增至160万辆。")
    assert {r.indicator for r in got.values()} >= {"汽车保有量", "新能源汽车保有量"}


def test_a_part_with_a_measure_or_an_act_of_its_own_is_unchanged():
    got = by_name("进出口总额5000亿元，其中出口3000亿元；食品抽检量超每千人6.6批次，其中开展快检超5万批次。")
    assert "出口" in got and "开展快检" in got
