"""A government's own centre guessed as a Platform: 区|疾控中心, 南岸区|融媒体中心 are bodies.

The name grammar types every name ending in the GUIDE kernel 中心 as a Platform (GUIDE §3:
designations whose head is 园/基地/中心, places where firms gather). A 中心 written with a level of
administrative division right before it — the bare level of the author's own government (区, 市,
县, 省: the admin_division closed class, ``public_bodies.LEVELS``) or a division named with its
level (南岸区, 重庆市) — is a public institution of that government: a disease-control centre, a
community health centre, a welfare or media centre, a governance centre. GUIDE §3 types
government bodies, institutes and hospitals as Organization, and the dev gold reads the same
frame that way (`区中医院` → 大渡口区中医院). A park, base or exchange of a government is still
named by its own kernel (…产业园, …基地, …交易中心: ``head_kernels.jsonl``), so only names whose
longest kernel is the bare 中心 are retyped; a place without its level (南坪|国际会展中心) is a
location, not a government, and leaves the Platform alone. In a clause that builds it
(加快建设区…中心) the centre is the building, a Project (GUIDE §3), as ``hubs`` reads a hub —
unless a level stands right before the name (建成|国家级|江西省知识产权保护中心, platform26): the clause
then reports the level the body reached, a designation, not a building (``opened_facilities`` reads
建成|国家级…中心 the same way), and round 13's readable gold types that centre Organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.public_bodies import LEVELS
from extract.pipeline.unnamed_platforms import LEVEL_RE
from extract.regions import lookup

CENTRE = "中心"  # the bare GUIDE §3 kernel (园/基地/中心) that public institutions share
OPENING = 8  # characters segmented to find the opening words
MAX_DIVISION = 6  # characters of a division name with its level (南岸区, 西双版纳州)
RETYPED_FROM = "Platform"
KEPT_SOURCES = frozenset({"table", "title"})
RENOVATION = "改造"  # works on a building (the name_qualifier closed class: 改造/扩建/改扩建 works)


def opens_with_level(name: str) -> bool:
    """Does ``name`` open with a division level as a word of its own (区|精卫中心, not 区域…中心 or
    市场…中心) or with a division named with its level (南岸区|…, 重庆市|…)?"""

    words = _segment(name[:OPENING])
    if name[0] in LEVELS and words[0] == name[0]:
        return True
    ends, pos = set(), 0
    for word in words:
        pos += len(word)
        ends.add(pos)  # the division must end a word of jieba's reading (重庆|市场… is no 重庆市)
    for cut in range(min(MAX_DIVISION, len(name) - len(CENTRE) - 1), 1, -1):
        if name[cut - 1] in LEVELS and cut in ends and lookup(name[:cut]) is not None:
            return True
    return False


def public_centre(name: str, grammar: Grammar) -> bool:
    """A name whose longest GUIDE kernel is 中心, with a body of its own after a level's opening."""
    if len(name) <= len(CENTRE) + 1 or not name.endswith(CENTRE):
        return False  # the common case: no 中心 at the end (and no import statement run for it)
    from extract.pipeline.genericity import _kernel_of

    if _kernel_of(name, grammar) != CENTRE:
        return False  # 交易中心, 航运中心, 集结中心: exchanges and hubs are Platforms (GUIDE §3, §9)
    body = name[: -len(CENTRE)]
    if any(k in body for k in _longer_kernels(grammar)):
        return False  # …交易中心大渡口分中心: a branch of an exchange is the exchange's (GUIDE §9)
    return opens_with_level(name)


def _longer_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The GUIDE Platform kernels that end in 中心 and say more (交易中心, 航运中心, 集结中心)."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return tuple(
        k["head"]
        for k in rows
        if k["type"] == RETYPED_FROM and k["head"].endswith(CENTRE) and k["head"] != CENTRE
    )


def built_here(text: str, start: int, end: int) -> bool:
    """Is the centre built in its clause (加快建设区…中心, 建成…中心)? Then the text speaks of the
    building, a construction item (GUIDE §3 Project: infrastructure, buildings), as ``hubs`` reads
    an airport being built; the construction words are that module's, and a renovation
    (改造提升…中心, …中心改造升级) is works on the building too."""
    from extract.pipeline.hubs import CONSTRUCTION_RE, _clause

    lo, hi = _clause(text, start, end)
    rest = text[lo:start] + " " + text[end:hi]
    return CONSTRUCTION_RE.search(rest) is not None or RENOVATION in rest


def level_before(text: str, start: int) -> bool:
    """Does a level word (国家级, 省级: ``unnamed_platforms.LEVEL_RE``) end right at ``start``?"""
    return any(LEVEL_RE.fullmatch(text, start - k, start) for k in (2, 3) if start >= k)


def retype_public_centres(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Platform guesses that are a government's own centre, typed Organization, or Project in a
    clause that builds it (``built_here``)."""
    out = []
    for s in chosen:
        if (
            s.label_ == RETYPED_FROM
            and s.id_ not in KEPT_SOURCES
            and public_centre(text[s.start_char : s.end_char], grammar)
        ):
            built = built_here(text, s.start_char, s.end_char) and not level_before(text, s.start_char)
            label = "Project" if built else "Organization"
            s = retyped(s, label)
        out.append(s)
    return out
