"""A learned veto over the rules' names: keep a name or drop it, from evidence around it.

The BIO tagger beside the rules (``extract.spanmodel.tagger``) learned from the rules' own silver
output and so mostly reproduced them. The veto learns from *gold* instead, and only the one
decision where the rules are weakest on unseen provinces: precision (a generic phrase, a place
inside a longer name the rules missed, a firm-like word that is no firm). Its examples are the
rules' final names (``doc.ents`` after the resolver) inside gold passages: a name whose span and
type are in the gold is a true example, any other a false one.

Features are strings hashed into a fixed table (crc32, stable across processes), each conjoined
with the name's type: the rule source that found it, its length, its first and last characters
(the head), the characters just outside it, the jieba dictionary's part-of-speech tag of the whole
name and of its longest dictionary suffix, membership in the mined generic terms (with their
document frequency: a phrase in every report is generic, a name is rare) and the mined heads,
whether a division name opens it, and how often the same string recurs in the text. The model is
L2-regularised logistic regression fitted by L-BFGS (``scipy.optimize``): deterministic for the
same examples, so ``policykg train-veto`` reproduces the shipped file byte for byte.

``SpanVeto.keep`` is the whole inference: the pipeline component (``policykg_span_veto``, after the
resolver) and the leave-one-province-out evaluation call the same function on the same tuples.
"""

from __future__ import annotations

import functools
import itertools
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from extract.errors import LoadError

FORMAT = "policykg-span-veto/1"
WEIGHTS = "veto.npz"
META = "veto.json"
VETO_DIR_NAME = "span_veto"

RawMention = tuple[int, int, str, str, str]  # start, end, type, canonical hint, source
OPEN_QUOTES = frozenset("“《「『\"'（(")
CLOSE_QUOTES = frozenset("”》」』\"'）)")


COUNT_EDGES = (1, 2, 4, 9)  # buckets of how often a name recurs in the text


def _bucket(n: int, edges: Sequence[int]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


@functools.cache
def _lexicon() -> tuple[dict[str, tuple[int, str]], dict[str, int], dict[str, str]]:
    """jieba's dictionary (word -> (freq, tag)), mined generic terms (term -> documents) and mined
    heads (head -> type), read once per process."""
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import dictionary

    lex = read_lexicon()
    generic = {
        r["term"]: int(r.get("docs", 0))
        for r in lex.get("generic_terms.jsonl", [])
        if isinstance(r.get("term"), str)
    }
    heads: dict[str, str] = {}
    for name in ("heads.jsonl", "head_kernels.jsonl", "head_rules.jsonl"):
        for r in lex.get(name, []):
            if isinstance(r.get("head"), str) and isinstance(r.get("type"), str):
                heads.setdefault(r["head"], r["type"])
    return dictionary(), generic, heads


@functools.cache
def _division_names() -> frozenset[str]:
    """Every full and short division name (a set: the feature is a prefix test per name, and
    ``extract.regions.lookup`` with its normalisation cost a fifth of the extractor's time)."""
    from extract.regions import all_regions

    return frozenset(n for r in all_regions() for n in r.names)


def _opens_with_division(name: str) -> bool:
    names = _division_names()
    return any(name[:cut] in names for cut in range(min(len(name) - 1, 8), 1, -1))


def _context_features(text: str, s: int, e: int, t: str, count: int) -> list[str]:
    """What lies around this occurrence: the two characters either side, quotes, recurrence."""
    return _context_words(text[max(0, s - 2) : s], text[e : e + 2], t, count)


def _context_words(left: str, right: str, t: str, count: int) -> list[str]:
    """``_context_features`` of an occurrence with ``left`` and ``right`` around it."""
    f = [
        f"l1={left[-1:]}",
        f"l2={left}",
        f"r1={right[:1]}",
        f"r2={right}",
        f"quoted={left[-1:] in OPEN_QUOTES}{right[:1] in CLOSE_QUOTES}",
        f"count={_bucket(count, COUNT_EDGES)}",
    ]
    # conjoined with the type: the same evidence means different things for a firm and a place
    return [*f, *(f"{t}|{x}" for x in f)]


@functools.lru_cache(maxsize=1 << 14)  # a name recurs in a report; bounded memory
def _name_features(name: str, t: str, src: str) -> tuple[str, ...]:
    """What the name string itself says, with its type and the rule source that found it."""
    words, generic, heads = _lexicon()
    n = len(name)
    f = [
        "bias",
        f"src={src}",
        f"len={_bucket(n, (1, 2, 3, 4, 6, 9, 14))}",
        f"end1={name[-1:]}",
        f"end2={name[-2:]}",
        f"end3={name[-3:]}",
        f"beg1={name[:1]}",
        f"beg2={name[:2]}",
        f"digit={any(c.isdigit() for c in name)}",
        f"latin={any(c.isascii() and c.isalpha() for c in name)}",
        f"division={_opens_with_division(name)}",
    ]
    entry = words.get(name)
    f.append(f"dict={entry[1] if entry else '-'}")
    for cut in range(1, n - 1):  # the longest dictionary word that ends the name: its head word
        suffix = name[cut:]
        if suffix in words:
            f.append(f"headtag={words[suffix][1]}")
            f.append(f"headlen={min(n - cut, 5)}")
            break
    else:
        f.append("headtag=-")
    if name in generic:
        f.append(f"generic={_bucket(generic[name], (2, 5, 10, 20))}")
    for cut in range(1, n - 1):  # the longest mined generic term that ends the name
        if name[cut:] in generic:
            f.append(f"genericsuffix={min(n - cut, 5)}")
            break
    for cut in range(0, n - 1):  # the longest mined head that ends the name, and its type
        head_type = heads.get(name[cut:])
        if head_type is not None:
            f.append(f"head={head_type == t}")
            break
    else:
        f.append("head=-")
    return (*f, *(f"{t}|{x}" for x in f))


_HASHES: dict[tuple[str, int], int] = {}


def _hash(feature: str, bits: int) -> int:
    """crc32 of the feature (stable across processes, unlike ``hash``), memoised: feature
    strings repeat across names. The memo is emptied when it grows past 2^17 entries."""
    key = (feature, bits)
    h = _HASHES.get(key)
    if h is None:
        if len(_HASHES) > 1 << 17:
            _HASHES.clear()
        h = _HASHES[key] = zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)
    return h


def feature_rows(text: str, mentions: Sequence[RawMention], bits: int) -> list[list[int]]:
    """The hashed feature indices of each name (a collision counts twice, in training too)."""
    counts: dict[str, int] = {}
    for s, e, *_ in mentions:
        counts[text[s:e]] = counts.get(text[s:e], 0) + 1
    rows = []
    for s, e, t, _, src in mentions:
        name = text[s:e]
        context = _context_indices(text[max(0, s - 2) : s], text[e : e + 2], t, counts[name], bits)
        rows.append([*_name_indices(name, t, src, bits), *context])
    return rows


def _context_indices(left: str, right: str, t: str, count: int, bits: int) -> tuple[int, ...]:
    """The hashed ``_context_features`` of an occurrence: they depend on nothing but the two
    characters either side, the type and the count's bucket, so the indices are remembered
    per such context (``_CONTEXTS``, emptied past 2^15 entries) rather than formatted and
    hashed for every name."""
    key = (left, right, t, _bucket(count, COUNT_EDGES), bits)
    found = _CONTEXTS.get(key)
    if found is None:
        if len(_CONTEXTS) > 1 << 15:
            _CONTEXTS.clear()
        found = _CONTEXTS[key] = tuple(_hash(x, bits) for x in _context_words(left, right, t, count))
    return found


_CONTEXTS: dict[tuple[str, str, str, int, int], tuple[int, ...]] = {}


@functools.lru_cache(maxsize=1 << 14)
def _name_indices(name: str, t: str, src: str, bits: int) -> tuple[int, ...]:
    return tuple(_hash(x, bits) for x in _name_features(name, t, src))


@dataclass
class SpanVeto:
    """Weights over hashed features; a name is kept when P(right) reaches ``threshold``."""

    bits: int = 16
    threshold: float = 0.5
    weights: np.ndarray = field(default_factory=lambda: np.zeros(1 << 16, dtype=np.float64))
    bias: float = 0.0
    types: tuple[str, ...] = ()  # types the veto may drop; empty: every type
    info: dict = field(default_factory=dict)

    def probabilities(self, text: str, mentions: Sequence[RawMention]) -> np.ndarray:
        rows = feature_rows(text, mentions, self.bits)
        starts = np.cumsum([0, *(len(r) for r in rows[:-1])])
        flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64)
        z = np.add.reduceat(self.weights[flat], starts) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def keep(self, text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
        """The names the veto lets through (the others are dropped), in their order."""
        if not mentions:
            return []
        p = self.probabilities(text, mentions)
        return [
            m
            for m, pm in zip(mentions, p, strict=True)
            if pm >= self.threshold or (self.types and m[2] not in self.types)
        ]

    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = np.flatnonzero(self.weights).astype(np.uint32)
        # np.savez writes zip entries with a fixed date, so the same weights give the same bytes
        np.savez_compressed(path / WEIGHTS, rows=rows, values=self.weights[rows].astype(np.float32))
        meta = {
            "format": FORMAT,
            "bits": self.bits,
            "threshold": self.threshold,
            "bias": round(float(self.bias), 6),
            "types": list(self.types),
            "info": self.info,
        }
        (path / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    @classmethod
    def from_disk(cls, path: str | Path) -> SpanVeto:
        path = Path(path)
        try:
            meta = json.loads((path / META).read_text(encoding="utf-8"))
            with np.load(path / WEIGHTS) as data:
                rows, values = data["rows"], data["values"]
            if meta.get("format") != FORMAT:
                raise ValueError(f"format {meta.get('format')!r}, expected {FORMAT}")
            bits = int(meta["bits"])
            if not 8 <= bits <= 22:
                raise ValueError(f"bits {bits} out of range 8..22")
            weights = np.zeros(1 << bits, dtype=np.float64)
            if len(rows) and (int(rows.max()) >= len(weights) or len(rows) != len(values)):
                raise ValueError("weights do not fit the declared table size")
            weights[rows] = values.astype(np.float64)
            return cls(
                bits,
                float(meta["threshold"]),
                weights,
                float(meta["bias"]),
                tuple(meta.get("types", ())),
                dict(meta.get("info", {})),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LoadError(path, f"cannot read the span veto ({exc})") from exc


@dataclass
class VetoExample:
    doc: str
    province: str
    rows: list[list[int]]
    labels: np.ndarray


def label_mentions(
    mentions: Sequence[RawMention],
    passages: Iterable[tuple[int, int, set[tuple[int, int, str]]]],
    loose: bool = True,
) -> list[tuple[int, int]]:
    """(index into ``mentions``, 1 right / 0 wrong) for every name fully inside a gold passage.

    Right is, with ``loose`` (the default), any overlap with a gold name: a name cut a little
    short or typed wrongly still carries the relations the scorer matches by overlap, so the
    veto learns to drop only names with no gold name under them at all. Trained on exact
    span+type instead (``loose=False``), it also dropped boundary errors, and in
    leave-one-province-out relation F1 fell on the tuning half (0.552 → 0.523).
    """
    out = []
    spans = list(passages)
    for i, (s, e, t, _, _) in enumerate(mentions):
        for ps, pe, gold in spans:
            if ps <= s and e <= pe:
                right = any(gs < e and s < ge for gs, ge, _ in gold) if loose else (s, e, t) in gold
                out.append((i, int(right)))
                break
    return out


def fit(
    examples: Sequence[VetoExample],
    bits: int = 16,
    l2: float = 1.0,
    max_iter: int = 200,
    weight: dict[str, float] | None = None,
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression over the examples' hashed rows (L-BFGS, deterministic);
    ``weight`` scales the loss of the examples of a gold file (``VetoExample.province`` holds it)."""
    import scipy.sparse as sp
    from scipy.optimize import minimize

    rows = [r for ex in examples for r in ex.rows]
    y = np.concatenate([ex.labels for ex in examples]).astype(np.float64) if examples else np.zeros(0)
    sw = np.concatenate([np.full(len(ex.labels), (weight or {}).get(ex.province, 1.0)) for ex in examples])
    if not rows:
        raise ValueError("no training names: no rule name lies inside a gold passage")
    indptr = np.cumsum([0, *(len(r) for r in rows)])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(indptr[-1]))
    X = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), 1 << bits))
    used = np.unique(indices)
    Xu = X[:, used]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = Xu @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + 0.5 * l2 * (
            w[:-1] @ w[:-1]
        )
        g = sw * (p - y)
        grad = np.append(Xu.T @ g + l2 * w[:-1], g.sum())
        return float(value), grad

    res = minimize(loss, np.zeros(len(used) + 1), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    weights = np.zeros(1 << bits, dtype=np.float64)
    weights[used] = res.x[:-1]
    return weights, float(res.x[-1])
