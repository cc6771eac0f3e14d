"""The Typer application and what every command shares: output consoles, progress, errors.

Results go to stdout, progress and logs to stderr; progress bars switch off when stderr is
not a terminal or with ``--quiet`` (the sqlite-utils / spaCy CLI habit).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from extract.errors import PolicyKGError

T = TypeVar("T")

app = typer.Typer(
    name="policykg",
    help="Build and explore a knowledge graph of Chinese local-government policies, projects and programs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(soft_wrap=True)  # results
err = Console(stderr=True, soft_wrap=True)  # progress, warnings, errors: one line each, never wrapped


class _State:
    quiet: bool = False


state = _State()


@app.callback()
def _root(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or notes on stderr."),
) -> None:
    state.quiet = quiet


def progress_enabled() -> bool:
    return not state.quiet and err.is_terminal


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate with a Rich progress bar on stderr (silent when not on a TTY or with --quiet)."""
    if not progress_enabled():
        yield from items
        return
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)


def note(message: str) -> None:
    if not state.quiet:
        err.print(message)


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def main() -> None:
    """Console entry point: expected errors become one line and exit code 1."""
    import kg.cli  # noqa: F401  (registers the command modules)

    try:
        app()
    except PolicyKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)
