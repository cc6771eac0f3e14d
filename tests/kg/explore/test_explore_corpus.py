"""End to end on the bundled corpus with the real extractor: the issue's trace and the main page.

``corpus_store`` is the graph layer's session fixture (tests/conftest.py): the corpus built once.
"""

from __future__ import annotations

import pytest

from kg.explore.focus import select
from kg.explore.netgraph import to_networkx
from kg.explore.trace import trace_strategy
from kg.explore.viz import write_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def texts(corpus_files):
    return {p.name: p.read_text("utf-8") for p in corpus_files}


def test_xibu_trace_lists_each_district_with_a_project_or_program_and_evidence(corpus_store, texts):
    trace = trace_strategy(corpus_store, "西部陆海新通道")
    by_label = {d.label: d for d in trace.districts}
    for district in ("重庆市", "南岸区", "巴南区", "大渡口区"):
        assert district in by_label, f"{district} missing from the trace"
        linked = by_label[district].by_type("Project") + by_label[district].by_type("Program")
        assert linked, f"{district}: no linked project or program"
        for item in linked:
            assert item.evidence, f"{district}: {item.label} without evidence"
            for ev in item.evidence:
                assert texts[ev.doc][ev.start : ev.end] == ev.text
        assert any("陆海新通道" in ev.text for item in linked for ev in item.evidence)


@pytest.mark.browser
def test_corpus_page_renders_in_chromium(corpus_store, open_in_browser, artifacts, tmp_path):
    g = to_networkx(corpus_store)
    sel = select(g)  # the default page: whole graph, capped
    info = write_page(sel, tmp_path / "corpus.html", title="policykg corpus")
    assert info.nodes == 300 and sel.omitted  # the cap is hit and reported
    report = open_in_browser(info.path.as_uri(), screenshot=artifacts / "viz-corpus.png")
    assert report.console_errors == [] and report.blocked == []
    assert report.painted_pixels > 2_000
