"""Every ``policykg`` command line written in the README parses, and the read-only ones run.

The README is what a new user copies. Each line is run through the real console entry point
(``kg.cli.app.main``): commands that only read the store (query, trace, viz, analyze, stats,
export, validate, inspect, ingest) run for real against the gold-passage store in a scratch
directory; the ones that build, serve or score for minutes are parsed (a missing argument or an
unknown option fails exactly as it would for the user). Placeholders (FILE, GOLD, ...) become
real paths. Also: no ``--help`` shows Python types (``<bool>``), braces (``{QUERY}``) or RST
double backticks.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kg.cli.app import click_command, main

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_DOC = ROOT / "data" / "corpus" / "000_35e28d10fcfe4126.txt"
PLACEHOLDERS = {
    "FILE": str(FIRST_DOC),
    "FILE...": str(FIRST_DOC),
    "DIR_OR_FILES": str(ROOT / "data" / "corpus"),
    "GOLD": str(ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"),
}
RUN = {"query", "trace", "viz", "analyze", "stats", "export", "validate", "inspect", "ingest"}
PARSE_ONLY = {"demo", "build", "add", "remove", "serve", "evaluate", "extract", "train", "train-veto"}


def readme_command_lines() -> list[str]:
    """``policykg ...`` lines inside the README's code blocks (comments and redirections cut)."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():  # a shell joins ``\``-continued lines
            line = line.strip()
            m = re.match(r"(?:\.venv/bin/)?policykg\b(.*)", line)
            if not m:
                continue
            args = shlex.split(m.group(1), comments=True)
            if ">" in args:
                args = args[: args.index(">")]
            lines.append(shlex.join(args))
    return lines


LINES = readme_command_lines()


def _args(line: str) -> list[str]:
    args = []
    for a in shlex.split(line):
        if a in PLACEHOLDERS:
            args.append(PLACEHOLDERS[a])
        elif a.startswith("data/corpus/"):
            args += [str(p) for p in sorted(ROOT.glob(a))] or [str(ROOT / a)]
        elif a.startswith("../shared/"):
            args.append(str(ROOT / a))
        else:
            args.append(a)
    return args


def test_the_readme_has_command_lines():
    assert len(LINES) >= 30
    assert "query --list" in LINES


def _parse(args: list[str]) -> None:
    """What click does before running a command: options, arguments, required ones."""
    group = click_command()
    ctx = group.make_context("policykg", list(args))
    protected = getattr(ctx, "protected_args", None) or getattr(ctx, "_protected_args", [])
    name, sub, rest = group.resolve_command(ctx, [*protected, *ctx.args])
    sub.make_context(name, rest, parent=ctx)


@pytest.fixture(scope="module")
def corpus_store_dir(corpus_ntriples, tmp_path_factory) -> Path:
    """The bundled corpus, built by the real extractor, in an embedded store on disk (closed)."""
    from kg.store import open_store

    path = tmp_path_factory.mktemp("readme") / "store"
    store = open_store(path)
    for graph, data in corpus_ntriples:
        store.replace_graph(graph, data)
    store.close()
    return path


@pytest.mark.parametrize("line", [x for x in LINES if shlex.split(x)[0] in PARSE_ONLY or "--store" in x])
def test_readme_command_line_parses(line):
    _parse(_args(line))


@pytest.mark.slow
@pytest.mark.parametrize(
    "line", [x for x in LINES if shlex.split(x)[0] not in PARSE_ONLY and "--store" not in x]
)
def test_readme_command_line_runs(line, corpus_store_dir, tmp_path, monkeypatch, capsys, request):
    """Run for real, on the corpus the README talks about."""
    args = _args(line)
    command = args[0]
    assert command in RUN, f"README line for an unknown command: {line}"
    for name in ("corpus-extra", "eval"):  # skipped without ../shared, a failure in CI (tests/conftest.py)
        if f"../shared/{name}" in line:
            request.getfixturevalue("extra_dir" if name == "corpus-extra" else "eval_dir")
    monkeypatch.chdir(tmp_path)  # outputs (out/graph.html, trace.md ...) land in the scratch directory
    if command not in ("inspect", "ingest"):
        args += ["--store", str(corpus_store_dir)]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    captured = capsys.readouterr()
    assert exit_.value.code == 0, f"{line}\n{captured.err}"
    assert captured.out.strip() or captured.err.strip(), f"{line} printed nothing"


COMMANDS = sorted(click_command().commands)
BAD_HELP = re.compile(r"<(?:bool|str|int|float|path|list\[[^\]]*\])>|\{[A-Z_]+\}|``")


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_is_plain(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"] if name is None else [name, "--help"])
    text = capsys.readouterr().out
    assert exit_.value.code == 0
    assert "Usage" in text
    assert not BAD_HELP.search(text), BAD_HELP.search(text).group(0)


def test_analyze_path_takes_two_names_as_its_help_says(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert "FROM TO" in capsys.readouterr().out
    _parse(["analyze", "--path", "大渡口区", "重庆东站"])
