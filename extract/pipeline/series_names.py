"""A series of bodies or parks is no one of them: 燕赵系列实验室 names a set (GUIDE §3).

GUIDE §3 tags one named institution, park or works; collective names of a group are left untagged
(`两群`, the `“2+3+N”园区` of the provincial conventions), as are counts of a kind
(`29家全国重点实验室`). 系列 is a measure word of sets (一系列, 系列活动: Chinese grammars list it with
the collective measure words 批, 套, 组), so `X系列实验室` is the laboratories of a brand, several
bodies under one label, just as `一批实验室` is several: a guess of an institution, park, works or
firm type whose name holds 系列 before its head is a set, not a name. Programmes keep it
(`改革创新系列行动` is one named campaign of several actions: GUIDE §3 named actions), so the
test is asked only of the types the genericity veto reads.
"""

from __future__ import annotations

SERIES = "系列"  # the collective measure word of a set (closed class: measure words)
SERIES_TYPES = frozenset({"Organization", "Platform", "Project", "Enterprise"})


def names_a_series(name: str, label: str) -> bool:
    """Does the guess of type ``label`` put 系列 before a head (燕赵系列实验室)?"""
    if label not in SERIES_TYPES:
        return False
    at = name.find(SERIES)
    return at > 0 and at + len(SERIES) < len(name)
