"""The tour notebooks run top to bottom on the bundled corpus (nbclient, in a scratch copy).

They run in the order a new user would (part 1 builds the store parts 2 and 3 reuse), from a
copy so the committed notebooks keep their saved outputs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[3] / "notebooks"
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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_and_says_what_it_should(name, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    saved = nbformat.read(NOTEBOOKS / name, as_version=4)
    saved_text, saved_errors = _outputs(saved)
    assert saved_errors == [] and saved_text.strip(), f"{name}: committed without outputs or with errors"

    copy = tmp_path / name
    shutil.copy(NOTEBOOKS / name, copy)
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(
        nb, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    text, errors = _outputs(nb)
    assert errors == []
    for expected in EXPECTED[name]:
        assert expected in text, f"{name}: missing {expected!r}"
