"""Mine the verbs that govern a list of counts: ``，办理代表建议417件、委员提案424件``.

Why: one act before several counted objects joined by 、 is each object's act (GUIDE §7 names a
figure by what was done: 办理委员提案数, not 委员提案数), and in the undated five-year review
what was done over the period is named as its total (the provincial-2026 conventions). The
readers recognise the act by jieba's dictionary tags, which miss a part of the open class: 办理 is
tagged a noun, 新建 a place name. Which words open such lists is mined from unannotated text
with one frame over every count of things (``N个``, ``N件``, ``N座``…: the measure words of the
count reader, hedges and magnitudes allowed):

- *a list of counts*: a clause opens (after ``，；。：`` or a line break) with a run of Han
  characters, a count, ``、``, a second short run and a second count; the first word of the first
  run (jieba's segmentation, two characters or more, with words after it) is the frame's word.

A word seen in the frame in at least ``MIN_DOCS`` reports is a count verb. Gold passages are
blanked by the caller (``extract.pipeline.miner_cli``); the run is deterministic. Words the
frame also yields that are no acts (a scope like 国家级 before a stock) stay under the
threshold in this corpus; the readers ask the file only where the dictionary named no verb.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from extract.indicators.deferred import segment_fn

MIN_DOCS = 3  # reports the frame must be seen in
_RUN_MIN, _RUN_MAX = 3, 16  # characters of the first run (the verb and its object)
_NEXT_MAX = 12  # characters of the second object
_HAN_RUN = "[\u4e00-\u9fff“”]"
_CLAUSE_OPEN = "(?:^|(?<=[，；。：\n]))"


@functools.cache
def _frame() -> re.Pattern[str]:
    """The list-of-counts frame, with the count reader's measure words (built once, on first use:
    the measure words live in the prose reader, which itself asks :func:`count_verbs`)."""
    from extract.indicators.prose import COUNT_MEASURES

    measures = "|".join(sorted(COUNT_MEASURES, key=len, reverse=True))
    count = rf"\d+(?:\.\d+)?[万亿]?[余多]?(?:{measures})"
    return re.compile(
        rf"{_CLAUSE_OPEN}({_HAN_RUN}{{{_RUN_MIN},{_RUN_MAX}}}?){count}、{_HAN_RUN}{{1,{_NEXT_MAX}}}?{count}",
        re.MULTILINE,
    )


def mine_count_verbs(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Count verbs with their frame counts and reports, sorted by word (module docstring)."""
    _segment = segment_fn()

    frame = _frame()
    seen: dict[str, int] = defaultdict(int)
    reports: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in frame.finditer(text):
            words = _segment(m.group(1))
            if len(words) < 2 or len(words[0]) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in words[0]):
                continue
            seen[words[0]] += 1
            reports[words[0]].add(name)
    return [
        {"verb": word, "source": "mined", "counts": {"lists": seen[word]}, "docs": len(reports[word])}
        for word in sorted(seen)
        if len(reports[word]) >= MIN_DOCS
    ]


@functools.cache
def count_verbs() -> frozenset[str]:
    """The mined count verbs (``count_verbs.jsonl``, ``scripts/mine_count_verbs.py``)."""
    from extract.pipeline.lexicon_files import read_lexicon

    return frozenset(e["verb"] for e in read_lexicon(names=("count_verbs.jsonl",))["count_verbs.jsonl"])


def opening_count_verb(name: str) -> str:
    """The mined count verb that is the first word of ``name`` (jieba's segmentation, so 建成区 is
    no 建成) with words after it, or ""."""
    verbs = count_verbs()
    if not any(name.startswith(v) for v in verbs):
        return ""  # most names: no segmentation needed
    _segment = segment_fn()

    words = _segment(name)
    return words[0] if len(words) > 1 and words[0] in verbs else ""


__all__ = ["MIN_DOCS", "count_verbs", "mine_count_verbs", "opening_count_verb"]
