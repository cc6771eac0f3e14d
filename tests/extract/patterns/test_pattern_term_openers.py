"""Failure class: a name cut after a modifier stop word that opens a term many authors write whole.

长期护理保险制度试点 came out as 护理保险制度试点 and 重要生态系统保护修复重大工程 as
生态系统保护修复重大工程: 长期 and 重要 are hard stop words, so the name grammar cut after them.
Where such a word, tagged a modifier by the miner, opens a mined widespread term (长期护理,
重要生态系统 in ``widespread_phrases.jsonl``) right after a clause edge, it is the name's first
word (``extract.pipeline.term_openers``). A verb, a verb's complement (落实|好) or a modifier after
other name material stays a cut. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.term_openers import LEXICON_FILE, opens_term


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


def test_the_evidence_is_mined_with_its_counts():
    rows = {e["phrase"]: e for e in default_grammar().lexicon[LEXICON_FILE]}
    for term in ("长期护理", "重要生态系统"):
        assert rows[term]["source"] == "mined" and rows[term]["docs"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("柳湾县今年扩大长期护理保险制度试点，覆盖失能老人。", "长期护理保险制度试点"),
        ("统筹推进重要生态系统保护修复重大工程，筑牢屏障。", "重要生态系统保护修复重大工程"),
    ],
)
def test_a_modifier_opening_a_widespread_term_stays_in_the_name(text, name):
    assert name in programmes(text)


def test_verbs_complements_and_inner_modifiers_still_cut():
    gr = default_grammar()
    assert opens_term("实施长期护理保险", 2, 4, gr)
    assert not opens_term("全面落实好惠民政策", 2, 4, gr)  # 落实|好: a verb's complement
    assert not opens_term("建设国家重要能源基地", 4, 6, gr)  # after other name material
    assert not opens_term("推进乡村振兴试点", 0, 2, gr)  # a verb opens a clause
