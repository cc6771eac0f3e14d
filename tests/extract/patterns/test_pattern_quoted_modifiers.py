"""Failure class: a quoted programme whose document glues the same modifier before its quote.

GUIDE §2.2 leaves the quotes wrapping a mention out of its span and §4 gives the entity its full
name, quotes inside it kept; the round golds name such a programme with the modifier the text
writes before the quote (高质量发展“十项行动”), and relations are scored on that name (§5). The
modifier is the one the document repeats before the quote; a verb, a one-off specialisation or
competing modifiers leave the core alone. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline
from extract.quoted_modifiers import modified_name, quoted_modifier


def programmes(text: str) -> list[tuple[str, str]]:
    doc = from_text("某某省2025年政府工作报告\n" + text + "\n")
    return [(m.text, m.canonical) for m in find_mentions(doc, load_pipeline()) if m.type == "Program"]


def test_every_bare_quote_takes_the_repeated_modifier():
    text = (
        "全面推进绿色转型“八大攻坚”，生态环境持续改善。"
        "今年继续实施绿色转型“八大攻坚”，确保各项任务落地。"
        "深化“八大攻坚”，推动经济社会发展全面绿色转型。"
    )
    modifier = quoted_modifier(text, "八大攻坚")
    assert modifier == "绿色转型", modifier
    start = text.rindex("八大攻坚")
    assert modified_name(text, start, start + 4, "八大攻坚") == "绿色转型“八大攻坚”"


@pytest.mark.parametrize(
    "text",
    [
        # written with the modifier once: a specialisation, not the name
        "落实住房“焕新置业”政策。大力推进“焕新置业”，释放消费潜力。",
        # two modifiers, each repeated: the core names no one programme
        "实施数字经济“五大工程”和数字经济“五大工程”配套。推进海洋经济“五大工程”，海洋经济“五大工程”见效。",
        # the same verb before every quote is no modifier
        "坚决做到“两个坚持”。始终做到“两个坚持”。",
    ],
)
def test_no_modifier(text):
    core = text[text.index("“") + 1 : text.index("”")]
    assert quoted_modifier(text, core) is None


def test_a_linked_canonical_or_an_unquoted_mention_is_left_alone():
    text = "实施绿色转型“八大攻坚”。推进绿色转型“八大攻坚”。八大攻坚成效明显。"
    bare = text.rindex("八大攻坚")
    assert modified_name(text, bare, bare + 4, "八大攻坚") is None  # not written in quotes
    quoted = text.index("八大攻坚")
    assert modified_name(text, quoted, quoted + 4, "“八大攻坚”行动") is None  # another rule named it


def test_the_pipeline_links_the_bare_quote_to_the_modified_name():
    found = programmes(
        "扎实推进营商环境“九项行动”，经济运行稳中向好。"
        "全力实施营商环境“九项行动”，各项任务取得新进展。"
        "项目化推动“九项行动”落地见效。"
    )
    assert found and all(c == "营商环境“九项行动”" for t, c in found if t == "九项行动"), found


def test_the_quote_index_finds_what_a_scan_of_the_text_finds():
    """One pass indexes every quoted run (``_quote_positions``); its answer for each core equals a
    direct scan for “core”, also beside nested, adjacent and unclosed quotes and across lines."""
    import random

    from extract.quoted_modifiers import _occurrences

    rng = random.Random(7)
    long_quote = "“长" + "青" * 70 + "”"
    pieces = ["“甲乙”", "“丙”", "“甲乙”“丙”", "“外“甲乙”内”", "“未闭", "文化", "，", "\n", "”", long_quote]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(30))
        for core in ("甲乙", "丙", "外“甲乙”内", "长" + "青" * 70, "未闭"):
            quoted, want, pos = f"“{core}”", [], text.find(f"“{core}”")
            while pos >= 0:
                want.append(pos)
                pos = text.find(quoted, pos + len(quoted))
            assert _occurrences(text, core) == want, (text, core)
