"""Hashed character and lexicon features of a whole text, built with array arithmetic.

Each character position gets one feature id per template (its character, its neighbours, the
bigrams and trigram around it, the character classes of a 5-window, what the lexicon says about
it and how far the next head word ends). Ids are hashed into ``2**bits`` rows of the weight
table, so the model needs no feature dictionary and a new text costs a few vectorised passes:
no Python loop runs per character, only per lexicon match (pyahocorasick finds those in C).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import ahocorasick
import numpy as np

# character classes (index into the class table)
OTHER, CJK, DIGIT, LATIN, OPEN, CLOSE, SEP, SPACE, PAD = range(9)
_OPEN = "《“‘（(【[〔「『"
_CLOSE = "》”’）)】]〕」』"
_SEP = "，。；：、！？,.;:!?—-·…"
_CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
PAD_CODE = 1  # stands for "outside the text" on both sides
_SENTINEL = "\x00"  # every character of no lexicon word, in the view the automaton reads
N_TEMPLATES = 13
# distance buckets: 0, 1, 2, 3, 4-5, 6-8, 9-12, 13+
_BUCKET_EDGES = np.array([1, 2, 3, 4, 6, 9, 13])
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)
_M4 = np.uint64(0x2545F4914F6CDD1D)


def _class_table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint64)
    table[0x4E00:0xA000] = CJK
    table[0x3400:0x4DC0] = CJK
    for lo, hi in ((ord("0"), ord("9")), (0xFF10, 0xFF19)):
        table[lo : hi + 1] = DIGIT
    for ch in _CN_DIGITS:
        table[ord(ch)] = DIGIT
    for lo, hi in ((ord("A"), ord("Z")), (ord("a"), ord("z")), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        table[lo : hi + 1] = LATIN
    for chars, cls in ((_OPEN, OPEN), (_CLOSE, CLOSE), (_SEP, SEP), (" \t\r\n\u3000\xa0", SPACE)):
        for ch in chars:
            table[ord(ch)] = cls
    return table


CLASSES = _class_table()


class Lexicon:
    """Head words (each with the entity type it ends), stop words and generic terms.

    The model carries its own copy (saved with it), so a later change to the mined lexicon
    files cannot silently change the features a trained model was fitted to.
    """

    def __init__(self, heads: Iterable[tuple[str, int]], stop: Iterable[str], generic: Iterable[str]):
        self.heads = sorted(set(heads))
        self.stop = sorted(set(stop))
        self.generic = sorted(set(generic))
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, int]]] = {}
        for word, type_index in self.heads:
            entries.setdefault(word, []).append((0, type_index + 1))
        for kind, words in ((1, self.stop), (2, self.generic)):
            for word in words:
                entries.setdefault(word, []).append((kind, 0))
        # As in ``extract.gazetteer``: pyahocorasick looks a character up among the root's
        # children one by one, so the characters of no word are matched as one sentinel, the
        # root's first child (its word, sentinel + \x01, never occurs in a mapped text)
        self._inside = np.zeros(0x110000, dtype=bool)
        if entries:
            self.automaton.add_word(_SENTINEL + "\x01", -1)
            self._inside[[ord(c) for c in set("".join(entries))]] = True
        # per word id: its length, kind flags and head types (flat, with offsets)
        n_words = len(entries)
        self._len = np.zeros(n_words, dtype=np.int64)
        self._kind = np.zeros((3, n_words), dtype=bool)
        self._n_types = np.zeros(n_words, dtype=np.int64)
        types: list[int] = []
        for wid, (word, kinds) in enumerate(entries.items()):
            self.automaton.add_word(word, wid)
            self._len[wid] = len(word)
            for kind, t in kinds:
                self._kind[kind, wid] = True
                if kind == 0:
                    types.append(t)
                    self._n_types[wid] += 1
        self._types = np.asarray(types, dtype=np.uint64)
        self._type_offset = np.concatenate([[0], np.cumsum(self._n_types)[:-1]]).astype(np.int64)
        if entries:
            self.automaton.make_automaton()

    def to_json(self) -> dict:
        return {"heads": [list(h) for h in self.heads], "stop": self.stop, "generic": self.generic}

    @classmethod
    def from_json(cls, data: dict) -> Lexicon:
        return cls(((w, int(t)) for w, t in data["heads"]), data["stop"], data["generic"])

    def codes(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per position: lexicon code, type+1 of the nearest head ending at or after it, and
        the distance to that end (bucketed)."""
        n = len(text)
        head_type = np.zeros(n, dtype=np.uint64)
        stop_start = np.zeros(n, dtype=np.uint64)
        ins = np.zeros((3, n), dtype=bool)
        found = np.zeros((0, 2), dtype=np.int64)
        if self.automaton.kind == ahocorasick.AHOCORASICK:
            points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
            mapped = np.where(self._inside[points], points, ord(_SENTINEL)).astype("<u4")
            view = mapped.tobytes().decode("utf-32-le", "surrogatepass")  # one character for one
            flat = np.fromiter(itertools.chain.from_iterable(self.automaton.iter(view)), dtype=np.int64)
            found = flat.reshape(-1, 2)
        ends, wid = found[:, 0], found[:, 1]
        starts = ends - self._len[wid] + 1
        for kind in range(3):
            sel = self._kind[kind, wid]
            opened = np.bincount(starts[sel], minlength=n + 1)[:n]
            closed = np.bincount(ends[sel] + 1, minlength=n + 1)[:n]
            ins[kind] = np.cumsum(opened - closed) > 0
        stop_start[starts[self._kind[1, wid]]] = 1
        # head matches, one row per (match, type) in match order
        counts = self._n_types[wid]
        h_ends = np.repeat(ends, counts)
        within = np.arange(len(h_ends)) - np.repeat(np.cumsum(counts) - counts, counts)
        h_types = self._types[np.repeat(self._type_offset[wid], counts) + within]
        head_type[h_ends] = h_types
        code = (
            head_type * np.uint64(16)
            + ins[0].astype(np.uint64) * np.uint64(8)
            + stop_start * np.uint64(4)
            + ins[1].astype(np.uint64) * np.uint64(2)
            + ins[2].astype(np.uint64)
        )
        if len(h_ends):
            order = np.argsort(h_ends, kind="stable")
            sorted_ends, sorted_types = h_ends[order], h_types[order]
            j = np.searchsorted(sorted_ends, np.arange(n), side="left")
            has = j < len(sorted_ends)
            jj = np.minimum(j, len(sorted_ends) - 1)
            dist = np.where(has, sorted_ends[jj] - np.arange(n), 99)
            next_type = np.where(has, sorted_types[jj], 0).astype(np.uint64)
        else:
            dist = np.full(n, 99)
            next_type = np.zeros(n, dtype=np.uint64)
        bucket = np.searchsorted(_BUCKET_EDGES, dist, side="right").astype(np.uint64)
        return code, next_type, bucket


def char_codes(text: str) -> np.ndarray:
    """The code points of ``text`` as uint64 (one per ``str`` index)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)


def _shift(a: np.ndarray, k: int, fill: int) -> np.ndarray:
    """``a`` moved by ``k`` (k > 0: value of position i-k at i), padded with ``fill``."""
    out = np.full_like(a, fill)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


def _mix(
    template: int, parts: Sequence[np.ndarray], shift: np.uint64, work: np.ndarray | None = None
) -> np.ndarray:
    """Multiplicative hash of (template, parts...) per position: the top ``bits`` bits of
    ``sum(part_i * odd constant_i) + template constant`` (one multiply and add per part).

    ``work`` (two uint64 rows as long as the parts) is scratch space reused across templates:
    every product and sum is written into it in place, so no array is allocated per step
    (fresh report-sized arrays cost page faults); the arithmetic is the same, modulo 2**64.
    """
    if work is None:
        work = np.empty((2, len(parts[0])), dtype=np.uint64)
    h, tmp = work[0], work[1]
    np.multiply(parts[0], _M2, out=h)
    for m, part in zip((_M3, _M4, _M1), parts[1:], strict=False):
        np.multiply(part, m, out=tmp)
        h += tmp
    h += np.uint64(((template + 1) * int(_M1)) % (1 << 64))
    h *= _M1  # spreads the sum's low bits into the top ones
    return np.right_shift(h, shift, out=h)


def featurize(text: str, lexicon: Lexicon, bits: int, positions: np.ndarray | None = None) -> np.ndarray:
    """(len(positions), N_TEMPLATES) uint32 feature rows into a table of ``2**bits`` rows, for
    the given character positions (default: all of them, in order)."""
    n = len(text)
    if n == 0 or (positions is not None and len(positions) == 0):
        return np.zeros((0, N_TEMPLATES), dtype=np.uint32)
    shift = np.uint64(64 - bits)
    c = char_codes(text)
    cls = np.where(c < 0x10000, CLASSES[np.minimum(c, 0xFFFF)], OTHER).astype(np.uint64)
    cm1, cp1, cm2, cp2 = (_shift(c, k, PAD_CODE) for k in (1, -1, 2, -2))
    cls_win = np.zeros(n, dtype=np.uint64)
    for k in (2, 1, 0, -1, -2):
        cls_win = cls_win * np.uint64(16) + _shift(cls, k, PAD)
    code, next_type, bucket = lexicon.codes(text)
    code_m1, code_p1 = _shift(code, 1, 0), _shift(code, -1, 0)
    # characters since the last separator, space or opening bracket (names start near those)
    is_sep = (cls == SEP) | (cls == SPACE) | (cls == OPEN)
    idx = np.arange(n)
    last = np.maximum.accumulate(np.where(is_sep, idx, -1))
    since = np.searchsorted(_BUCKET_EDGES, idx - last, side="right").astype(np.uint64)
    if positions is not None:  # every base array indexed once, not once per template using it
        c, cm1, cp1, cm2, cp2, cls_win, code, code_m1, code_p1, next_type, bucket, since = (
            a[positions]
            for a in (c, cm1, cp1, cm2, cp2, cls_win, code, code_m1, code_p1, next_type, bucket, since)
        )
    templates = (
        (c,),
        (cm1,),
        (cp1,),
        (cm1, c),
        (c, cp1),
        (cm2, cm1),
        (cp1, cp2),
        (cm1, c, cp1),
        (cls_win,),
        (code,),
        (code_m1, code_p1),
        (next_type, bucket),
        (since, bucket),
    )
    # template-major, each template's ids one contiguous row (no strided writes); the caller
    # gets the (positions, templates) view, and ``SpanTagger.scores`` reads the rows as they are
    out = np.empty((N_TEMPLATES, len(c)), dtype=np.uint32)
    work = np.empty((2, len(c)), dtype=np.uint64)
    for t, parts in enumerate(templates):
        out[t] = _mix(t, parts, shift, work)
    return out.T
