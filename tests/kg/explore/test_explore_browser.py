"""Generated pages in headless Chromium: no console errors, no outside requests, canvas drawn."""

from __future__ import annotations

import pytest

from kg.explore.focus import select
from kg.explore.viz import write_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("name", "kwargs", "physics_limit"),
    [
        ("viz-strategy-physics", {"strategy": "西部陆海新通道"}, 300),
        ("viz-whole-graph-precomputed", {"max_nodes": 10_000}, 100),
    ],
)
def test_page_renders_offline_from_file(
    open_in_browser,
    gold_graph,
    artifacts,
    tmp_path,
    name,
    kwargs,
    physics_limit,
):
    info = write_page(
        select(gold_graph, **kwargs), tmp_path / f"{name}.html", title=name, physics_limit=physics_limit
    )
    shot = artifacts / f"{name}.png"
    report = open_in_browser(info.path.as_uri(), screenshot=shot, click_first_node=True)
    assert report.console_errors == []
    assert report.blocked == []
    assert report.painted_pixels > 2_000, report.painted_pixels
    assert report.title == name
    assert report.clicked in report.details and "证据句" in report.details
    assert shot.stat().st_size > 10_000
