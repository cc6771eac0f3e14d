"""speed33's fast paths give exactly what the code they replace gave.

- ``extract.openings``: "is some opening (ending) of the text one of these words?" by slices and
  ``frozenset.isdisjoint`` equals the ``any`` over a generator it replaces, and so do the
  prefilters written with it (clause words, everyday words at a name's ends, leading verbs,
  widespread terms, the opening-verb tests of the genericity and indicator readers);
- ``Tokenizer._route`` reading each fragment's weight from one remembered table cuts as jieba
  does, also when the table is emptied under a small bound or the dictionary changes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.openings import ending_in, opening_in

WORDS = ["推进", "推进会", "加快", "工程", "示范", "示范区", "重庆", "建", "设", "区"]
TEXTS = st.text(alphabet=list("推进会加快工程示范区重庆建设甲乙"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sets(st.sampled_from(WORDS)), st.integers(0, 4), st.integers(-1, 14))
def test_openings_and_endings_equal_the_generator(text, words, shortest, longest):
    words = frozenset(words)
    assert opening_in(text, words, shortest, longest) == any(
        text[:j] in words for j in range(shortest, longest + 1)
    )
    if shortest >= 1:
        assert ending_in(text, words, shortest, longest) == any(
            text[-j:] in words for j in range(shortest, longest + 1)
        )


def _windows(corpus_documents, widths=(1, 2, 3, 5, 8, 12), step=7):
    """Windows of every bundled report: each width at every ``step``-th character."""
    for doc in corpus_documents:
        text = doc.text
        for i in range(0, len(text), step):
            for w in widths:
                yield text[i : i + w]


def test_prefilters_equal_their_generators_on_the_reports(corpus_documents):
    """Each prefilter rewritten with ``opening_in``/``ending_in`` answers as its generator did."""
    from extract.indicators import names
    from extract.pipeline import designation_modifiers, genericity, lexicon
    from extract.pipeline.mining import CLAUSE_TAGS, dictionary

    tags = dictionary()
    clause_words, clause_longest = lexicon._clause_words()
    common, common_longest = lexicon._common_words()
    openers, openers_longest = lexicon._leading_verbs()
    terms = frozenset(w for w in clause_words if len(w) <= 4)  # any word set will do
    prefix_tags = CLAUSE_TAGS | genericity.SINGLE_OPENER_TAGS
    assert genericity.PREFIX_TAGS == prefix_tags == CLAUSE_TAGS  # _may_open_with_clause_word relies on it
    adverbs, adverbs_longest = names._adverb_words()
    tails = frozenset(w for w in common if len(w) == 2)  # any word set will do
    seen = 0
    for text in _windows(corpus_documents):
        if not text:
            continue
        seen += 1
        reach = min(len(text), common_longest) + 1
        assert lexicon._common_at_ends(text) == (
            (text[0] in lexicon.GENERIC_CHARS or any(text[:j] in common for j in range(2, reach)))
            and (text[-1] in lexicon.GENERIC_CHARS or any(text[-j:] in common for j in range(2, reach)))
        )
        assert lexicon._may_open_clause(text) == any(
            text[:j] in clause_words for j in range(2, min(len(text), clause_longest) + 1)
        )
        assert opening_in(text, openers, 2, min(len(text), openers_longest)) == any(
            text[:j] in openers for j in range(2, min(len(text), openers_longest) + 1)
        )
        assert genericity._opens_with_term(text, terms) == any(
            text[:j] in terms
            for j in range(1, min(genericity.OPENING, len(text) - genericity.MIN_CATEGORY) + 1)
        )
        assert genericity._may_open_with_clause_word(text, tags) == any(
            tags.get(text[:k], (0, ""))[1] in prefix_tags for k in range(1, min(len(text), 8) + 1)
        )
        assert ending_in(text, adverbs, 1, min(len(text), adverbs_longest)) == any(
            text[-j:] in adverbs for j in range(1, min(len(text), adverbs_longest) + 1)
        )
        assert designation_modifiers._may_open_with_tail(text, tails) == any(
            text[:j] in tails for j in range(designation_modifiers.MIN_TAIL, len(text) + 1)
        )
    assert seen > 10_000


def _jieba_reference():
    import jieba

    jieba.setLogLevel(60)
    ref = jieba.Tokenizer()
    ref.initialize()
    return ref


def test_route_weights_are_jiebas_terms_and_stay_bounded(monkeypatch):
    """The remembered weight of a word is jieba's ``log(freq) - log(total)``, a prefix that is no
    word and a fragment with no entry are told apart, and a table emptied under a small bound
    (``MAX_WEIGHTS``) or after a new word still cuts as jieba does."""
    from math import log

    from extract.pipeline import segmenter

    monkeypatch.setattr(segmenter, "MAX_WEIGHTS", 30)
    ours, ref = segmenter.new_tokenizer(), _jieba_reference()
    runs = [f"推进第{n}批高水平示范县建设" for n in "一二三四五六七八九十"]  # invented
    for run in runs:
        assert ours.cut_plain(run) == list(ref.cut(run, HMM=False))
        assert ours.cut_hmm(run) == list(ref.cut(run))
        assert len(ours._weights) <= 30
    monkeypatch.setattr(segmenter, "MAX_WEIGHTS", 1000)
    prefix = next(w for w, f in ours.FREQ.items() if f == 0 and len(w) == 2)  # jieba keeps every prefix
    ours.cut_plain(f"建设{prefix}")
    assert ours._weights["建设"] == log(ours.FREQ["建设"]) - log(ours.total)
    assert ours._weights[prefix] is True
    assert False in ours._weights.values()
    for frag, w in ours._weights.items():
        f = ours.FREQ.get(frag)
        assert w == (False if f is None else (log(f) - log(ours.total) if f else True))
    for tok in (ours, ref):
        tok.add_word("高水平示范县", 100_000)
    assert not ours._weights
    for run in runs:
        assert ours.cut_plain(run) == list(ref.cut(run, HMM=False))
