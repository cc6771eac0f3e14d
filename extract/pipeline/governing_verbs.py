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
  ``MIN_HEADED`` such names in at least ``MIN_DOCS`` reports governs programmes. No share:
  a verb's other objects do not make it govern its programmes less. The thresholds are the
  frame-verb miner's (``programme_frames.MIN_FRAMES``, ``MIN_DOCS``: ten uses, ten reports),
  the same evidence asked of a verb that governs unquoted frames.
- **Run time**: ``Grammar.carrying_verbs`` is the union of these, the frame verbs and the
  programme verbs (each of those is evidence of governing too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.pipeline.programme_frames import MIN_DOCS, MIN_FRAMES
from extract.pipeline.quoted_frames import FrameSettings, mine_programme_verbs

MIN_HEADED = MIN_FRAMES  # headed programme names the verb governs
MIN_WORD = 2  # characters: one-character clause words are function words (和, 的, 以)


def mine_governing_verbs(
    docs: Sequence[tuple[str, str]],
    after_quote_re: re.Pattern[str],
    clause_words: Iterable[str],
    segment,
    tails: tuple[str, ...] = (),
    min_headed: int = MIN_HEADED,
    min_docs: int = MIN_DOCS,
) -> list[dict]:
    """Clause words that govern ``min_headed`` headed programme names in ``min_docs`` reports
    (module docstring); the counts and the share (for the reader only) are kept as provenance."""
    words = [w for w in clause_words if len(w) >= MIN_WORD]
    settings = FrameSettings(min_headed=min_headed, min_docs=min_docs, min_share=0.0)
    return mine_programme_verbs(docs, after_quote_re, words, segment, settings, tails=tails)


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_governing_verbs` with the programme heads of a grammar built from the freshly
    mined heads and stop words (the other lexicon files as shipped)."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment

    lexicon = {**read_lexicon(), "heads.jsonl": heads, "stop_words.jsonl": stops}
    grammar = Grammar(lexicon)
    return mine_governing_verbs(
        docs,
        grammar.after_quote_re,
        grammar.hard_stops | grammar.soft_stops,
        segment,
        tails=grammar.program_tails,
    )
