"""Failure class: a place inside page chrome (来源：某省日报 between a report's title and its
opening address) typed District (issue 12, District precision; GUIDE §9 "body paragraphs only
(no page chrome)"; the precision13 sample's newspaper rows).

``chrome.head_chrome`` already keeps such lines out of the document structure; the entity
finders now skip them too (``chrome.chrome_spans``). The same place in the body stays a
District. The report is invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import find_mentions

REPORT = (
    "政府工作报告\n"
    "——2026年1月20日在甘肃省第十四届人民代表大会第四次会议上\n"
    "来源：甘肃日报\n"
    "时间：2026-01-30\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作。\n"
    "一、2025年工作回顾\n"
    "过去一年，甘肃经济运行稳中有进，兰州新区承接产业转移成效明显。\n"
)


def test_a_place_in_the_source_line_is_no_district():
    doc = from_text(REPORT, doc_id="invented.txt")
    source_line = REPORT.index("来源：")
    districts = [m for m in find_mentions(doc) if m.type == "District"]
    assert not [m for m in districts if source_line <= m.start < source_line + len("来源：甘肃日报")]
    body = REPORT.index("甘肃经济")
    assert [m for m in districts if m.start == body]


FOOTER = REPORT + (
    "做好价格监测预警工作。\n"
    "\n"
    "3上一篇\xa0\xa0下一篇\n"
    "甘肃日报版权所有 未经书面授权 不得复制\n"
    "地址:甘肃省兰州市某某路1号\xa0邮编:730000\n"
    "技术支持:某某电子有限公司\n"
)


def test_a_place_in_the_page_footer_is_no_district():
    """The imprint below a copied page (版权所有, 地址：, 技术支持：) is chrome: its places and firms are
    the publisher's (GUIDE §9: body paragraphs only); the body ends before it."""
    doc = from_text(FOOTER, doc_id="invented.txt")
    footer = FOOTER.index("3上一篇")
    assert doc.body_end <= footer
    assert not [m for m in find_mentions(doc) if m.start >= footer]
    assert [m for m in find_mentions(doc) if m.type == "District" and m.start == FOOTER.index("甘肃经济")]
