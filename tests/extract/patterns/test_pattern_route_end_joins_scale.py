"""Failure class: joining a route's two ends, on a document of many routes (hostile input).

``route_ends.join_route_ends`` makes 甲地大道 + 至 + 乙山公路 one Project. It spliced each joined
span into the middle of the span list (``out[j - 1 : j + 1] = [...]``), which moves every span
after it: a document of many separate routes (甲大道至乙大道，…) was quadratic in its spans
(40 000 routes 0.4 s, 160 000 routes 3.2 s; review13). The list is now built from the right and a
join replaces its top, so the scan is linear and joins exactly the same pairs, chains included.
Spans and strings are invented.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from extract.pipeline.route_ends import join_route_ends
from tests.child_process import assert_runs_within


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))


def _joined(words: list[str], spans: list[tuple[int, str]]) -> list[tuple[str, str]]:
    doc = _doc(words)
    chosen = [Span(doc, i, i + 1, label=label) for i, label in spans]
    return [(s.text, s.label_) for s in join_route_ends(doc, chosen, doc.text)]


def test_a_chain_joins_from_the_right_into_one_project():
    words = ["青禾", "至", "白鹭", "至", "松溪高速", "，", "远山大道", "至", "近水公路"]
    spans = [(0, "District"), (2, "District"), (4, "Project"), (6, "Project"), (8, "Project")]
    assert _joined(words, spans) == [("青禾至白鹭至松溪高速", "Project"), ("远山大道至近水公路", "Project")]


def test_a_pair_not_joined_by_the_joiner_stays_apart():
    words = ["远山大道", "和", "近水公路", "，", "青禾片区新城南", "至", "松溪高速"]
    spans = [(0, "Project"), (2, "Project"), (4, "District"), (6, "Project")]
    assert _joined(words, spans) == [
        ("远山大道", "Project"),
        ("近水公路", "Project"),
        ("青禾片区新城南", "District"),  # longer than a route's first end (PLACE_MAX)
        ("松溪高速", "Project"),
    ]


def test_many_separate_routes_join_in_linear_time():
    script = (
        "import spacy\n"
        "from spacy.tokens import Doc, Span\n"
        "from extract.pipeline.route_ends import join_route_ends\n"
        "n = 400_000\n"
        "words = ['甲大道', '至', '乙大道', '，'] * n\n"
        "doc = Doc(spacy.blank('zh').vocab, words=words, spaces=[False] * len(words))\n"
        "spans = [Span(doc, i + k, i + k + 1, label='Project') for i in range(0, 4 * n, 4) for k in (0, 2)]\n"
        "assert len(join_route_ends(doc, spans, doc.text)) == n\n"
    )
    assert_runs_within(script, 20)
