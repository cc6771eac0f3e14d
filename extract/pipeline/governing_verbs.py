"""Verbs that govern a programme name (实施|X工程, 深化|“X”改革): the ``carrying`` criterion.

Several finders need to know whether the word before a name is the verb that carries it out:
the name starts right after it (``rare_designations``, ``year_campaigns``,
``programme_frames``), and a name that holds one is a clause, not a name (全面深化|改革 in
``result_subjects``). Before this module ``Grammar.carrying_verbs`` was the union of two
lists mined for other purposes: ``programme_verbs`` (a quote after the verb is *itself* a
programme, so it needs a *share*: most of the verb's quotes are headed programmes) and
``frame_verbs`` (a large share of the verb's uses open an action frame). Whether a verb
*governs* programme names is a different question, answered by how many programme names it
governs and in how many reports, whatever else it governs: 深化 governs two dozen headed
programmes in fifteen reports while most of its quotes are reforms' slogans, so its share sat
at the programme-verb threshold (0.356 before the round-3 mask, 0.338 after) and its role as a
carrying verb flipped with every new mask.

- **Mining** (:func:`mine_governing_verbs`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/governing_verbs.jsonl``, every gold passage blanked): for every clause word
  of two or more characters (a mined stop word), the coined quotes right after it that a
  programme head closes (“X”工程, “X行动”: the counting of
  :func:`extract.pipeline.quoted_frames.mine_programme_verbs`). A word that governs at least
  ``MIN_HEADED`` such names in at least ``MIN_DOCS`` reports governs programmes. No share of
  its *uses*: slogans and positionings after a verb do not make it govern its programmes less.
  The thresholds are the frame-verb miner's (``programme_frames.MIN_FRAMES``, ``MIN_DOCS``: ten
  uses, ten reports), the same evidence asked of a verb that governs unquoted frames.
- A carrying verb decides an ambiguous head (实施|X工程 naming nothing built is a programme), so
  the names it governs must be *mostly programmes*: of the named objects right after the verb
  (a Han run of name length ending in a head of the grammar, kernel or mined, at a clause edge:
  X行动, X项目, X园区), more than half (``MIN_PROGRAMME_OBJECTS``, a majority, not a tuned
  value) end in a Program head and no head followed by 建设 (a build). 推进 governs 27 headed
  programmes but builds as often (推进X项目, 推进X工程建设: 0.41 of its objects are
  programmes); 深化 (0.62), 实施 (0.65), 开展 (0.96) carry programmes out.
- A Program head followed by 建设 (深化X试验区建设, 推进X示范区建设) is a programme object, not a
  build: GUIDE §2.6 makes 建设 a generic tail, and a pilot zone or an action is carried out, not
  built (GUIDE §3 Program: 试点/试验区/示范区 designations). Counted as builds, the nine such
  objects of 深化 held its share at 0.506 of 77 before round 12's passages were blanked and
  0.493 after, and 深化 left the file on that count; read as programmes it stands at 0.62.
- **Run time**: ``Grammar.carrying_verbs`` is the union of these, the frame verbs and the
  programme verbs (each of those is evidence of governing too).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from extract.pipeline.programme_frames import MIN_DOCS, MIN_FRAMES
from extract.pipeline.quoted_frames import FrameSettings, mine_programme_verbs

MIN_HEADED = MIN_FRAMES  # headed programme names the verb governs
MIN_WORD = 2  # characters: one-character clause words are function words (和, 的, 以)
MIN_PROGRAMME_OBJECTS = 0.5  # share of the verb's named objects that are programmes: a majority
OBJECT_BODY = r"[\u4e00-\u9fff“”]{2,14}?"  # the frame miner's name length (programme_frames)
BUILD = "建设"  # GUIDE §2.6 generic tail (guide_name_rule): a head followed by it names a build
# heads whose 建设 is carrying out, not building (X试验区建设, X行动建设): GUIDE §3 Program
CARRIED_OUT_TYPES = frozenset({"Program"})
EDGE = r"(?=[，。；、：！？,;:!?\n])"


def object_types(
    docs: Sequence[tuple[str, str]], verbs: Iterable[str], head_types: dict[str, str]
) -> dict[str, Counter[str]]:
    """For each verb: the types of the named objects right after it (a Han run ending in a head of
    ``head_types`` at a clause edge; ``"build"`` when the head is followed by 建设)."""
    heads = sorted(head_types, key=lambda h: (-len(h), h))
    out: dict[str, Counter[str]] = {v: Counter() for v in verbs}
    if not heads or not out:
        return out
    obj = re.compile(
        OBJECT_BODY + "(?P<head>" + "|".join(map(re.escape, heads)) + f")(?P<build>{BUILD})?" + EDGE
    )
    verb_re = re.compile("|".join(map(re.escape, sorted(out, key=lambda v: (-len(v), v)))))
    for _, text in docs:
        for v in verb_re.finditer(text):
            m = obj.match(text, v.end())
            if m:
                type_ = head_types[m.group("head")]
                built = m.group("build") and type_ not in CARRIED_OUT_TYPES
                out[v.group()]["build" if built else type_] += 1
    return out


def mine_governing_verbs(
    docs: Sequence[tuple[str, str]],
    after_quote_re: re.Pattern[str],
    clause_words: Iterable[str],
    segment,
    tails: tuple[str, ...] = (),
    head_types: dict[str, str] | None = None,
    min_headed: int = MIN_HEADED,
    min_docs: int = MIN_DOCS,
) -> list[dict]:
    """Clause words that govern ``min_headed`` headed programme names in ``min_docs`` reports and
    whose named objects are mostly programmes (``head_types``: head -> entity type; module
    docstring); the counts are kept as provenance (the quote share for the reader only)."""
    words = [w for w in clause_words if len(w) >= MIN_WORD]
    settings = FrameSettings(min_headed=min_headed, min_docs=min_docs, min_share=0.0)
    rows = mine_programme_verbs(docs, after_quote_re, words, segment, settings, tails=tails)
    types = object_types(docs, [r["word"] for r in rows], head_types or {})
    out = []
    for row in rows:
        objects = types[row["word"]]
        total = sum(objects.values())
        share = objects["Program"] / total if total else 0.0
        if share <= MIN_PROGRAMME_OBJECTS:
            continue
        counts = {**row["counts"], "objects": total, "programme_objects": objects["Program"]}
        out.append({**row, "counts": counts, "programme_object_share": round(share, 3)})
    return out


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_governing_verbs` with the programme heads of
    :func:`extract.pipeline.quoted_frames.mining_grammar` (the heads of this mining run)."""
    from extract.pipeline.mining import segment
    from extract.pipeline.quoted_frames import mining_grammar

    grammar = mining_grammar(heads, stops)
    head_types = {h["head"]: h["type"] for h in [*heads, *grammar.lexicon["head_kernels.jsonl"]]}
    return mine_governing_verbs(
        docs,
        grammar.after_quote_re,
        grammar.hard_stops | grammar.soft_stops,
        segment,
        tails=grammar.program_tails,
        head_types=head_types,
    )
