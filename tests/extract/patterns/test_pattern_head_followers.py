"""Failure class: a head glued into a longer common noun read as a name's end (项目库, 平台企业,
园区内; issue 12).

A head ends a name unless the next character glues it into a longer noun (BAD_FOLLOW, a
closed set of nominal suffixes); a stop word or status phrase of the mined lexicon after it
(建设, 开工, 加快) still ends the name, whatever its first character. No list of following words
is typed in code but 制度. Sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon

GR = Grammar(read_lexicon())


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("青禾产业园，", True),
        ("青禾产业园建设", True),  # a status word
        ("青禾数字平台制度", True),
        ("青禾数字平台企业", False),  # 平台企业: a kind of firm
        ("青禾产业园内", False),
        ("青禾项目库", False),
    ],
)
def test_what_may_follow_a_head(text, ok):
    head = next(h for h in ("产业园", "平台", "项目") if h in text)
    assert GR.follows_ok(text, text.index(head) + len(head)) is ok


def test_a_mined_stop_word_after_a_head_ends_the_name():
    lexicon = read_lexicon()
    assert not GR.follows_ok("青禾产业园区块", 5)  # 区 glues: 园区块 is no name end
    more = copy.deepcopy(lexicon)
    more["stop_words.jsonl"].append(
        {"word": "区块", "kind": "hard", "source": "mined", "counts": {"frame": 3}, "docs": 3}
    )
    assert Grammar(more).follows_ok("青禾产业园区块", 5)
