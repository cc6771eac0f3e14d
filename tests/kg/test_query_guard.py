"""The query guard: size and nesting limits before the parser, SERVICE/LOAD found as tokens.

The crash cases run in a subprocess: before the guard, Oxigraph's parser overflowed the stack
and killed the process with SIGSEGV (exit 139), which would take pytest down with it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.sparql.guard import MAX_NESTING, MAX_QUERY_BYTES, QueryRefused, check, nesting
from kg.sparql.tokens import TokenError, tokenize

POLICYKG = Path(sys.executable).with_name("policykg")
DEEP = "SELECT * WHERE " + "{" * 5000 + "}" * 5000  # 10 KB, the crash


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(text)]


def test_escaped_hash_is_part_of_a_prefixed_name_not_a_comment():
    tokens = _kinds(r"PREFIX ex: <http://x/> SELECT * { ?a ex:a\# ?b . SERVICE <http://y/> { } }")
    assert ("PNAME_LN", r"ex:a\#") in tokens
    assert ("WORD", "SERVICE") in tokens


def test_strings_iris_comments_and_names_are_single_tokens():
    text = "SELECT ?service { ?s <http://x/SERVICE> 'SERVICE' ; ex:SERVICE ?o } # SERVICE here"
    assert not any(t.keyword == "SERVICE" for t in tokenize(text))


def test_untokenizable_text_is_refused_not_guessed():
    with pytest.raises(TokenError, match="line 1, column 10"):
        list(tokenize("SELECT * \\ { }"))


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("SELECT * { ?s ?p ?o }", 1),
        ("SELECT * { { ?s ?p ?o } UNION { ?s ?p ?o } }", 2),
        ("SELECT * { FILTER(!!!BOUND(?x)) }", 5),
        ("SELECT * { FILTER(?a<((((1))))>?b) }", 6),  # brackets inside an IRIREF-shaped span count
        ("SELECT * { FILTER(1 - 2 - 3 > 0) }", 2),  # binary minus is no nesting
    ],
)
def test_nesting(text, depth):
    assert nesting(list(tokenize(text))) == depth


@pytest.mark.parametrize(
    "text",
    [
        DEEP,
        "SELECT * { FILTER(" + "(" * 200 + "1" + ")" * 200 + ") }",
        "SELECT * { BIND(" + "CONCAT(" * 500 + "'a'" + ")" * 500 + " AS ?x) }",
        "SELECT * { FILTER(" + "!" * 5000 + "true) }",
        "SELECT * { ?s " + "(" * 300 + "<p:p>" + ")" * 300 + " ?o }",
    ],
)
def test_deep_queries_are_refused(text):
    with pytest.raises(QueryRefused, match=f"the limit is {MAX_NESTING}"):
        check(text)


def test_size_limit():
    text = "SELECT * { VALUES ?x { " + "1 " * (MAX_QUERY_BYTES // 2) + "} }"
    with pytest.raises(QueryRefused, match="bytes; the limit is"):
        check(text)


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("select * { service <http://x/> { ?s ?p ?o } }", False),
        ("SELECT * { SeRvIcE SILENT ?svc { ?s ?p ?o } VALUES ?svc { <http://x/> } }", False),
        ("LOAD <http://x/data.ttl>", True),
        ("load silent <http://x/data.ttl> into graph <http://g/>", True),
    ],
)
def test_network_keywords_are_refused(text, update):
    with pytest.raises(QueryRefused, match="disabled"):
        check(text, update=update)


def test_saved_query_sized_text_passes():
    from kg.sparql.queries import library

    for q in library().values():
        check(q.text)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(POLICYKG), "query", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )


def test_cli_refuses_deep_query_with_one_error_line(tmp_path):
    rq = tmp_path / "deep.rq"
    rq.write_text(DEEP, encoding="utf-8")
    for given in (str(rq), DEEP):  # a file and the text itself
        proc = _cli(given, "--store", "memory:oxigraph")
        assert proc.returncode == 1, proc.stderr[-300:]
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and "nests 5000 levels" in lines[0]


def test_engine_thread_survives_the_deepest_query_the_guard_lets_through():
    """At the nesting limit, and with the longest chain that fits the size limit, no crash."""
    code = (
        "from kg.sparql.guard import check, run_with_big_stack, MAX_NESTING\n"
        "import pyoxigraph as ox\n"
        "s = ox.Store()\n"
        "qs = ['SELECT * WHERE ' + '{' * MAX_NESTING + '}' * MAX_NESTING,\n"
        "      'SELECT * { BIND(' + 'CONCAT(' * (MAX_NESTING - 2) + \"'a'\"\n"
        "      + ')' * (MAX_NESTING - 2) + ' AS ?x) }',\n"
        "      'SELECT * WHERE { FILTER(true' + '&&true' * 16000 + ') }']\n"
        "for q in qs:\n"
        "    check(q)\n"
        "    run_with_big_stack(lambda: list(s.query(q)))\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-500:]
