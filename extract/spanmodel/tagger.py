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

FORMAT = "policykg-span-tagger/3"
SCORE_BLOCK = 4096  # positions scored together (``SpanTagger.scores``): 4096 × 12 floats fit the cache
WEIGHTS = "weights.npz"
META = "meta.json"


class SpanTagger:
    """Labels: 0 = outside, 1 = first and 2 = last character of a name (any type), 3 + k = a
    character between them in a name of type k.

    Untyped begin and end labels keep the table narrow (12 labels, not 28 for typed BIOE):
    every feature costs one row gather per character, so the label count is the model's
    running time. The decoder reads a span's type off its inner characters.
    """

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
        n_labels = 3 + len(self.types)
        self.weights = weights if weights is not None else np.zeros((1 << bits, n_labels), dtype=np.float32)
        self.bias = bias if bias is not None else np.zeros(n_labels, dtype=np.float32)
        self.info = dict(info or {})

    @property
    def n_labels(self) -> int:
        return 3 + len(self.types)

    def features(self, text: str, positions: np.ndarray | None = None) -> np.ndarray:
        return featurize(text, self.lexicon, self.bits, positions)

    def scores(self, feats: np.ndarray) -> np.ndarray:
        """Bias plus one gathered weight row per template, added in template order.

        The positions go in blocks of ``SCORE_BLOCK``: a block's sums and gathered rows stay in
        the CPU cache through all the templates, where whole-text arrays (a report's 170K × 12
        floats) went out to memory and back once per template, twice as slow. Every sum is
        the same sequence of float32 additions as before, so the scores are bit for bit equal.
        """
        n = len(feats)
        out = np.empty((n, self.n_labels), dtype=np.float32)
        out[:] = self.bias
        rows = np.ascontiguousarray(feats.T)  # one contiguous index vector per template
        buf = np.empty((min(n, SCORE_BLOCK), self.n_labels), dtype=np.float32)
        for a in range(0, n, SCORE_BLOCK):
            b = min(n, a + SCORE_BLOCK)
            block, gathered = out[a:b], buf[: b - a]
            for t in range(N_TEMPLATES):
                np.take(self.weights, rows[t, a:b], axis=0, out=gathered)
                block += gathered
        return out

    def predict(
        self, text: str, blocked: np.ndarray | None = None, min_gain: float = 0.0
    ) -> list[tuple[int, int, str]]:
        """(start, end, type) character spans, in text order, of at least two characters.

        ``blocked`` (one bool per character) marks characters no span may touch; their scores
        are fixed (all O). When most characters are blocked only the open ones are scored; when
        few are (about a seventh on the bundled corpus) scoring every character in one pass and
        then fixing the blocked rows is cheaper than gathering the open positions and scattering
        their scores back. A character's scores depend only on the text around it, so both ways
        give the same array.
        """
        if not text:
            return []
        if blocked is None:
            return decode_spans(self.scores(self.features(text)), self.types, text, None, min_gain)
        if np.count_nonzero(blocked) * 2 < len(text):
            scores = self.scores(self.features(text))
            scores[blocked] = 0.0
            scores[blocked, 0] = 1.0
            return decode_spans(scores, self.types, text, blocked, min_gain)
        open_ = np.flatnonzero(~blocked)
        scores = np.zeros((len(text), self.n_labels), dtype=np.float32)
        scores[:, 0] = 1.0
        scores[open_] = self.scores(self.features(text, open_))
        return decode_spans(scores, self.types, text, blocked, min_gain)

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
        weights = np.zeros((1 << bits, 3 + len(types)), dtype=np.float32)
        if len(rows) and (rows.max() >= len(weights) or values.shape[1] != weights.shape[1]):
            raise LoadError(path, "weights do not fit the declared table size and labels")
        weights[rows] = values.astype(np.float32)
        return cls(types, Lexicon.from_json(meta["lexicon"]), bits, weights, bias, meta.get("info"))


MAX_LEN = 48  # longest name the decoder considers, in characters
# ends decoded together (``_best_starts``): their (ends × lengths × types) float64 arrays, about
# 0.4 MB each, stay in the CPU cache; a report's ends at once (thousands) went out to memory
DECODE_BLOCK = 128
END_SLACK = 3.0  # an end label this far below O still makes a candidate end


def decode_spans(
    scores: np.ndarray,
    types: tuple[str, ...],
    text: str,
    blocked: np.ndarray | None = None,
    min_gain: float = 0.0,
) -> list[tuple[int, int, str]]:
    """Spans whose labelling beats all-O, best first, without overlaps.

    Per-character argmax cuts long names (the first characters of 重庆市第五人民医院迁建工程
    look like O on their own). Instead each likely *end* (a character whose end label scores
    within ``END_SLACK`` of O, or whose best label is an inside label its successor does not
    continue) picks the start ``s`` and type ``t`` that maximise the span's log-odds against O,
    ``B[s] + sum(I_t[k] for s < k < end) + E[end]`` (each term a score minus the O score: log-odds
    need no softmax), read off cumulative sums for all ends, starts within ``MAX_LEN`` and
    types at once. Spans with a gain above ``min_gain`` (log-odds; 0: likelier than not) are
    kept greedily by gain; none crosses a line break or a ``blocked`` character.
    """
    n = len(scores)
    if n == 0:
        return []
    # label by label, each a contiguous row: the sums down a column of an (n, labels) array
    # stride through memory; float64, as cumulative sums over a whole report need the precision
    by_label = np.ascontiguousarray(scores.T, dtype=np.float64)
    lo = by_label[0]
    lb, le = by_label[1] - lo, by_label[2] - lo
    li_t = by_label[3:] - lo  # (T, n): inside vs O
    labels = scores.argmax(axis=1)  # float32 or float64: the same order, the same argmax
    nxt = np.append(labels[1:], 0)
    ends = np.flatnonzero((le > -END_SLACK) | ((labels >= 3) & (nxt != labels)))
    ends = ends[ends >= 1]
    if blocked is not None:
        ends = ends[~blocked[ends]]
    if len(ends) == 0:
        return []
    cum_t = np.empty((len(li_t), n + 1))  # cum_t[t, k] = sum li_t[t, :k], summed in place
    cum_t[:, 0] = 0.0
    np.cumsum(li_t, axis=1, out=cum_t[:, 1:])
    cum_rows = np.ascontiguousarray(cum_t.T)  # (n + 1, T): one row per position, gathered below
    lengths = np.arange(1, MAX_LEN)
    stop = np.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10
    if blocked is not None:
        stop = stop | blocked
    stop_cum = np.append(0, np.cumsum(stop))
    best = np.empty(len(ends), dtype=np.intp)
    best_gain = np.empty(len(ends))
    for a in range(0, len(ends), DECODE_BLOCK):
        _best_starts(ends[a : a + DECODE_BLOCK], lengths, lb, le, cum_rows, stop_cum, best[a:], best_gain[a:])
    length, t_best = lengths[best // len(types)], best % len(types)
    # greedily by gain, in Python values and a bytearray (a numpy scalar read and a slice test
    # per candidate cost a few microseconds each, thousands of candidates a report)
    order = np.argsort(-best_gain, kind="stable")
    chosen = []
    taken = bytearray(n)
    for gain, s, end, t in zip(
        best_gain[order].tolist(),
        (ends - length)[order].tolist(),
        ends[order].tolist(),
        t_best[order].tolist(),
        strict=True,
    ):
        if not gain > min_gain:
            break
        e = end + 1
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((s, e, types[t]))
    chosen.sort()
    return chosen


def _best_starts(
    ends: np.ndarray,
    lengths: np.ndarray,
    lb: np.ndarray,
    le: np.ndarray,
    cum_rows: np.ndarray,
    stop_cum: np.ndarray,
    best_out: np.ndarray,
    gain_out: np.ndarray,
) -> None:
    """For each end of ``ends``, the best (length, type) cell of its gains (argmax over the
    flattened lengths × types, first on a tie) into ``best_out`` and its gain into ``gain_out``.

    The same float64 operations, in the same order, as one pass over all ends: begin + end,
    plus the cumulative inner sum at the end, minus the one at the start; invalid starts are
    -inf. Done in place on block-sized arrays instead of with whole-report temporaries.
    """
    starts = ends[:, None] - lengths[None, :]  # (E, L): the span is [start, end]
    st = np.maximum(starts, 0)
    # (E, L, T): begin + inner characters of type t + end
    gain = (lb[st] + le[ends][:, None])[:, :, None] + cum_rows[ends][:, None, :]
    gain -= cum_rows[st + 1]
    valid = (starts >= 0) & ((stop_cum[ends + 1][:, None] - stop_cum[st]) == 0)
    gain[~valid] = -np.inf
    flat = gain.reshape(len(ends), -1)
    best = flat.argmax(axis=1)
    best_out[: len(ends)] = best
    gain_out[: len(ends)] = flat[np.arange(len(ends)), best]
