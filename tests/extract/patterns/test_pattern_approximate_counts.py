"""Failure class: a kind counted with an approximate number (80余家…公司, 20多个…总部) typed as a
name (issue 12, the readable-text audit of branch ``project11``). A count right before a guess
makes it a kind (``genericity.is_counted``); 余/多 between the number and the measure word
("more than") is still a count. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import is_counted


@pytest.mark.parametrize("count", ["30余家", "12多个", "三十余家"])
def test_an_approximate_count_before_a_guess_counts_it(count: str) -> None:
    text = f"全年引进{count}民营科技公司。"
    start = text.index("民营")
    assert is_counted(text, start, start + len("民营科技公司"))


@pytest.mark.parametrize("text", ["近年来，40余家国企三级公司落户我市。", "吸引10余家省属国企二级公司布局。"])
def test_a_counted_kind_of_firm_is_no_enterprise(text: str) -> None:
    found = [e.text for e in run_pipeline(load_pipeline(), text, None).ents]
    assert not any(name.endswith("公司") for name in found), found


def test_a_name_after_a_count_word_that_is_no_count_stays() -> None:
    text = "引进华峰集团。"
    assert not is_counted(text, 2, 6)
