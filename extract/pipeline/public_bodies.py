"""Public bodies guessed as firms: a division level and an institution (省|人大常委会, 市|财政局).

The cooperation and list finders type a partner (与X合作, 与X定期开展…) as an Enterprise by the
frame alone. When the partner is a level of administrative division (省, 市, 区, 县: the closed
class of the Constitution's divisions) followed by one word that jieba's dictionary tags as an
institution's name (``nt``: 人大常委会, 财政局), it is that level's body, an Organization (GUIDE §3:
party and government bodies), not a firm. A firm under such a body keeps its legal form
(省电力公司, …集团) and stays an Enterprise.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary

LEVELS = frozenset("省市区县")  # division levels (the admin_division closed class)
INSTITUTION_TAGS = frozenset({"nt"})  # jieba's tag of an organisation's name
FIRM_FORM_RE = re.compile(r"(?:公司|集团)$")  # the legal forms of a firm (legal_form closed class)
RETYPED_SOURCES = frozenset({"cooperation", "enumeration", "list"})


def public_body(name: str) -> bool:
    """Is the guess a division level and one institution word (省|人大常委会), not a firm?"""

    if len(name) < 3 or name[0] not in LEVELS or FIRM_FORM_RE.search(name):
        return False  # no level first, or a firm's legal form last (the common case)
    words = _segment(name)
    if dictionary().get(name[1:], (0, ""))[1] in INSTITUTION_TAGS:
        return True  # 省|农科院, which the segmentation keeps as one word
    return (
        len(words) == 2 and words[0] == name[0] and dictionary().get(words[1], (0, ""))[1] in INSTITUTION_TAGS
    )


def retype_public_bodies(doc: Doc, chosen: list[Chosen], text: str) -> list[Chosen]:
    """Enterprise guesses of the frame finders that are a level's public body, typed Organization."""
    out = []
    for s in chosen:
        if (
            s.label_ == "Enterprise"
            and s.id_ in RETYPED_SOURCES
            and public_body(text[s.start_char : s.end_char])
        ):
            s = retyped(s, "Organization")
        out.append(s)
    return out


# the rules a government makes (Legislation Law of the PRC, ch. 4 §2: 部门规章, 地方政府规章; the
# legislation_form closed class): 省政府|规章 names a kind of regulation by its maker
RULES = "规章"


def drop_rule_makers(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without a body that only says whose rules a kind of regulation is (省政府|规章45件:
    the provincial-2026 conventions leave 省政府规章 untagged, a kind of regulation, not the body)."""
    return [s for s in chosen if not (s.label_ == "Organization" and text.startswith(RULES, s.end_char))]
