"""cooperatesWith (symmetric): districts, enterprises and organisations working together.

Read from the shape of the clause around a cooperation word (合作, 共建, 协议, 对口 …):
- ``深化与X、Y等…合作`` / ``对口X`` — the author with every partner named after 与/对口;
- ``A、B与C、D开展合作`` — every A×C pair, none within a group; several ``A与B`` chunks in one
  list (``甲与乙、丙与丁…合作``) pair inside each chunk;
- ``A和B共建…`` / ``A托管B共建…`` — the two actors in front of 共建;
- ``推动A、B协同打造…`` / ``A和B携手…`` — every pair of the list right in front of a
  joint-action adverb (``JOINT``), when the list opens the clause;
- ``甲、乙三地…`` / ``支持甲乙联动…`` — a counted or glued group acting together, pairwise
  (``counted_groups``, ``glued_before``);
- ``甲(乙)丙(丁)`` — two bracketed short names glued together are a pairing;
- a district in brackets after a cooperation item (``深化农旅合作(乙区)``) is the author's partner.
A district directly followed by one of its own subdivisions (``某省某市``) is only a
qualifier of the latter and is not a partner itself.
"""

from __future__ import annotations

import re

from extract.ids import name_key
from extract.numerals import cn_to_int
from extract.records import Mention, Relation
from extract.regions import Region, by_code
from extract.relations.common import Party, Sentence, author_party, party, relation, same_name, starts_in
from extract.relations.rules import sentence_rule

KEYWORDS = re.compile(
    r"合作|协作|共建|签订|签署|对口|结对|联动|协同|携手|互派|联办|交流|帮扶|一体化|共同|战略对接|联盟"
)
_PARTNER_TYPES = ("District", "Enterprise", "Organization")
# asked of the whole sentence before its clauses are read one by one (the same words)
_SENTENCE_KEYWORD = KEYWORDS


def _partners(ms: list[Mention]) -> list[Mention]:
    """Drop a district that only qualifies the next one (某省|某市, 某省|某州)."""
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if m.type == "District" and nxt is not None and nxt.type == "District" and nxt.start == m.end:
            continue
        out.append(m)
    # GUIDE §5: partners are districts, firms and bodies; a zone the text treats as a partner is
    # typed District by the entity rules (GUIDE §3), so a Platform left here is no partner
    return [m for m in out if m.type in _PARTNER_TYPES]


def nested_divisions(a: Party, b: Party) -> bool:
    """Two districts of which one lies inside the other (by their GB/T 2260 division codes, the
    ``district/<code>`` ids the linker gives): no pair of partners. A province and its city, or a
    city and its district, are one territory and its part (GUIDE §5 relates partners; the
    qualifier rule below drops 某省 before 某市 for the same reason); the pair the text seems to
    state comes from a place inside another name (``中国（某市）—东盟…会议`` in a sentence of the
    author's district), not from cooperation."""
    if a[1] != "District" or b[1] != "District":
        return False
    ra, rb = _region(a[2]), _region(b[2])
    return ra is not None and rb is not None and ra.code != rb.code and (ra.contains(rb) or rb.contains(ra))


def _region(entity_id: str) -> Region | None:
    kind, _, code = entity_id.partition("/")
    return by_code(code) if kind == "district" and code.isdigit() else None


@sentence_rule(order=30)
def find_cooperation(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    text = s.doc.text

    def add(a: tuple[str, str, str], b: tuple[str, str, str], inferred: bool = False) -> None:
        if same_name(a[0], b[0]) or nested_divisions(a, b):
            return
        first, second = sorted((name_key(a[0]), name_key(b[0])))
        key = (first, second)
        if key in seen:
            return
        seen.add(key)
        out.append(relation(s.doc, "cooperatesWith", a, b, (s.start, s.end), inferred=inferred, path=s.path))

    # clause by clause (none when the sentence holds no cooperation word: a clause is part of it)
    pos = s.start if _SENTENCE_KEYWORD.search(text, s.start, s.end) else s.end
    while pos < s.end:
        a, b = s.clause_of(pos)
        clause = text[a:b]
        ms = [m for m in s.mentions if starts_in(m, a, b)]
        kw = KEYWORDS.search(clause)
        if kw:
            _clause_pairs(s, a, b, ms, kw.start() + a, who, add)
            # a group named as acting together: 甲、乙两地… / 甲乙联动… (counted_groups, glued_before)
            groups = [*counted_groups(text, ms), glued_before(text, ms, kw.start() + a)]
            for group in groups:  # a glued 某省某市 is no pair: add() drops nested divisions
                for i, x in enumerate(group):
                    for y in group[i + 1 :]:
                        add(party(x), party(y))
        pos = b + 1
    # 甲(乙)丙(丁) pairings and (乙区) partners anywhere in the sentence
    for i, m in enumerate(s.mentions):
        nxt = s.mentions[i + 1] if i + 1 < len(s.mentions) else None
        if (
            m.type == "District"
            and nxt is not None
            and nxt.type == "District"
            and nxt.start == m.end
            and re.search(r"[（(]", m.text)
            and re.search(r"[（(]", nxt.text)
        ):
            add(party(m), party(nxt))
        if m.type == "District" and who is not None and text[m.start - 1 : m.start] in ("(", "（"):
            before = text[max(s.start, m.start - 16) : m.start]
            if KEYWORDS.search(before) and text[m.end : m.end + 1] in (")", "）"):
                add(who, party(m), inferred=True)
    return out


def _clause_pairs(s, a, b, ms, kw_pos, who, add) -> None:
    text = s.doc.text
    if text[kw_pos : kw_pos + 2] in ("对口", "结对", "帮扶") and who is not None:
        # 对口X县 / 结对X: the author and the districts named right after the word
        pos = kw_pos + 2
        for m in ms:
            if m.start < pos:
                continue
            if m.type != "District" or re.sub(r"[、和及]", "", text[pos : m.start]):
                break
            add(who, party(m), inferred=True)
            pos = m.end
    pre = [m for m in ms if m.end <= kw_pos]
    if not pre:
        return
    # 与/同/和 splits actors from partners
    seg = text[a:kw_pos]
    yu = [a + i for i, c in enumerate(seg) if c in "与同"]
    if yu:
        chunks = _chunks_with_yu(s, a, kw_pos, pre)
        if len(chunks) > 1:
            for left, right in chunks:
                for x in left:
                    for y in right:
                        add(party(x), party(y))
            return
        y0 = yu[0]
        left = _partners([m for m in pre if m.end <= y0 and not _after_etc(text, a, m)])
        end_list = _list_end(text, y0, kw_pos)
        right = _partners([m for m in pre if m.start > y0 and m.start < end_list])
        if left and _left_is_actor(text, a, left[0]):
            for x in left:
                for y in right:
                    add(party(x), party(y))
        elif who is not None:
            for y in right:
                add(who, party(y), inferred=True)
        return
    if text[kw_pos : kw_pos + 2] == "对口" or text[kw_pos - 2 : kw_pos] == "对口":
        return
    kw = text[kw_pos : kw_pos + 2]
    actors = _partners(pre)
    if kw in ("共建", "共同") and len(actors) >= 2:
        for y in actors[1:]:
            add(party(actors[0]), party(y))
        return
    group = _joint_actors(text, a, kw_pos, pre)
    if kw in JOINT and len(group) >= 2:
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                add(party(x), party(y))


# adverbs of a joint action (``A、B协同打造…``, ``A和B携手推进…``): the named parties act together
JOINT = ("协同", "携手")


def _joint_actors(text: str, a: int, kw_pos: int, pre: list[Mention]) -> list[Mention]:
    """The list of parties right in front of a joint-action adverb, when it opens the clause
    (after a lead verb such as 推动): ``推动甲、乙协同打造…`` gives [甲, 乙]; a party further
    back (``甲推动乙、丙协同…``) or a list that does not reach the adverb gives []."""
    run: list[Mention] = []
    pos = kw_pos
    for m in reversed(pre):
        if m.end != pos and re.sub(r"[、和及与\s]", "", text[m.end : pos]):
            break
        run.insert(0, m)
        pos = m.start
    if not run or not _left_is_actor(text, a, run[0]):
        return []
    parties = _partners(run)
    return parties if len(parties) == len(run) else []


def _chunks_with_yu(s, a, kw_pos, pre) -> list[tuple[list, list]]:
    """甲与乙、丙与丁: split at 、 and pair within each chunk holding its own 与."""
    text = s.doc.text
    out = []
    start = a
    for i in range(a, kw_pos + 1):
        if i == kw_pos or text[i] == "、":
            piece = [m for m in pre if start <= m.start and m.end <= i]
            cut = text.find("与", start, i)
            if cut >= 0:
                left = [m for m in piece if m.end <= cut]
                right = [m for m in piece if m.start > cut]
                if left and right:
                    out.append((left[-1:], right[:1]))
            start = i + 1
    return out if len(out) > 1 else []


def _list_end(text: str, start: int, end: int) -> int:
    """Partners end at 等 (``与A、B等成都有关区县合作``: 成都 is not a partner)."""
    i = text.find("等", start, end)
    return i if i >= 0 else end


def _after_etc(text: str, a: int, m: Mention) -> bool:
    return "等" in text[a : m.start]


def _left_is_actor(text: str, a: int, m: Mention) -> bool:
    """Left group opens the clause (after a verb such as 促成/推动), so it is the actor."""
    gap = text[a : m.start]
    return len(re.sub(r"促成|推动|支持|鼓励|组织|引导|深化|加强|推进|积极|[\s、，,]", "", gap)) == 0


# --- groups named as acting together (counted ``甲、乙三地``, glued ``甲乙联动``) ---
# Two clause shapes state a joint action without 与 (GUIDE §5: "A、B与C、D开展合作" pairs across
# groups; here the group is one side of itself, as in the conventions' ``济南、青岛协同打造…``):
#
# - a **counted group**: a list of places closed by a count of them, ``甲、乙、丙三地…`` or
#   ``甲、乙两市…``, where the count equals the list's length. GUIDE §3 names ``成渝两地`` as a
#   collective (the pair untagged); with the members written out, the collective is their
#   joint subject. The clause must hold a cooperation word (``KEYWORDS``) so that a list that only
#   shares a figure (``甲、乙两市GDP…``) pairs nothing.
# - a **glued pair before a cooperation word**: ``支持甲乙联动建设…`` — two or more partners with
#   nothing but list marks between them, directly in front of a cooperation word, whatever verb
#   opens the clause (``_joint_actors`` asks for a list that opens it).
#
# Both look only at the characters between adjacent mentions and right after a list, so each
# clause is read in one pass over its mentions (no backtracking, linear in the list).

# list marks between the members of one group (function words, closed class); before a
# cooperation word 与 is left out: ``深化与甲、乙合作`` makes 甲 and 乙 partners of the author,
# not of each other (``_clause_pairs`` reads that shape), and a run right after 与/同 is skipped
_LIST_MARKS = re.compile(r"[、和及与\s]*")
_GLUE_MARKS = re.compile(r"[、和及\s]*")
_PARTNER_OF = "与同"
# a count of places after a list: numeral + 地 (GUIDE §3 names 成渝两地 a collective) or + a
# division kind (省 市 区 县, Constitution Art. 30)
_NUMERAL = "[两二三四五六七八九十]"
_PLACES = "地"
_DIVISION_KINDS = "省|市|区|县"
_COUNT = re.compile(f"({_NUMERAL})(?:{_PLACES}|{_DIVISION_KINDS})")
_MEMBER_TYPES = ("District", "Enterprise", "Organization")


def _runs(text: str, ms: list[Mention], marks: re.Pattern[str]) -> list[list[Mention]]:
    """Maximal runs of partner mentions joined only by ``marks`` (``甲、乙和丙``)."""
    runs: list[list[Mention]] = []
    for m in ms:
        if m.type not in _MEMBER_TYPES:
            runs.append([])
            continue
        if runs and runs[-1]:
            prev = runs[-1][-1]
            gap = text[prev.end : m.start]
            if m.start >= prev.end and marks.fullmatch(gap):
                runs[-1].append(m)
                continue
        runs.append([m])
    return [r for r in runs if len(r) >= 2]


def counted_groups(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """Runs closed by a count of themselves: ``甲、乙、丙三地`` gives [甲, 乙, 丙]."""
    out = []
    for run in _runs(text, ms, _LIST_MARKS):
        hit = _COUNT.match(text, run[-1].end)
        if hit and cn_to_int(hit.group(1)) == len(run):
            out.append(run)
    return out


def glued_before(text: str, ms: list[Mention], kw_pos: int) -> list[Mention]:
    """The run of partners that ends right before the cooperation word at ``kw_pos``, glued or
    joined by list marks (``甲乙联动``, ``甲、乙协同``); [] when something else stands between."""
    for run in _runs(text, ms, _GLUE_MARKS):
        if run[-1].end == kw_pos and text[run[0].start - 1 : run[0].start] not in _PARTNER_OF:
            return run
    return []


__all__ = ["KEYWORDS", "find_cooperation"]
