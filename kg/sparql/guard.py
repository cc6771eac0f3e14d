"""What a SPARQL query or update must pass before the engine sees it: size, nesting, no network.

Why each check exists:

* **Size and nesting.** Oxigraph's parser and evaluator recurse once per nesting level; 3,000
  nested ``{`` (or 1,000 nested ``CONCAT(``, or 10,000 chained ``+1``) overflow an 8 MB thread
  stack and kill the whole process with SIGSEGV, which no ``try`` can catch. So text over
  :data:`MAX_QUERY_BYTES` or nested deeper than :data:`MAX_NESTING` is refused before parsing,
  and the engine itself runs in threads with :data:`ENGINE_STACK_BYTES` of stack
  (:func:`run_with_big_stack`), which keeps even the worst chain that fits in the size limit
  well inside the stack (measured in ``tests/kg/test_query_guard.py``).
* **No network.** ``SERVICE`` makes Oxigraph fetch rows from any URL and ``LOAD`` fetches a
  document into the store. Both are found as keyword *tokens* (:mod:`kg.sparql.tokens`), so
  names, strings, comments, ``\\#`` escapes and letter case cannot hide or fake them.
  ``FROM``/``FROM NAMED`` only select graphs already in the store (Oxigraph does not fetch them).

Nesting counts ``{``, ``(``, ``[`` and ``<<`` levels, plus each prefix operator (``!``, ``^``,
unary ``+``/``-``) in a run, since ``!!!!…x`` nests as deeply as brackets do; brackets inside an
``IRIREF`` are counted too (see :mod:`kg.sparql.tokens` on ``<`` read as less-than).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kg.errors import QueryError
from kg.sparql.tokens import Token, tokenize

MAX_QUERY_BYTES = 100_000  # UTF-8 bytes of one query or update
MAX_NESTING = 128  # bracket levels (and prefix operators), see the module docstring
ENGINE_STACK_BYTES = 256 * 1024 * 1024  # virtual; only the pages a query touches are used

_OPEN = {"{", "(", "[", "<<", "<<(", "{|"}
_CLOSE = {"}", ")", "]", ">>", ")>>", "|}"}
_PREFIX_OPS = {"!", "^", "+", "-"}
# after these a + or - is binary (an operand just ended); elsewhere it is a sign or unary operator
_OPERAND_END = {"VAR", "IRIREF", "PNAME_LN", "PNAME_NS", "NUMBER", "STRING", "LANGTAG", "BLANK_NODE_LABEL"}

T = TypeVar("T")


class QueryRefused(QueryError):
    """A query or update the endpoint and the CLI will not run (HTTP 400)."""


@dataclass(frozen=True)
class QueryLimits:
    max_bytes: int = MAX_QUERY_BYTES
    max_nesting: int = MAX_NESTING


def nesting(tokens: list[Token]) -> int:
    """The deepest bracket level, counting runs of prefix operators as levels."""
    depth = deepest = run = 0
    previous: Token | None = None
    for tok in tokens:
        text = tok.text if tok.kind == "PUNCT" else ""
        if text in _OPEN:
            depth += 1
        elif text in _CLOSE:
            depth -= 1
        if text in _PREFIX_OPS and not _ends_operand(previous):
            run += 1
        else:
            run = 0
        if tok.kind == "IRIREF":  # "<" may be read as less-than: count what it holds as code
            inner = tok.text.count("(") + tok.text.count("[")
            deepest = max(deepest, depth + inner)
        deepest = max(deepest, depth + run)
        previous = tok
    return deepest


def _ends_operand(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.kind in _OPERAND_END:
        return True
    return tok.kind == "PUNCT" and tok.text in (")", "]", "}", ">>", "*", "?")


def check(text: str, update: bool = False, limits: QueryLimits | None = None) -> list[Token]:
    """Raise :class:`QueryRefused` unless ``text`` is small, shallow and touches no network."""
    limits = limits or QueryLimits()
    what = "update" if update else "query"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise QueryRefused(f"the {what} is {size:,} bytes; the limit is {limits.max_bytes:,}")
    tokens = list(tokenize(text))
    depth = nesting(tokens)
    if depth > limits.max_nesting:
        raise QueryRefused(f"the {what} nests {depth} levels deep; the limit is {limits.max_nesting}")
    for tok in tokens:
        if tok.keyword == "SERVICE":
            raise QueryRefused("SERVICE (federated query) is disabled: it would fetch data from the network")
        if tok.keyword == "LOAD":
            raise QueryRefused("LOAD is disabled: it would fetch a remote document into the store")
    return tokens


def run_with_big_stack(fn: Callable[[], T], stack_bytes: int = ENGINE_STACK_BYTES) -> T:
    """Call ``fn`` in a fresh thread with a large stack and return its result (or raise its error)."""
    value: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            value.append(fn())
        except BaseException as exc:
            error.append(exc)

    with _STACK_LOCK:  # threading.stack_size is process-wide: set, start, restore
        old = threading.stack_size(stack_bytes)
        try:
            thread = threading.Thread(target=target, name="sparql-engine", daemon=True)
            thread.start()
        finally:
            threading.stack_size(old)
    thread.join()
    if error:
        raise error[0]
    return value[0]


_STACK_LOCK = threading.Lock()
