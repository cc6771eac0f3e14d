"""Tell the document body from the page chrome around it, without touching the text.

Reports copied from portals and newspapers carry breadcrumbs (您的位置 > 首页 > 要闻),
font-size buttons (【字号：加大 还原 减小】), source/time stamps, portal metadata tables
(``[ 索引号 ] | …``), trailing share links (相关报道：, 分享到, 【打印本页】) and the site's imprint
below a copied page (某日报版权所有, 地址：…, 技术支持：…: the publisher's places and firms, not the
report's). The body runs from the document title (the last copy of it before 各位代表, since
newspapers repeat it above their masthead) to the last line that is not chrome. Chrome lines
between the title and the opening address are left out of the structure too (``head_chrome``),
and so is the title block's front matter there (``FRONT_MATTER``): the session dateline
(——2026年1月26日在甲省第十四届人民代表大会第四次会议上, also broken over two lines), the speaker
line (甲省省长 某某, 自治区主席 某某) and a photo caption with its credit (…本报记者某某摄). None of
them is a body paragraph (GUIDE §9), so the places in them (the congress's province, the speaker's)
are no mentions of the report, which is what the precision audits found them to be.
"""

from __future__ import annotations

import re

from extract.headings import match_heading
from extract.lines import Line, split_lines
from extract.normalize import normalize

CHROME = re.compile(
    r"(?:下载|打印|全屏|收藏|加大|还原|减小|放大|缩小|默认|大|中|小|】|【|\||×|>|›|»|首页|返回|"
    r"【?\s*字[号体][:：]?\s*(?:[【\[]?\s*大\s*中\s*小\s*[】\]]?)?|分享(?:到)?[:：]?.{0,10}|"
    r"相关(?:报道|文档|链接|新闻|阅读|附件)[:：]?|》》.*《《|扫一扫.*|"
    r"【?\s*(?:打印本页|关闭窗口|关闭本页|加入收藏|我要纠错|返回顶部|打印|关闭)\s*】?|"
    r"(?:责任)?编辑[:：].{0,12}|[（(](?:信息)?来源[:：].{0,16}[)）]|(?:信息|文章)?来源[:：].{0,16}|"
    r"(?:发表|发布)时间[:：]?.{0,20}|(?:阅读|浏览|访问|点击)(?:量|次数)[:：]?\s*\d*|时间[:：].{0,20}|"
    r"(?:您的|当前)位置[:：]?|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\d*上一[篇版条].{0,30}|下一[篇版条].{0,30}|.{0,6}(?:要闻|政务信息|新闻中心|信息公开)|"
    r".{0,12}版权所有.*|(?:地址|邮编|技术支持|主办单位|承办单位)[:：].*|[\s\xa0\u3000]*)"
)
# The title block's front matter between the title and 各位代表 (module doc): whole lines only, with
# no sentence inside (。，；), so a body paragraph that opens with a date (2024年1月8日在某地召开…。)
# or names a governor never matches.
FRONT_MATTER = re.compile(
    r"[—―－–-]{0,2}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。，；]{2,40}|"  # the dateline
    r"[^。，；\s]{0,30}代表大会[^。，；\s]{0,12}会议上|"  # its second line when broken
    r"[^。，；\s]{0,16}(?:省长|市长|区长|县长|州长|主席|盟长)[\s\xa0\u3000]+[^。，；\s]{2,12}|"  # the speaker
    r".{0,100}记者[^。，；]{0,12}摄"  # a photo caption with its credit
)
FRONT_MAX = 120  # characters: a front-matter line is short; a longer line is body
PORTAL_HEADER = re.compile(r"\[\s*\S{2,8}\s*\]\s*\|")
TITLE_END = re.compile(r"(?:报告|纲要|规划|(?:计划|草案)[)）]?的报告)$")
TITLE_START = re.compile(
    r"(?:关于|\d{4}\s*年|政府工作报告|中共|[^\s，。]{2,9}?(?:省|市|区|县|自治区|自治州))"
)
ADDRESS = re.compile(r"各位(?:代表|委员)")


def is_chrome(text: str, line: Line) -> bool:
    s = text[line.lstart : line.rend]
    if len(s) > 40:
        return False
    return CHROME.fullmatch(s) is not None or PORTAL_HEADER.match(s) is not None


def is_front_matter(text: str, line: Line) -> bool:
    """A dateline, speaker line or photo caption of the title block (``FRONT_MATTER``)."""
    s = text[line.lstart : line.rend].strip(" \t\xa0\u3000")
    return len(s) <= FRONT_MAX and FRONT_MATTER.fullmatch(s) is not None


def _title_line(text: str, lines: list[Line]) -> int | None:
    limit = min(len(lines), 60)
    address = next((i for i in range(limit) if ADDRESS.match(text, lines[i].lstart, lines[i].rend)), limit)
    best = None
    for i in range(min(address, limit)):
        ln = lines[i]
        s = text[ln.lstart : ln.rend]
        if match_heading(normalize(s), 0, len(s)):
            break  # the body has begun: a line such as （二）加快编制国土空间规划 is no title
        if 4 <= len(s) <= 60 and TITLE_END.search(s) and "。" not in s and not PORTAL_HEADER.match(s):
            best = i
    return best


def find_body(text: str, lines: list[Line]) -> tuple[int, int]:
    """``(body_start, body_end)`` offsets; the whole text when no chrome is recognised."""
    if not lines:
        return 0, len(text)
    first = _title_line(text, lines)
    if first is not None:
        s = text[lines[first].lstart : lines[first].rend]
        if not TITLE_START.match(s):
            prev = first - 1
            while prev >= 0 and lines[prev].blank:
                prev -= 1
            if prev >= 0 and first - prev <= 2:
                p = lines[prev]
                ps = text[p.lstart : p.rend]
                if len(ps) <= 40 and not is_chrome(text, p) and ps[-1] not in "。：:，,":
                    first = prev
    else:
        first = 0
        while first < len(lines) and (lines[first].blank or is_chrome(text, lines[first])):
            first += 1
        if first == len(lines):
            first = 0
    last = len(lines) - 1
    while last > first and (lines[last].blank or is_chrome(text, lines[last])):
        last -= 1
    return lines[first].lstart, lines[last].rend


def head_chrome(text: str, lines: list[Line]) -> set[int]:
    """Indices of chrome and front-matter lines between the title and the opening address (or
    first heading)."""
    out: set[int] = set()
    for ln in lines[:40]:
        if ADDRESS.match(text, ln.lstart, ln.rend):
            break
        if not ln.blank and (is_chrome(text, ln) or is_front_matter(text, ln)):
            out.add(ln.index)
    return out


def chrome_spans(text: str, body_start: int, body_end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the chrome lines inside the body (``head_chrome``: 来源：某省日报,
    时间：…, font buttons between the title and the opening address). ``find_body`` keeps them
    inside the body because the title sits above them; the structure skips them, and the
    entity finders must too: a place in 来源：山西日报 names the newspaper that printed the
    report, not a place the report is about (GUIDE §9: body paragraphs only, no page chrome)."""
    lines = split_lines(text, body_start, body_end)
    skip = head_chrome(text, lines)
    return [(ln.lstart, ln.rend) for ln in lines if ln.index in skip]
