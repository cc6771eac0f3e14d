"""The README and the CLI agree: every command has help text and is documented (sqlite-utils habit)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_there_are_commands():
    assert {
        "demo",
        "ingest",
        "inspect",
        "extract",
        "evaluate",
        "build",
        "query",
        "viz",
        "trace",
        "serve",
    } <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_readme_entry(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    assert (command.help or (command.callback.__doc__ or "")).strip(), f"{name} has no help text"
    assert re.search(rf"policykg {name}\b", README), f"README does not document `policykg {name}`"


def test_readme_has_exactly_two_setup_commands():
    block = README.split("## Set up and run", 1)[1].split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]
