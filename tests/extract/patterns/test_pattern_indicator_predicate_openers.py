"""Failure class: a count whose predicate opens with a word jieba tags no verb (issue 12, GUIDE §7).

A count that opens its clause is the clause's subject; what the counted items did or got is part
of the indicator's name (``获…奖剧目数``, test_pattern_indicator_count_predicates). The predicate
was lost when its first word is a mined hard clause word the dictionary tags a preposition (the
passive 被, 通过: ``9个模型通过…评审`` gave 模型数), and a one-character adjective before the verb
(``4个社区新获评…``, ``38个项目新开工``) was read as the end of the counted noun (社区新数,
开工项目新数). Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_predicate_opened_by_a_mined_preposition_names_the_count():
    got = by_name("科技创新持续加强，7个算法模型通过省级评审，5个乡镇被评为省级生态乡镇。")
    assert got["通过省级评审算法模型数"].value == 7.0
    assert got["被评为省级生态乡镇数"].value == 5.0


def test_a_one_character_adjective_before_the_verb_is_the_verbs():
    got = by_name("全年38个项目新开工，4个社区新获评全国文明村镇。")
    assert got["新开工项目数"].value == 38.0
    assert got["新获评全国文明村镇社区数"].value == 4.0


def test_a_count_after_a_verb_of_the_author_keeps_the_plain_reading():
    got = by_name("引进9个团队通过省级评审，高新技术企业达到90家。")
    assert "高新技术企业数" in got
    assert not any(name.startswith("通过") for name in got)


def test_a_predicate_that_ends_in_a_verb_is_a_clause_of_its_own():
    got = by_name("15个乡村振兴项目被列入计划推进。")
    assert len(got) == 1
    assert not any(name.startswith("被") for name in got)


def test_an_adjective_that_ends_the_clause_stays_in_the_name():
    got = by_name("9条支流稳定消劣，6个村新建成文化广场。")
    # 劣 stays whole; since branch indicator29 the verb phrase with no object goes before the noun
    # (test_pattern_indicator_verb_final_counts; round 9's readable gold: 稳定消劣入海河流数)
    assert got["稳定消劣支流数"].value == 9.0
