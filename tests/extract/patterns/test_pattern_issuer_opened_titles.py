"""Failure class: a policy title without 《》 that opens with its issuer (issue 12: policy titles
without 《》, the strategy inside tagged instead).

A local document's title opens with the division that issues it (《南岸区建设…工作方案》: GUIDE
§3, §5 issuedBy reads the issuer from the title). Unbracketed, the title finders found it from
the strategy or quote inside it and stopped there, leaving the division as a District and the
strategy as a Strategy. Where a mined governing verb (``policy_frames.jsonl``: 实施, 落实, 制定 …)
stands right before the division, that is where a 《 would be, and the title opens at the
division (``untitled_policies.open_at_issuers``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "谋划实施湘潭市推动长江经济带高质量发展2025年工作要点。",
            "湘潭市推动长江经济带高质量发展2025年工作要点",
        ),
        (
            "认真落实株洲市推动长江经济带发展“十百千”行动2026年工作要点，压实责任。",
            "株洲市推动长江经济带发展“十百千”行动2026年工作要点",
        ),
    ],
)
def test_a_title_opens_at_the_issuer_after_a_governing_verb(text, title):
    found = ents(text)
    assert (title, "Policy") in found, found
    assert not any(label in ("District", "Strategy") for _, label in found), found  # nothing nested


@pytest.mark.parametrize(
    "text",
    [
        "落实湘潭市要求，推进长江经济带发展规划实施。",  # punctuation between: no title
        "支持湘潭市推动长江经济带高质量发展2025年工作要点落地。",  # 支持 governs no document
    ],
)
def test_no_issuer_without_a_governing_verb_right_before_it(text):
    found = ents(text)
    assert not any(label == "Policy" and name.startswith("湘潭市") for name, label in found), found
