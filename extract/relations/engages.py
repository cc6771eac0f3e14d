"""engagesIn: a district takes part in a strategy or a program.

Reports speak for their author, so every strategy or program the text implements, joins,
creates or plans is the author's, unless the clause opens with another district
(``支持甲市、乙市争创某试点城市``: those cities engage) or with a park or
zone (``支持某新区…建设``: the zone acts, not the author, so nothing is recorded).

A name that only qualifies something else is still the author's: counted items of a programme
(``196个“X”项目全部开工``), a genitive (``X的重要支点``), a programme as the subject of an
evaluative predicate (``X建设走深走实``). The readable gold credits such mentions to the author
47 times of 49 (``scripts/engages_evidence_stats.py --gold``), and dropping the counted ones lost
gold relations and no false one (branch ``engages8``; ``test_pattern_programme_modifiers``).
"""

from __future__ import annotations

import re

from extract.indicators.multiples import _RESPECTIVELY
from extract.pipeline.counted_quotes import FRAMING_TAILS_RE
from extract.pipeline.mining import dictionary, segment_cached
from extract.records import Mention, Relation
from extract.relations.common import Sentence, author_party, party, relation
from extract.relations.cooperation import KEYWORDS as COOPERATION_WORDS
from extract.relations.rules import sentence_rule

_APPLY = re.compile(r"申报|申建|申请")
# The verbs by which a named party gets a designation (GUIDE §9 "designations a city seeks or
# gets": 瑞丽获批…; tuning-gold convention: 佛山、江门入选…城市试点 gives the cities engagesIn).
# Projects that open a clause and get one (A、B等5个项目获批某试点) hold it themselves: the author
# district is not said to take part (GUIDE §5: engagesIn is a district's), while a programme
# inside the projects' own noun phrase (A、B2个“某行动”重大项目) is still the author's.
_GETS = re.compile(r"获批|入选")
_LIST_JOINERS = "、和与及"  # list commas and conjunctions (function words)
_LIST_MARK = "、"  # the enumeration comma between a list's conjuncts (GUIDE §2.2)
_OPENERS = re.compile(r"^(?:[\s、，,]|支持|推动|鼓励|引导|指导|积极|加快|大力|全力|争取)*")


# the prepositions that introduce a cooperation partner (加强与甲、乙合作, 加强同甲联动), words of
# their own in jieba's segmentation (参与 holds the character and means "take part": function words)
_PARTNER_PREPOSITIONS = ("与", "同")
# what may follow an item of the partner list: another item, 等 closing it, 在 opening the field
# of the cooperation (与甲、乙在某领域合作) or 的 before the tie itself (与甲、乙的通道联系); a
# noun after it (与共建某倡议国家合作) makes the name a qualifier of the partner, not the partner
# (function words)
_PARTNER_FOLLOWERS = "、和及与等在的"
_CLOSING_QUOTES = "”\"'"
_OPENING_QUOTES = "“\"'"
# jieba's nominal tags: a noun right before 与 joins two nouns (某成果同某振兴有效衔接), it opens no
# partner phrase
_NOMINAL_TAGS = ("n", "vn", "an")
_VERB_TAG = "v"


def partner_slot(s: Sentence, m: Mention) -> bool:
    """Is ``m`` named as the partner of a cooperation (``加强与甲地区、乙湾区在某领域合作``)?

    Between the preposition 与 (or 同) and a cooperation word (``cooperation.KEYWORDS``, the words
    the cooperatesWith reader reads) the clause lists whom the author works with. A strategy named
    there stands for the region that carries it (another province's 粤港澳大湾区): the author
    cooperates with that region, it does not implement its strategy (GUIDE §5: engagesIn is what
    the district implements, takes part in, creates or plans). The provincial gold gives no
    engagesIn in this frame, while a strategy the author joins (``主动融入某协同发展``) or links
    its own to (``推动某经济圈建设与共建某倡议…贯通衔接``: no cooperation word) keeps it.

    A phrase that a verb opens with the preposition (``深化与甲、乙的通道联系``, ``提升与某湾区、
    乙地区直连水平``) names the partners of a tie whatever word states the tie, so there the
    cooperation word is not needed; a name glued to a verb of reciprocity (``与某战略相适应``)
    or qualifying a noun (``与某倡议沿线国家``) is no item of the list and keeps its engagesIn."""
    a, b = s.clause_of(m.start)
    text = s.doc.text
    words = segment_cached(text[a : m.start])
    at = [i for i, w in enumerate(words) if w in _PARTNER_PREPOSITIONS]
    if not at:
        return False
    rest = text[m.end : b].lstrip(_CLOSING_QUOTES)
    tail = FRAMING_TAILS_RE.match(rest)  # GUIDE §2.6: 某湾区建设、… is the same item
    after = rest[tail.end() if tail else 0 :]
    keyword = COOPERATION_WORDS.search(text, m.end, b)
    if keyword is not None and (after[:1] in _PARTNER_FOLLOWERS or COOPERATION_WORDS.match(after)):
        return after != ""
    if after[:1] not in _PARTNER_FOLLOWERS or after == "":
        return False
    return _verb_opens(s, words, at[-1], a)


def _verb_opens(s: Sentence, words: list[str], k: int, a: int) -> bool:
    """Does a verb open the phrase of the preposition ``words[k]`` (``深化与…``; ``words`` are the
    clause's from ``a`` up to the name asked about), with no verb between the preposition and the
    name?"""
    if k == 0:
        return False
    start = a + sum(len(w) for w in words[: k - 1])  # where the word before the preposition starts
    if any(x.start < start + len(words[k - 1]) and x.end > start for x in s.mentions):
        return False  # the word is part of a name: 某振兴与…
    tags = dictionary()
    tag = tags.get(words[k - 1], (0, ""))[1]
    if not tag or tag.startswith(_NOMINAL_TAGS):
        return False
    # a verb between the preposition and the name ends the list: 与甲合作建设某湾区 builds it
    return not any(tags.get(w, (0, ""))[1] == _VERB_TAG for w in words[k + 1 :])


# the locative preposition (a function word): 在 + a name says where something is done
_LOCATIVE = "在"
# jieba's tag of the localizers (方位词 中, 上, 下, 之际 …: a closed class of the language) that
# close a 在 phrase of circumstance, ``在某战略实施中``
_LOCALIZER_TAG = "f"


def place_slot(s: Sentence, m: Mention) -> bool:
    """Is the strategy ``m`` named as the place where something is done (``某基金在某湾区设立``)?

    A strategy region right after the preposition 在 is where the clause's act happens when no
    localizer closes the phrase in the rest of the clause: ``在某湾区设立区域基金`` says where a
    fund is set up, not that the author implements the strategy (GUIDE §5: engagesIn is what the
    district implements, takes part in, creates or plans; round 9's readable gold gives none
    there). With a localizer the phrase is the circumstance of the author's own act, ``在某经济带
    高质量发展中奋勇争先``, ``在某经济圈建设和某协调发展中发挥作用`` (the dev-provincial gold
    keeps that engagesIn), so it stays."""
    a, b = s.clause_of(m.start)
    text = s.doc.text
    before = segment_cached(text[a : m.start].rstrip(_OPENING_QUOTES))
    if not before or before[-1] != _LOCATIVE:
        return False
    words = dictionary()
    return not any(words.get(w, (0, ""))[1] == _LOCALIZER_TAG for w in segment_cached(text[m.end : b]))


def clause_actors(s: Sentence, m: Mention) -> list[Mention] | None:
    """Mentions opening ``m``'s clause as its actors, [] for the author, None for a non-district actor."""
    a, _ = s.clause_of(m.start)
    opener = _OPENERS.match(s.doc.text[a : m.start])  # matches always (it may match nothing)
    k = a + (opener.end() if opener else 0)
    lead = [x for x in s.mentions if a <= x.start < m.start]
    if not lead or lead[0].start != k:
        return []
    actors: list[Mention] = []
    pos = k
    for x in lead:
        if x.start != pos:
            break
        actors.append(x)
        pos = x.end
        while pos < m.start and s.doc.text[pos] in _LIST_JOINERS:
            pos += 1
    if any(x.type != "District" for x in actors):
        if any(x.type in ("Platform", "Organization", "Enterprise") for x in actors):
            return None
        if any(x.type == "Project" for x in actors) and _GETS.search(s.doc.text, actors[-1].end, m.start):
            return None  # A、B等5个项目获批某试点: the projects get the designation
        return []
    later = _later_subject(s, a, m, actors)
    if later:
        return later
    if len(actors) == 1 and actors[0].canonical == s.doc.meta.region:
        return []
    return actors


def _later_subject(s: Sentence, a: int, m: Mention, actors: list[Mention]) -> list[Mention]:
    """Districts opening the 、-part of the clause that holds ``m``, when they are not the clause's
    own opening list: in ``支持甲市打造某品牌、乙市创建某示范区`` 乙市 creates the zone, not 甲市.
    A district glued to the programme (``、乙市某行动``) qualifies its name and acts for nothing."""
    text = s.doc.text
    seg = text.rfind("、", a, m.start) + 1
    if seg <= 0 or (actors and seg <= actors[-1].start):
        return []
    run = [x for x in s.mentions if x.type == "District" and seg <= x.start and x.end < m.start]
    if not run or run[0].start != seg or run[0] in actors:
        return []
    found = [run[0]]
    for x in run[1:]:
        if re.sub(f"[{_LIST_JOINERS}]", "", text[found[-1].end : x.start]):
            break
        found.append(x)
    return found if found[-1].end < m.start and text[found[-1].end] not in _LIST_JOINERS else []


def respective_actor(s: Sentence, m: Mention, actors: list[Mention]) -> list[Mention]:
    """The one actor ``m`` belongs to when the clause pairs its actors with a list by 分别
    (``甲市、乙市分别入选A、B``: 甲市 gets A, 乙市 B), else ``actors`` unchanged.

    分别 ("respectively", a function word) pairs the members of two lists by position, as the
    indicator reader pairs places with figures (``extract.indicators.multiples``); GUIDE §5 credits
    a designation to the district that gets it. The pairing needs as many 、-conjuncts after 分别
    as there are actors, so a list joined otherwise (A和B) or of another length keeps every actor."""
    if len(actors) < 2:
        return actors
    _, b = s.clause_of(m.start)
    text = s.doc.text
    k = text.find(_RESPECTIVELY, actors[-1].end, m.start)
    if k < 0:
        return actors
    rest = text[k + len(_RESPECTIVELY) : b]
    if rest.count(_LIST_MARK) + 1 != len(actors):
        return actors
    return [actors[text.count(_LIST_MARK, k, m.start)]]


@sentence_rule(order=10, types=("Strategy", "Program"))  # it reads those mentions only
def find_engages(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    out: list[Relation] = []
    for m in s.mentions:
        if m.type not in ("Strategy", "Program"):
            continue
        actors = clause_actors(s, m)
        if actors is None:
            continue
        a, _ = s.clause_of(m.start)
        if not actors and _APPLY.search(s.doc.text[a : m.start]):
            continue  # 积极申报创建X: applying for a designation is not taking part in it yet
        if m.type == "Strategy" and partner_slot(s, m):
            continue  # 加强与某湾区合作: a partner region, not the author's strategy
        if m.type == "Strategy" and place_slot(s, m):
            continue  # 某基金在某湾区设立: where something is done, not the author's strategy
        if actors:
            for x in respective_actor(s, m, actors):
                out.append(relation(s.doc, "engagesIn", party(x), party(m), (s.start, s.end), path=s.path))
        elif who is not None:
            named = any(x.type == "District" and x.canonical == who[0] for x in s.mentions)
            out.append(
                relation(s.doc, "engagesIn", who, party(m), (s.start, s.end), inferred=not named, path=s.path)
            )
    return out
