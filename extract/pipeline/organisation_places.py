"""A place inside the name of an organisation whose head is 组织 (甲地合作组织, 甲地…经济组织联合会).

GUIDE §2.1 tags the maximal name and nothing nested in it, and "a division inside a name is part
of that name". Organisations are named after the place where they were founded or that they
serve, with the head 组织 closing the body's name: GUIDE §9 tags an international organisation
that is not a bloc by such a name (世卫组织 → 世界卫生组织) and leaves the bloc 上海合作组织
untagged, and the provincial-2026 conventions add that the places inside the name of an
untagged international organisation are untagged too (`上海合作组织峰会`: no 上海). Either way
the place there is no District mention of its own: tagged, it was a District false positive in
the dev-provincial and tune gold, and it credits the author with cooperation with a city it
never named.

The name grammar does not find these names: jieba tags 组织 a verb (to organise), so the run of
name words after the place is cut there and no lexicon head closes it (合作|组织|峰会). This
module reads the run itself: the place is followed, with no delimiter and no clause word, by one
or more name words and then the word 组织 (a word of its own in jieba's reading), and 组织 is a
noun there: what follows it is a delimiter or a name word (峰会, 成员国, 联合会), not a verb
(甲地企业组织|开展…, 甲地组织|参加… stay Districts: 组织 organises there). Nothing is built:
a bloc is untagged and a body's type and right edge would need its own head, so the place is
only dropped (precision), never replaced by a guessed name.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_runs import clause_word, name_run

ORGANISATION_WORD = "组织"  # GUIDE §9: the head of an organisation's name (世界卫生组织, 上海合作组织)


def opens_organisation_name(text: str, end: int, grammar: Grammar) -> bool:
    """Is the place ending at ``end`` inside an organisation's name closed by 组织 (module doc)?"""
    run = name_run(text, end)
    if ORGANISATION_WORD not in run[1:]:
        return False  # no organisation word after a first name character (the common case)
    words = _segment(run)
    for k, w in enumerate(words):
        if w == ORGANISATION_WORD:
            if k == 0:
                return False  # 甲地组织…: the place organises (a verb right after the subject)
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return not nxt or not clause_word(nxt, grammar)
        if clause_word(w, grammar):
            return False  # a verb or function word first: the place heads a clause, not a name
    return False
