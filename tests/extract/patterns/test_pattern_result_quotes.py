"""Failure class: a quoted programme with no head, named by the result it reports.

“X”取得突破, “X”走在全省前列, 。“X”建设稳步推进: the quote is a programme (GUIDE §3; the provincial-2026
conventions tag a programme named as the subject of its result), but no clause edge or clause
word closes it, so the quote readers left it untagged. ``quoted_results`` reads two frames: a
quoted name mined as a programme over other reports (``quoted_programmes.jsonl``) followed by a
result predicate, and a clause-opening coined quote whose 建设 (GUIDE §2.6 generic tail) is the
subject of a result predicate, carried to the document's other quotes of the same words. A verb
before an unknown quote, a formula, or a predicate without 建设 for an unknown quote gives
nothing; a known quote before a noun is the programme too (branch program28). Sentences and
names are invented; the known name is injected into the grammar so that no test hangs on a mined
entry.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar

KNOWN = "青禾同行"  # an invented quoted programme name, injected as mined


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


@pytest.fixture
def with_known(monkeypatch):
    """The pipeline's grammar with ``KNOWN`` among its mined quoted programmes."""
    grammar: Grammar = load_pipeline().get_pipe("policykg_names").grammar
    monkeypatch.setattr(grammar, "quoted_programmes", grammar.quoted_programmes | {KNOWN})


@pytest.mark.parametrize(
    "text",
    [
        f"乡镇“{KNOWN}”走在全省前列，企业反映良好。",
        f"乡镇“{KNOWN}”明显提速，企业反映良好。",
        f"全力推动乡镇“{KNOWN}”取得突破，加快补齐短板。",
        f"“{KNOWN}”平均办理时限缩短40%，企业反映良好。",  # the predicate ends at the figure
    ],
)
def test_known_quote_before_a_result_predicate_is_a_programme(with_known, text):
    assert (KNOWN, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        f"支持“{KNOWN}”高校发展，提升办学水平。",  # a kind the quote modifies
        f"推广“{KNOWN}”项目经验做法。",
    ],
)
def test_known_quote_before_a_noun_is_still_the_programme(with_known, text):
    """Branch program28 reversed this case: “X”高校 and “X”项目 are no names, so the mined programme
    inside them is (GUIDE §2.1), as the readable gold tags “两重”项目 and “双一流”名单
    (``quoted_programmes.find_known_quoted_programmes``)."""
    assert (KNOWN, "Program") in ents(text)


def test_clause_opening_build_up_with_a_result_is_a_programme():
    text = "今年，“溪山同创”建设稳步推进，成效明显。"
    assert ("溪山同创", "Program") in ents(text)


def test_build_up_reading_carries_to_the_documents_other_quotes():
    text = "推进“溪山同创”建设，加强生态保护。今年，“溪山同创”建设稳步推进，成效明显。"
    assert ents(text).count(("溪山同创", "Program")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "有序推动“溪山同创”建设，着力改善居住条件。",  # a verb governs the quote
        "。“溪山同创”建设美丽乡村，成效明显。",  # 建设 governs an object: no result
        "今年，“溪山同创”持续深化，成效明显。",  # an unknown quote needs the build-up frame
        "今年，“三个确保”建设稳步推进，成效明显。",  # a formula (N个X) is no coined name
    ],
)
def test_other_frames_of_unknown_quotes_stay_untagged(text):
    assert not any(label == "Program" for _, label in ents(text))


def test_a_long_run_of_result_quotes_stays_linear():
    """Hostile input: a crafted run of the frames' shapes, repeated without a full stop (the
    sentence splitter's cap bounds a sentence); every built-up quote is carried to every other
    quote of the same words, so the overlap test must not compare each hit with every name."""
    from tests.child_process import assert_runs_within

    unit = "，“溪山同创”建设稳步推进，推进“溪山同创”建设，乡镇“溪山同创”走在全省前列，支持“溪山同创”高校发展"
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        f"unit = {unit!r}\n"
        "text = '一、总体情况\\n' + unit * 2000 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) > 2000\n"
    )
    assert_runs_within(script, 30)
