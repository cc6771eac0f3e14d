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
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.hosted_events import _event_end, _strip_leads, event_kernels
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_runs import clause_word, name_run


def opens_event_name(text: str, end: int, grammar: Grammar) -> bool:
    """Do the words after the place ending at ``end`` close on an event kernel (module doc)?"""
    run = name_run(text, end)
    kernels = event_kernels(grammar.lexicon)
    if not run or not any(k in run for k in kernels):
        return False  # no kernel at all in what follows (the common case): nothing to segment
    # an edition or year between the place and the event's words (甲市|第七届|运动会, GUIDE §2.5)
    lead = _strip_leads(text, end, end + len(run)) - end
    tokens: list[str] = []
    for word in _segment(run[lead:]) if lead < len(run) else ():
        if clause_word(word, grammar):
            break
        tokens.append(word)
    taken = _event_end(tokens, kernels)
    # the kernel must close the name: what follows is a clause word or no name character at all
    return taken > 0 and taken == len(tokens)


__all__ = ["opens_event_name"]
