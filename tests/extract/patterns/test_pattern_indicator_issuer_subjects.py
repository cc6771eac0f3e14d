"""Failure class: the report's issuer written as the doer of a figure (省政府承诺的15件民生实事…).

The metadata names the body that delivers a report (its issuer: the author's people's
government). A figure the issuer is written doing is the author's (GUIDE §9: the author is the
implicit subject), and the issuer's words stay in the name; any other body keeps its own figures.
"""

from __future__ import annotations

import dataclasses

from extract.indicators import find_indicators
from extract.records import Indicator
from tests.extract.patterns.indicator_text import REVIEW
from tests.extract.relations.oracle import document_from_text, mentions_for

ISSUER = "青禾区人民政府"  # an invented district's government
NAMES = [("区政府", "Organization", ISSUER), ("青峰研究院", "Organization", "青峰研究院")]


def _read(body: str, issuer: str | None = ISSUER) -> dict[float, Indicator]:
    text = f"青禾区2024年国民经济和社会发展计划执行情况\n{REVIEW}\n{body}\n"
    doc = document_from_text(text, "test_patterns.txt", "青禾区")
    doc.meta = dataclasses.replace(doc.meta, issuer=issuer)
    return {r.value: r for r in find_indicators(doc, mentions_for(doc, NAMES))}


def test_a_figure_of_the_issuer_is_the_authors_and_keeps_its_words():
    got = _read("区政府承诺的12件民生实事全部兑现。")
    assert got[12.0].subject == "青禾区"
    assert got[12.0].indicator.startswith("区政府")


def test_the_issuer_before_an_act_gives_the_author():
    got = _read("区政府批准9个镇街国土空间详细规划。")
    assert got[9.0].subject == "青禾区"


def test_another_body_keeps_its_own_figures():
    got = _read("青峰研究院转化成果75项、孵化企业23家。")
    assert {r.subject for r in got.values()} == {"青峰研究院"}


def test_without_an_issuer_the_body_is_read_as_before():
    got = _read("区政府承诺的12件民生实事全部兑现。", issuer=None)
    assert got[12.0].subject == ISSUER
