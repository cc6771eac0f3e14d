"""Failure class: a long list of campaigns whose items hold a carrying verb (开展A、开展B、…).

``campaign_frames`` reads the list a carrying verb opens (开展|X学习教育、Y学习教育…). A verb inside
an item opens a list of its own whose tail is the outer list's, and each such list was read afresh
and output again: a crafted line of k items cost k² item matches and k² candidates (44,000
characters took 37 s, review12). Each item start is now read once and a tail already output is not
output again. The names found elsewhere in the report were searched once per name (k scans of the
text); they are now looked up at each place a campaign ending stands. Sentences are invented.
"""

from __future__ import annotations

from extract.pipeline.campaign_frames import campaign_spans, occurrences
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from tests.child_process import assert_runs_within

ITEM = "开展甲乙精神学习教育"
ITEMS = 20_000  # 220,000 characters
# CPU seconds: the linear reader takes ~0.5 s plus ~3 s of imports; the quadratic one took 37 s at 4,000 items
TIMEOUT_S = 12


def test_a_verb_inside_an_item_adds_its_own_reading_once():
    text = "开展" + "、".join([ITEM] * 3) + "。"
    spans = campaign_spans(text, Grammar(read_lexicon()))
    names = [text[a:b] for a, b in spans]
    assert len(spans) == len(set(spans))
    # the list's verb and the first item's make one chain (开展开展|…): its first item is read after both
    assert names.count(ITEM) == 2
    assert names.count("甲乙精神学习教育") == 3


def test_occurrences_are_those_of_a_find_loop():
    text = "丙丁学习教育成果，丙丁学习教育，戊学习教育丙丁学习教育。"
    names = frozenset({"丙丁学习教育", "戊学习教育"})
    expected = []
    for name in sorted(names):
        at = text.find(name)
        while at >= 0:
            expected.append((name, at))
            at = text.find(name, at + len(name))
    assert occurrences(text, names) == expected


def test_a_long_list_of_carried_campaigns_stays_linear():
    script = (
        "from extract.pipeline.campaign_frames import campaign_spans, occurrences\n"
        "from extract.pipeline.grammar import Grammar\n"
        "from extract.pipeline.lexicon_files import read_lexicon\n"
        f"text = '开展' + '、'.join([{ITEM!r}] * {ITEMS}) + '。'\n"
        "spans = campaign_spans(text, Grammar(read_lexicon()))\n"
        f"assert len(spans) == 2 * {ITEMS} - 1, len(spans)\n"
        "han = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'\n"
        "names = {han[i % 20] + han[i // 20 % 20] + han[i // 400 % 20] + '学习教育' for i in range(8000)}\n"
        "doc = '，'.join(sorted(names)) * 2\n"
        "assert len(occurrences(doc, frozenset(names))) == 2 * len(names)\n"
    )
    assert_runs_within(script, TIMEOUT_S)
