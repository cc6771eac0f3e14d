"""Platform guesses with no part of their own: a kind of platform, not one (branch zones11).

Platform was the least precise type on unannotated text (issue 12): the head-word finder takes
``数据跨境服务管理平台``, ``农村产权流转交易平台``, ``高品质创意文化基地`` for names, yet each says
what kind of platform a province builds, in words every report writes (GUIDE §3: generic unnamed
items are not annotated). ``proper_parts.lacks_proper_part`` is the test the resolver already
runs on Project guesses: every word of the guess a mined widespread term (written by most
provinces, ``widespread_terms.jsonl``), no division, code, number, quote or phase. Here it is
run on Platform guesses of the head-word finder, with these GUIDE exceptions:

- an official national designation keeps its scope word (GUIDE §2.5: ``国家…`` stays when it
  is part of the designation, ``国家绿色产业示范基地``), so a guess opening with 国家/全国 is
  left alone — but not a *level* (国家级, 省级: ``国家级科研平台`` is any platform of that level);
- a national *demonstration* designation keeps its level too (国家级文化产业示范园区 is the title
  GUIDE §3 types Platform like 国家绿色产业示范基地; branch platform17);
- exchanges are Platform by GUIDE §9 even when named in common words (地理标志交易运营中心), so a
  guess that names a trade (交易) is left alone.

- a park a place is granted keeps its level: ``瑞丽获批国家级产业协作园区`` is the designated park
  of 瑞丽 (GUIDE §9 Zones: 瑞丽国家级产业协作园区), so a guess right after a division and a verb
  (``granted``) is left alone. Two characters jieba tags as a numeral (全国|首个|省级…产业园) are
  no verb: an ordinal ranks the kind, as the counts of ``genericity`` do (branch platform19).

- everyday words the dictionary tags as a person's or an organization's name (智慧, 智能化, 国际化:
  ``mistagged_terms``, mined: four or more authors write them) count as widespread terms here, so
  ``食品安全智慧监管平台`` is a kind like ``经济运行监测平台`` (branch platform20).

- everyday abbreviations and set phrases the dictionary tags ``j``/``nz`` (环保, 医保, 社保, 国际贸易:
  ``mistagged_terms.abbreviation_terms``, mined: four or more authors write them) count as
  widespread terms only in a guess that does not end in a head GUIDE §3 names for designations
  (园/基地/中心: ``DESIGNATION_HEADS``). GUIDE §3's own generic example is a platform of everyday
  words (``协同创新转化平台``), while a base or centre of everyday words may be a designation it
  types Platform (``国家绿色产业示范基地``); on the readable reports the abbreviation reading
  dropped four generic service platforms (医保|大数据|平台, 绿色|环保|创新|平台) but also a designated
  base and a centre the gold names (branch platform23).

- a guess that opens with a *level* (国家级, 省级, 市级, 县级, 区级) and holds no part of its own
  besides (no division, code, number, quote mark, phase, or firm before its facility) names a
  kind of platform of that level, whatever its other words (platform26): ``支持有条件的地方创建
  国家级数据标注试点基地`` (round 13's readable gold leaves it untagged), ``支持创建国家级中小企业
  工业互联网服务平台``. The widespread-term test above let such guesses pass whenever one word was
  rarer (标注, 中小企业); the level already says that the guess is a rank of a kind (GUIDE §2.5:
  the level is no scope word of a designation), as ``国家级科研平台`` is any platform of that level.
  The exceptions above stay: a national demonstration designation (示范), an exchange, a park a
  place was granted.

- a guess that opens with the author's own zone written bare (自贸试验区, one per province and
  always the author's: GUIDE §9 Zones; 经开区/高新区 where the document ties the form to one zone,
  ``bare_zones.owns_zone``) and goes on with words of no part of their own names the zone and its
  role (充分发挥|自贸试验区|开放平台|引领作用, 更好发挥|自贸试验区|改革开放综合试验平台|作用: the
  zone *is* the platform the clause speaks of). The longest-first choice took the longer guess over
  the zone finder's bare form, so dropping it lost the zone (round 14's readable gold tags the
  zone); the guess is cut back to the zone instead (branch platform29).

- words three or more authors write, new words jieba cuts into single characters included
  (产|教, 智能|体, 创意, 唯一: ``shared_terms``, mined), count as widespread terms here too, so
  ``产教融合供需平台`` and ``智能体创新中心`` are kinds like ``经济运行监测平台`` (branch platform31):
  a name's own part is written by its one author.

- a guess that opens with an attributive derivation (区域性, 专业化: a stem and the suffix 性 or 化)
  and holds no part of its own names a kind of platform, an exchange included
  (``attributive_kinds``; branch platform33).

- a guess that opens with a magnitude rating (千亿级, 百亿级, 20亿级: a number of the closed class
  of numerals whose last character is a magnitude, and 级) and holds no part of its own besides
  rates a kind of park by its output, as a level rates one by its rank (``magnitude_kind``;
  platform34): ``打造千亿级产业园区``, ``打造亿级农产品加工产业园``. Over the readable reports
  (every gold passage blanked) no magnitude-rated phrase names one thing (20亿级重大项目,
  万亿级产业集群, 十亿级服务业企业), and the readable gold tags none (7个千亿级产业, 百亿级项目).
  The exceptions above stay (an exchange, a park a place was granted).

- a guess whose words are a field's own vocabulary, common words of jieba's dictionary that one
  or two reports write (二手车|出口|基地, 高铁|快运|基地), or a one-character adjective that rates
  the kind (全|渠道|平台), names a kind as much as one of widespread terms (``field_kinds``;
  platform37); the exceptions above stay.

Quoted guesses are left to the quote readers, list items and zones to their own readers.
"""

from __future__ import annotations

import re
import weakref

from extract.pipeline.attributive_kinds import attributive_kind
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.field_kinds import HeadWords, field_kind, named_elsewhere
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import segment
from extract.pipeline.list_items import phase_end
from extract.pipeline.mining import NATIONAL, dictionary, place_names
from extract.pipeline.mistagged_terms import abbreviation_terms, mistagged_terms
from extract.pipeline.proper_parts import (
    MARKED_RE,
    firm_and_facility,
    lacks_proper_part,
    place_part,
    with_extra,
)
from extract.pipeline.punctuation_edges import quoted
from extract.pipeline.shared_terms import shared_terms

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder
VERB = 2  # characters of the verb between a place and what it was granted (获批)
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
MAX_PLACE = 6  # the longest place name tried before the verb
GRANTED = "获批"  # GUIDE §9's own word for a designated park (瑞丽获批国家级产业协作园区)
LEVEL = "级"  # 国家级, 省级: a level, not a designation's scope (GUIDE §2.5)
# a level word at a guess's front: the national level or a rank of the gazetteer's divisions
# (province, city, county, district) before 级 — the closed class of administrative levels
LEVEL_RE = re.compile(r"(?:国家|[省市县区])级")
# a magnitude rating at a guess's front (千亿级, 百亿级, 亿级, 20亿级): an optional number, then
# magnitudes of the closed class of numerals, then 级 — the park's output class, no name's part
MAGNITUDE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九])?[十百千万亿]+级")
EXCHANGE = "交易"  # GUIDE §9: exchanges are Platform
# GUIDE §3 designations headed 园/基地/中心 (国家绿色产业示范基地): a national level before 示范 names
# the title a ministry confers (国家级…示范园区), not any park of that level (国家级科研平台)
DEMONSTRATION = "示范"
# jieba's numeral and measure tags: 首个, 首家, 首批 before a guess count it, they grant nothing
COUNT_TAGS = frozenset({"m", "mq", "q"})
# GUIDE §3 Platform: "designations whose head is 园/基地/中心" (国家绿色产业示范基地, everyday words)
DESIGNATION_HEADS = ("园", "基地", "中心")


def unnamed_platform(s: Chosen, text: str, grammar: Grammar, index: HeadWords | None = None) -> bool:
    """Is Platform ``s`` a head-word guess with no part of its own (module docstring)? ``index``
    is the document's ``field_kinds.HeadWords`` (built here when the caller has none)."""
    if s.label_ != "Platform" or s.id_ not in CHECKED_SOURCES or quoted(text, s.start_char, s.end_char):
        return False
    name = text[s.start_char : s.end_char]
    if attributive_kind(name):
        return True  # 区域性|…交易平台: a quality any platform may have (attributive_kinds)
    if EXCHANGE in name:
        return False
    if name.startswith(NATIONAL) and not name[2:].startswith(LEVEL):
        return False
    if name.startswith(NATIONAL) and DEMONSTRATION in name:
        return False  # 国家级…示范园区: a national demonstration designation (GUIDE §3, §2.5)
    if level_length(name) and not granted(text, s.start_char):
        return level_kind(name, grammar)  # 国家级…试点基地: a kind of that level (module docstring)
    if magnitude_length(name) and not granted(text, s.start_char):
        return magnitude_kind(name, grammar)  # 千亿级|产业园区: a kind of that output (module docstring)
    everyday = _everyday(grammar, designation=name.endswith(DESIGNATION_HEADS))
    terms = with_extra(grammar, everyday)
    unowned = lacks_proper_part(name, grammar, joined=True, extra=everyday) or (
        field_kind(name, grammar, terms)
        and not named_elsewhere(name, s.start_char, index or HeadWords(text, grammar), terms)
    )  # 二手车|出口|基地: a field's words the dictionary knows as common words (field_kinds)
    return unowned and not granted(text, s.start_char)


def level_length(name: str) -> int:
    """Characters of the level word ``name`` opens with (国家级 → 3, 省级 → 2), else 0."""
    m = LEVEL_RE.match(name)
    return m.end() if m is not None else 0


def magnitude_length(name: str) -> int:
    """Characters of the magnitude rating ``name`` opens with (千亿级 → 3, 20亿级 → 4), else 0."""
    m = MAGNITUDE_RE.match(name)
    return m.end() if m is not None else 0


def magnitude_kind(name: str, grammar: Grammar) -> bool:
    """Is ``name`` a magnitude rating before words with no part of their own (千亿级|产业园区)?
    The test of the words after it is ``level_kind``'s."""
    return _unowned_rest(name[magnitude_length(name) :], grammar)


def level_kind(name: str, grammar: Grammar) -> bool:
    """Is ``name`` a level word before words with no part of their own: no division, code,
    number, quote mark or phase, and no single word before a firm's facility head? (国家级|数据|
    标注|试点|基地 is; 国家级|江西省|…中心 and 省级|“…”基地 are not.)"""
    return _unowned_rest(name[level_length(name) :], grammar)


def _unowned_rest(rest: str, grammar: Grammar) -> bool:
    """Are the words after a guess's rating none of its own (``level_kind``)?"""
    if not rest or MARKED_RE.search(rest) or phase_end(rest) is not None:
        return False
    words = segment(rest)
    if any(place_part(w) for w in words):
        return False
    return not firm_and_facility(rest, words, grammar)


_everyday_sets: weakref.WeakKeyDictionary[Grammar, tuple[frozenset[str], frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _everyday(grammar: Grammar, designation: bool) -> frozenset[str]:
    """The further everyday words of the test: the mistagged terms (智慧, 国际化) and the shared
    terms (产教, 智能体, 创意: ``shared_terms``), and, unless the guess ends in a GUIDE designation
    head, the abbreviation terms (环保, 医保; module docstring). Built once per grammar, so that
    ``proper_parts``' cache of the widened terms is hit by the same frozenset objects."""
    found = _everyday_sets.get(grammar)
    if found is None:
        base = mistagged_terms(grammar) | shared_terms(grammar)
        found = _everyday_sets[grammar] = (base, base | abbreviation_terms(grammar))
    return found[0] if designation else found[1]


def granted(text: str, start: int) -> bool:
    """Does a division and a two-character verb stand right before ``start`` (瑞丽|获批|…), or
    获批 alone (the author was granted it)? The guess is then what the place was granted or built,
    named by the place (GUIDE §9)."""
    verb = text[max(0, start - VERB) : start]
    if verb == GRANTED:
        return True  # 获批|国家级产业协作园区: the author was granted it (GUIDE §9)
    if len(verb) < VERB or not HAN_RE.fullmatch(verb) or verb in place_names():
        return False  # 获批 is no word of the general dictionary: any two Han characters
    if dictionary().get(verb, (0, ""))[1] in COUNT_TAGS:
        return False  # 全国|首个|…: an ordinal ranks a kind, no place was granted it (platform19)
    before = text[max(0, start - VERB - MAX_PLACE) : start - VERB]
    places = place_names()
    return any(before[k:] in places for k in range(len(before) - 1))


def drop_unnamed_platforms(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Platform guesses that are ``unnamed_platform`` (run by the resolver
    after ``genericity.drop_generic``, beside ``proper_parts.drop_unnamed_works``); a dropped
    guess led by the author's own bare zone leaves that zone (``leading_zone``)."""
    out = []
    index = HeadWords(text, grammar)  # one per document, built on first use (field_kinds)
    for s in chosen:
        if not unnamed_platform(s, text, grammar, index):
            out.append(s)
        elif (zone := leading_zone(s, text)) is not None:
            out.append(zone)
    return out


def leading_zone(s: Chosen, text: str) -> Chosen | None:
    """The bare zone form ``s`` opens with, as the zone finder's Platform, when it is the author's
    own (module docstring: 自贸试验区 always, 经开区/高新区 where ``bare_zones.owns_zone``; a rated
    form, 国家级经开区, is a kind's rank, ``genericity.rated_kind``), else None."""
    from extract.linking import FREE_TRADE
    from extract.pipeline.bare_zones import ZONE_SOURCE, owns_zone
    from extract.pipeline.names import BARE_ZONE_RE  # names imports this module

    m = BARE_ZONE_RE.match(text, s.start_char, s.end_char)
    if m is None or m.end() == s.end_char or LEVEL_RE.match(m.group()):
        return None
    if m.group() not in FREE_TRADE and not owns_zone(s.doc, m.group()):
        return None
    return char_span(s.doc, m.start(), m.end(), label=s.label_, span_id=ZONE_SOURCE)
