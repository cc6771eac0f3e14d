"""Failure class: the nineteenth session's readers on a long crafted document (hostile input).

Campaign fronts sharing one kernel, events a host holds, firms opening for business, shares in
tenths, crossing phrases, noun stop words between nouns, Party committees, series, named parks
and per-capita measures each read a window around a hit or a list before it. One crafted run of
their shapes, repeated without a full stop (so the sentence splitter's cap is what bounds a
sentence), must stay linear. The limit is on the child's CPU time; every name is invented.
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

UNIT = (
    "统筹推进青空、澄水、净土提升攻坚战，办好第三届青禾文化节和青禾国际自行车赛，鑫泓智联、驭远环保开业运营，"
    "无人机产量占全国9成，惠民生、防风险，加快丙丁大宗商品骨干流通走廊建设，在中共青禾省委坚强领导下，"
    "建强用好青禾系列实验室，新建提升甲溪公园、乙湾湿地公园等公园，人均公园绿地面积达15平方米，"
)


def test_a_long_run_of_the_nineteenth_sessions_shapes_stays_linear():
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
