"""Failure classes (branch ``relation28``): a strategy named as a place or a partner is read as one
the author engages in; a programme named for a strategy is filed under none.

Invented text and names.

- **Place** (``engages.place_slot``): ``某基金在某湾区设立区域基金`` names the strategy's region as
  where something is done; the author does not implement the strategy there (GUIDE §5; round 9's
  readable gold gives no engagesIn). ``在某经济带高质量发展中奋勇争先`` — a localizer closes the
  phrase — is the circumstance of the author's own act and keeps it.
- **Partner** (``engages.partner_slot``): the preposition 同 introduces a partner as 与 does
  (``加强同某湾区联动发展``), and a phrase a verb opens with the preposition names partners of
  a tie whatever word states it (``深化与甲、某湾区的通道联系``, ``提升与某湾区、乙地区直连水平``);
  a name joined to another name (``某成果同某振兴有效衔接``), glued to a verb of reciprocity
  (``与某战略相适应``) or qualifying a noun (``与某倡议沿线国家``) keeps its engagesIn.
- **Named programme** (``contributes._named_in_programme``): a programme whose own name holds a
  strategy the sentence names contributesTo it, as a policy title does (GUIDE §5; fresh4
  ``推动全国新型城镇化与城乡统筹示范区建设``); a strategy named only inside the programme, not by
  itself in the sentence, gives nothing (the tail must be a mention of the passage).
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs
from tests.extract.patterns.test_pattern_partner_strategies import AUTHOR, HEAD
from tests.extract.patterns.test_pattern_partner_strategies import NAMES as PARTNER_NAMES

NAMES = [
    *PARTNER_NAMES[:3],  # 云岭湾区, 澄江经济带, “丝路云桥”: the partner tests' invented strategies
    ("禾乡振兴", "Strategy"),
    ("新型镇化", "Strategy"),
    ("东岸地区", "District"),
]


def _engaged(body: str, names: list[tuple[str, str]] = NAMES) -> set[str]:
    return {t for h, t in relation_pairs(HEAD + body + "\n", names, "engagesIn") if h == AUTHOR}


@pytest.mark.parametrize(
    "body",
    [
        "组建省级产业投资基金，国家引导基金在云岭湾区设立区域子基金。",
        "展示了现代化建设在云岭湾区的崭新面貌。",
    ],
)
def test_a_strategy_named_as_the_place_of_an_act_is_no_engagement(body):
    assert "云岭湾区" not in _engaged(body)


@pytest.mark.parametrize(
    "body",
    [
        "为在澄江经济带高质量发展中奋勇争先作出贡献。",
        "在云岭湾区建设和全省协调发展中发挥示范作用。",
        "我们在云岭湾区建设上取得新突破。",
    ],
)
def test_a_strategy_in_a_phrase_of_circumstance_keeps_its_engagement(body):
    assert {"云岭湾区", "澄江经济带"} & _engaged(body)


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        ("加强同云岭湾区联动发展。", "云岭湾区"),
        ("深化同东岸地区、澄江经济带等区域合作。", "澄江经济带"),
        ("以铁路为重点，深化与东岸地区、云岭湾区的通道联系。", "云岭湾区"),
        ("依托城际铁路全面提升与云岭湾区、东岸地区直连水平。", "云岭湾区"),
    ],
)
def test_a_strategy_in_a_partner_phrase_is_no_engagement(body, partner):
    assert partner not in _engaged(body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # two names joined by the preposition, no verb opening it
        ("巩固拓展帮扶成果同禾乡振兴有效衔接。", "禾乡振兴"),
        # a verb of reciprocity right after the name
        ("形成与全省“丝路云桥”相适应的空间格局。", "“丝路云桥”"),
        # the strategy qualifies the partner
        ("主动增强与“丝路云桥”沿线国家的经贸往来。", "“丝路云桥”"),
        # a name before the preposition: the author links its own strategies
        ("推动澄江经济带建设与云岭湾区建设贯通衔接。", "云岭湾区"),
    ],
)
def test_a_strategy_outside_a_partner_phrase_keeps_its_engagement(body, kept):
    assert kept in _engaged(body)


PROGRAMMES = [
    *NAMES,
    ("全国新型镇化与城乡统筹示范区", "Program"),
    ("国企助力禾乡振兴行动", "Program"),
    ("澄江经济带绿色发展示范", "Program"),
]


def _contributions(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", PROGRAMMES, "contributesTo")


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "优化城镇布局，推进以县城为重要载体的新型镇化，推动全国新型镇化与城乡统筹示范区建设迈上新台阶。",
            ("全国新型镇化与城乡统筹示范区", "新型镇化"),
        ),
        (
            "巩固帮扶成果，推进禾乡振兴，深入实施国企助力禾乡振兴行动，改善农村面貌。",
            ("国企助力禾乡振兴行动", "禾乡振兴"),
        ),
    ],
)
def test_a_programme_named_for_a_strategy_of_its_sentence_contributes_to_it(body, pair):
    assert pair in _contributions(body)


def test_a_strategy_named_only_inside_the_programme_gives_nothing():
    body = "优化城镇布局，建设现代化人民城市，推动澄江经济带绿色发展示范迈上新台阶。"
    assert not _contributions(body)


# Topic sentences whose verb phrase holds the strategy before a short predicate
# (``topic_runs.short_predicate``): ``推动某协同发展取得新进展。加快…`` files what follows under it,
# as round 8's readable gold does; a strategy before a noun phrase or a modifier mark is no topic.
TOPICS = [*NAMES, ("绿野提升行动", "Program"), ("清溪更新行动", "Program")]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", TOPICS, "contributesTo")


def test_a_run_in_topic_sentence_holding_the_strategy_files_what_follows():
    body = (
        "（二）推进区域协调发展。推动澄江经济带取得新进展。实施绿野提升行动，新增示范村12个。"
        "稳步扩大对外开放。开展清溪更新行动，改造老旧小区3万户。"
    )
    assert _filed(body) == {("绿野提升行动", "澄江经济带")}


def test_a_paragraph_lead_holding_the_strategy_files_the_paragraph():
    body = "推动澄江经济带建设迈上新台阶。加快实施绿野提升行动，建成示范村12个。"
    assert _filed(body) == {("绿野提升行动", "澄江经济带")}


@pytest.mark.parametrize(
    "lead",
    [
        "提升澄江经济带自身综合竞争力。",  # a noun phrase after it: the strategy qualifies it
        "这是澄江经济带建设纵深推进的五年。",  # a modifier mark
        "推动澄江经济带货运量增长12%。",  # a figure
    ],
)
def test_a_strategy_before_no_short_predicate_files_nothing(lead):
    assert not _filed(lead + "加快实施绿野提升行动，建成示范村12个。")
