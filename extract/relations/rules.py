"""The relation rules register themselves here; ``find_relations`` runs whatever registered.

Why a registry: with every rule family imported and called one by one in
``extract/relations/__init__.py``, a new relation meant editing that file as well as writing
its rule module. Now a module of this package declares its rule with ``@document_rule(order)``
(reads the whole document: tables, names) or ``@sentence_rule(order)`` (one sentence with its
mentions), and ``discover()`` imports every module of the package so the decorators run.
Adding a relation is its rule module (plus the ontology entry and tests), nothing else.

``order`` fixes where a rule's records go in the output, which the de-duplication (first
seen wins, a stated fact beats an inferred one) depends on: document rules first, then per
sentence the sentence rules, each group by ascending ``order``. Two rules of one kind may not
share an order, so the output order never depends on import order.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from extract.model import Document
from extract.records import Investment, Mention, Relation
from extract.relations.common import Sentence

Found = Sequence[Relation | Investment]
DocumentRuleFn = Callable[[Document, list[Mention]], Found]
SentenceRuleFn = Callable[[Sentence, "DocumentRun"], Found]


@dataclass
class DocumentRun:
    """What the rules of one document share: its mentions, the document rules' records (by
    rule name, for a sentence rule that defers to a table reading) and objects built once per
    document on first use (``shared``)."""

    doc: Document
    mentions: list[Mention]
    found: dict[str, Found] = field(default_factory=dict)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def shared(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


@dataclass(frozen=True)
class Rule:
    name: str  # the function's name: ``find_engages``
    order: int
    kind: Literal["document", "sentence"]
    fn: Callable[..., Found]
    without_mentions: bool = False  # a sentence rule that also reads sentences naming nobody
    module: str = ""  # the module that registered it
    # preconditions the rule states (``sentence_rule``), tested once per sentence by find_relations
    types: frozenset[str] = frozenset()  # it finds nothing in a sentence naming none of these types
    cue: str | None = None  # it finds nothing in a sentence whose text lacks this string


_RULES: dict[str, Rule] = {}


class RuleError(ValueError):
    """Two rules of one kind claim the same order, or one name is registered twice."""


def _register(rule: Rule) -> None:
    old = _RULES.get(rule.name)
    if old is not None and old.module != rule.module:
        raise RuleError(f"relation rule {rule.name} registered by {old.module} and {rule.module}")
    slot = (rule.kind, rule.order)
    same = [r for r in _RULES.values() if (r.kind, r.order) == slot and r.name != rule.name]
    if same:
        raise RuleError(f"relation rules {same[0].name} and {rule.name} share {rule.kind} order {rule.order}")
    _RULES[rule.name] = rule


def document_rule(order: int) -> Callable[[DocumentRuleFn], DocumentRuleFn]:
    """Register ``fn(doc, mentions)`` to run once per document, before the sentence rules."""

    def register(fn: DocumentRuleFn) -> DocumentRuleFn:
        _register(Rule(fn.__name__, order, "document", fn, module=fn.__module__))
        return fn

    return register


def sentence_rule(
    order: int,
    *,
    without_mentions: bool = False,
    with_run: bool = False,
    types: Iterable[str] = (),
    cue: str | None = None,
) -> Callable[[Callable[..., Found]], Callable[..., Found]]:
    """Register ``fn(sentence)`` (``fn(sentence, run)`` with ``with_run``) to run on every
    sentence that names an entity (every sentence with ``without_mentions``).

    ``types`` and ``cue`` are what the rule itself requires before it reads anything: a mention
    of one of ``types`` in the sentence, the string ``cue`` in its text. ``find_relations`` tests
    them once per sentence and does not call the rule where they fail (nor builds a sentence that
    names nobody for a rule whose cue it lacks): most sentences hold nothing a rule reads, and a
    call per rule and sentence was a good part of the readers' time. A precondition must be
    exact — the rule returns nothing wherever it fails (``tests/extract/test_fast_paths.py``).
    """

    def register(fn: Callable[..., Found]) -> Callable[..., Found]:
        call: SentenceRuleFn = fn if with_run else (lambda s, _run: fn(s))
        rule = Rule(
            fn.__name__, order, "sentence", call, without_mentions, fn.__module__, frozenset(types), cue
        )
        _register(rule)
        return fn

    return register


@functools.cache
def discover() -> None:
    """Import every module of ``extract.relations`` so its rules register, once per process: the
    package's modules do not change while it runs, and listing them (``pkgutil.iter_modules``
    resolves and reads the directory) was repeated for every document by ``registered``."""
    import extract.relations as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        importlib.import_module(f"{package.__name__}.{info.name}")


def registered(kind: Literal["document", "sentence"]) -> tuple[Rule, ...]:
    """The registered rules of one kind, in their order."""
    discover()
    return tuple(sorted((r for r in _RULES.values() if r.kind == kind), key=lambda r: r.order))


__all__ = ["DocumentRun", "Rule", "RuleError", "discover", "document_rule", "registered", "sentence_rule"]
