"""Failure class: a place in the title block's front matter typed District (issue 12, District
precision; GUIDE §9 "body paragraphs only"): the session dateline (——某年某月某日在甲省第十四届人民
代表大会第四次会议上, also broken over two lines), the speaker line (甲省省长 某某, 自治区主席 某某)
and a photo caption with its credit (…本报记者某某摄). The readable District audit of district13 found
these lines in every provincial report (the congress's and the speaker's province, 19 of 420 readable
District mentions outside gold passages).

``chrome.head_chrome`` keeps them out of the structure and ``chrome.chrome_spans`` out of the entity
finders, as for 来源：某省日报. A body paragraph that opens with a date and a place, or names a
governor inside a sentence, is no front matter and keeps its District. The report is invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import find_mentions

REPORT = (
    "政府工作报告\n"
    "——2026年1月20日在甘肃省第十四届\n"
    "人民代表大会第四次会议上\n"
    "甘肃省人民政府省长 某某某\n"
    "省长某某某作政府工作报告。本报记者 某某摄\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作。\n"
    "一、2025年工作回顾\n"
    "2025年3月8日在兰州召开全省招商大会，甘肃经济运行稳中有进。\n"
    "省长带队赴四川考察，签约项目12个。\n"
)


def _districts(text: str):
    return [m for m in find_mentions(from_text(text, doc_id="invented.txt")) if m.type == "District"]


def test_no_district_in_the_dateline_speaker_or_caption():
    address = REPORT.index("各位代表")
    assert not [m for m in _districts(REPORT) if m.start < address]


def test_the_body_keeps_its_places():
    starts = {m.start for m in _districts(REPORT)}
    assert REPORT.index("兰州召开") in starts  # a body sentence opening with a date and 在 is no dateline
    assert REPORT.index("甘肃经济") in starts
    assert REPORT.index("四川考察") in starts  # 省长 inside a sentence is no speaker line


def test_a_one_line_dateline_and_a_bare_speaker_line():
    broken = "——2026年1月20日在甘肃省第十四届\n人民代表大会第四次会议上\n"
    report = REPORT.replace(broken, "2026年1月20日在甘肃省第十四届人民代表大会第四次会议上\n")
    report = report.replace("甘肃省人民政府省长 某某某\n", "甘肃省省长\u3000某某某\n")
    address = report.index("各位代表")
    assert not [m for m in _districts(report) if m.start < address]
