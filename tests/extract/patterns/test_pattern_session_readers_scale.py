"""Failure class: the thirteenth session's name readers on a long crafted document (hostile input).

Quote leads and chains, numbered packages, route ends, quote-cut names, kinds of works, object
verbs, trade labels, firm rankings, town titles, pilot lists before a result, counted area kinds,
provincial free trade zones and subject-predicate counts each read a window around a hit. One
crafted run of their shapes, repeated without a full stop (so the sentence splitter's cap is what
bounds a sentence), must stay linear: 160,000 characters took 4.5 CPU s on the lead's machine,
including the pipeline's load. Every name is invented.
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

UNIT = (
    "实施山村“三片地”改革试点、货车企业“两上门三加强”行动和“四新”、“四量”工作，出台支持青禾产业发展18条措施，"
    "青禾大道至白鹭山公路至松溪高速，澄湾站“远帆”商务区，学校、医院、薄弱学校等项目，布局松溪石化、筹建青禾园区，"
    "电子信息产业、汽车产业等一批龙头企业，青禾远帆公司跻身中国企业500强，全国双拥模范城（县）、海绵城市、"
    "完整社区等国家试点成效明显，25个典型村片区，湖南自贸试验区，1.4万余家企业实施改造，"
)


def test_a_long_run_of_the_new_readers_shapes_stays_linear():
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        f"unit = {UNIT!r}\n"
        "text = '一、总体情况\\n' + unit * 800 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) > 800\n"
    )
    assert_runs_within(script, 30)
