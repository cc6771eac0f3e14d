"""Field words in a project list's label: 抓实甲、乙等11个重点领域项目 lists fields, not projects.

GUIDE §3 types every item of a list *the text labels as projects* a Project. The label is the
words after 等; usually they say the items are projects (等重大项目, 等5个项目) or works of one
kind (等水电站项目: ``list_kinds.shared_kind``). But a label may name another kind first:
``A、B、C等11个重点领域项目`` counts eleven *fields* and speaks of the projects in them, so A, B
and C are fields (风电光伏, 新一代煤电: sectors, which GUIDE §3 leaves untagged like sector
clusters), not named works. The enumeration reader typed each such item a Project.

Which words name fields is read off unannotated text, never listed:

- **Mining** (:func:`mine_field_labels`, run by ``scripts/mine_categories.py`` into
  ``extract/data/field_labels.jsonl``, every gold passage blanked): for every 、-list closed by
  等 and a label, each noun of two or more characters (jieba's tag ``n``) among the label's first
  ``LABEL_REACH`` characters is credited with the list's items after the first (the first item
  carries the clause's verb). A word labels lists of sectors when it does so in ``MIN_DOCS`` or
  more reports over ``MIN_ITEMS`` or more items and at least ``MIN_SECTOR_SHARE`` of those items
  are sectors (``enumerations._sector``: everyday noun phrases with no head word, no company
  tail). A head word of the lexicon names works or places, never a field, and is left out.
  A word that also qualifies projects as a kind of project — written ``W项目``/``W工程`` outside
  list labels at least as often as inside them (产业项目: industrial projects, whose lists name
  works) — is left out too: before 项目 it says what kind of projects, not what the items are.
- **Run time** (:func:`labels_fields`): a 项目/工程 list whose label ends in a mined field word
  right before the classifier (等11个|重点领域|项目) lists fields; the enumeration and list-item
  readers add none of its items. A field word with words after it, or after words that name one
  field (引入甲等生命健康领域|龙头项目, 等生命健康|领域项目: projects of a named field), qualifies
  the projects, and the items stay.
- **Names** (:func:`opens_on_field_label`): a name found by its head that opens right after 等
  with a field word (甲、乙等|领域提质升级行动) is the list's label and what is done in the
  fields, not a name; the head finder (``extract.pipeline.names``) adds none.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from extract.pipeline import grammar as g
from extract.pipeline.mining import dictionary, segment, segment_cached
from extract.pipeline.trade_labels import LIST_CLOSER, SEP

# the list closer 等 and the list mark, as the trade-label miner reads them; the label is the
# words after 等, a count (11个, 十大) included, which ``_label_nouns`` steps over
LABEL_RE = re.compile(SEP + r"[^，。；：！？\n]{1,60}?" + LIST_CLOSER + r"([0-9\u4e00-\u9fff]{1,16})")
CLAUSE_MARKS = "，。；：！？\n"
LABEL_REACH = 6  # characters of the label after its count read for its nouns (等|重点领域|)
NOUN_TAG = "n"  # jieba's plain noun tag
COUNT_TAGS = frozenset({"m", "mq", "q"})  # jieba's numeral and measure tags: the count 11个, 十大
MIN_DOCS = 3
MIN_ITEMS = 20
MIN_SECTOR_SHARE = 0.5  # most of the items the word labels are sectors


def _label_nouns(label: str) -> list[str]:
    """The nouns of two or more characters among the label's first ``LABEL_REACH`` characters."""
    tags = dictionary()
    out, pos, counting = [], 0, True
    for tok in segment(label):
        tag = tags.get(tok, (0, ""))[1]
        if counting and (tok.isdigit() or tag in COUNT_TAGS):
            continue  # the count before the label's words (等|11|个|重点领域)
        counting = False
        if pos >= LABEL_REACH:
            break
        pos += len(tok)
        if len(tok) >= 2 and tag == NOUN_TAG:
            out.append(tok)
    return out


@functools.cache
def _project_classifiers() -> tuple[str, ...]:
    """The classifiers of a project list (项目, 工程: ``extract.coordination.GENERIC_HEADS``),
    imported late: ``extract.coordination`` imports the enumeration reader, which imports this;
    on the first call only (an import statement run for every list label cost more than the test)."""
    from extract.coordination import GENERIC_HEADS

    return GENERIC_HEADS


def mine_field_labels(
    docs: Sequence[tuple[str, str]], heads: Iterable[str], is_sector: Callable[[str], bool]
) -> list[dict]:
    """The field words of list labels with their counts (module docstring), sorted by word.
    ``docs`` are (author, blanked text); ``heads`` the lexicon's head words; ``is_sector`` the
    enumeration reader's sector test."""
    head_set = frozenset(heads)
    items: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = defaultdict(set)
    label_uses: Counter[str] = Counter()
    classifiers = _project_classifiers()
    for name, text in docs:
        for m in LABEL_RE.finditer(text):
            nouns = [w for w in _label_nouns(m.group(1)) if w not in head_set]
            if not nouns:
                continue
            clause_start = max(text.rfind(c, 0, m.start()) for c in CLAUSE_MARKS) + 1
            listed = text[clause_start : m.start(1)].rsplit(LIST_CLOSER, 1)[0].split(SEP)
            later = [i for i in listed[1:] if i]
            label = m.group(1)
            for w in nouns:
                seen_in[w].add(name)
                items[w] += len(later)
                sectors[w] += sum(1 for i in later if is_sector(i))
                if any(label.find(w + c) >= 0 for c in classifiers):
                    label_uses[w] += 1
    all_text = [t for _, t in docs]
    rows = []
    for w, n in items.items():
        if len(seen_in[w]) < MIN_DOCS or n < MIN_ITEMS or sectors[w] / n < MIN_SECTOR_SHARE:
            continue
        before = sum(t.count(w + c) for t in all_text for c in classifiers)
        if before - label_uses[w] > label_uses[w]:
            continue  # 产业项目: a kind of project written freely, not a list's field
        rows.append(
            {
                "word": w,
                "source": "mined",
                "counts": {
                    "items": n,
                    "sector_items": sectors[w],
                    "before_classifier_in_labels": label_uses[w],
                    "before_classifier": before,
                },
                "docs": len(seen_in[w]),
            }
        )
    return sorted(rows, key=lambda r: r["word"])


def labels_fields(label: str, grammar: g.Grammar) -> bool:
    """Does a project list's label (the words after 等, with or without the closing 项目/工程)
    end in a mined field word right before the classifier (等11个|重点|领域|项目)? Then the items
    are fields, not projects. A field word with words of its own after it is a modifier of the
    projects (等生命健康领域|龙头项目: projects of that field), and so does a field word after
    words that name one field (等生命健康|领域项目): only generic words (重点, a count) may stand
    before it, which leave the fields unnamed, so the items are they."""
    fields = grammar.mined_set("field_labels.jsonl", "word")
    if not fields:
        return False
    body = next((label[: -len(c)] for c in _project_classifiers() if label.endswith(c)), label)
    words = segment_cached(body)
    if not words or words[-1] not in fields:
        return False
    before = body[: -len(words[-1])]
    # 等重点|领域项目: generic words only before the field word; 等生命健康|领域项目 names one
    # field, whose projects the items are
    return not before or g.is_generic(before, strict=False)


def opens_on_field_label(text: str, start: int, head_start: int, grammar: g.Grammar) -> bool:
    """Does the name ``text[start:head_start]`` open right after a list's 等 with a mined field word
    (甲、乙、丙等|领域|提质升级行动)? Then the word is the list's label: the items are fields
    (sectors, untagged by GUIDE §3 like sector clusters) and the words after it say what is done
    in them, one action across the fields and no name of its own. The field words are the mined
    ones (``field_labels.jsonl``; 领域 labels 244 items in 16 reports, far above the floors), so
    the reading no longer hangs on whether a longer head (升级行动, 4 suffix uses in 3 reports,
    lost when round 14 was masked) happened to leave only generic words before it (issue 12)."""
    if start == 0 or text[start - 1] != LIST_CLOSER or head_start <= start:
        return False
    fields = grammar.mined_set("field_labels.jsonl", "word")
    words = segment_cached(text[start:head_start])
    return bool(fields) and bool(words) and words[0] in fields
