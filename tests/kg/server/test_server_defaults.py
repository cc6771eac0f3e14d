"""``policykg serve``'s defaults are stated once (kg/server/defaults.py): the command's options,
the endpoint and server option classes and SECURITY.md's table of limits all say the same."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

import kg.cli  # noqa: F401  (registers the commands)
from kg.cli.app import app
from kg.server import defaults
from kg.server.hardening import ServerOptions
from kg.server.run import HOST
from kg.server.sparql_endpoint import EndpointConfig

ROOT = Path(__file__).resolve().parents[3]


def _serve_defaults() -> dict[str, object]:
    serve = typer.main.get_command(app).commands["serve"]  # type: ignore[attr-defined]
    return {p.name: p.default for p in serve.params}


def test_the_command_and_the_server_classes_share_the_defaults():
    cli, config, options = _serve_defaults(), EndpointConfig(), ServerOptions()
    assert cli["host"] == HOST == defaults.HOST == "127.0.0.1"  # loopback unless --allow-remote
    assert cli["port"] == defaults.PORT
    assert cli["timeout"] == config.timeout_s == defaults.TIMEOUT_S
    assert cli["max_results"] == config.max_results == defaults.MAX_RESULTS
    assert cli["query_workers"] == options.query_workers == defaults.QUERY_WORKERS
    assert cli["page_cache_mb"] * 2**20 == options.page_cache_bytes == defaults.PAGE_CACHE_MB * 2**20


def test_security_md_states_the_defaults():
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")

    def stated(option: str, unit: str) -> str:
        m = re.search(rf"`--{option}`, ([\d,.]+) {unit}".strip(), text)
        assert m, f"SECURITY.md has no default for --{option}"
        return m.group(1).replace(",", "")

    assert float(stated("timeout", "s")) == defaults.TIMEOUT_S
    assert int(stated("max-results", "")) == defaults.MAX_RESULTS
    assert int(stated("page-cache-mb", "MB")) == defaults.PAGE_CACHE_MB
