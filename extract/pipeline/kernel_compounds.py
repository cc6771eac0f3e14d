"""Facility words closed by a one-character Project kernel, mined as heads (issue 12, Project misses).

GUIDE §3 types construction items as Project and ``head_kernels.jsonl`` names the one-character
kernels of such items (厂, 矿, 站, 仓, 桥). A one-character kernel alone is too ambiguous to be a
head (厂房, 矿产, 站位), so it closes a name only right after a gazetteer division
(``names._place_kernels``), and the head miner (``mining.mine_heads``) admits a longer word
ending in it only when that word recurs in the unannotated reports with varied modifiers. A
facility is named once or twice in a report, so a kind of facility the blanked reports never
write (电厂, 铅锌矿, 铜矿) is no head, and its names were missed whole: ``启动|杨柳青电厂``,
``火烧云铅锌矿|加快建设`` (the place before the kind was then read as a District).

The class here is the *kernel compound*: a word of jieba's general dictionary, tagged as a
noun, that is a noun followed by the kernel (电|厂, 铅锌|矿, 泵|站 is not: 泵 is no noun word;
水电|站, 粮|仓): the kernel heads the compound and the noun before it says what the facility
makes or holds. Verb-object words (建|厂, 选|矿, 进|站) and activity points (服务|站, 工作|站:
a verbal noun before the kernel) are no such compound. Whether a kernel builds facilities at all
is read off the reports, not assumed: its compounds must stand in a construction clause (a
clause holding a stage verb of ``status_kernels.jsonl``: 建设, 开工, 投产 …) in at least
``MIN_DOCS`` reports. A compound the reports write themselves is judged by its own use: under
``MIN_BUILT_SHARE`` of its clauses constructions, it names a thing used, not built (网站 of
门户网站, 公交站 in the reports), and is left out with the compounds ending in it (官方网站), as
is one they write more often inside a longer word than closing one (航站 of 航站楼); a compound
they never write takes the kernel's evidence, where a longer head (GUIDE or mined) already
attests the kernel's family (水厂, 电站, 煤矿: 电厂 and 铅锌矿 take it). A kernel with no such head
(楼, a building) vouches only for the compounds the reports write (办公楼, 航站楼): the
dictionary's others (栝楼, a plant; 蜃楼, a mirage; 烂尾楼, a stalled building to clear) were
never seen built, and ``全面处置临沂市烂尾楼`` is no works. Each row keeps its counts: the kernel's
(clauses, construction clauses) and the compound's own (seen, in constructions, its dictionary
frequency); ``docs`` is the number of reports with the kernel's compounds in a construction
clause.

The rows join ``heads.jsonl`` (frame ``kernel_compound``), so run time is unchanged: the name
grammar joins the modifier to the head as for any mined head (杨柳青|电厂, 火烧云|铅锌矿).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from extract.pipeline.mining import CLAUSE_BOUNDARY

FRAME = "kernel_compound"
MIN_DOCS = 3  # reports, as for every mined head (mining.Settings.head_min_docs)
MIN_SEEN = 1  # a compound the reports write at all is judged by its own use there
MIN_BUILT_SHARE = 0.5  # of a seen compound's clauses that must be constructions
PROJECT = "Project"  # the type of the kernels mined here (GUIDE §3 construction items)
NOUN_TAG = "n"  # jieba's tag of a common noun: both the compound and the word before the kernel


def compounds(kernel: str, words: dict[str, tuple[int, str]]) -> list[str]:
    """The dictionary's noun compounds of a noun and ``kernel`` (电厂, 铅锌矿), sorted."""
    return sorted(
        w
        for w, (_, tag) in words.items()
        if len(w) >= 2 and w[-1] == kernel and tag == NOUN_TAG and words.get(w[:-1], (0, ""))[1] == NOUN_TAG
    )


def is_compound(word: str, words: dict[str, tuple[int, str]]) -> bool:
    """Is ``word`` a noun compound of the dictionary of a noun and a one-character last
    character (烂尾|楼, 电|厂): the words ``compounds`` offers the miner for a kernel? Where such a
    word is no mined head at run time, the miner judged it and left it out (``place_led_names``)."""
    tag = words.get(word, (0, ""))[1]
    return len(word) >= 2 and tag == NOUN_TAG and words.get(word[:-1], (0, ""))[1] == NOUN_TAG


def left_out(word: str, kernels: dict[str, str], words: dict[str, tuple[int, str]]) -> bool:
    """Is ``word`` a compound the miner judged and left out: a dictionary noun compound
    (``is_compound``) of a one-character Project kernel (``kernels``: kernel -> type, as
    ``Grammar.single_kernels``) that is no head at run time (烂尾|楼)? The miner reads Project
    kernels only; a compound of another type's kernel (an office's 局) was never judged."""
    return kernels.get(word[-1:]) == PROJECT and is_compound(word, words)


def _clauses(runs: Iterable[tuple[str, str, list[str], str]]) -> Iterator[tuple[str, list[list[str]]]]:
    """The Han runs of the corpus grouped by clause: (doc, [tokens of each run]) per clause; a run
    opens a new clause after clause punctuation, and a new document opens one too."""
    doc: str = ""
    clause: list[list[str]] = []
    for name, _run, tokens, before in runs:
        if clause and (name != doc or before in CLAUSE_BOUNDARY):
            yield doc, clause
            clause = []
        doc = name
        clause.append(tokens)
    if clause:
        yield doc, clause


def mine_kernel_compounds(
    runs: Sequence[tuple[str, str, list[str], str]],
    kernels: list[dict],
    stage_verbs: Iterable[str],
    known: Iterable[str],
    words: dict[str, tuple[int, str]],
) -> list[dict]:
    """Head rows (type of the kernel) for the kernel compounds of the module docstring, leaving out
    the ``known`` heads and kernels (煤矿, 水厂 are mined or kernels already)."""
    singles = {k["head"]: k["type"] for k in kernels if len(k["head"]) == 1 and k["type"] == PROJECT}
    candidates = {w: k for k in singles for w in compounds(k, words)}
    verbs = tuple(stage_verbs)
    seen: Counter[str] = Counter()
    built: Counter[str] = Counter()
    kernel_seen: Counter[str] = Counter()
    kernel_built: Counter[str] = Counter()
    kernel_docs: dict[str, set[str]] = defaultdict(set)
    inside: Counter[str] = Counter()  # written inside a longer word, not at its end (航站 of 航站楼)
    for doc, clause in _clauses(runs):
        inside.update(c for tokens in clause for t in tokens for c in _inside(t, candidates))
        # a token writes every compound it ends in: 门户网站 is a use of 网站 too
        found = [ws for tokens in clause for t in tokens if (ws := _written(t, candidates))]
        if not found:
            continue
        text = "".join(t for tokens in clause for t in tokens)
        construction = any(v in text for v in verbs)
        for ws in found:
            k = candidates[ws[0]]
            kernel_seen[k] += 1
            seen.update(ws)
            if construction:
                built.update(ws)
                kernel_built[k] += 1
                kernel_docs[k].add(doc)
    skip = set(known)
    # a kernel whose family a longer head already attests (水厂, 电站, 煤矿: GUIDE or mined) lends
    # its evidence to the compounds the reports never write; one with no such head (楼) vouches
    # only for the compounds they write (办公楼, 航站楼), not for 栝楼, 蜃楼 or 烂尾楼
    attested = {k for k in singles if any(len(h) >= 2 and h.endswith(k) for h in skip)}
    # used, not built, where the reports name it; and so is every kind of it (官方网站 of 网站)
    used = {w for w in candidates if seen[w] >= MIN_SEEN and built[w] < MIN_BUILT_SHARE * seen[w]}
    out = []
    for w, k in sorted(candidates.items()):
        if w in skip or len(kernel_docs[k]) < MIN_DOCS or set(_written(w, candidates)) & used:
            continue
        if inside[w] > seen[w]:
            continue  # mostly part of another word: it closes no name where the reports write it
        if k not in attested and seen[w] < MIN_SEEN:
            continue  # no attested family to take the evidence of: only a compound written counts
        out.append(
            {
                "head": w,
                "type": singles[k],
                "kernel": k,
                "frame": FRAME,
                "source": "mined",
                "counts": {
                    "kernel_clauses": kernel_seen[k],
                    "kernel_constructions": kernel_built[k],
                    "seen": seen[w],
                    "in_constructions": built[w],
                    "inside_words": inside[w],
                    "dictionary": words[w][0],
                },
                "docs": len(kernel_docs[k]),
            }
        )
    return out


def _written(token: str, candidates: dict[str, str]) -> list[str]:
    """The compounds ``token`` ends in (itself included), longest first."""
    return [token[i:] for i in range(len(token) - 1) if token[i:] in candidates]


def _inside(token: str, candidates: dict[str, str]) -> list[str]:
    """The compounds written inside ``token`` that do not end it (航站 of 航站楼)."""
    return [token[i:j] for j in range(2, len(token)) for i in range(j - 1) if token[i:j] in candidates]
