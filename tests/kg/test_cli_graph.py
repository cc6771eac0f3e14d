"""The graph commands end to end through Typer's CliRunner, on a store in a temp directory."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

import kg.cli  # noqa: F401  (registers the commands)
from kg.cli.app import app

runner = CliRunner()
COMMANDS = ("build", "add", "remove", "query", "export", "validate", "stats")


def invoke(*args: str):
    result = runner.invoke(app, ["--quiet", *args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus_files):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = invoke("build", *map(str, corpus_files[:2]), "--store", str(path))
    assert result.exit_code == 0, result.output
    assert "documents: 2" in result.output and "SHACL: conforms" in result.output
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_graph_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "--store" in result.output


def test_stats_lists_the_documents(store, corpus_files):
    out = invoke("stats", "--store", str(store)).output
    assert corpus_files[0].name in out and corpus_files[1].name in out and corpus_files[2].name not in out


def test_saved_query_with_a_parameter_as_csv(store):
    result = invoke(
        "query",
        "districts-by-strategy",
        "--param",
        "strategy=西部陆海新通道",
        "-f",
        "csv",
        "--store",
        str(store),
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "district,districtLabel,projects,programs,enterprises"
    assert any("南岸区" in line for line in lines[1:])


def test_sparql_text_as_json(store):
    result = invoke(
        "query",
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Document }",
        "-f",
        "json",
        "--store",
        str(store),
    )
    data = json.loads(result.output)
    assert data["results"]["bindings"][0]["n"]["value"] == "2"


def test_construct_as_turtle(store):
    q = "CONSTRUCT { ?d a pkg:Document } WHERE { ?d a pkg:Document }"
    result = invoke("query", q, "-f", "turtle", "--store", str(store))
    assert len(Graph().parse(data=result.output, format="turtle")) == 2


def test_query_errors_exit_with_one_line(store):
    from kg.errors import QueryError

    with pytest.raises(QueryError):
        invoke("query", "districts-by-strategy", "--store", str(store))  # missing --param


# JSON-LD and TriG serialise slowly (seconds each); N-Quads keeps the named graphs in the fast loop
@pytest.mark.parametrize(
    "fmt,parse",
    [
        pytest.param("trig", "trig", marks=pytest.mark.slow),
        ("nquads", "nquads"),
        pytest.param("jsonld", "json-ld", marks=pytest.mark.slow),
    ],
)
def test_export_keeps_named_graphs(store, tmp_path, fmt, parse):
    target = tmp_path / f"g.{ {'trig': 'trig', 'nquads': 'nq', 'jsonld': 'jsonld'}[fmt] }"
    assert invoke("export", "-o", str(target), "--store", str(store)).exit_code == 0
    ds = Dataset()
    ds.parse(target, format=parse)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {n.rsplit("/", 1)[-1] for n in names} >= {"ontology"}
    assert sum(len(g) for g in ds.graphs()) > 10_000


@pytest.mark.slow  # the union serialised as Turtle
def test_export_turtle_is_the_union(store, tmp_path):
    target = tmp_path / "g.ttl"
    invoke("export", "-o", str(target), "--store", str(store))
    assert len(Graph().parse(target, format="turtle")) > 10_000


@pytest.mark.slow  # the store validated again (the build in the fixture already validated it)
def test_validate_conforms(store):
    result = invoke("validate", "--store", str(store))
    assert result.exit_code == 0 and "conforms" in result.output


@pytest.mark.slow  # the corpus planted and validated
def test_validate_reports_a_planted_violation(tmp_path, corpus_ntriples):
    """An entity without its label (EntityShape) in a stored document graph fails the command."""
    from kg.store import open_store

    (onto, onto_nt), (graph, data) = corpus_ntriples[0], corpus_ntriples[1]
    label = b"<http://www.w3.org/2000/01/rdf-schema#label>"
    lines = data.splitlines(keepends=True)
    entity = next(ln.split(b" ")[0] for ln in lines if b"/id/project/" in ln.split(b" ")[0] and label in ln)
    broken = b"".join(ln for ln in lines if not (ln.startswith(entity + b" " + label)))
    st = open_store(tmp_path / "s")
    st.replace_graph(onto, onto_nt)
    st.replace_graph(graph, broken)
    st.close()
    result = invoke("validate", "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "1 SHACL violations" in result.output and "an entity needs a Chinese label" in result.output


@pytest.mark.slow  # a validated add on disk
def test_remove_then_add_back(store, corpus_files):
    doc = corpus_files[1].name
    assert invoke("remove", doc, "--store", str(store)).exit_code == 0
    assert doc not in invoke("stats", "--store", str(store)).output
    assert invoke("remove", doc, "--store", str(store)).exit_code == 1
    assert invoke("add", str(corpus_files[1]), "--store", str(store)).exit_code == 0
    assert doc in invoke("stats", "--store", str(store)).output
