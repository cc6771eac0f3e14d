"""``policykg`` command line. Each module registers its own subcommands on ``app``."""

from kg.cli import demo, documents, evaluation, explore, extraction, graph, training  # noqa: F401  (registration)
from kg.cli.app import app, main

__all__ = ["app", "main"]
