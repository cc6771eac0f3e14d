"""Failure class: the fourteenth session's readers on long crafted documents (hostile input).

Carried generic names (实施|X工程，), opening carrying verbs (持续深化|X行动), carried campaigns
(开展|X运动), headless quotes read off a result (“X”建设不断深化), two zones sharing one short kind
(甲、乙经开区), places inside an organisation's name (甲地合作组织), and the indicator readers of
distributive adverbs (均, 双双), rate lists, coordinated counts sharing a predicate, examples named
by the kind's head and marks passed (过百亿元) each read a bounded window around a hit or one pass
over a sentence's figures. A run of all their shapes repeated without a full stop (the sentence
splitter's cap bounds a sentence), many short sentences of the indicator shapes with figures that
differ (so no record is folded into another), and lists of thousands of members before one figure
must stay linear: on the reviewer's shared machine the names run (about 123,000 characters) took
5.4 CPU s and the indicator runs 6.0, the pipeline's load (about 2.5 s) included. Not covered:
``prose._explicit_year`` scans its clause back to the sentence start per figure (older code), so
the indicator sentences here end in a full stop. Every programme,
enterprise and measure name is invented; the places are gazetteer divisions (a closed class).
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

NAMES_UNIT = (
    "实施产业创新工程，深化乡村建设行动，持续深化护航优化营商环境行动，开展爱国卫生运动，"
    "“青禾远帆”建设不断深化，“青禾远帆”稳步推进，玉溪、曲靖经开区纳入名单，昆明合作组织峰会，"
)
INDICATOR_UNIT = (
    "游客人数、旅游收入均增长{a}%，金融机构本外币存、贷款余额双双突破{b}万亿元，"
    "甲类访视率、乙类管理率达到{a}%，{c}家企业和{d}所高校入选青禾名单，"
    "更新改造复康路等道路{c}条、桥梁{d}座，培育一批营收过百亿元农产品加工企业。"
)


def test_a_long_run_of_the_new_name_readers_shapes_stays_linear():
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        f"unit = {NAMES_UNIT!r}\n"
        "text = '一、总体情况\\n' + unit * 1400 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) > 1400\n"
    )
    assert_runs_within(script, 30)


def test_many_sentences_and_long_lists_of_the_new_indicator_shapes_stay_linear():
    script = (
        "from tests.extract.patterns.indicator_text import indicators\n"
        f"unit = {INDICATOR_UNIT!r}\n"
        "body = ''.join(unit.format(a=10 + i % 80, b=6 + i, c=3 + i, d=2 + i) for i in range(600))\n"
        "assert len(indicators(body)) > 1200\n"
        "rates = '、'.join(f'青禾{chr(0x4E00 + 300 + i)}类访视率' for i in range(2000))\n"
        "roads = '、'.join(f'复{chr(0x4E00 + 300 + i)}路' for i in range(2000))\n"
        "got = indicators(rates + '均增长10%。' + rates + '达到90%。' + roads + '等道路80条。')\n"
        "assert len(got) > 2000\n"
    )
    assert_runs_within(script, 30)
