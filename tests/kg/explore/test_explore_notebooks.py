"""The tour notebooks run top to bottom on the bundled corpus (nbclient, in a scratch copy).

They run in the order a new user would (part 1 builds the store parts 2 and 3 reuse), from a
copy so the committed notebooks keep their saved outputs, with the kernel started in a scratch
directory (not notebooks/): they find the project through ``kg.project_root()``. Users expect
DataFrames and pictures: each notebook must show at least one table (a DataFrame's HTML) and an
inline page (an IFrame), and part 2 the plan-vs-delivery chart (a PNG from matplotlib).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[3] / "notebooks"
RICH = {  # output kinds each notebook must show
    "01_build_and_query.ipynb": {"text/html", "iframe"},
    "02_cross_district_tracing.ipynb": {"text/html", "iframe", "image/png"},
    "03_network_analysis.ipynb": {"iframe"},
}
EXPECTED = {
    "01_build_and_query.ipynb": ["named graphs", "verbatim=True", "application/sparql-results+json"],
    "02_cross_district_tracing.ipynb": ["西部陆海新通道 · reported year", "大渡口区", "巴南区", "plan ["],
    "03_network_analysis.ipynb": ["communities, modularity", "→engagesIn→", "nothing left out"],
}

pytestmark = pytest.mark.slow


def _outputs(nb) -> tuple[str, list[str]]:
    text, errors = [], []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                errors.append(f"{out.ename}: {out.evalue}")
            text.append(out.get("text", "") or out.get("data", {}).get("text/plain", ""))
    return "\n".join(text), errors


def _kinds(nb) -> set[str]:
    kinds = set()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            kinds |= set(data)
            if "<iframe" in data.get("text/html", ""):
                kinds.add("iframe")
    return kinds


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_and_says_what_it_should(name, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    saved = nbformat.read(NOTEBOOKS / name, as_version=4)
    saved_text, saved_errors = _outputs(saved)
    assert saved_errors == [] and saved_text.strip(), f"{name}: committed without outputs or with errors"

    assert RICH[name] <= _kinds(saved), f"{name}: committed without {RICH[name] - _kinds(saved)}"

    copy = tmp_path / name
    shutil.copy(NOTEBOOKS / name, copy)
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(
        nb, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    text, errors = _outputs(nb)
    assert errors == []
    assert RICH[name] <= _kinds(nb)
    for expected in EXPECTED[name]:
        assert expected in text, f"{name}: missing {expected!r}"
