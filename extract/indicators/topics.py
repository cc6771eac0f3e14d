"""The topic a bare measure inherits from the figure before it in the same sentence.

Reports state one thing's figures in a row and name the thing once: ``高交会促成1023项…签约，
成交额超1700亿元``, ``消费品以旧换新带动相关商品销售超800亿元、惠及消费者750余万人次``.
The second figure's words (成交额, 惠及消费者) are a measure of nothing in particular; the
indicator is the topic's (高交会成交额,
消费品以旧换新惠及消费者). A measure is *bare* when it is short, all Han characters (no letters,
digits or quotes that would name a thing) and no statistic of its own (地区生产总值); the topic is
the earlier name up to its verb (高交会|促成).
An earlier name without a verb inside is a sibling measure (交通基础设施投资…，水利投资…; 粮食总产…、
单产…): nothing is inherited then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from extract.indicators.deferred import dictionary_fn, segment_fn, status_lexicon_fn
from extract.indicators.names import STANDARD_NAMES
from extract.records import Mention

_NOMINAL = frozenset("nljq")  # dictionary tags of nouns, idioms, abbreviations, measure words


def _is_nominal(tag: str) -> bool:
    return tag[:1] in _NOMINAL or tag == "vn"  # 完成|投资: a verbal noun is an object too


MAX_BARE = 5  # characters: 完成投资, 总投资额, 惠及消费者; longer phrases name their own thing
_COUNT_TAIL = ("数量", "数")
_VERB_TAGS = frozenset({"v"})


def is_bare_measure(name: str) -> bool:
    return (
        2 <= len(name) <= MAX_BARE
        and name not in STANDARD_NAMES
        and all("\u4e00" <= c <= "\u9fff" for c in name)  # letters, digits, quotes: a name of its own
    )


def topic_of(name: str, acts: bool = True) -> str:
    """高交会促成供需对接项目数 -> 高交会; "" when the name has no verb after its first word.

    ``acts=False``: a name that opens with its own act (发放|就业|创业补贴) has no topic, but a mined
    modifier (累计) does open one. The bare measure after a figure asks so (发放…补贴13亿元，新增
    就业…: 发放 is no topic of 新增就业; 新增…主体13.9万户、带动就地就业…): a verb that goes on to
    the next object is the shared-verb rule's (``prose._with_shared_verb``), not a topic."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    for tail in _COUNT_TAIL:
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    tags = dictionary()
    words = list(_segment(name))
    if not acts and words and tags.get(words[0], (0, ""))[1] in _VERB_TAGS and not _modifier(words[0]):
        return ""  # 发放|就业|创业补贴: a name that opens with the act has no topic before a verb
    pos = len(words[0]) if words else 0
    for k, w in enumerate(words[1:], 1):
        if len(w) >= 2 and tags.get(w, (0, ""))[1] in _VERB_TAGS:
            # the verb has an object with a noun (促成|…项目, 发车|车次), unlike a statistic's
            # last words (一般公共|预算|收入: tagged verbs both, no topic + verb)
            nominal = any(_is_nominal(tags.get(o, (0, ""))[1]) for o in words[k + 1 :])
            return name[:pos] if pos >= 2 and nominal else ""
        pos += len(w)
    return ""  # no topic + verb: a sibling measure (交通投资、水利投资), not the same thing's


def _modifier(word: str) -> bool:
    """A mined modifier of stage verbs (``status_modifiers.jsonl``: 累计, 持续): it opens a name
    before the act and goes on to the next figure of the clause (累计发送旅客…、运输货物…), while a
    verb with an object (发放…补贴) names its own act only."""
    status_lexicon = status_lexicon_fn()

    return word in status_lexicon().mined_modifiers


# dictionary tags of the words that open a count's name before its things: verbs (实施, 累计),
# pronouns and determiners (各类, 每年), adverbs
_BEFORE_THE_THINGS = frozenset({"v", "r", "d"})
_PREPOSITION_TAG = "p"


def counted_topic(count_name: str, tail: str) -> str:
    """The things a count counted, as the topic of the bare measure after it: ``实施省大中型项目
    5296个，年度完成投资1.1万亿元`` invests in those projects (省大中型项目年度完成投资), ``举办各类
    促消费活动40余场次，投入资金600万元`` spends on those events (促消费活动投入资金). GUIDE §7/§9
    name a figure by the thing it measures, and the count just named that thing. ``count_name`` is
    the count's indicator name, ``tail`` its count suffix (数, 场次); the action verb that opens it
    and determiners (各类) are dropped: the investment is the projects', not the act of
    implementing them. "" when what is left is no noun phrase of two characters or more."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if not tail or not count_name.endswith(tail):
        return ""
    words = list(_segment(count_name[: -len(tail)]))
    tags = dictionary()
    # 累计|实施|省大中型项目, 每年|实施|…, 举办|各类|…: the act, its adverbs and determiners are no
    # part of the things counted (a verbal noun stays: 设备|更新|项目)
    while len(words) > 1 and tags.get(words[0], (0, ""))[1] in _BEFORE_THE_THINGS and len(words[0]) >= 2:
        words = words[1:]  # a one-character verb is a name's own word (促|消费|活动)
    word_tags = [tags.get(w, (0, ""))[1] for w in words]
    if not words or not _is_nominal(word_tags[-1]) or _PREPOSITION_TAG in word_tags:
        return ""  # …项目在山区库区落地: a place phrase, not a name of things
    topic = "".join(words)
    return topic if len(topic) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in topic) else ""


# entity types whose figures are named by the entity (GUIDE §9: a service or line's figures take the
# author as subject and name the service, 中老铁路累计发送旅客); a District, Platform, Area or
# Organization that opens a clause is the figures' *subject* instead (prose._split_subject)
TOPIC_TYPES = frozenset({"Program", "Project", "Policy"})
# what may stand before the topic in its clause (the lead words prose._SUBJECT_LEAD reads)
_TOPIC_LEAD = ("其中", "同时", "此外")
# after the topic its predicate follows; a list (、 等 和 与 及), a possessive (的) or a quote
# means the clause is about several things or the name goes on
_NOT_PREDICATE = "、等和与及的“”\"'（(《"


def clause_topic(
    text: str,
    cstart: int,
    by_start: Mapping[int, Mention],
    has_figure: Callable[[int, int], bool],
    acted_on: bool = False,
) -> str:
    """The named thing the clause before ``cstart`` talks about, for a figure whose name opens with
    an action and names no thing of its own (中老铁路发展远超预期，累计发送旅客超6400万人次: the
    riders are 中老铁路's; 某营养改善计划提质扩面，新增受益学生25万人). GUIDE §9 names such a
    figure by the service, line or programme. An enterprise's clause is left out
    (某公司转型退出，新增…: the author's next act), and so is one that reports a stage
    (:func:`_reports_a_stage`). The clause before is joined by a comma in the same sentence,
    holds no figure (``has_figure(start, end)``: else its figure's name is the topic,
    :func:`topic_of`), and opens with a mention of :data:`TOPIC_TYPES` followed by its
    predicate. ``acted_on``: the figure is a bare measure (落实资金, 带动商品销售: :func:`is_bare_measure`),
    so a clause whose opening act is done to the programme (``推进以旧换新扩围提质``,
    :func:`_opening_act`) lends it too; a count names its own things (争取某线纳入规划，力促…等8个项目
    完工: the projects are not the line's). "" when there is none."""
    if cstart < 2 or text[cstart - 1] not in "，,":
        return ""
    start = cstart - 1
    while start > 0 and text[start - 1] not in "，,；;。！？!?：:\n":
        start -= 1
    if has_figure(start, cstart):
        return ""
    at = start
    while at < cstart and text[at] in " \t、":
        at += 1
    for lead in _TOPIC_LEAD:
        if text.startswith(lead, at):
            at += len(lead)
            break
    m = by_start.get(at)
    if m is None and acted_on:
        at = at + len(_opening_act(text[at:cstart]))  # 推进|以旧换新扩围提质: the act's object
        m = by_start.get(at) if at < cstart else None
    if m is None or m.type not in TOPIC_TYPES:
        return ""
    end = at + (m.end - m.start)
    after = text[end : end + 1]
    if end >= cstart - 1 or not after or after in _NOT_PREDICATE or not "\u4e00" <= after <= "\u9fff":
        return ""
    if _reports_a_stage(text[end : cstart - 1]):
        return ""  # 某三期投产，引进5个项目: the clause closed the project's news; the author acts next
    return text[at:end]


def _opening_act(clause: str) -> str:
    """The verb that opens ``clause`` (jieba's dictionary tag v, two characters or more), or "".

    A clause whose act is done *to* a named programme and goes on with the programme's own
    predicate (``推进以旧换新扩围提质``) talks about that programme as much as one the programme opens
    (``以旧换新扩围提质``): the bare measures after it (落实资金, 带动商品销售) are the programme's
    (GUIDE §9: a figure about a service or programme names it; the readable gold writes
    ``以旧换新落实资金``, ``以旧换新带动商品销售额``)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    words = _segment(clause) if clause else ()
    first = words[0] if words else ""
    return first if len(first) >= 2 and dictionary().get(first, (0, ""))[1] in _VERB_TAGS else ""


def acted_on_topic(name_start: int, name: str, by_start: Mapping[int, Mention]) -> str:
    """``落实消费品以旧换新补贴资金``: the named programme (:data:`TOPIC_TYPES`) a figure's name is
    about, written after the one word that opens the name (its act, whatever jieba tags it: 落实 is
    an adjective there) and followed by words of its own; "" otherwise. The bare measure after that
    figure in the same clause (``、带动消费…``) is the programme's, as :func:`clause_topic` gives a
    programme's clause its bare measures (GUIDE §9; the readable gold: ``消费品以旧换新带动消费``).
    ``name_start``: the name's offset in the text ``by_start`` is keyed by."""
    _segment = segment_fn()

    words = _segment(name) if name else ()
    act = words[0] if len(words) > 1 else ""
    m = by_start.get(name_start + len(act)) if len(act) >= 2 else None
    if m is None or m.type not in TOPIC_TYPES:
        return ""
    end = len(act) + (m.end - m.start)
    return name[len(act) : end] if end < len(name) else ""


def _reports_a_stage(predicate: str) -> bool:
    """Does the topic's predicate hold a mined status phrase (``status_phrases.jsonl``: 投产, 开工建设,
    基本完工, 加快建设)? Such a clause reports the project's stage, and the clause after it is a
    statement of its own (某小镇开工建设，评定星级民宿11家: the author's), read over all unannotated
    reports: the figure after an ongoing predicate (深入实施, 提质扩面, 纳入…库) was the topic's, the
    one after a stage was not."""
    status_lexicon = status_lexicon_fn()

    return status_lexicon().phrase_re.search(predicate) is not None


__all__ = ["TOPIC_TYPES", "acted_on_topic", "clause_topic", "counted_topic", "is_bare_measure", "topic_of"]
