"""Places that open the name of an event GUIDE types a Program (甲市第七届运动会, 甲地第19届亚运会).

GUIDE §3 types festivals and contests as Program (不夜重庆生活节, 成华—义渡科创赛) and the
provincial-2026 conventions add the games a province hosts; GUIDE §2.1 then leaves nothing inside
the name, so the place that opens such an event's name is no District of its own. (Meetings,
conferences and expos are no entities, and the places inside *their* names stay tagged: §2.1
`2024[重庆]跨境电商产业发展大会`; their kinds 大会, 博览会, 论坛 are no event kernel.)

The event reader (``hosted_events``) finds such names only as the object of a mined hosting verb
(举办, 办好); written after another verb (参加甲市第七届运动会) or as a subject, the event is not
found and the place before it stands alone. Here the words after the place decide, as the other
tail readers of ``embedded`` do: the run of name characters after the place, cut at the first
clause word, is an event's name when it closes on a GUIDE event kernel (``head_rules.jsonl``,
rule kind ``event_kernel``: 节, 赛, 季, 运动会, 运会; ``hosted_events._event_end``, which skips a
time word such as 春季) and goes on no further: an edition (第七届) may stand between, but a
name that runs on after the kernel (…节点城市, …赛|品牌) is not read as the event.

A contest is also named by its kind alone, the kernel 赛 left off: the Chongqing reports write
重庆国际马拉松 four times and 重庆国际马拉松赛 once, the provincial ones 天津马拉松 (readable gold types
it a Program). The kinds are no list: a word of jieba's dictionary that the dictionary also holds
with the contest kernel (马拉松|马拉松赛, 足球|足球赛; ``contest_kinds``), a noun or a name by its tag,
closing the name as the kernel would (甲市|马拉松等活动, 甲市|国际马拉松、…). A kind followed by more
name words (甲市|足球|产业) is a modifier of that name, not the contest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.pipeline.grammar import Grammar
from extract.pipeline.hosted_events import _event_end, _strip_leads, event_kernels
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary
from extract.pipeline.place_runs import clause_word, name_run

CONTEST_KERNEL = "赛"  # GUIDE §3 contests (成华—义渡科创赛): the head_rules.jsonl kernel that may be left off
KIND_TAGS = frozenset({"n", "nr", "nz"})  # a contest's kind is a noun or a name (马拉松: nr), no verb
# the dictionary must know the contest itself as a word in use (马拉松赛 11, 足球赛 127), not a
# rare coinage on an everyday noun (公路赛 7, 职业赛 3: 云南|公路 is the province's roads)
MIN_CONTEST_FREQ = 10
# and the contest must be a fair share of the word's own uses: an everyday word with a contest
# form among many others (个人 12,744 / 个人赛 25, 小组 3,116 / 96, 冠军 3,173 / 53) names no contest
# when a place stands before it (设立重庆工作小组), a sport the dictionary knows by its contest does
# (马拉松 80 / 11, 足球 2,042 / 127); the lead's review mend, 1 in 20
MIN_CONTEST_SHARE = 0.05


@lru_cache(maxsize=1)
def contest_kinds() -> frozenset[str]:
    """Words of two or more characters that jieba's dictionary also holds with the contest kernel
    after them (马拉松 and 马拉松赛, 足球 and 足球赛), tagged a noun or a name (module doc)."""
    tags = dictionary()
    contests = [w for w in tags if w[-1] == CONTEST_KERNEL and len(w) >= 3]
    return frozenset(
        w[:-1]
        for w in contests
        if tags[w][0] >= MIN_CONTEST_FREQ
        and tags.get(w[:-1], (0, ""))[1] in KIND_TAGS
        and tags[w][0] >= MIN_CONTEST_SHARE * tags[w[:-1]][0]
    )


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    """Any contest kind, longest first: the cheap test before segmenting a run."""
    kinds = sorted(contest_kinds(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, kinds)) if kinds else r"(?!)")


def _closes_on_kind(tokens: list[str], kernels: tuple[str, ...]) -> bool:
    """Is the last token a contest kind with its kernel left off (甲市|国际|马拉松; module doc)?"""
    return CONTEST_KERNEL in kernels and bool(tokens) and tokens[-1] in contest_kinds()


def opens_event_name(text: str, end: int, grammar: Grammar) -> bool:
    """Do the words after the place ending at ``end`` close on an event kernel (module doc)?"""
    run = name_run(text, end)
    kernels = event_kernels(grammar.lexicon)
    if not run or not (any(k in run for k in kernels) or _kind_re().search(run)):
        return False  # no kernel or kind at all in what follows (the common case): nothing to segment
    # an edition or year between the place and the event's words (甲市|第七届|运动会, GUIDE §2.5)
    lead = _strip_leads(text, end, end + len(run)) - end
    tokens: list[str] = []
    for word in _segment(run[lead:]) if lead < len(run) else ():
        if clause_word(word, grammar):
            break
        tokens.append(word)
    taken = _event_end(tokens, kernels)
    # the kernel must close the name: what follows is a clause word or no name character at all
    return (taken > 0 and taken == len(tokens)) or _closes_on_kind(tokens, kernels)


__all__ = ["opens_event_name"]
