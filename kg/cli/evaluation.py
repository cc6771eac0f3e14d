"""Subcommands: evaluate (scores against the gold annotation files)."""

from kg.cli.app import app  # noqa: F401
