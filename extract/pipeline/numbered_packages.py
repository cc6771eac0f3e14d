"""Numbered packages of measures without 《》 (failure class: an unbracketed policy title read as a clause).

GUIDE §3 counts a named document as Policy in 《》 or not, and GUIDE §9 (Policies) types named
packages of measures as Policy (纺织服装“新九条”, with a trailing 政策/政策措施 left out). Written
bare, such a package is a governing verb, a name, a count of its articles and a package kind:
出台|支持某产业发展|20条|措施, 实施|优化某环境|21条升级|举措. The count inside the title marks one
package with a name; a count before the words (29项促消费政策) only counts documents and stays
untagged, as GUIDE §9 says. Here:

- the package kinds (措施, 举措, 政策措施 …) are mined where they close a count of articles in
  the governing frame (``policy_frames.jsonl`` role ``package``, ``extract.pipeline.policy_mining``),
  and the words GUIDE §9 names after a named package (``GUIDE_TRAILING``: 政策, 政策措施) close one
  whatever their count: the GUIDE says a package may end so, and the miner's evidence for 政策
  stood at its floor (2 governed uses in 2 reports; 1 in 1 once round 14's passages were
  masked), so the reading of 某产业13条政策 flipped with one blanked passage (issue 12);
- the governing verbs are the words mined before 《》 titles (same file, role ``verb``): the title
  opens after the verb, as a 《 would, and a single verb between the governing verb and the name
  (支持, 优化, 关爱) is the title's own first word (``untitled_policies.verb_opening_title``);
- the name before the count is name material (no punctuation, not generic, no count of its own),
  at least ``MIN_NAME`` characters, and the title ends where a name may end;
- a trailing 政策 (of 政策 or 政策措施) stays out of the span (GUIDE §2.5, §9).

The count and the package kind are searched with plain character classes and one alternation,
each tried once per position, so a long run of text stays linear.
"""

from __future__ import annotations

import re
import weakref

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.candidates import add_candidate
from extract.pipeline.policy_mining import ARTICLE_COUNT, longest_first
from extract.pipeline.untitled_policies import (
    MAX_TITLE_BODY,
    ends_name,
    governing_verbs,
    verb_opening_title,
)

COUNT_RE = re.compile(ARTICLE_COUNT)
MAX_MODIFIER = 2  # characters between the count and the kind (21条|升级|举措)
MIN_NAME = 4  # characters of name before the count (支持某产业发展, 优化营商环境)
TRAILING_POLICY = "政策"  # GUIDE §2.5 and §9: a trailing 政策/政策措施 is left out of the span
# GUIDE §9 (Policies): "Named packages, trailing 政策/政策措施 left out": the words the GUIDE
# itself names after a package close one, besides the mined kinds
GUIDE_TRAILING = ("政策", "政策措施")
HAN_RUN_BEFORE = MAX_TITLE_BODY + 4  # the governing verb stands within the title's reach

_kinds_cache: weakref.WeakKeyDictionary[g.Grammar, re.Pattern[str] | None] = weakref.WeakKeyDictionary()


def _package_kinds(grammar: g.Grammar) -> re.Pattern[str] | None:
    """``[modifier]kind`` after a count: the mined package kinds (role ``package``) and the GUIDE's
    trailing words (``GUIDE_TRAILING``), longest first; None when nothing is mined (no lexicon)."""
    if grammar in _kinds_cache:
        return _kinds_cache[grammar]
    rows = grammar.lexicon.get("policy_frames.jsonl", ())
    kinds = {r["word"] for r in rows if r.get("role") == "package"}
    found = None
    if kinds:
        kinds |= set(GUIDE_TRAILING)
        found = re.compile(r"[\u4e00-\u9fff]{0," + str(MAX_MODIFIER) + r"}?(" + longest_first(kinds) + ")")
    _kinds_cache[grammar] = found
    return found


def _governing_end(text: str, count_start: int, verbs_re: re.Pattern[str]) -> int:
    """The end of the rightmost governing verb in the Han run before the count, or -1."""
    lo = count_start
    while lo > 0 and count_start - lo < HAN_RUN_BEFORE and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    found = -1
    for m in verbs_re.finditer(text, lo, count_start):
        found = m.end()
    return found


def find_numbered_packages(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``governing verb + name + N条 + [modifier] + package kind`` Policy candidates."""
    kinds = _package_kinds(grammar)
    verbs_re = governing_verbs(grammar)
    if kinds is None or verbs_re is None:
        return
    for c in COUNT_RE.finditer(text):
        k = kinds.match(text, c.end())
        if k is None or not ends_name(text, k.end(), grammar):
            continue
        floor = _governing_end(text, c.start(), verbs_re)
        if floor < 0 or c.start() - floor > MAX_TITLE_BODY:
            continue
        start = grammar.name_start(text, c.start(), floor=floor, min_body=2)
        start = verb_opening_title(text, floor, start, verbs_re, grammar.carrying_verbs)
        name = text[start : c.start()]
        if len(name) < MIN_NAME or g.is_generic(name) or NUMERAL_OPENING_RE.match(name):
            continue
        # 某产业N条政策(措施): the trailing 政策 words stay out (GUIDE §2.5, §9)
        end = k.start(1) if k.group(1).startswith(TRAILING_POLICY) else k.end()
        add_candidate(doc, start, end, "Policy", "title")
