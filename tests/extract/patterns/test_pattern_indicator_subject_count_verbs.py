"""Failure class: a count that opens its clause, with a predicate whose verb is in no mined list.

``7家企业上榜…250强``: the firms are the clause's subject and 上榜 what they did, so the count
is named by the predicate and the noun (上榜…250强企业数, as 获…奖作品数), whatever the verb.
Only the subject's own predicate is read so: after the author's verb (``引进5家企业…``) the
mined clause verbs alone decide, as before.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_any_verb_of_a_counted_subject_names_the_count():
    got = by_name("8家企业登上中国品牌价值榜，4个乡镇跻身全国千强镇，3所高校跻身世界排名前500。")
    assert got["登上中国品牌价值榜企业数"].value == 8.0
    assert got["跻身全国千强镇乡镇数"].unit == "个"
    assert got["跻身世界排名前500高校数"].value == 3.0


def test_a_count_after_the_authors_verb_keeps_its_reading():
    got = by_name("全年引进5家企业，新建3个产业园。")
    assert {"引进企业数", "新建产业园数"} <= set(got)
