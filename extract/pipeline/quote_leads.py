"""Which clause word governs a quoted programme name and its descriptive lead-in.

``NameFinder._governed_lead`` reads the lead-in of a quoted name (实施|农民工子女关爱服务“同行计划”)
from the clause word that governs it. The last clause word before the quote is the usual
governor, but a description may itself hold a clause word read as a verb (毕业生|就业|能力培训:
就业 is a mined clause word), and then the last one stands inside the name, after other name
material, and names no edge. A mined *programme verb* (``programme_verbs.jsonl``: 实施, 开展,
深化, 落实 — the clause words whose quoted objects a programme head follows in a large share of their
uses, mined over unannotated reports) that opens the clause governs the whole object up to the quote, so it is
the second choice (GUIDE §3 named actions: the object of 实施 is the programme's name, written as
the unquoted one would be, with the quotes kept inside it, §2.2).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence


def governor_candidates(
    cuts: Sequence[re.Match[str]], hard_verbs: Collection[str], programme_verbs: Collection[str]
) -> list[re.Match[str]]:
    """The clause words that may govern a quoted name, in the order to try them: the last clause
    word when it is a hard verb, then the last one ending in a mined programme verb (实施, and the
    mined compound 全面实施 with its adverb) before it, if another."""
    found: list[re.Match[str]] = []
    if cuts and cuts[-1].group() in hard_verbs:
        found.append(cuts[-1])
    for cut in reversed(cuts):
        if cut.group().endswith(tuple(programme_verbs)):  # 实施, 全面|实施: a mined compound
            if not found or cut.start() != found[0].start():
                found.append(cut)
            break
    return found
