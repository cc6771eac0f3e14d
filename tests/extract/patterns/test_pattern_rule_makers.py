"""Failure class: a government body named only as the maker of a kind of regulation.

The provincial-2026 conventions leave 省政府规章 untagged: it is a kind of regulation (the rules a
government makes, 地方政府规章 under chapter 4 of the Legislation Law; the legislation_form closed
class), and the body in it says only whose rules they are. The gazetteer matched 省政府 and the
body was tagged (``public_bodies.drop_rule_makers`` now drops it). The same body elsewhere in the
sentence, or before other words, is still tagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize("text", ["制定、修改、废止省政府规章30件。", "全年清理市政府规章12部。"])
def test_a_body_naming_whose_rules_is_untagged(text):
    assert not any(label == "Organization" for _, label in ents(text)), ents(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("审议通过市政府规章12件，省政府常务会议研究部署。", "省政府"),
        ("省政府出台规章制度清理办法。", "省政府"),  # 出台 between: the body acts
    ],
)
def test_the_body_elsewhere_stays_tagged(text, body):
    assert (body, "Organization") in ents(text)
