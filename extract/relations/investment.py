"""Investment figures attached to the project or project list they belong to.

``总投资约1074.32亿元`` (total), ``年度计划投资…`` (annual plan), ``完成投资…`` (annual
actual; ``累计完成投资`` cumulative). The figure belongs to the projects named in front of it
in the same sentence; with none, to the list the sentence labels (``市级重点项目``), kept as
``label`` so the figure is not pinned on a project it does not describe.
"""

from __future__ import annotations

import re

from extract.indicators.numbers import find_figures
from extract.records import Investment
from extract.relations.common import Sentence
from extract.relations.rules import sentence_rule

_KIND = re.compile(
    r"(?P<cum>累计完成投资|累计投资)|(?P<total>计划总投资|总投资)|(?P<plan>年度计划投资|年度投资计划|计划投资)|(?P<actual>完成投资|完成年度投资)"
)


def _shared_part(words: list[str]) -> str:
    """The longest string every one of ``words`` holds (the first of them on a tie)."""
    w = min(words, key=len)
    for n in range(len(w), 0, -1):
        for i in range(len(w) - n + 1):
            if all(w[i : i + n] in other for other in words):
                return w[i : i + n]
    return ""


# the word every figure kind of _KIND holds: a sentence without it has no investment figure
_INVEST = _shared_part(re.sub(r"\(\?P<\w+>|\)", "", _KIND.pattern).split("|"))
_LABEL = re.compile(r"([^，,；;。、\d]{0,16}(?:重点项目|重大项目|项目))[^，,；;。]{0,6}$")
_LABEL_LEAD = re.compile(r"^(?:[个项批年]|创新|发布|推动|实施|全区|全市|全省|首批|累计|签约)+")


@sentence_rule(order=70, without_mentions=True, cue=_INVEST)  # its first test
def find_investments(s: Sentence) -> list[Investment]:
    text = s.doc.text
    out: list[Investment] = []
    if text.find(_INVEST, s.start, s.end) < 0:
        return out  # every figure kind names investment (_KIND): most sentences have none
    for k in _KIND.finditer(text, s.start, s.end):
        figs = [f for f in find_figures(text[k.end() : min(s.end, k.end() + 16)]) if "元" in f.unit]
        if not figs or figs[0].start > 3:
            continue
        f = figs[0]
        scope = next(n for n in ("cum", "total", "plan", "actual") if k.group(n))
        scope = {"cum": "cumulative", "total": "total", "plan": "annual_plan", "actual": "annual_actual"}[
            scope
        ]
        if scope == "annual_actual" and s.period.phase == "planned":
            scope = "annual_plan"  # 完成投资100亿元 in next year's plan is a target
        a, _ = s.clause_of(k.start())
        projects = [
            m
            for m in s.mentions
            if m.type in ("Project", "Platform") and s.start <= m.start and m.end <= k.start()
        ]
        # the projects of this clause; else the list the clause names (市级重点项目); else, for a
        # bare ``总投资…`` clause, the projects listed just before it in the sentence
        chosen = [m for m in projects if m.start >= a]
        label = ""
        if not chosen:
            lm = _LABEL.search(text[a : k.start()])
            if lm is not None:
                label = _LABEL_LEAD.sub("", lm.group(1))
            elif len(text[a : k.start()].strip()) <= 4 and projects:
                chosen = projects[-3:]
            else:
                continue
        out.append(
            Investment(
                doc=s.doc.doc_id,
                subjects=tuple(m.canonical for m in chosen),
                subject_ids=tuple(m.entity_id for m in chosen),
                amount=f.value,
                unit=f.unit,
                scope=scope,
                year=s.period.year,
                start=s.start,
                end=s.end,
                label=label,
                path=s.path,
            )
        )
    return out
