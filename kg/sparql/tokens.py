"""A SPARQL tokenizer built from the grammar's terminals (SPARQL 1.1 §19.8, plus SPARQL 1.2 tokens).

Why a tokenizer and not a regular expression over the text: whether ``SERVICE`` in a query is the
keyword or part of a name depends on what surrounds it. ``ex:a\\#`` is one prefixed name (the
``\\#`` is a ``PN_LOCAL_ESC``), so a pattern that strips "comments" from ``#`` to the end of the
line hides everything after it from the check while Oxigraph runs it. Here every character of the
text belongs to exactly one token, each terminal is the grammar's own definition, and text that
matches no terminal stops tokenization with :class:`TokenError` (fail closed): a query the
tokenizer cannot read is never run.

One known difference from Oxigraph's (PEG) parser: inside an expression Oxigraph reads
``?a<?b&&?c>?d`` as two comparisons where the grammar's longest match reads an ``IRIREF``. That
cannot hide a ``SERVICE`` clause or a ``LOAD`` operation: an ``IRIREF`` holds no whitespace, ``{``,
``}`` or ``<``, and a ``SERVICE`` keyword is followed by an IRI or a variable and then ``{``, a
``LOAD`` only starts an update operation (after ``;`` or ``}``). For nesting, the brackets inside
an ``IRIREF`` are counted as well (see :mod:`kg.sparql.guard`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import QueryError

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
_VARNAME = rf"[{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"
_ECHAR = r"\\[tbnrf\\\"']"
_EXP = r"[eE][+-]?[0-9]+"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"

# Order matters where two terminals share a prefix: longer/more specific first.
_TERMINALS: list[tuple[str, str]] = [
    ("WS", r"[ \t\r\n]+"),
    ("COMMENT", r"#[^\r\n]*"),
    ("STRING", rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''"),
    ("STRING", rf'"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*"""'),
    ("STRING", rf"'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'"),
    ("STRING", rf'"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*"'),
    ("IRIREF", rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>"),
    ("PNAME_LN", rf"(?:{_PN_PREFIX})?:{_PN_LOCAL}"),
    ("PNAME_NS", rf"(?:{_PN_PREFIX})?:"),
    ("BLANK_NODE_LABEL", rf"_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"),
    ("VAR", rf"[?$]{_VARNAME}"),
    ("LANGTAG", r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?"),
    ("NUMBER", rf"[0-9]+\.[0-9]*{_EXP}|\.[0-9]+{_EXP}|[0-9]+{_EXP}|[0-9]*\.[0-9]+|[0-9]+"),
    ("WORD", r"[A-Za-z_][A-Za-z0-9_]*"),
    # SPARQL 1.2 triple terms / annotations, then two-character operators, then the rest
    ("PUNCT", r"<<\(|\)>>|<<|>>|\{\||\|\}|\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.=<>!+\-*/^|?~]"),
]
_MASTER = re.compile("|".join(f"(?P<T{i}>{p})" for i, (_, p) in enumerate(_TERMINALS)))
_KINDS = [kind for kind, _ in _TERMINALS]
# SPARQL §19.2: \u and \U code point escapes; Oxigraph decodes them inside IRIs and strings.
_UESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class TokenError(QueryError):
    """The text holds something no SPARQL terminal matches; it is refused, not guessed at."""


@dataclass(frozen=True)
class Token:
    kind: str  # IRIREF, PNAME_LN, PNAME_NS, BLANK_NODE_LABEL, VAR, LANGTAG, NUMBER, STRING, WORD, PUNCT
    text: str
    start: int

    @property
    def keyword(self) -> str:
        """The upper-cased word for keyword tokens (SPARQL keywords are case-insensitive), else ''."""
        return self.text.upper() if self.kind == "WORD" else ""


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {col}"


def tokenize(text: str) -> Iterator[Token]:
    """Every token of ``text`` except whitespace and comments; raises :class:`TokenError` on the rest."""
    pos, end = 0, len(text)
    while pos < end:
        m = _MASTER.match(text, pos)
        if m is None or m.end() == pos or m.lastgroup is None:  # (a non-empty match names its group)
            snippet = text[pos : pos + 20].splitlines()[0] if text[pos:].strip() else repr(text[pos])
            raise TokenError(f"not SPARQL at {_position(text, pos)}: {snippet!r}")
        kind = _KINDS[int(m.lastgroup[1:])]
        if kind not in ("WS", "COMMENT"):
            yield Token(kind, m.group(), pos)
        pos = m.end()


def decoded_iri(token: Token) -> str:
    """The IRI an ``IRIREF`` token names, with its ``\\u`` escapes decoded as Oxigraph does."""
    body = token.text[1:-1]
    return _UESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), body)
