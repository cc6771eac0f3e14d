"""The Typer application and what every command shares: output consoles, progress, errors.

Results go to stdout, progress and logs to stderr; progress bars switch off when stderr is
not a terminal or with ``--quiet`` (the sqlite-utils / spaCy CLI habit).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sized
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
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


class Lang(StrEnum):
    zh = "zh"
    en = "en"


@app.callback()
def _root(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or notes on stderr."),
    lang: Annotated[
        Lang, typer.Option("--lang", help="Language of type, relation and status names in tables and pages.")
    ] = Lang.zh,
) -> None:
    from kg.explore.labels import set_lang

    state.quiet = quiet
    set_lang(lang.value)


def progress_enabled() -> bool:
    return not state.quiet and err.is_terminal


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate with a Rich progress bar on stderr (silent when not on a TTY or with --quiet)."""
    if not progress_enabled():
        yield from items
        return
    if total is None and isinstance(items, Sized):
        total = len(items)
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


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 document``, ``2 documents``: counts a person reads are spelt right."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _metavar(param) -> str:
    """A placeholder a person understands: ``N``, ``DIR|URL``, ``FILE``, ``PATH...``; none for flags.

    Typer shows Python types in help (``<bool>``, ``<str>``, ``<list[str]>``) and wraps required
    arguments in braces (``{QUERY}``); the help here names what to type instead.
    """
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.name == "store":
        return "DIR|URL"
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    name = (param.name or "value").rstrip("_").upper()
    if annotation is int:
        name = "N"
    elif annotation is float:
        name = "SECONDS" if param.name == "timeout" else "X"
    elif annotation is Path:
        name = "FILE" if param.param_type_name == "option" else "PATH"
    if param.param_type_name == "argument" and param.nargs != 1:
        name += "..."
    return name


def _plain_help(command):
    """Give every parameter a readable metavar (recursively over the subcommands)."""
    for param in command.params:
        desc = getattr(param, "type_descriptor", None)
        if param.metavar is None and desc is not None and desc.is_choice:
            param.metavar = "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices) + "]"
        elif param.metavar is None:
            param.metavar = _metavar(param)
        if param.param_type_name == "argument":
            # typer writes a required argument as ``{NAME}`` in the usage line and its Python type
            # beside its name in the help panel; the name (the metavar) says it all
            param._usage_display_name = lambda p=param: p.metavar if p.required else f"[{p.metavar}]"
            param.display_type_rich = lambda ctx: None
    help_option = command.get_help_option

    def plain_help_option(ctx):
        option = help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = plain_help_option
    for sub in getattr(command, "commands", {}).values():
        _plain_help(sub)
    return command


def click_command():
    """The ``policykg`` command as click runs it, with the plain help (tests invoke this too)."""
    import kg.cli  # noqa: F401  (registers the command modules)

    return _plain_help(typer.main.get_command(app))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: expected errors become one ``error:`` line; exit 1, or 2 for usage."""
    command = click_command()
    try:
        code = command.main(args=argv, prog_name="policykg", standalone_mode=False)
    except typer.TyperException as exc:  # typer's click: usage errors (exit 2) and the like
        ctx = getattr(exc, "ctx", None)
        hint = f" (see `{ctx.command_path} --help`)" if ctx is not None and exc.exit_code == 2 else ""
        err.print(f"[red]error:[/red] {escape(exc.format_message())}{hint}", highlight=False)
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("[red]error:[/red] aborted", highlight=False)
        sys.exit(1)
    except PolicyKGError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
