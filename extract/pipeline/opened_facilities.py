"""Parks, bases and centres reported as completed or put into use are Projects (branch precision13).

The head-word finder types a name by its head, so every …园, …基地, …中心 is a Platform. GUIDE §3
makes the sentence decide when a name is also a construction item (重庆生命科技城 is a Platform in
one passage and a Project in another), and the provincial-2026 conventions type buildings reported
as built or opened as Projects (museums, schools, stations; ``玉树河湟中学``). The readable gold
does so for parks and centres: ``完工投用[中元汇吉生物科技园]`` (dev),
``建成[广州南沙大湾区文化体育中心]、深圳湾文化广场、[湛江文化中心]等重大文化设施`` (fresh2) are
Projects. ``grammar.build_words`` already retypes a Platform right after a stage verb of a build
started or going on (开工建设|X); this module adds the *completed* stage: a stage verb of the class
``completed`` in ``status_kernels.jsonl`` that names the stage alone (建成, 投用, 竣工, 投运 …) or a
mined status phrase it opens (建成投用, 完工投用: ``status_phrases.jsonl``), standing

- right before the name (``建成投用|新皇岗口岸``), or
- at the head of the clause whose list the name continues (``建成|A、B、|C``: only list marks
  between the items), since a list shares its verb; or
- after the name or the list it belongs to, past the later items and a label after 等
  (``A、|B、C等重大基础设施|投运``, ``…园|建成投用``), unless the label names platforms
  (``等一批重大科创平台建成运营``).

Four readings of the same frame stay Platform, each from a GUIDE rule:

- a development or bonded zone (GUIDE §3 Platform: 自贸试验区, 经开区/高新区/新区, 综保区): a zone
  "completed" is established, not built (``建成…综合保税区``); the zone designations are the
  closed class ``zone_designation``;

- a national designation achieved (``建成|国家优质棉花棉纱基地``, ``建成|国家级…中心``): GUIDE
  §2.5 keeps 国家… as part of an official designation, and a designation is no building;
- an exchange (GUIDE §9: exchanges are Platform, ``建成全国首家地理标志交易运营中心`` in the
  dev-provincial gold): ``unnamed_platforms.EXCHANGE``;
- a platform (GUIDE §3: public service or innovation platforms; ``建成投用重庆市麦制品产业集群
  公共服务平台`` is a Platform in the dev gold): a service, not a building.
"""

from __future__ import annotations

import functools
import re
import weakref

from extract.pipeline import grammar as g
from extract.pipeline.mining import NATIONAL
from extract.pipeline.rated_bodies import rated_body
from extract.pipeline.unnamed_platforms import EXCHANGE

COMPLETED = "completed"  # the status class of pkg:projectStatusScheme for a finished build
SERVICE_HEAD = "平台"  # GUIDE §3 Platform: public service or innovation platforms
# GUIDE §3 Organization names hospitals among institutions; a hospital reported as completed or
# opened (甲乙医院开诊, 建成丙丁医院) is the building, a Project by the provincial-2026 conventions
# (buildings reported as built or opened; the readable gold's hospital campuses that 开诊)
HOSPITAL = "医院"
# a hospital name that runs straight on into another hospital's name (甲大学附属医院乙医院) is a part of
# a longer institution name, not the building: the longer name is read whole first
_LONGER_HOSPITAL_RE = re.compile(r"[\u4e00-\u9fff]{1,10}" + HOSPITAL)
ORGANIZATION = "Organization"
# GUIDE §3 Platform zones by their designation's last word: 经济技术开发区, 自由贸易试验区,
# 综合保税区, 综保区, 经开区, 高新区, 新区
ZONES = ("开发区", "试验区", "保税区", "综保区", "经开区", "高新区", "新区")
LIST_MARKS = "、"
CLAUSE_MARKS = "，。；：！？,;:\n"
CLAUSE_REACH = 80  # characters looked back for the clause that opens the list
LABEL = 10  # characters of the label after 等 (重大基础设施, 一大批文化地标)
ITEM = 30  # characters of one later item of the list
# later items read after the name: each guess of a list is tested, so an unbounded scan of the
# rest of the list made a list of k parks cost k**2 (review9); the reports' longest is 4
MAX_LATER_ITEMS = 16
# a two-character word closing the clause after the completion word is its complement (投产增效,
# 建成开放), as the status reader keeps it (GUIDE §5, §9: the status verbatim; branch relation15)
COMPLEMENT = 2

_WORDS: weakref.WeakKeyDictionary[g.Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def completion_words(grammar: g.Grammar) -> tuple[str, ...]:
    """Stage verbs of a completed build that name the stage alone, and the mined status phrases
    they open; longest first."""
    words = _WORDS.get(grammar)
    if words is None:
        kernels = grammar.lexicon.get("status_kernels.jsonl", ())
        verbs = {k["verb"] for k in kernels if k["alone"] and k["status"] == COMPLETED}
        found = set(verbs)
        phrases = grammar.lexicon.get("status_phrases.jsonl", ())
        found.update(e["phrase"] for e in phrases if e["verb"] in verbs)
        words = _WORDS[grammar] = tuple(sorted(found, key=lambda w: (-len(w), w)))
    return words


@functools.lru_cache(maxsize=8)
def _after_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Later items of a list (、…), a label after 等, then a completion word that ends the clause
    (建成投用，), perhaps with a two-character complement (投运增效，: group 2, judged by
    ``status.is_complement``): a completion word with an object after it (X建成Y) reports what
    X built."""
    alternation = "|".join(map(re.escape, words)) or "(?!)"
    stop = "，。；：、,;:\\n"
    ends = "，。；！？,;\\n"
    return re.compile(
        rf"((?:、[^{stop}]{{1,{ITEM}}}){{0,{MAX_LATER_ITEMS}}}(?:等[^{stop}]{{0,{LABEL}}}?)?)(?:{alternation})"
        rf"([\u4e00-\u9fff]{{{COMPLEMENT}}})?(?=[{ends}]|$)"
    )


def _list_verb_start(text: str, start: int) -> int:
    """Start of the clause whose list the name at ``start`` continues (A、B、|name), or -1 when
    the name is not a later item of a list."""
    if start == 0 or text[start - 1] not in LIST_MARKS:
        return -1
    lo = max(0, start - CLAUSE_REACH)
    mark = max(text.rfind(c, lo, start) for c in CLAUSE_MARKS)
    if mark < 0:
        return 0 if lo == 0 else -1  # the text opens the clause; else no clause start within reach
    return mark + 1


def opened_hospital(text: str, start: int, name: str, grammar: g.Grammar) -> bool:
    """Is the Organization guess ``name`` at ``start`` a hospital reported as completed or opened
    (``HOSPITAL``)? Other institutions (universities, laboratories, institutes) stay bodies: the
    conventions name buildings, and GUIDE §3 types laboratories and institutes as institutions.
    A hospital opening with a grade (建成“二甲”中医院: rated a grade-2A hospital) names a class of
    bodies it was rated into, no building (``rated_bodies``): it stays the Organization guess that
    ``genericity`` drops."""
    if rated_body(name, ORGANIZATION):
        return False
    if not name.endswith(HOSPITAL) or _LONGER_HOSPITAL_RE.match(text, start + len(name)):
        return False
    return reported_opened(text, start, name, grammar)


def reported_opened(text: str, start: int, name: str, grammar: g.Grammar) -> bool:
    """Is the Platform guess ``name`` at ``start`` reported as completed or put into use, and
    neither a zone, a national designation, an exchange nor a platform (module docstring)?"""
    if name.startswith(NATIONAL) or EXCHANGE in name or name.endswith((SERVICE_HEAD, *ZONES)):
        return False
    words = completion_words(grammar)
    # right before the name: a window as long as the longest word (words[0]), so a mined phrase
    # of any length is read (a fixed four characters missed longer ones)
    if words and text.endswith(words, max(0, start - len(words[0])), start):
        return True
    clause = _list_verb_start(text, start)
    if clause >= 0 and text.startswith(words, clause):
        return True
    after = _after_re(words).match(text, start + len(name))
    if after is None or SERVICE_HEAD in after.group(1):
        return False
    if after.group(2) is None:
        return True
    # deferred: extract.relations.status imports the pipeline package, which imports this module
    from extract.relations.status import is_complement

    return is_complement(after.group(2))
