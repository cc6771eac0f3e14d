"""jieba's segmenter with its two inner loops written for speed, giving exactly jieba's words.

The extractor asks jieba for the most probable reading of many short windows (around a
gazetteer hit, a name's first word, an indicator name's tail). A warm run finds them in its
memos; a first reading of a new report does not, and there jieba's plain cut (``get_DAG``, a
dictionary prefix walk into a dictionary of lists, then ``calc``, a dynamic programme with a
generator and a ``max`` over tuples per character, then a walk of the route) was the largest
cost the memos hide.

:meth:`Tokenizer.cut_plain` is jieba's ``cut(HMM=False)`` with the DAG and the route in one
pass per run of characters: the same dictionary lookups and the same floating-point sums in the
same order, ties going to the later end as jieba's tuple comparison sends them, so the words are
jieba's (about twice as fast on windows of the reports). :meth:`Tokenizer.cut_hmm` is ``cut()``
(HMM on) the same way, handing the runs the dictionary lacks to jieba's own HMM.
``tests/extract/test_fast_paths.py`` compares both with jieba on generated strings and on
windows of every bundled report.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
from math import log

import jieba
from jieba import finalseg

# jieba's own patterns (jieba/__init__.py): runs it segments and whitespace it keeps
_HAN = jieba.re_han_default
_SKIP = jieba.re_skip_default
# the characters of jieba's ``re_eng`` ([a-zA-Z0-9]): a set lookup per one-character word, not a
# regex call
_ENG_CHARS = frozenset(string.ascii_letters + string.digits)


MAX_ROUTE_CHARS = 1_000_000  # characters of runs whose routes a tokenizer remembers before it starts afresh
MAX_WEIGHTS = 500_000  # fragments whose weight a tokenizer remembers before it starts afresh
MAX_LOGS = 100_000  # frequencies whose log is remembered (a dictionary has a few thousand)
_LOG_ONE = log(1)
# the route's "no word starts here yet": every sum of log-frequencies is finite and above it
_NO_WORD = float("-inf")
_logs: dict[int, float] = {}  # frequency -> log(frequency): the few thousand frequencies recur


def _log_of(f: int) -> float:
    """``math.log(f)``, remembered: the same float, without a call through ``math.log``'s argument
    parsing per dictionary word on a route."""
    lf = _logs.get(f)
    if lf is None:
        if len(_logs) >= MAX_LOGS:
            _logs.clear()
        lf = _logs[f] = log(f)
    return lf


class Tokenizer(jieba.Tokenizer):  # jieba has no stubs: its classes are Any
    """``jieba.Tokenizer`` with :meth:`cut_plain` and :meth:`cut_hmm`, its cuts in one pass
    (same words)."""

    def cut_plain(self, sentence: str) -> list[str]:
        """``list(self.cut(sentence, HMM=False))``, the DAG walk and the route in one pass."""
        return self._cut(sentence, self._cut_block_plain)

    def cut_hmm(self, sentence: str) -> list[str]:
        """``list(self.cut(sentence))`` (with the HMM for unknown runs), the route in one pass."""
        return self._cut(sentence, self._cut_block_hmm)

    def _cut(self, sentence: str, cut_block: Callable[[str, list[str]], None]) -> list[str]:
        """jieba's ``cut``: runs of its characters segmented, whitespace kept, the rest one by one."""
        self.check_initialized()
        out: list[str] = []
        if _HAN.fullmatch(sentence):  # most windows are one run: ``split`` would give ['', it, '']
            cut_block(sentence, out)
            return out
        for block in _HAN.split(sentence):
            if not block:
                continue
            if _HAN.match(block):
                cut_block(block, out)
            else:
                for piece in _SKIP.split(block):
                    if _SKIP.match(piece):
                        out.append(piece)
                    else:
                        out.extend(piece)
        return out

    def initialize(self, dictionary: str | None = None) -> None:
        """jieba's ``initialize``; a new dictionary forgets the remembered routes."""
        super().initialize(dictionary)
        self._forget_routes()

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """jieba's ``add_word`` (``del_word``, ``suggest_freq`` and user dictionaries go through
        it); a changed dictionary forgets the remembered routes."""
        super().add_word(word, freq, tag)
        self._forget_routes()

    def _forget_routes(self) -> None:
        """Start the memos of routes and of word weights afresh. The routes are bounded by the
        characters they hold, not by their runs: one long run with no punctuation (a hostile or
        broken text) is as large as many short ones."""
        self._routes: dict[str, list[int]] = {}
        self._route_chars = 0
        self._weights: dict[str, float | bool] = {}

    def _route(self, s: str) -> list[int]:
        """For each start, the end (exclusive) of the word jieba's best route takes there: its
        ``get_DAG`` and ``calc`` in one loop, with the same words and the same sums.

        Remembered per run (the list is shared: callers only read it): the same runs come back
        in the windows of a report (≈ 15 % of the runs of a first reading), and the route is a
        function of the run and the dictionary alone.

        Each fragment the walk tries is one lookup in ``_weights`` (the word's log-frequency less
        the log-total, or whether the walk goes on), not a lookup in jieba's
        ``FREQ`` and then one of the frequency's log and a subtraction per word: the fragments
        of a report's runs are mostly its common words and their prefixes, seen again run after
        run (the walk's cost halves on the windows of a first reading)."""
        routes = self._routes
        nxt = routes.get(s)
        if nxt is not None:
            return nxt
        weights = self._weights
        get = weights.get
        freq = self.FREQ
        n = len(s)
        logtotal = _log_of(self.total)
        unknown = _LOG_ONE - logtotal  # the score of a character no word starts with
        score = [0.0] * (n + 1)
        nxt = [0] * n
        for k in range(n - 1, -1, -1):
            best = _NO_WORD  # below every sum, so the first word's sum replaces it
            best_end = k + 1
            i = k + 1  # the end of the fragment tried
            frag = s[k]
            w = get(frag)
            while True:
                if w is None:  # first sight: the word's log-frequency less the log-total (jieba's
                    # first two terms, in its order), True for a prefix of words that is no word
                    # (frequency 0), False for no entry (the walk from this start ends)
                    f = freq.get(frag)
                    w = False if f is None else (_log_of(f) - logtotal if f else True)
                    if len(weights) >= MAX_WEIGHTS:
                        weights.clear()
                    weights[frag] = w
                if w is False:
                    break
                if w is not True:
                    v = w + score[i]
                    if v >= best:  # ties to the later end, as jieba's max of tuples
                        best, best_end = v, i
                if i == n:
                    break
                i += 1
                frag = s[k:i]
                w = get(frag)
            score[k] = best if best > _NO_WORD else unknown + score[k + 1]
            nxt[k] = best_end
        if self._route_chars + n > MAX_ROUTE_CHARS:
            self._routes = {}
            self._route_chars = 0
            routes = self._routes
        if n <= MAX_ROUTE_CHARS:
            routes[s] = nxt
            self._route_chars += n
        return nxt

    def _cut_block_plain(self, s: str, out: list[str]) -> None:
        """jieba's ``__cut_DAG_NO_HMM`` on one run of its characters, appended to ``out``."""
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = nxt[x]
            word = s[x:y]
            if y - x == 1 and word in _ENG_CHARS:  # jieba: re_eng.match(word)
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)

    def _cut_block_hmm(self, s: str, out: list[str]) -> None:
        """jieba's ``__cut_DAG`` on one run: single characters gathered, and a gathered run the
        dictionary does not hold read by jieba's HMM (``finalseg.cut``)."""
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            self._flush(buf, out)

    def _flush(self, buf: str, out: list[str]) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not self.FREQ.get(buf):
            out.extend(hmm_words(buf))
        else:
            out.extend(buf)


_hmm_memo: dict[str, tuple[str, ...]] = {}
MAX_HMM_MEMO = 100_000  # runs remembered before the memo starts afresh (bounded memory)


def hmm_words(run: str) -> tuple[str, ...]:
    """``tuple(finalseg.cut(run))``: jieba's HMM reading of a run its dictionary lacks, remembered.

    The reading is a function of the run alone (jieba's fixed HMM tables), except for the words
    ``finalseg.add_force_split`` marks (``Force_Split_Words``): while there are any, every run is
    read afresh. The same runs recur in the windows of a report (a name's unknown characters in
    each window around it), and the Viterbi pass costs a Python loop over four states per character.
    """
    if finalseg.Force_Split_Words:
        return tuple(finalseg.cut(run))
    words = _hmm_memo.get(run)
    if words is None:
        if len(_hmm_memo) >= MAX_HMM_MEMO:
            _hmm_memo.clear()
        words = _hmm_memo[run] = tuple(finalseg.cut(run))
    return words


def new_tokenizer() -> Tokenizer:
    """A private, initialised tokenizer on jieba's default dictionary (the global one may carry
    user words)."""
    jieba.setLogLevel(60)
    tok = Tokenizer()
    tok.initialize()
    return tok


@functools.cache
def shared_tokenizer() -> Tokenizer:
    """The process's one private tokenizer on jieba's default dictionary, for every reader that
    does not change it (the name rules' windows in ``extract.pipeline.lexicon``, the miners' and
    the clause tests' HMM cuts in ``extract.pipeline.mining``). Each used to build its own:
    loading jieba's dictionary cache costs ≈ 0.5 s a tokenizer, and two default dictionaries
    give the same words. A caller that adds words must build its own with :func:`new_tokenizer`."""
    return new_tokenizer()


def pos_tagger(tokenizer: Tokenizer) -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over ``tokenizer`` (on the default dictionary), its word-tag
    table copied from the one ``import jieba.posseg`` has already read for its global tagger.

    ``POSTokenizer(tokenizer)`` reads the same dictionary file again for the same table (≈ 0.45 s);
    the copy (not the object: a tag added to jieba's global tagger must not reach ours) holds the
    same entries, which ``tests/extract/test_fast_paths.py`` checks against a fresh reading.
    """
    import jieba.posseg

    if tokenizer.dictionary != jieba.posseg.dt.tokenizer.dictionary:
        return jieba.posseg.POSTokenizer(tokenizer)  # another dictionary: its own table
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return tagger


__all__ = ["Tokenizer", "hmm_words", "new_tokenizer", "pos_tagger", "shared_tokenizer"]
