"""A strategy that opens a designation's or a programme's name is no mention of its own.

GUIDE §2.1 tags the maximal name and nothing inside it, and §3 types a designation whose head
is 试点/示范区/先行区 … as a Program: in 乡村振兴示范县, 乡村振兴重点帮扶县 or 乡村振兴补短板工程
the strategy names the kind of county or works, it is not a mention of the strategy (the
precision samples of ``eval/precision`` judge these ``n``). ``embedded.opens_unrecognised_name``
already drops a strategy before a name head reached through name words only; two forms escape
it, and this module reads them:

- **Designations of places.** The words after the strategy end in a level of division
  (县, 乡, 镇, 村, 市: the ``admin_division`` closed class) that closes a designation of three or
  more characters (示范县, 重点|帮扶|县, 示范|镇): a kind of county, township or village the
  strategy qualifies. A scope word (全县, 全市: two characters) is no designation.
- **Works named by a verb phrase.** A works head is reached through a verb (补|短板|工程): the
  head is a GUIDE kernel of a Project (``head_kernels.jsonl``: 工程 …) that a name may end
  with there (``Grammar.follows_ok``: not 项目|库), so the verb phrase names a programme of
  works and the strategy opens its name. Program heads are left alone: the dev gold keeps the
  strategy before a designation reached through the strategy's own generic tail
  (美丽中国|建设先行区, GUIDE §2.6) and before a service (西部陆海新通道|铁海联运班列).

Both read at most ``DESIGNATION_LIMIT`` characters of name material right after the strategy and
stop at a function word (a preposition, conjunction, particle or adverb by jieba's tags), a
status phrase of the mined lexicon (建成, 开工建设: what happened, not a name) or a delimiter;
verbs are designation material here (帮扶, 补), unlike in a name's run: 乡村振兴走在全市前列
(在 stops the run) and 乡村振兴取得新成效 (no level or head) keep the strategy.
"""

from __future__ import annotations

import weakref

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import FUNCTION_TAGS, HAN_RUN_RE, dictionary

DESIGNATION_LIMIT = 6  # characters after the strategy a designation may take (重点帮扶县, 补短板工程)
MIN_DESIGNATION = 3  # 示范县; a two-character word ending in a level is a scope word (全县)
LEVEL_CHARS = frozenset("县乡镇村市")  # admin_division: the levels a designation of places names
KERNEL_TYPES = frozenset({"Project"})  # works (工程); a Program head after a strategy may be its own
COUNT_TAGS = frozenset({"m", "mq"})  # numerals: 内地九市 counts cities, it designates none
VERB_TAGS = frozenset({"v", "vd", "vi", "vg"})

_kernel_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def designation_kernels(grammar: Grammar) -> frozenset[str]:
    """The GUIDE kernels of works (工程, 项目 …), two or more characters: the heads a programme
    of works named after a strategy ends in."""
    found = _kernel_cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        found = frozenset(k["head"] for k in rows if k["type"] in KERNEL_TYPES and len(k["head"]) >= 2)
        _kernel_cache[grammar] = found
    return found


def _name_chars(text: str, end: int) -> str:
    """The Han characters right after ``end`` (at most ``DESIGNATION_LIMIT``, none across a
    delimiter)."""
    m = HAN_RUN_RE.match(text, end, min(len(text), end + DESIGNATION_LIMIT))
    return m.group() if m else ""


def opens_designation(text: str, end: int, grammar: Grammar) -> bool:
    """Does the strategy ending at ``end`` open a designation of places or a programme named by
    a verb phrase (module docstring)?"""
    run = _name_chars(text, end)
    if len(run) < 2:
        return False
    kernels = designation_kernels(grammar)
    if not (LEVEL_CHARS & set(run) or any(k in run for k in kernels)):
        return False  # no level and no kernel right after the strategy (the common case)

    tags = dictionary()
    pos = 0
    verb = False
    for w in _segment(run):
        tag = tags.get(w, (0, ""))[1]
        if w in grammar.status_phrases or tag in FUNCTION_TAGS or tag in COUNT_TAGS:
            return False  # a clause, or a count of places (内地九市), not a designation
        verb = verb or tag in VERB_TAGS
        pos += len(w)
        body = run[:pos]
        if pos >= MIN_DESIGNATION and body[-1] in LEVEL_CHARS and (len(w) == 1 or len(w) >= MIN_DESIGNATION):
            return True
        if verb and any(body.endswith(k) for k in kernels) and grammar.follows_ok(text, end + pos):
            return True
    return False
