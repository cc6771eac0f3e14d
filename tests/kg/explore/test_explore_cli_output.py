"""The command line keeps its word: formats, errors with the right position, exit codes, serve.

Everything goes through the console entry point (``kg.cli.app.main``) as a user's shell would.
"""

from __future__ import annotations

import csv
import io
import json
import socket

import httpx
import pytest

from kg.cli.app import main
from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig
from kg.sparql.execute import Format

LONG = """SELECT ?text WHERE {
  ?ev prov:value ?text . FILTER(STRLEN(?text) > 200)
} ORDER BY ?text LIMIT 3"""


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    captured = capsys.readouterr()
    return exit_.value.code, captured.out, captured.err


def test_query_list_alone(capsys):
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0 and "districts-by-strategy" in out and "-p strategy=…" in out


def test_query_without_a_query_is_a_usage_error(capsys):
    code, out, err = run_cli(capsys, "query")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error:") and "--list" in err


@pytest.mark.parametrize("fmt", ["xml", "nt", "TSV", "rdf"])
def test_unknown_format_is_an_error(capsys, gold_store_dir, fmt):
    code, out, err = run_cli(capsys, "query", "SELECT * {}", "-f", fmt, "--store", str(gold_store_dir))
    assert code == 2 and out == "" and err.startswith("error:") and "table" in err


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_every_format(capsys, gold_store_dir, fmt):
    select = "SELECT ?d ?label WHERE { ?d a pkg:District ; rdfs:label ?label } ORDER BY ?label"
    construct = "CONSTRUCT { ?d rdfs:label ?label } WHERE { ?d a pkg:District ; rdfs:label ?label }"
    graph = fmt in ("turtle", "ntriples")
    code, out, err = run_cli(
        capsys, "query", construct if graph else select, "-f", fmt, "--store", str(gold_store_dir)
    )
    assert code == 0, err
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == ["d", "label"] and len(rows) > 3
    elif fmt == "tsv":  # SPARQL 1.1 TSV: ?-prefixed header, terms in N-Triples syntax
        lines = out.splitlines()
        assert lines[0] == "?d\t?label" and lines[1].startswith("<https://w3id.org/policykg/id/district/")
        assert '"@zh' in lines[1]
    elif fmt == "json":
        assert json.loads(out)["head"]["vars"] == ["d", "label"]
    elif fmt == "jsonl":
        first = json.loads(out.splitlines()[0])
        assert set(first) == {"d", "label"} and first["d"].startswith("res:district/")
    elif fmt == "turtle":
        assert "@prefix rdfs:" in out and "rdfs:label" in out
    elif fmt == "ntriples":
        assert all(line.endswith(" .") for line in out.splitlines() if line)
    else:  # table, piped: plain text
        assert out.splitlines()[0].split() == ["d", "label"] and "┃" not in out
    # a row format for a graph and a graph format for rows are errors, not silent tables
    other = select if graph else construct
    if fmt in ("table", "json"):
        return
    code, _, err = run_cli(capsys, "query", other, "-f", fmt, "--store", str(gold_store_dir))
    assert code == 1 and err.startswith("error:")


def test_piped_table_keeps_every_character(capsys, gold_store_dir):
    code, out, _ = run_cli(capsys, "query", LONG, "--store", str(gold_store_dir))
    assert code == 0
    code, out_csv, _ = run_cli(capsys, "query", LONG, "-f", "csv", "--store", str(gold_store_dir))
    texts = [r[0] for r in list(csv.reader(io.StringIO(out_csv)))[1:]]
    assert texts and all(len(t) > 200 for t in texts)
    for text in texts:
        assert " ".join(text.split()) in out  # not cut with "…" at the terminal width
    assert "…" not in out


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?d WHERE { ?d pkg:engagesIn ?s ",
        "SELECT ?d WHERE {\n  ?d pkg:engagesIn ?s .\n  FILTER(?s = ) }",
        "SELECT ?d WHERE {\n ?d nope:x ?s }",
        "PREFIX pkg: <https://w3id.org/policykg/ontology#>\nSELECT ?d WHERE {\n ?d rdfs:label ?s . ?s ?p }",
    ],
)
def test_syntax_error_is_one_short_line_at_the_users_position(capsys, gold_store_dir, query):
    import re

    import pyoxigraph as ox

    from kg.sparql.execute import prefix_map

    # the oracle: Oxigraph parsing the text as written, the prefixes given beside it (not in the text)
    with pytest.raises(SyntaxError) as raw:
        ox.Store().query(query, prefixes=prefix_map())
    line, col = re.search(r"(\d+):(\d+)", str(raw.value)).groups()
    code, out, err = run_cli(capsys, "query", query, "--store", str(gold_store_dir))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and len(err) < 300, err
    assert f"at line {line}, column {col}" in err, err  # not shifted by the prefixes added
    assert "\\u{" not in err and "..=" not in err  # no parser dump of Unicode ranges


def test_server_and_cli_accept_the_same_undeclared_prefixes(gold_store, capsys, gold_store_dir):
    query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:District ; rdfs:label ?l }"
    code, out, _ = run_cli(capsys, "query", query, "-f", "csv", "--store", str(gold_store_dir))
    assert code == 0
    cli = out.splitlines()[1]
    bad = "SELECT ?d WHERE {\n ?d pkg:engagesIn ?s "
    _, _, cli_error = run_cli(capsys, "query", bad, "--store", str(gold_store_dir))
    with BackgroundServer(gold_store.store, EndpointConfig(), pages=False) as url:
        r = httpx.get(url + "/sparql", params={"query": query}, headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.text.splitlines()[1] == cli
        r = httpx.get(url + "/sparql", params={"query": bad})
        assert r.status_code == 400
        assert r.text.strip() == cli_error.strip().removeprefix("error: ")


def test_serve_refuses_a_busy_port_before_saying_serving(capsys, gold_store_dir):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, out, err = run_cli(capsys, "serve", "--port", str(port), "--store", str(gold_store_dir))
    assert code == 1 and out == ""
    assert (
        err.count("\n") == 1 and err.startswith("error: cannot listen on 127.0.0.1:") and "serving" not in err
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org"])
def test_serve_stays_on_loopback_unless_told(capsys, gold_store_dir, host):
    code, _, err = run_cli(capsys, "serve", "--host", host, "--store", str(gold_store_dir))
    assert code == 2 and "--allow-remote" in err and "authentication" in err


def test_counts_are_spelt_for_people():
    from kg.cli.app import plural
    from kg.server.pages import counted

    assert plural(1, "document") == "1 document" and plural(2, "document") == "2 documents"
    assert counted(1, "document") == "1 document" and counted(3, "document", "个文件") == "3 个文件"
