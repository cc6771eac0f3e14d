"""Service circles named by the time it takes to reach them (一刻钟便民生活圈, 15分钟…服务圈).

GUIDE §3 types named actions, plans and build-up programmes as Program, and the provincial-2026
conventions keep them even when descriptive (``eval/provincial-2026/README.md``: "Named actions,
reforms, mechanisms and campaigns are Program even when descriptive"). A national build-up
programme of the cities is named by how far its services lie: 一刻钟便民生活圈, 15分钟品质生活圈,
“一刻钟养老服务圈”. Such a name opens with a duration and has no head of the grammar (圈 closes
it), so it was missed; the readable provincial gold tags every one of the five it holds as
Program, four of them missed before (fresh3 ×2, fresh11, fresh12), and the bundled district
reports write such circles a dozen times.

What closes such a name is mined, never listed (:func:`mine_duration_circles`, run by
``scripts/mine_duration_circles.py`` into ``extract/data/duration_circles.jsonl``): over the
unannotated reports (gold passages blanked), every phrase opened by a duration (一刻钟, 半小时, N分钟,
N小时: time words and legal units of time, a closed class) is read word by word (jieba) up to
a mined hard stop word, and its last word (a one-character last word read with the word before
it: 服务|圈) is a *closer*. A closer kept must close such phrases in ``MIN_DOCS`` reports with
``MIN_MODIFIERS`` different modifiers between the duration and itself (便民|生活圈, 品质|生活圈…;
a closer right after the duration, 半小时|生活圈, counts as a use but shows no modifier):
a closer that always follows the same words (过境免签|政策, 1小时|通勤圈) closes one fixed phrase,
not a kind of name. Each entry keeps its counts.

At run time (:func:`find_duration_circles`) a duration, modifier words with no hard stop among
them, and a mined closer make one Program, its span from the duration to the closer (wrapping
quotes left out, GUIDE §2.2). Each duration coordinated before it (一刻钟、半小时、1小时生活圈) is a
conjunct sharing the suffix and gets a span of its own (GUIDE §2.2: each conjunct its own span),
as the readable gold writes it. Spans another finder holds are left alone (and stop the walk back
through the conjuncts).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extract.pipeline.candidates import HeldSpans, add_candidate, candidates
from extract.pipeline.mining import segment_cached

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

LEXICON_FILE = "duration_circles.jsonl"
MIN_DOCS = 2  # reports a closer must close a duration-opened phrase in
MIN_MODIFIERS = 3  # different modifiers between the duration and the closer
MAX_BODY = 12  # Han characters read after the duration
# a length of time: a quarter hour, half an hour, N minutes, N hours (time words and legal units);
# a numeral in Chinese whole or not at all (一百二十分钟, 两小时: no 二十分钟 cut out of it)
DURATION = (
    r"(?:一刻钟|半小时|(?<![\d.])\d{1,3}(?:分钟|小时)"
    r"|(?<![一二两三四五六七八九十百])[一二两三四五六七八九十百]{1,4}(?:分钟|小时))"
)
DURATION_RE = re.compile(DURATION)
PHRASE_RE = re.compile(rf"({DURATION})([\u4e00-\u9fff]{{1,{MAX_BODY}}})")
CONJUNCT_RE = re.compile(rf"({DURATION})、$")  # 一刻钟、|半小时生活圈: a conjunct sharing the suffix
LOOK_BACK = 8  # characters before a duration searched for a coordinated duration (and for the duration)
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]*")


def _closing_words(run: str, hard_stops: frozenset[str], segment: Callable[[str], list[str]]) -> list[str]:
    """The words of ``run`` up to its first hard stop word, a one-character last word read
    together with the word before it (服务|圈 -> 服务圈)."""
    words: list[str] = []
    for token in segment(run):
        if token in hard_stops:
            break
        words.append(token)
    if len(words) >= 2 and len(words[-1]) == 1:
        words[-2:] = [words[-2] + words[-1]]
    return words


def mine_duration_circles(
    docs: Sequence[tuple[str, str]], hard_stops: frozenset[str], segment: Callable[[str], list[str]]
) -> list[dict]:
    """Closers of duration-opened phrases in ``MIN_DOCS`` reports with ``MIN_MODIFIERS``
    modifiers (module docstring)."""
    uses: Counter[str] = Counter()
    seen: dict[str, set[str]] = defaultdict(set)
    modifiers: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in PHRASE_RE.finditer(text):
            words = _closing_words(m.group(2), hard_stops, segment)
            if not words:
                continue
            closer = words[-1]
            uses[closer] += 1
            seen[closer].add(name)
            if len(words) > 1:  # a closer right after the duration (半小时生活圈) shows no modifier
                modifiers[closer].add("".join(words[:-1]))
    return [
        {
            "word": closer,
            "source": "mined",
            "counts": {"uses": uses[closer], "modifiers": len(modifiers[closer])},
            "docs": len(where),
        }
        for closer, where in sorted(seen.items())
        if len(where) >= MIN_DOCS and len(modifiers[closer]) >= MIN_MODIFIERS
    ]


def mine_with_grammar(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """:func:`mine_duration_circles` with the hard stop words of the shipped lexicon."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment

    return mine_duration_circles(docs, Grammar(read_lexicon()).hard_stops, segment)


@lru_cache(maxsize=4)
def _closers_re(closers: frozenset[str]) -> re.Pattern[str] | None:
    """One alternation of the mined closers (built once per lexicon), or None."""
    alt = "|".join(map(re.escape, sorted(closers, key=lambda w: (-len(w), w))))
    return re.compile(alt) if alt else None


def _duration_before(text: str, closer_start: int) -> re.Match[str] | None:
    """The duration whose Han modifiers run up to ``closer_start`` (at most ``MAX_BODY``)."""
    lo = max(0, closer_start - MAX_BODY - LOOK_BACK)
    found = None
    for m in DURATION_RE.finditer(text, lo, closer_start):
        if HAN_RUN_RE.fullmatch(text, m.end(), closer_start) and closer_start - m.end() <= MAX_BODY:
            found = found or m  # the first duration whose run reaches the closer opens the name
    return found


def find_duration_circles(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add each duration-opened service circle as a Program (module docstring).

    The rare closers are found first (a literal search) and the duration is looked for only
    before them: a scan for durations at every character would cost more than the closers."""
    names_re = _closers_re(grammar.mined_set(LEXICON_FILE, "word"))
    if names_re is None:
        return
    hard = grammar.hard_stops
    held: HeldSpans | None = None
    for c in names_re.finditer(text):
        m = _duration_before(text, c.start())
        if m is None:
            continue
        start, end = m.start(), c.end()
        body = text[m.end() : c.start()]
        if body and any(w in hard for w in segment_cached(body)):
            continue  # a clause word between the duration and the closer: no one name
        if held is None:
            held = HeldSpans([(x.start_char, x.end_char) for x in candidates(doc)])
        if held.overlaps(start, end):
            continue
        add_candidate(doc, start, end, "Program", "suffix")
        # every duration coordinated before it, nearest first, up to a span another finder holds
        while (conjunct := CONJUNCT_RE.search(text, max(0, start - LOOK_BACK), start)) is not None:
            start = conjunct.start(1)
            if held.overlaps(start, conjunct.end(1)):
                break
            add_candidate(doc, start, conjunct.end(1), "Program", "suffix")


__all__ = ["find_duration_circles", "mine_duration_circles", "mine_with_grammar"]
