"""Failure class: a numeric quote before a framework 体系 or a far programme head (“8+4”经济政策体系).

GUIDE §9 types numeric provincial frameworks and packages as Program, quotes kept inside the
name (§2.2). The grammar's quote reader takes only the industrial frameworks of the lexicon
(产业体系, 集群体系), so a numeric framework of any other field (governance, talent, policy)
was missed. The words between quote and 体系 must be name material: no opening verb, no
function word, no punctuation. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("持续完善“2+6”人才政策体系，引才超万人。", "“2+6”人才政策体系"),
        ("迭代升级“5211”乡村治理体系，成效明显。", "“5211”乡村治理体系"),
        ("构建“1+N+X”养老服务体系。", "“1+N+X”养老服务体系"),
        # a programme head further than the quote reader's four characters
        ("建立“246”村社网格联动工作机制，成效明显。", "“246”村社网格联动工作机制"),
    ],
)
def test_a_numeric_quote_and_its_framework_are_one_programme(text, name):
    found = ents(text)
    assert (name, "Program") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "推动“1+N”覆盖全省的服务体系。",  # a verb right after the quote: a clause
        "建成“3+2”的政策体系。",  # a function word inside
        "“2+6”［3］人才政策体系初步建成。",  # a footnote marker between quote and words
        "提升“2+6”等级。",  # no framework
        "落实“3+1”等帮扶机制。",  # 等: a list of kinds, not a name
    ],
)
def test_other_numeric_quotes_stay_untagged(text):
    found = ents(text)
    assert not [t for t, lab in found if lab == "Program"], found
