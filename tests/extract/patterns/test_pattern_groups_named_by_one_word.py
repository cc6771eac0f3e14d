"""Failure class: a business group named by one everyday word (蚂蚁集团, 机床集团: issue 12).

``genericity.firm_of_kinds`` drops a firm kernel after everyday words only (融资平台公司: a kind
of firm). A conglomerate is often named by the one word of its trade or brand, which is an
everyday word too (蚂蚁 "ant", 机床 "machine tool"), so such groups were dropped wherever they
stood. A group (集团) after a single dictionary word is now a name; a company kind described by a
phrase, and the kinds most reports write (平台公司, 上市公司), stay untagged — except as an item
of a list the text types as firms (X、能源发展集团等6家企业), where the classifier says it is one.
Sentences are invented; the groups named are invented or generic.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import firm_of_kinds


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


def test_a_group_after_one_everyday_word_is_no_kind():
    assert not firm_of_kinds("海螺集团")
    assert not firm_of_kinds("轴承集团")
    assert firm_of_kinds("物流运输公司")  # a phrase before a legal form: a kind
    assert firm_of_kinds("平台公司")  # 公司 after one word stays a kind
    assert firm_of_kinds("物流运输集团")  # a phrase before 集团 too


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化与轴承集团战略合作。", "轴承集团"),
        ("推动纺机集团、青翎科技等装备企业转型升级。", "纺机集团"),
    ],
)
def test_a_group_named_by_its_trade_is_an_enterprise(text, name):
    assert (name, "Enterprise") in ents(text)


@pytest.mark.parametrize(
    "text", ["推动青州组建平台公司。", "推动融资平台公司市场化转型。", "引进物流公司落户。"]
)
def test_kinds_of_companies_stay_untagged(text):
    assert not any(label == "Enterprise" for _, label in ents(text))


def test_a_legal_form_after_everyday_words_in_a_firm_list_is_a_firm():
    # the list's classifier (等5家企业) says each item is a firm, so 水务发展集团 is one's name;
    # standing alone, everyday words before a legal form still describe a kind
    found = ents("澜沣股份、水务发展集团等5家企业入选全国国企改革示范。")
    assert ("水务发展集团", "Enterprise") in found, found
    assert not any(label == "Enterprise" for _, label in ents("推动水务发展集团转型。"))


def _grammar_with_soft_verb(word: str, after_boundary: int, total: int):
    """The shipped grammar with ``word`` a soft stop word tagged as a verb, opening
    ``after_boundary`` of its ``total`` clauses: the mask moves such a word between hard and soft
    (组建 went soft at 4 of 50 before a head), so the tests fix it."""
    import copy

    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    lexicon = copy.deepcopy(read_lexicon())
    rows = [r for r in lexicon["stop_words.jsonl"] if r["word"] != word]
    counts = {"after_boundary": after_boundary, "before_head": 4, "frame": 19, "lead_in": 3, "total": total}
    rows.append({"word": word, "kind": "soft", "pos": "v", "source": "mined", "docs": 25, "counts": counts})
    lexicon["stop_words.jsonl"] = rows
    return Grammar(lexicon)


def test_a_soft_verb_after_a_division_is_its_predicate():
    gr = _grammar_with_soft_verb("组建", after_boundary=17, total=50)
    assert gr.subject_and_verb("青州组建")  # 青州|组建|平台: the division's verb and its object
    text = "推动青州组建星河产业园。"
    head = text.index("产业园")
    assert text[gr.name_start(text, head) : head] == "星河"  # the name is the verb's object


def test_a_soft_verb_that_seldom_opens_a_clause_stays_name_material():
    gr = _grammar_with_soft_verb("组建", after_boundary=0, total=50)  # glued, never a clause's verb
    assert not gr.subject_and_verb("青州组建")
    text = "推动青州组建星河产业园。"
    head = text.index("产业园")
    assert text[gr.name_start(text, head) : head] == "青州组建星河"
