"""Failure class (branch ``relation25``): a strategy named as the partner of a cooperation is
read as one the author engages in.

Invented text and names. ``加强与甲地区、某湾区在某领域合作`` lists, between the preposition 与
and a cooperation word, whom the author works with; a strategy there stands for the region that
carries it, and the author cooperates with that region rather than implementing its strategy
(GUIDE §5: engagesIn is what the district implements, takes part in, creates or plans; the
provincial gold gives no engagesIn in this frame, four times in tune, fresh5 and fresh6). A
strategy the author joins (``主动融入某协同发展``), one it links its own to without a cooperation
word (``推动某经济圈建设与某战略贯通衔接``), or one that only qualifies the partner
(``与共建“某倡议”国家合作``: the author takes part in the initiative) keeps its engagesIn.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年重点工作\n"
AUTHOR = "青禾省"
NAMES = [
    ("云岭湾区", "Strategy"),
    ("澄江经济带", "Strategy"),
    ("“丝路云桥”", "Strategy"),
    ("北原协同发展", "Strategy"),
]


def _engaged(body: str) -> set[str]:
    return {t for h, t in relation_pairs(HEAD + body + "\n", NAMES, "engagesIn") if h == AUTHOR}


@pytest.mark.parametrize(
    "body",
    [
        "加强与东岸地区、云岭湾区、澄江流域省份等务实合作。",
        "加强与东岸地区、云岭湾区在低空经济、科技服务等领域精准对接合作。",
        "深化与云岭湾区建设、澄江沿线城市等区域交流合作。",
    ],
)
def test_a_strategy_in_the_partner_slot_is_no_engagement(body):
    assert "云岭湾区" not in _engaged(body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the author joins it
        ("主动融入北原协同发展，加强与东岸地区务实合作。", "北原协同发展"),
        # linked to another strategy with no cooperation word
        ("推动澄江经济带建设与云岭湾区建设贯通衔接。", "云岭湾区"),
        # a qualifier of the partner, not the partner
        ("深化与共建“丝路云桥”国家经贸合作。", "“丝路云桥”"),
        # 参与 holds the character 与 but is a verb of taking part
        ("积极参与云岭湾区建设合作。", "云岭湾区"),
    ],
)
def test_a_strategy_outside_the_partner_slot_keeps_its_engagement(body, kept):
    assert kept in _engaged(body)
