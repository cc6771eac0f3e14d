"""Failure class: a long line of field-modified pilot labels (X、Y等某领域国家试点, repeated).

``programme_lists`` drops the Program the grammar read in a field-modified label (等|商贸领域国家试点:
GUIDE §3, the label says which kind of pilots the items are). It rescanned every candidate of the
document for each such label, so a line of k labelled lists cost k scans of the ~2k candidates the
lists add: quadratic (a 200,000-character line of one invented list took 21 s in the finder alone,
review10). The labels are now collected and dropped in one pass after the scan. The sentences are
invented; the other label readings are pinned in ``test_pattern_levelled_pilot_lists.py``.
"""

from __future__ import annotations

from extract.pipeline.candidates import candidates
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.programme_lists import find_programme_lists
from tests.child_process import assert_runs_within

UNIT = "深化青禾城市、白鹭社区等商贸领域国家试点，"
CHARS = 200_000
# CPU seconds: the fixed finder ~1 s plus ~3 s of imports and warm-up; the quadratic one took 21 s + imports
TIMEOUT_S = 12


def _labels(text: str) -> list[tuple[str, str]]:
    from extract.entities import load_pipeline

    doc = load_pipeline().make_doc(text)
    find_programme_lists(doc, text, Grammar(read_lexicon()))
    return [(c.text, c.label_) for c in candidates(doc)]


def test_every_list_of_a_line_keeps_its_items_and_loses_its_label():
    found = _labels(UNIT * 3)
    assert found.count(("青禾城市", "Program")) == 3
    assert found.count(("白鹭社区", "Program")) == 3
    assert not [t for t, _ in found if t.endswith("国家试点")]


def test_a_long_line_of_labelled_lists_stays_linear():
    script = (
        "from extract.entities import load_pipeline\n"
        "from extract.pipeline.grammar import Grammar\n"
        "from extract.pipeline.lexicon_files import read_lexicon\n"
        "from extract.pipeline.programme_lists import find_programme_lists\n"
        f"text = {UNIT!r} * ({CHARS} // {len(UNIT)} + 1)\n"
        "doc = load_pipeline().make_doc(text)\n"
        "find_programme_lists(doc, text, Grammar(read_lexicon()))\n"
    )
    assert_runs_within(script, TIMEOUT_S)
