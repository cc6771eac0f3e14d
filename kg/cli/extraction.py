"""Subcommands: extraction."""

from kg.cli.app import app  # noqa: F401
