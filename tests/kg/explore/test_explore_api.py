"""The documented Python API (``import kg``): store, saved query with parameters, DataFrame,
trace, page — and the README shows the same calls."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pandas as pd
import pytest

import kg

ROOT = Path(__file__).resolve().parents[3]


def test_query_df_saved_query_with_parameters(gold_store):
    df = kg.query_df(gold_store, "districts-by-strategy", strategy="西部陆海新通道")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["district", "districtLabel", "projects", "programs", "enterprises"]
    assert "大渡口区" in set(df["districtLabel"]) and df["district"].str.startswith("res:district/").all()
    assert df["projects"].dtype.kind == "i"  # numbers as numbers, not strings


def test_query_df_sparql_text_agrees_with_the_cli_result(gold_store):
    text = "SELECT ?d ?label WHERE { ?d a pkg:District ; rdfs:label ?label } ORDER BY ?label"
    df = kg.query_df(gold_store, text, compact=False)
    result = kg.query(gold_store, text)
    assert len(df) == len(result) > 3
    assert df.iloc[0].tolist() == [str(t) for t in result.rows[0]]


def test_query_df_refuses_a_graph_result(gold_store):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="SELECT"):
        kg.query_df(gold_store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1")


def test_api_names_are_not_shadowed_by_submodules():
    from kg import api

    # importing a submodule sets kg.<name> on the package: none may be named like an API function
    for module in pkgutil.walk_packages(kg.__path__, "kg."):
        importlib.import_module(module.name)

    for name in kg.API:
        assert getattr(kg, name) is getattr(api, name), name


def test_trace_and_its_dataframe(gold_store, gold_inputs):
    t = kg.trace_strategy(gold_store, "陆海新通道")
    df = kg.trace_df(t)
    assert set(df["district"]) >= {"大渡口区", "重庆市", "南岸区"}
    texts = {d.doc_id: d.text for d in gold_inputs[0]}
    for row in df.itertuples():
        start, end = map(int, re.search(r"\[(\d+)–(\d+)\]$", row.where).groups())
        assert texts[row.doc][start:end] == row.evidence  # the quote is the document's text
        assert row.doc not in row.where  # people read titles; ``doc`` keeps the id


def test_write_and_show_page(gold_store, tmp_path):
    info = kg.write_page(gold_store, tmp_path / "x.html", strategy="西部陆海新通道")
    assert info.path.is_file() and info.nodes > 5
    frame = kg.show_page(info, relative_to=tmp_path)
    assert 'src="x.html"' in frame._repr_html_()


def test_readme_documents_the_api():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("### Python API", 1)[1].split("\n## ", 1)[0]
    names = (
        "kg.open_store",
        "kg.query_df",
        "kg.trace_strategy",
        "kg.trace_df",
        "kg.write_page",
        "kg.show_page",
    )
    for name in names:
        assert name in section, name
    assert set(kg.API) <= set(dir(kg)) | set(kg.__all__)
