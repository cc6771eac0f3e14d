"""Names that open with a recognised name: 甲大学|某某创新中心, 乙园区|某某产业园 (issue 12).

GUIDE §2.1 tags the maximal name and nothing inside it. ``place_led_names`` builds the longer
name after a gazetteer place; a name that opens with a body, a platform or a programme the
grammar already recognised (北京大学, 自贸试验区, 上合示范区) was left standing alone, and the
longer name it opens was missed whole — the commonest boundary miss of the readable rounds
(gold span = predicted span + more name words). The reason was only the starter's type: the
run of name words after a recognised Organization, Platform or Programme was never read.

Here it is read exactly as after a place (``place_led_names.run_words``: no delimiter, cut at
the first clause word; the mined lexicon's stop words, jieba's tags), with one addition: a word
that another recognised name covers (a strategy, a place: 北京大学|京津冀|…中心) is name
material, since a name inside a name is part of it (GUIDE §2.1), even where the mined stop
lexicon lists it as a clause opener. The longest word-aligned prefix of the run that ends in a
multi-character head of the mined lexicon (``Grammar.heads``: GUIDE kernels and mined heads;
one-character kernels stay reserved for places, as the README's head rule says) is the name's
end, and the head types it. A 中心 whose body holds an Organization head is an Organization
(GUIDE §3, as ``names.py`` reads it: 某大学|某某创新中心 is the university's centre).

What does not grow:
- a tail that opens with a level word (国家, 省级: ``rare_designations.LEVEL_RE``): after a
  complete name it is the designation or positioning goal the named thing holds (某港|国家…枢纽:
  the provincial-2026 conventions leave that goal untagged), not more of its name;
- a tail that only counts, dates or describes (``place_led_names.describes_only``) or a whole
  that the genericity vetoes would drop (``genericity.generic_name``);
- a tail shorter than two words and three characters (one bare head after a name is a kind of
  the named thing's: 某集团|项目);
- anything where another name crosses the new end.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen
from extract.pipeline.closed_class import strategy_rows
from extract.pipeline.embedded import CONJUNCTIONS
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_led_names import MAX_HEAD, MIN_WORDS, absorb_led_names, describes_only
from extract.pipeline.place_runs import clause_word, name_run
from extract.pipeline.public_centres import CENTRE  # GUIDE §3 kernel 中心
from extract.pipeline.rare_designations import LEVEL_RE
from extract.regions import lookup

STARTER_TYPES = frozenset({"Organization", "Platform", "Program"})


@cache
def strategy_names() -> frozenset[str]:
    """Every name and alias of the strategy gazetteer (GUIDE §6's closed class, ``strategies.jsonl``)."""
    return frozenset(n for row in strategy_rows() for n in (row["canonical"], *row.get("aliases", ())))


def proper_word(word: str) -> bool:
    """A division of the gazetteer or a named strategy (京津冀): a proper name, never a clause word,
    whatever the mined stop lexicon counts it as (it opens many clauses as their subject)."""
    return lookup(word) is not None or word in strategy_names()


class Covered:
    """The character spans of the recognised names, sorted by start, with the running maximum of
    their ends: whether some name holds a word is found by bisection. Every Organization,
    Platform and Programme of a document asks about its tail's words, and a walk over all of the
    document's names for each word cost more than the rest of the reader."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(accumulate((b for _, b in self.spans), max))

    def holds(self, a: int, b: int) -> bool:
        """Does a span ``(s, e)`` with ``s <= a`` and ``b <= e`` exist?"""
        k = bisect_right(self.starts, a)
        if k == 0 or self.reach[k - 1] < b:
            return False
        return any(self.spans[i][1] >= b for i in range(k - 1, -1, -1))


def tail_words(
    text: str, end: int, covered: Sequence[tuple[int, int]] | Covered, grammar: Grammar
) -> list[str]:
    """The words of the run after ``end`` up to its first clause word (``place_led_names.run_words``),
    a word lying inside another recognised name (``covered``) or a closed-class proper name
    (:func:`proper_word`) kept as name material."""
    spans = covered if isinstance(covered, Covered) else Covered(covered)
    run = name_run(text, end)
    words: list[str] = []
    pos = end
    for w in _segment(run):
        inside = proper_word(w) or spans.holds(pos, pos + len(w))
        if w in CONJUNCTIONS or (
            clause_word(w, grammar) and not inside and not (words and w in grammar.soft_stops)
        ):
            break  # after a complete name a conjunction coordinates (甲联盟和乙联盟, GUIDE §2.2)
        words.append(w)
        pos += len(w)
    return words


def name_after_entity(
    text: str,
    start: int,
    end: int,
    starter: str,
    covered: Sequence[tuple[int, int]] | Covered,
    grammar: Grammar,
) -> tuple[int, str] | None:
    """The end offset and type of the longest name that the recognised name ``text[start:end]``
    of type ``starter`` opens (module docstring), or None."""
    run = name_run(text, end)
    if len(run) < 3 or not grammar.head_re.search(run) or LEVEL_RE.match(run):
        return None  # no head word at all in what follows (the common case), or a designation
    best: tuple[int, str] | None = None
    pos = end
    for i, w in enumerate(tail_words(text, end, covered, grammar)):
        pos += len(w)
        body = text[end:pos]
        if i + 1 < MIN_WORDS or len(body) < 3 or not grammar.follows_ok(text, pos):
            continue
        head = next(
            (body[-n:] for n in range(min(len(body), MAX_HEAD), 1, -1) if body[-n:] in grammar.heads), None
        )
        if head is not None:
            best = (pos, grammar.heads[head])
    if best is None or describes_only(text[end : best[0]]):
        return None
    pos, label = best
    if (
        label == "Platform"
        and text[:pos].endswith(CENTRE)
        and (starter == "Organization" or grammar.org_head_re.search(text[start : pos - len(CENTRE)]))
    ):
        label = "Organization"  # 某大学|某某创新中心: a centre of an institution (GUIDE §3)
    return pos, label


def build_entity_led_names(doc: Doc, chosen: Sequence[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each recognised Organization, Platform or Programme that opens a longer name
    replaced by that name (typed by its head) and the names inside it absorbed (module docstring)."""
    covered = Covered((c.start_char, c.end_char) for c in chosen)

    def find(s: Chosen) -> tuple[int, str] | None:
        if s.label_ not in STARTER_TYPES:
            return None
        return name_after_entity(text, s.start_char, s.end_char, s.label_, covered, grammar)

    return absorb_led_names(doc, chosen, text, grammar, find)
