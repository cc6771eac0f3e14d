"""``SpanTagger``: a linear BIO tagger over hashed features, decoded to typed character spans.

Scores are the sum of one weight row per feature template (``N_TEMPLATES`` gathers from the
table), plus a bias; each character takes its best label on its own (no transition scores,
whose Viterbi decoding would need a Python step per character), and runs of B/I of one type
become spans. The weights are stored sparsely as float16 (only rows that training touched),
which keeps the shipped file small.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from extract.errors import LoadError
from extract.spanmodel.features import N_TEMPLATES, Lexicon, featurize

FORMAT = "policykg-span-tagger/1"
WEIGHTS = "weights.npz"
META = "meta.json"


class SpanTagger:
    """Labels: 0 = outside; for type k, 1 + 2k = begin, 2 + 2k = inside."""

    def __init__(
        self,
        types: tuple[str, ...],
        lexicon: Lexicon,
        bits: int,
        weights: np.ndarray | None = None,
        bias: np.ndarray | None = None,
        info: dict | None = None,
    ):
        self.types = tuple(types)
        self.lexicon = lexicon
        self.bits = bits
        n_labels = 1 + 2 * len(self.types)
        self.weights = weights if weights is not None else np.zeros((1 << bits, n_labels), dtype=np.float32)
        self.bias = bias if bias is not None else np.zeros(n_labels, dtype=np.float32)
        self.info = dict(info or {})

    @property
    def n_labels(self) -> int:
        return 1 + 2 * len(self.types)

    def features(self, text: str) -> np.ndarray:
        return featurize(text, self.lexicon, self.bits)

    def scores(self, feats: np.ndarray) -> np.ndarray:
        out = np.empty((len(feats), self.n_labels), dtype=np.float32)
        out[:] = self.bias
        rows = np.ascontiguousarray(feats.T)  # one contiguous index vector per template
        buf = np.empty_like(out)
        for t in range(N_TEMPLATES):
            np.take(self.weights, rows[t], axis=0, out=buf)
            out += buf
        return out

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) character spans, in text order, of at least two characters."""
        if not text:
            return []
        return decode_spans(self.scores(self.features(text)), self.types, text)

    # -- persistence (spaCy's to_disk/from_disk convention: a directory) -----------------
    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.uint32)
        np.savez_compressed(
            path / WEIGHTS,
            rows=rows,
            values=self.weights[rows].astype(np.float16),
            bias=self.bias.astype(np.float32),
        )
        meta = {
            "format": FORMAT,
            "types": list(self.types),
            "bits": self.bits,
            "templates": N_TEMPLATES,
            "info": self.info,
            "lexicon": self.lexicon.to_json(),
        }
        (path / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    @classmethod
    def from_disk(cls, path: str | Path) -> SpanTagger:
        path = Path(path)
        try:
            meta = json.loads((path / META).read_text(encoding="utf-8"))
            with np.load(path / WEIGHTS) as data:
                rows, values, bias = data["rows"], data["values"], data["bias"]
        except (OSError, ValueError, KeyError) as exc:
            raise LoadError(path, f"cannot read the span model ({exc})") from exc
        if meta.get("format") != FORMAT or meta.get("templates") != N_TEMPLATES:
            raise LoadError(path, f"not a {FORMAT} model with {N_TEMPLATES} templates")
        types, bits = tuple(meta["types"]), int(meta["bits"])
        weights = np.zeros((1 << bits, 1 + 2 * len(types)), dtype=np.float32)
        if len(rows) and (rows.max() >= len(weights) or values.shape[1] != weights.shape[1]):
            raise LoadError(path, "weights do not fit the declared table size and labels")
        weights[rows] = values.astype(np.float32)
        return cls(types, Lexicon.from_json(meta["lexicon"]), bits, weights, bias, meta.get("info"))


MAX_LEN = 48  # longest name the decoder considers, in characters


def decode_spans(scores: np.ndarray, types: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Spans whose labelling beats all-O, best first, without overlaps.

    Per-character argmax cuts long names (the first characters of 重庆市第五人民医院迁建工程
    look like O on their own). Instead each likely *end* (a character whose best label is B/I
    of a type and whose successor does not continue it) picks the start ``s`` that maximises
    the span's log-odds against O: ``B[s] - O[s] + sum(I[k] - O[k] for s < k <= end)``, read
    off cumulative sums for all ends and all starts within ``MAX_LEN`` at once. Spans with
    positive gain are kept greedily by gain; no span crosses a line break.
    """
    n = len(scores)
    if n == 0:
        return []
    # log-odds against O need no normalisation: log p(y) - log p(O) = score(y) - score(O)
    logp = scores
    labels = logp.argmax(axis=1)
    typ = np.where(labels > 0, (labels - 1) // 2, -1)
    nxt = np.append(labels[1:], 0)
    ends = np.flatnonzero((typ >= 0) & (nxt != 2 + 2 * typ))
    if len(ends) == 0:
        return []
    t_end = typ[ends]
    lo = logp[:, 0]
    li = logp[:, 2::2] - lo[:, None]  # (n, T): I vs O
    lb = logp[:, 1::2] - lo[:, None]  # (n, T): B vs O
    cum = np.vstack(
        [np.zeros((1, li.shape[1]), dtype=li.dtype), np.cumsum(li, axis=0)]
    )  # cum[k] = sum li[:k]
    offsets = np.arange(MAX_LEN)
    starts = ends[:, None] - offsets[None, :]  # (E, L)
    valid = starts >= 0
    st = np.maximum(starts, 0)
    gain = lb[st, t_end[:, None]] + cum[ends + 1, t_end][:, None] - cum[st + 1, t_end[:, None]]
    newline = np.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10
    nl_cum = np.append(0, np.cumsum(newline))
    valid &= (nl_cum[ends + 1][:, None] - nl_cum[st]) == 0
    gain = np.where(valid, gain, -np.inf)
    best = gain.argmax(axis=1)
    best_gain = gain[np.arange(len(ends)), best]
    chosen = []
    taken = np.zeros(n, dtype=bool)
    for k in np.argsort(-best_gain, kind="stable").tolist():
        g = best_gain[k]
        if not g > 0:
            break
        s, e = int(ends[k] - best[k]), int(ends[k]) + 1
        if e - s < 2 or taken[s:e].any():
            continue
        taken[s:e] = True
        chosen.append((s, e, types[int(t_end[k])]))
    chosen.sort()
    return chosen


def decode(labels: np.ndarray, types: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Runs of one type's B/I labels → spans; an I after O or another type opens a span too.

    Spans crossing a line break or shorter than two characters are dropped.
    """
    n = len(labels)
    typ = np.where(labels > 0, (labels - 1) // 2, -1)
    is_begin = (labels > 0) & (labels % 2 == 1)
    prev = np.empty(n, dtype=typ.dtype)
    prev[0], prev[1:] = -1, typ[:-1]
    starts = (typ >= 0) & (is_begin | (typ != prev))
    nxt_typ = np.empty(n, dtype=typ.dtype)
    nxt_typ[-1], nxt_typ[:-1] = -1, typ[1:]
    nxt_start = np.zeros(n, dtype=bool)
    nxt_start[:-1] = starts[1:]
    ends = (typ >= 0) & ((nxt_typ != typ) | nxt_start)
    out = []
    for s, e in zip(np.flatnonzero(starts).tolist(), np.flatnonzero(ends).tolist(), strict=True):
        if e > s and "\n" not in text[s : e + 1]:
            out.append((s, e + 1, types[int(typ[s])]))
    return out
