"""Failure class: one unpunctuated run of a new reader's shape, tens of thousands of characters long.

The twenty-eighth session's readers scan forward from a governing verb over quoted names
(governed_headed_quotes), over a list of designations closed by 创建 (county_designations) and
over a campaign body before 系列活动 (campaign_frames). A hostile or garbled report can write one of
those shapes thousands of times with no sentence end; each must finish in bounded time, not walk
the run once per item. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.child_process import assert_runs_within

RUNS = {
    "quoted names after one verb": "推进" + "“青禾澄湾”" * 6000,
    "designations before one 创建": "加快" + "青禾教育优质均衡发展县、" * 3000 + "澄湾县创建",
    "one campaign body": "开展" + "青禾群众文化惠民" * 3000 + "系列活动",
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_an_unpunctuated_run_finishes(name: str) -> None:
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        f"text = '一、总体情况\\n' + {RUNS[name]!r} + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert isinstance(records, list)\n"
    )
    assert_runs_within(script, 30)
