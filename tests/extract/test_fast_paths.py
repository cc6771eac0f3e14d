"""The speed-ups give exactly what the straightforward code gave.

Each fast path (anchored regex scans, span sets, clause boundaries by bisection, the
whitespace-chunk tokenizer, the sentinel-mapped gazetteer view) is checked against the
plain computation it replaces, on written edge cases and on generated strings.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.coordination import _CLAUSE_MARKS, CONJ
from extract.entities import load_pipeline
from extract.gazetteer import Entry, Gazetteer
from extract.linking import (
    DEFINED_RE,
    DEFINED_REACH,
    DEFINED_SPAN,
    ZONE_DEFINED_RE,
    ZONE_DEFINED_REACH,
    ZONE_DEFINED_SPAN,
    ZONE_FORM_RE,
    defined_abbreviations,
)
from extract.pipeline.names import TOWN_ANCHOR, TOWN_RE, ZONE_ANCHOR, ZONE_RE
from extract.pipeline.tokens import TOKEN_RE, make_doc
from extract.scan import anchored_finditer
from extract.spanset import SpanSet

# characters the patterns care about, plus filler, so generated strings hit the edge cases
ALPHABET = list('简称以下（）()“”"，。甲乙丙经开区高新技术产业发镇街道南岸重庆 \n')
texts = st.text(alphabet=ALPHABET, max_size=120)
ROOT = Path(__file__).resolve().parents[2]


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


CASES = [
    (DEFINED_RE, re.compile("简称"), DEFINED_REACH, DEFINED_SPAN),
    (ZONE_DEFINED_RE, re.compile("简称"), ZONE_DEFINED_REACH, ZONE_DEFINED_SPAN),
    (ZONE_FORM_RE, re.compile("经开区|高新区"), 3, 6),
    (ZONE_RE, ZONE_ANCHOR, 6, 15),
    (TOWN_RE, TOWN_ANCHOR, 3, 5),
]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_anchored_scans_equal_finditer(text):
    for pattern, anchor, reach, span in CASES:
        assert _spans(anchored_finditer(pattern, text, anchor, reach, span)) == _spans(pattern.finditer(text))


def test_anchored_scan_on_a_written_sentence():
    text = "重庆经济技术开发区（以下简称经开区）与南岸区（简称南岸）合作，峡口镇和南山街道参与。"
    assert defined_abbreviations(text) == [("经开区", "重庆经济技术开发区"), ("南岸", "南岸区")]
    towns = [m.group() for m in anchored_finditer(TOWN_RE, text, TOWN_ANCHOR, 3, 5)]
    assert towns == [m.group() for m in TOWN_RE.finditer(text)]
    assert "峡口镇" in "".join(towns)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8), st.integers(-2, 70))
def test_span_set_equals_any(spans, pos):
    assert (pos in SpanSet(spans)) == any(a <= pos < b for a, b in spans)
    grown = SpanSet()
    for a, b in spans:
        grown.add(a, b)
    assert (pos in grown) == any(a <= pos < b for a, b in spans)


def _slow_tokens(text: str) -> list[tuple[str, bool]]:
    out = []
    for m in TOKEN_RE.finditer(text):
        out.append((m.group(1), bool(m.group(2))) if m.group(1) is not None else (m.group(3), False))
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("南岸a1 \t\n\u3000"), max_size=40))
def test_whitespace_chunk_tokens_equal_the_token_rule(text):
    doc = make_doc(load_pipeline(), text)
    assert [(t.text, bool(t.whitespace_)) for t in doc] == _slow_tokens(text)


def test_whitespace_edge_cases_match_spacy():
    import spacy

    nlp, char = load_pipeline(), spacy.blank("zh")  # the pipeline's tokenizer against spaCy's own
    for text in ["", " ", "  南岸", "南 岸", "南  岸 ", "南\t 岸", " \n南岸\n\n "]:
        assert [t.text_with_ws for t in make_doc(nlp, text)] == [t.text_with_ws for t in char.make_doc(text)]
        assert [t.text_with_ws for t in nlp(text)] == [t.text_with_ws for t in char.make_doc(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("南岸区巴重庆市（）(),新\x00\x01x "), max_size=40))
def test_gazetteer_sentinel_view_keeps_every_match(text):
    surfaces = ["南岸区", "南岸", "重庆市", "巴南", "重庆"]
    gaz = Gazetteer(Entry(s, "District", s, "region") for s in surfaces)
    found = sorted((s, e) for s, e, _ in gaz.finditer(text))
    expected = sorted(
        (i, i + len(s))
        for s in surfaces
        for i in range(len(text))
        if text.startswith(s, i) or text[i : i + len(s)].replace("(", "（").replace(")", "）") == s
    )
    assert found == expected


def _slow_clause(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    from extract.relations.common import CLAUSE_END

    a = pos
    while a > start and text[a - 1] not in CLAUSE_END:
        a -= 1
    b = pos
    while b < end and text[b] not in CLAUSE_END:
        b += 1
    return a, b


def test_clause_bounds_by_bisection_equal_the_character_walk(corpus_documents):
    from extract.relations.common import sentences

    doc = corpus_documents[0]
    checked = 0
    for s in list(sentences(doc, []))[:200]:
        for pos in range(s.start - 1, s.end + 2):
            assert s.clause_of(pos) == _slow_clause(doc.text, s.start, s.end, pos)
            checked += 1
    assert checked > 1000


def test_five_year_marker_index_equals_slicing(corpus_documents, extra_dir):
    from extract.document import ingest
    from extract.indicators.period import _FIVE, _FIVE_YEARS, _ONE_YEAR, dated_at

    def slow(doc, pos):
        sec = next(
            (
                s
                for s in doc.sections
                if s.start <= pos < s.body_end and _FIVE.search(s.title) and s.level == 1
            ),
            None,
        )
        if sec is None:
            return True
        text = doc.text[sec.end : pos]
        last5 = max((m.end() for m in _FIVE_YEARS.finditer(text)), default=-1)
        last1 = max((m.end() for m in _ONE_YEAR.finditer(text)), default=-1)
        return not (last5 > last1)

    doc = ingest(extra_dir / "云南省.txt")
    undated = 0
    for pos in range(doc.body_start, doc.body_end, 7):
        assert dated_at(doc, pos) == slow(doc, pos)
        undated += not slow(doc, pos)
    assert undated > 0  # the five-year review of a work report is really exercised


# full-width forms, both bracket styles, the ideographic space, a lone surrogate, an astral character
WIDTH_ALPHABET = list("ＡＺａｚ０９（）()　！～｡南岸 \n\ud800\U0001f600xX")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=WIDTH_ALPHABET, min_size=0, max_size=700))
def test_array_normalise_equals_translate(text):
    from extract.gazetteer import _ARRAY_MIN, _table, normalise

    assert normalise(text) == text.translate(_table())
    long = text * (_ARRAY_MIN // max(1, len(text)) + 1)  # over the array threshold
    assert normalise(long) == long.translate(_table())


def test_array_normalise_on_the_corpus(corpus_documents):
    from extract.gazetteer import _ARRAY_MIN, _table, normalise

    for doc in corpus_documents:
        assert len(doc.text) >= _ARRAY_MIN
        assert normalise(doc.text) == doc.text.translate(_table())


def test_blocked_span_scores_equal_whole_array_sums(corpus_documents):
    """``SpanTagger.scores`` adds the template rows block by block: the same float32 sums, in
    the same order, as one whole-text gather per template (bit for bit, several blocks)."""
    import numpy as np

    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.features import N_TEMPLATES
    from extract.spanmodel.tagger import SCORE_BLOCK, SpanTagger

    tagger = SpanTagger.from_disk(SHIPPED)
    text = corpus_documents[0].text
    assert len(text) > 2 * SCORE_BLOCK
    feats = tagger.features(text)
    plain = np.empty((len(feats), tagger.n_labels), dtype=np.float32)
    plain[:] = tagger.bias
    for t in range(N_TEMPLATES):
        plain += tagger.weights[feats[:, t]]
    assert np.array_equal(tagger.scores(feats), plain)
    assert tagger.scores(feats[:0]).shape == (0, tagger.n_labels)


def _slow_may_hold(text: str, start: int, end: int, freq: dict[str, int]) -> bool:
    n = end - start
    return any(
        freq.get(text[a:b], 0) > 0
        for a in range(max(0, start - 3), start + 1)
        for b in range(end, min(len(text), end + 3) + 1)
        if b - a > n
    )


def test_longer_word_check_by_prefixes_equals_every_slice(corpus_documents):
    """``lexicon._may_hold`` stops a scan at the first slice jieba's dictionary lacks even as a
    prefix; it answers as the lookup of every slice did, at every stop-word-sized span."""
    from extract.pipeline.lexicon import _may_hold, _segmenter

    freq = _segmenter().FREQ
    text = corpus_documents[0].text[:6000]
    held = 0
    for start in range(len(text)):
        for n in (1, 2, 3):
            if start + n <= len(text):
                fast = _may_hold(text, start, start + n, freq)
                assert fast == _slow_may_hold(text, start, start + n, freq)
                held += fast
    assert held > 500  # both answers really occur


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=list("产业园区研究院新城经济开发区项目工程中心的和南岸 重庆港、"), max_size=60),
    st.integers(0, 70),
)
def test_head_search_equals_the_regex_search(text, pos):
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    starts = gr.head_starts(text)
    fast, slow = gr.head_search(text, pos, starts), gr.head_re.search(text, pos)
    assert (fast and (fast.span(), fast.group())) == (slow and (slow.span(), slow.group()))


def test_head_search_walks_a_report_as_the_regex_does(corpus_documents):
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    text = corpus_documents[1].text
    starts = gr.head_starts(text)
    assert len(starts) > 100
    for pos in range(0, len(text), 3):
        fast, slow = gr.head_search(text, pos, starts), gr.head_re.search(text, pos)
        assert (fast and fast.span()) == (slow and slow.span())


def _extents(spans) -> list[tuple[int, int, str, str, str]]:
    return [(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in spans]


def test_kept_candidate_list_equals_the_span_group_after_every_component(corpus_documents):
    """``candidates(doc)`` answers from the list it keeps for the Doc being processed: after
    each component (adding, filtering into a new group) it lists exactly the group's members,
    and once the resolver is done no Doc is kept."""
    from extract.pipeline import candidates as cand
    from extract.pipeline import context_doc
    from extract.pipeline.candidates import CANDIDATES, add_candidate, candidates

    nlp = load_pipeline()
    document = corpus_documents[2]
    doc = context_doc(nlp, document.text, document.meta.region_code, document, 0)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name != "policykg_resolver":
            assert _extents(candidates(doc)) == _extents(doc.spans.get(CANDIDATES, []))
    assert len(doc.spans[CANDIDATES]) > 100 and len(doc.ents) > 100
    assert cand._listed is None  # forgotten by the resolver
    # a span appended to the group behind add_candidate's back: the kept list is not trusted
    candidates(doc)
    doc.spans[CANDIDATES].append(doc.char_span(0, 2, label="District"))
    assert _extents(candidates(doc)) == _extents(doc.spans[CANDIDATES])
    add_candidate(doc, 2, 4, "District", "region")
    assert _extents(candidates(doc)) == _extents(doc.spans[CANDIDATES])
    nlp(document.text[:500])  # another Doc: its own list
    assert cand._listed is None or cand._listed[0] is not doc


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("南岸区巴重庆市（）(),新\x00\x01x \ud800\U0001f600"), max_size=300))
def test_gazetteer_array_view_equals_the_regex_view(text):
    from extract.gazetteer import _ARRAY_MIN, _SENTINEL

    gaz = Gazetteer(Entry(s, "District", s, "region") for s in ["南岸区", "南岸", "重庆市", "巴南"])
    list(gaz.finditer(""))  # builds the automaton and both views of the alphabet
    long = text * (_ARRAY_MIN // max(1, len(text)) + 1)
    for t in (text, long):
        assert gaz._sentinel_view(t) == gaz._outside.sub(_SENTINEL, t)


def _plain_decode(scores, types, text, blocked, min_gain):
    """``decode_spans`` as first written: (n, labels) float64 arrays, cumulative sums down columns."""
    import numpy as np

    from extract.spanmodel.tagger import END_SLACK, MAX_LEN

    n = len(scores)
    scores = scores.astype(np.float64)
    lo = scores[:, 0]
    lb, le = scores[:, 1] - lo, scores[:, 2] - lo
    li = scores[:, 3:] - lo[:, None]
    labels = scores.argmax(axis=1)
    nxt = np.append(labels[1:], 0)
    ends = np.flatnonzero((le > -END_SLACK) | ((labels >= 3) & (nxt != labels)))
    ends = ends[ends >= 1]
    if blocked is not None:
        ends = ends[~blocked[ends]]
    if len(ends) == 0:
        return []
    cum = np.vstack([np.zeros((1, li.shape[1])), np.cumsum(li, axis=0)])
    lengths = np.arange(1, MAX_LEN)
    starts = ends[:, None] - lengths[None, :]
    st = np.maximum(starts, 0)
    gain = (lb[st] + le[ends][:, None])[:, :, None] + cum[ends][:, None, :] - cum[st + 1]
    stop = np.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10
    if blocked is not None:
        stop = stop | blocked
    stop_cum = np.append(0, np.cumsum(stop))
    valid = (starts >= 0) & ((stop_cum[ends + 1][:, None] - stop_cum[st]) == 0)
    gain = np.where(valid[:, :, None], gain, -np.inf).reshape(len(ends), -1)
    best = gain.argmax(axis=1)
    best_gain = gain[np.arange(len(ends)), best]
    length, t_best = lengths[best // len(types)], best % len(types)
    chosen, taken = [], np.zeros(n, dtype=bool)
    for k in np.argsort(-best_gain, kind="stable").tolist():
        if not best_gain[k] > min_gain:
            break
        s, e = int(ends[k] - length[k]), int(ends[k]) + 1
        if taken[s:e].any():
            continue
        taken[s:e] = True
        chosen.append((s, e, types[int(t_best[k])]))
    return sorted(chosen)


def test_label_major_decoder_equals_the_plain_one(corpus_documents):
    """The decoder sums label rows (contiguous) instead of columns: the same float64 sums in the
    same order, so the same spans, on a report's real scores and on random ones."""
    import numpy as np

    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.tagger import SpanTagger, decode_spans

    tagger = SpanTagger.from_disk(SHIPPED)
    text = corpus_documents[0].text
    scores = tagger.scores(tagger.features(text))
    blocked = np.zeros(len(text), dtype=bool)
    blocked[::7] = True
    for b in (None, blocked):
        for min_gain in (-2.0, 0.0):
            found = decode_spans(scores, tagger.types, text, b, min_gain)
            assert found == _plain_decode(scores, tagger.types, text, b, min_gain)
    assert len(decode_spans(scores, tagger.types, text)) > 50
    rng = np.random.default_rng(0)
    for _ in range(50):
        n = int(rng.integers(1, 300))
        random_scores = (rng.normal(size=(n, tagger.n_labels)) * 3).astype(np.float32)
        random_text = "".join(rng.choice(list("南岸区\n项目"), size=n))
        b = rng.random(n) < 0.2
        for bb in (None, b):
            assert decode_spans(random_scores, tagger.types, random_text, bb) == _plain_decode(
                random_scores, tagger.types, random_text, bb, 0.0
            )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("共建成渝加快推进和的等深化提升联动发展一体化设施项目区重庆a1、"), max_size=50))
def test_stop_spans_equal_the_stop_regex(text):
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    assert gr.stop_spans(text) == [m.span() for m in gr.any_stop_re.finditer(text)]


def test_stop_spans_on_a_report(corpus_documents):
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    text = corpus_documents[3].text
    spans = gr.stop_spans(text)
    assert len(spans) > 1000
    assert spans == [m.span() for m in gr.any_stop_re.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=list("南岸a1 \t\n\u3000（）"), max_size=60))
def test_docs_built_from_string_ids_equal_docs_built_from_words(text):
    from spacy.tokens import Doc

    from extract.pipeline.tokens import char_words

    nlp = load_pipeline()
    words, spaces = char_words(text)
    assert make_doc(nlp, text).to_bytes() == Doc(nlp.vocab, words=words, spaces=spaces).to_bytes()


def test_char_tokenizer_falls_back_to_words_when_an_id_is_unknown():
    from spacy.tokens import Doc

    from extract.pipeline.tokens import char_words

    nlp = load_pipeline()
    tokenizer = nlp.tokenizer
    tokenizer._ids["甲"] = 12345  # an id no string of the vocabulary has
    words, spaces = char_words("甲乙 丙")
    assert tokenizer("甲乙 丙").to_bytes() == Doc(nlp.vocab, words=words, spaces=spaces).to_bytes()
    assert "甲" not in tokenizer._ids or tokenizer._ids["甲"] != 12345  # the bad table was dropped


def _lexicon_codes_unmapped(lexicon, text):
    """``Lexicon.codes`` reading the text itself, every character as it is (no sentinel view)."""
    import numpy as np

    inside = lexicon._inside
    lexicon._inside = np.ones_like(inside)
    try:
        return lexicon.codes(text)
    finally:
        lexicon._inside = inside


def test_span_lexicon_sentinel_view_keeps_every_code(corpus_documents):
    """The span model's lexicon automaton reads a view where characters of no lexicon word are
    one sentinel: the same matches, so the same codes, on a report and on written edge cases."""
    import numpy as np

    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.features import Lexicon
    from extract.spanmodel.tagger import SpanTagger

    lexicon = SpanTagger.from_disk(SHIPPED).lexicon
    small = Lexicon([("产业园", 0), ("园区", 1)], ["推进", "的"], ["项目"])
    for lex, text in [
        (lexicon, corpus_documents[4].text),
        (small, "推进产业园区的项目\x00（甲）\ud800产业园\U0001f600园区"),
        (small, ""),
    ]:
        for fast, plain in zip(lex.codes(text), _lexicon_codes_unmapped(lex, text), strict=True):
            assert np.array_equal(fast, plain)
    assert Lexicon([], [], []).codes("推进").__len__() == 3  # an empty lexicon reads nothing


def test_period_of_kept_per_path_equals_the_classifier(corpus_documents):
    from extract.indicators.period import period_of
    from extract.sections import classify_path

    doc = corpus_documents[1]
    paths = {s.path for s in doc.sentences} | {s.path for s in doc.sections}
    assert len(paths) > 10
    for path in paths:
        assert period_of(doc, path) == classify_path(doc, tuple(path)).period
        assert period_of(doc, list(path)) is period_of(doc, path)  # kept, whatever the sequence type


def test_in_place_feature_hash_equals_the_plain_formula():
    import numpy as np

    from extract.spanmodel import features as f

    rng = np.random.default_rng(1)
    parts = [rng.integers(0, 1 << 63, size=1000, dtype=np.uint64) for _ in range(3)]
    shift = np.uint64(64 - 16)
    work = np.empty((2, 1000), dtype=np.uint64)
    for t in range(f.N_TEMPLATES):
        for k in (1, 2, 3):
            plain = parts[0] * f._M2
            for m, part in zip((f._M3, f._M4, f._M1), parts[1:k], strict=False):
                plain = plain + part * m
            plain = (plain + np.uint64(((t + 1) * int(f._M1)) % (1 << 64))) * f._M1 >> shift
            assert np.array_equal(f._mix(t, parts[:k], shift, work), plain)
            assert np.array_equal(f._mix(t, parts[:k], shift), plain)


def test_vetted_proposals_equal_a_check_against_every_candidate(corpus_documents):
    """The span model's veto looks only at candidates that can reach a proposal; it keeps what
    a check of the proposal against every rule candidate keeps."""
    import numpy as np

    from extract.pipeline import build_pipeline, context_doc
    from extract.pipeline.candidates import candidates, doc_text
    from extract.spanmodel.component import REGION_SOURCES, rule_extents

    nlp = build_pipeline("both")
    model = nlp.get_pipe("policykg_span_model")
    document = corpus_documents[4]
    doc = context_doc(nlp, document.text, document.meta.region_code, document, 0)
    for name, proc in nlp.pipeline:
        if name == "policykg_span_model":
            break
        doc = proc(doc)
    text, rules = doc_text(doc), candidates(doc)
    rng = np.random.default_rng(2)
    starts = rng.integers(0, len(text) - 30, size=400)
    proposals = [(int(s), int(s + rng.integers(2, 25)), "Project") for s in starts]
    proposals += [(c.start_char - 1, c.end_char + 1, "Project") for c in rules[:50]]

    def plain_ok(s: int, e: int) -> bool:
        for c in rules:
            cs, ce = c.start_char, c.end_char
            if ce <= s or cs >= e:
                continue
            inside, around = s <= cs and ce <= e, cs <= s and e <= ce
            if not (inside or around) or (inside and c.id_ not in REGION_SOURCES):
                return False
        return True

    extents = rule_extents(rules)
    kept = model.vetted(text, proposals, extents)
    assert set(kept) <= set(proposals)
    for s, e, t in proposals:
        if (s, e, t) not in kept:
            continue
        assert plain_ok(s, e)
    vetoed = [(s, e) for s, e, t in proposals if (s, e, t) not in kept]
    assert any(not plain_ok(s, e) for s, e in vetoed)
    # every proposal the plain check allows and no other rule drops is kept
    assert len(kept) == sum(
        plain_ok(s, e) and model.vetted(text, [(s, e, t)], extents) == [(s, e, t)] for s, e, t in proposals
    )


def _slow_name_key(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKC", name)
    for q in "\"'“”‘’「」『』":
        s = s.replace(q, "")
    s = "".join(s.split())
    return s.replace("(", "（").replace(")", "）")


def test_plain_han_names_are_their_own_key():
    """``name_key`` returns a run of CJK Unified Ideographs as it is: NFKC changes none of them
    (checked for the whole block, with this Python's Unicode data) and the other steps only
    touch quotes, spaces and brackets."""
    import unicodedata

    from extract.ids import name_key

    block = [chr(c) for c in range(0x4E00, 0xA000)]
    assert all(unicodedata.normalize("NFKC", c) == c for c in block)
    for name in ["重庆市南岸区", "".join(block[::997]), "“两江”新区", "南岸 区", "巴(南)", "ＡＢ公司", ""]:
        assert name_key(name) == _slow_name_key(name)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("南岸区“”「」()（） \tＡa丨\u9fff\u4e00\uf900'\""), max_size=20))
def test_name_key_equals_the_full_normalisation(name):
    from extract.ids import name_key

    assert name_key(name) == _slow_name_key(name)


def _plain_left_cut(gr, body: str, min_body: int, skip_soft: bool, opener: str = "") -> int:
    """``Grammar._left_cut`` written plainly: every stop word the plain regex finds is given its
    verdict, then the rightmost one that opens or cuts the name wins; with none, the widespread
    term, a passed-over soft cut (-1) or the clause's start."""
    from extract.pipeline.inner_stage_verbs import inner_stage_verb

    verdicts = []
    for m in gr.any_stop_re.finditer(body):
        a, b = m.start(), m.end()
        if len(body) - b < min_body:
            continue
        if gr.opens_name(body, a, b):
            verdicts.append(("at", a))
        elif body[a:b] in gr.stage_verbs and (noun := inner_stage_verb(body, a, gr, opener)) >= 0:
            verdicts.append(("at", noun))
        elif skip_soft and b - a > 1 and gr._only_soft_after(body, b, min_body):
            verdicts.append(("skip", a))
        elif (before := gr._phrase_prefix(body, a, b)) and gr._cuts_outside_phrases(body, a, b):
            verdicts.append(("term", a - before))
        elif not before and gr.cuts(body, a, b):
            verdicts.append(("at", b))
        else:
            verdicts.append(("none", a))
    ends = [at for kind, at in verdicts if kind == "at"]
    if ends:
        return ends[-1]
    terms = [at for kind, at in verdicts if kind == "term"]
    term = terms[-1] if terms else -1
    skips = [i for i, (kind, _) in enumerate(verdicts) if kind == "skip"]
    passed = bool(skips) and any(kind != "skip" for kind, _ in verdicts[: skips[-1]])
    if skips and (term >= 0 or passed):
        return -1
    return max(term, 0)


def _plain_name_start(gr, text: str, head_start: int, min_body: int = 2) -> int:
    """``Grammar.name_start`` written plainly: every stop word tested (``_plain_left_cut``)."""
    from extract.pipeline.conjoined_modifiers import CONJUNCTIONS
    from extract.pipeline.grammar import LEAD_RE, scan_left
    from extract.pipeline.inner_stage_verbs import carried_phrase_at
    from extract.pipeline.lexicon import longer_word_at
    from extract.pipeline.term_openers import opens_term

    lo = scan_left(text, head_start)
    body = text[lo:head_start]
    opener = text[lo - 1] if lo else ""
    cut = _plain_left_cut(gr, body, min_body, skip_soft=True, opener=opener)
    if cut < 0:
        cut = _plain_left_cut(gr, body, min_body, skip_soft=False, opener=opener)
    start = lo + cut
    while True:
        lead = LEAD_RE.match(text, start, head_start) or gr.any_stop_re.match(text, start, head_start)
        if not lead or lead.end() == start:
            break
        single = lead.end() - lead.start() == 1 and (
            lead.re is gr.any_stop_re or text[lead.start()] in CONJUNCTIONS
        )
        if single and not gr._function_word_at(text, lead.start(), lead.end()):
            break
        if lead.re is gr.any_stop_re and gr.opens_name(text, lead.start(), lead.end()):
            break
        if lead.re is gr.any_stop_re and not single and opens_term(text, lead.start(), lead.end(), gr):
            break
        if lead.re is gr.any_stop_re and not single and carried_phrase_at(text, lead.start(), head_start, gr):
            break
        if lead.re is gr.any_stop_re and not single:
            word = longer_word_at(text, lead.start(), lead.end())
            if word is not None and gr._glued(word, text) and word[0] == lead.start():
                break
        start = lead.end()
    while start < head_start and text[start] in "（(“「":
        close = {"（": "）", "(": ")", "“": "”", "「": "」"}[text[start]]
        if text.find(close, start, head_start) < 0:
            start += 1
        else:
            break
    return start


def test_name_start_tries_stop_words_from_the_right_with_the_same_result(corpus_documents):
    """``name_start`` tests the stop words of a name's left context from the right and stops at
    the first that cuts: the same start as testing all of them and keeping the last that cuts,
    for every head of two reports."""
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    checked = 0
    for doc in corpus_documents[:2]:
        for m in gr.head_re.finditer(doc.text):
            for min_body in (1, 2):
                assert gr.name_start(doc.text, m.start(), min_body=min_body) == _plain_name_start(
                    gr, doc.text, m.start(), min_body
                )
            checked += 1
    assert checked > 500


def test_span_predictions_with_few_or_many_blocked_characters_equal_scoring_the_open_ones(corpus_documents):
    """``SpanTagger.predict`` scores every character and fixes the blocked rows when few are
    blocked: the spans equal those of scoring only the open positions."""
    import numpy as np

    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.tagger import SpanTagger, decode_spans

    tagger = SpanTagger.from_disk(SHIPPED)
    text = corpus_documents[2].text
    rng = np.random.default_rng(3)
    for share in (0.1, 0.4, 0.8):
        blocked = rng.random(len(text)) < share
        open_ = np.flatnonzero(~blocked)
        scores = np.zeros((len(text), tagger.n_labels), dtype=np.float32)
        scores[:, 0] = 1.0
        scores[open_] = tagger.scores(tagger.features(text, open_))
        expected = decode_spans(scores, tagger.types, text, blocked, 0.0)
        assert tagger.predict(text, blocked) == expected
    assert tagger.predict(text, np.zeros(len(text), dtype=bool))  # nothing blocked: spans found


# --- speed2: answers remembered per name or run (issue 12) ---------------------------------

NAME_CHARS = list("建设搭部署该其这三一个平台园区项目基地公司集团的重点新型科技A B2")
NAME_TEXTS = st.text(alphabet=NAME_CHARS, min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(NAME_TEXTS, st.sampled_from(["Platform", "Project", "Enterprise", "Organization"]))
def test_generic_name_memo_equals_the_tests_it_remembers(name, label):
    from extract.pipeline.genericity import generic_name, generic_name_uncached
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    expected = generic_name_uncached(name, label, grammar)
    assert generic_name(name, label, grammar) == expected
    assert generic_name(name, label, grammar) == expected  # the remembered answer


def test_generic_name_memo_on_invented_names_and_a_full_memo(monkeypatch):
    from extract.pipeline import genericity
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    names = ["搭建创新平台", "这个平台", "三区一高地", "融资平台公司", "青山湖科技城", "PPP项目"]
    names.append("甲乙科技园")
    labels = ["Platform", "Project", "Enterprise", "Organization"]
    expected = {(n, t): genericity.generic_name_uncached(n, t, grammar) for n in names for t in labels}
    assert any(expected.values()) and not all(expected.values())  # the names test both answers
    monkeypatch.setattr(genericity, "MAX_MEMO", 3)  # the memo starts afresh many times over
    for _ in range(2):
        for (n, t), want in expected.items():
            assert genericity.generic_name(n, t, grammar) == want
    assert len(genericity._name_memo[grammar]) <= 3


def test_generic_name_memo_equals_the_tests_on_a_reports_candidates(corpus_documents):
    """On every candidate of a report (what the resolver reads), the remembered answer is the
    plain tests' answer, both kinds of answer occur, and a second pass (all remembered) agrees."""
    from extract.pipeline import context_doc, genericity
    from extract.pipeline.candidates import CANDIDATES

    nlp = load_pipeline()
    grammar = nlp.get_pipe("policykg_resolver").grammar
    document = corpus_documents[1]
    doc = context_doc(nlp, document.text, document.meta.region_code, document, 0)
    for name, proc in nlp.pipeline:
        if name == "policykg_resolver":
            break
        doc = proc(doc)
    pairs = [(doc.text[s.start_char : s.end_char], s.label_) for s in doc.spans[CANDIDATES]]
    pairs = [(n, t) for n, t in pairs if t in genericity.VETOED_TYPES]
    want = [genericity.generic_name_uncached(n, t, grammar) for n, t in pairs]
    assert len(pairs) > 100 and any(want) and not all(want)
    for _ in range(2):
        assert [genericity.generic_name(n, t, grammar) for n, t in pairs] == want


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=list("实施全面开展打好推进十大工程行动的和与重庆"), min_size=1, max_size=16))
def test_cached_segmentation_equals_jieba(run):
    from extract.pipeline.mining import segment, segment_cached

    first = segment_cached(run)
    assert first == segment(run)
    first.append("x")  # a caller changing its list changes no later answer
    assert segment_cached(run) == segment(run)


RAW_CHARS = list("2025年全区经济总量(地区生产总值)（亿元）GDP增长逆势首次达到在维持% ，")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=RAW_CHARS, max_size=24), st.booleans())
def test_clean_name_memo_equals_the_computation(raw, keep_brackets):
    from extract.indicators.names import clean_name, clean_name_uncached

    want = clean_name_uncached(raw, keep_brackets=keep_brackets)
    assert clean_name(raw, keep_brackets=keep_brackets) == want
    assert clean_name(raw, keep_brackets=keep_brackets) == want


def test_area_alias_memo_equals_the_scan_and_forgets_on_a_new_name():
    """A remembered area answer is the scan's answer, and adding a name that changes the answer
    (a division glued before the stem in another name) is seen at once."""
    from extract.linking import AliasIndex

    index = AliasIndex([("Area", "东站片区"), ("Project", "某某东站改造项目")])
    assert index.area_alias("东站片区", "500000") == index.area_alias_uncached("东站片区", "500000")
    before = index.area_alias("东站片区", "500000")
    index.add("Platform", "重庆东站铁路枢纽")
    after = index.area_alias("东站片区", "500000")
    assert after == index.area_alias_uncached("东站片区", "500000") == "重庆东站片区" != before
    index.add("Platform", "重庆东站铁路枢纽")  # a name seen already changes nothing
    assert index.area_alias("东站片区", "500000") == after


def test_area_alias_memo_on_a_reports_areas(corpus_documents):
    from extract.entities import raw_mentions
    from extract.linking import AliasIndex

    document = corpus_documents[0]
    raw = raw_mentions(document)
    index = AliasIndex((t, document.text[s:e]) for s, e, t, _, _ in raw)
    areas = [document.text[s:e] for s, e, t, _, _ in raw if t == "Area"]
    assert len(areas) > 10
    code = document.meta.region_code
    want = [index.area_alias_uncached(a, code) for a in areas]
    assert any(w != a for w, a in zip(want, areas, strict=True))  # some short forms get full names
    for _ in range(2):
        assert [index.area_alias(a, code) for a in areas] == want


def test_straddle_check_by_prefixes_equals_every_slice(corpus_documents):
    """``word_edges._may_straddle`` stops at the first slice jieba's dictionary lacks even as a
    prefix; it answers as the lookup of all nine slices around every position of a report did."""
    from extract.pipeline.lexicon import _segmenter
    from extract.pipeline.word_edges import _may_straddle

    freq = _segmenter().FREQ
    text = corpus_documents[0].text[:6000] + "以上企业"
    seen = set()
    for start in range(1, len(text) + 1):
        slow = any(
            freq.get(text[a:b], 0) > 0
            for a in range(max(0, start - 3), start)
            for b in range(start + 1, min(len(text), start + 3) + 1)
        )
        assert _may_straddle(text, start, freq) == slow
        seen.add(slow)
    assert seen == {True, False}


def test_resolve_memo_equals_the_rules_and_forgets_on_a_new_name(corpus_documents):
    """Every mention of a report resolves as the uncached rules do (twice, the second time from
    the memo), and a name added afterwards that changes an answer is seen at once."""
    from extract.entities import raw_mentions
    from extract.linking import AliasIndex

    document = corpus_documents[0]
    code = document.meta.region_code
    raw = raw_mentions(document)
    pairs = [(t, document.text[s:e]) for s, e, t, _, _ in raw if t != "Area"]
    index = AliasIndex(pairs)
    want = [index.resolve_uncached(t, n, code) for t, n in pairs]
    assert any(w != n for w, (_, n) in zip(want, pairs, strict=True))  # some names do resolve
    for _ in range(2):
        assert [index.resolve(t, n, code) for t, n in pairs] == want
    small = AliasIndex([("Enterprise", "深蓝")])
    assert small.resolve("Enterprise", "深蓝") == "深蓝"
    small.add("Enterprise", "深蓝汽车")
    assert small.resolve("Enterprise", "深蓝") == "深蓝汽车" == small.resolve_uncached("Enterprise", "深蓝")


STOP_CHARS = list("建设推动加快实施和与等的为在开工建成投产规划产业园区项目，。 A1")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=STOP_CHARS, max_size=30), st.integers(0, 32), st.integers(0, 34))
def test_stop_at_equals_the_stop_regex_match(text, pos, endpos):
    """With and without an end bound (name_start matches up to the head only)."""
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    m = gr.any_stop_re.match(text, pos)
    assert gr.stop_at(text, pos) == (m.group() if m else None)
    m = gr.any_stop_re.match(text, pos, endpos)
    assert gr.stop_at(text, pos, endpos) == (m.group() if m else None)


def test_stop_at_on_a_report(corpus_documents):
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    text = corpus_documents[1].text[:8000]
    found = 0
    for pos in range(len(text) + 1):
        m = gr.any_stop_re.match(text, pos)
        assert gr.stop_at(text, pos) == (m.group() if m else None)
        found += m is not None
        m = gr.any_stop_re.match(text, pos, pos + 2)  # a bound that cuts longer words off
        assert gr.stop_at(text, pos, pos + 2) == (m.group() if m else None)
    assert found > 200


# name characters, the bracket and quote pairs scan_left steps over, and what ends a run
SCAN_CHARS = list("南岸产业园aZ09·-/（）()“”「」》《，。、 \n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=SCAN_CHARS, max_size=60), st.integers(0, 62), st.integers(0, 62), st.integers(1, 45))
def test_scan_left_by_regex_equals_the_character_walk(text, pos, floor, limit):
    """``scan_left`` jumps to the last non-name character with one regex match; the
    character-by-character walk it replaced gives the same start (brackets, floor, limit)."""
    from extract.pipeline.grammar import scan_left, scan_left_stepwise

    pos = min(pos, len(text))
    floor = min(floor, pos)
    assert scan_left(text, pos, floor, limit) == scan_left_stepwise(text, pos, floor, limit)


def test_scan_left_on_a_report(corpus_documents):
    from extract.pipeline.grammar import MAX_NAME, default_grammar, scan_left, scan_left_stepwise

    text = corpus_documents[0].text
    starts = [m.start() for m in default_grammar().head_re.finditer(text)]
    assert len(starts) > 500
    moved = 0
    for pos in starts:
        assert scan_left(text, pos) == scan_left_stepwise(text, pos)
        assert scan_left(text, pos, limit=30) == scan_left_stepwise(text, pos, limit=30)
        moved += MAX_NAME > pos - scan_left(text, pos) > 2
    assert moved > 100  # real left contexts, not only empty runs


FIGURE_CHARS = list("约超过近接大突破达到△▲*0123456789一二两十百千〇零.,%-~至余多万亿元个项以上左右：:")
FIGURE_CHARS += list("产业 ，甲")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=FIGURE_CHARS, max_size=40))
def test_anchored_figure_scan_equals_finditer(text):
    """``find_figures`` runs FIGURE_RE only near a digit or Chinese numeral (its anchor): the
    same matches, groups included, as the regex tried at every character."""
    from extract.indicators.numbers import FIGURE_ANCHOR, FIGURE_RE, FIGURE_REACH

    got = anchored_finditer(FIGURE_RE, text, FIGURE_ANCHOR, FIGURE_REACH, len(text))
    assert [(m.span(), m.groups()) for m in got] == [(m.span(), m.groups()) for m in FIGURE_RE.finditer(text)]


def test_anchored_figure_scan_on_reports(corpus_documents):
    from extract.indicators.numbers import FIGURE_ANCHOR, FIGURE_RE, FIGURE_REACH, to_halfwidth

    found = 0
    for doc in corpus_documents:
        text = to_halfwidth(doc.text)
        plain = [(m.span(), m.groups()) for m in FIGURE_RE.finditer(text)]
        anchored = anchored_finditer(FIGURE_RE, text, FIGURE_ANCHOR, FIGURE_REACH, len(text))
        assert [(m.span(), m.groups()) for m in anchored] == plain
        found += len(plain)
    assert found > 1000


def test_sentences_skipped_by_the_indicator_reader_give_nothing(corpus_documents):
    """``find_indicators`` passes over a sentence with no digit and none of 元/万/亿 (its
    ``_MAY_HOLD`` test): the prose reader finds nothing in any such sentence of the corpus, and
    some sentences with them give records (the test is not vacuous)."""
    from extract.indicators import _MAY_HOLD, author, sentence_spans
    from extract.indicators.numbers import to_halfwidth
    from extract.indicators.prose import Context, indicators_in_sentence

    skipped = read = 0
    for doc in corpus_documents:
        who = author(doc)
        ctx = Context(who[0], who[1], who[2], 2025, "actual", doc.doc_id)
        for start, end, _ in sentence_spans(doc):
            text = doc.text[start:end]
            found = indicators_in_sentence(text, start, ctx)
            if _MAY_HOLD.search(to_halfwidth(text)):
                read += bool(found)
            else:
                assert found == []
                skipped += 1
    assert skipped > 1000 and read > 100


def test_sentence_prechecks_of_relation_rules_change_nothing(corpus_documents, monkeypatch):
    """``find_located``, ``find_cooperation`` and ``find_investments`` first ask whether the
    sentence holds any of their cue words at all and skip their clause readings when it does
    not: with the prechecks made to pass every sentence, the same records on two reports (and
    some sentences are really skipped, some give records)."""
    import extract.relations.cooperation as cooperation
    import extract.relations.investment as investment
    import extract.relations.located as located
    from extract.entities import find_mentions
    from extract.relations.common import sentences

    rules = (located.find_located, cooperation.find_cooperation, investment.find_investments)
    fast: list = []
    skipped = 0
    docs = corpus_documents[:2]
    runs = [(d, list(sentences(d, find_mentions(d)))) for d in docs]
    for _, sents in runs:
        for s in sents:
            skipped += located._ANY_CUE.search(s.doc.text, s.start, s.end) is None
            fast.append([rule(s) for rule in rules])
    monkeypatch.setattr(located, "_ANY_CUE", re.compile(""))
    monkeypatch.setattr(cooperation, "_SENTENCE_KEYWORD", re.compile(""))
    monkeypatch.setattr(investment, "_INVEST", "")
    slow = [[rule(s) for rule in rules] for _, sents in runs for s in sents]
    assert fast == slow
    found = sum(bool(recs) for row in fast for recs in row)
    assert skipped > 500 and found > 10


@settings(deadline=None)  # a loaded CI machine must not fail it on time
@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12),
    st.integers(-2, 44),
    st.integers(-2, 44),
)
def test_blocked_containment_by_bisection_equals_any(spans, start, end):
    """The resolver's test whether a weak guess lies inside a blocked table cell."""
    from extract.pipeline.resolver import _containment

    assert _containment(spans)(start, end) == any(a <= start and end <= b for a, b in spans)


def _holding_by_loop(names: list[str], piece: str) -> list[tuple[str, int]]:
    out = []
    for name in names:
        pos = name.find(piece)
        while pos != -1:
            out.append((name, pos))
            pos = name.find(piece, pos + 1)
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=list("东站片区重庆\x00"), max_size=8), max_size=8),
    st.text(alphabet=list("东站片区\x00"), max_size=3),
)
def test_name_run_finds_what_a_loop_over_the_names_finds(names, piece):
    """``NameRun.holding`` (one ``find`` pass over the joined names, area aliases and quoted
    programme cores) gives the occurrences of the loop over the names, in its order, also
    overlapping ones, an empty piece and names holding the separator."""
    from extract.linking import NameRun

    assert list(NameRun(names).holding(piece)) == _holding_by_loop(names, piece)


def test_name_run_on_a_reports_names(corpus_documents):
    from extract.entities import raw_mentions
    from extract.linking import NameRun

    document = corpus_documents[0]
    names = list(dict.fromkeys(document.text[s:e] for s, e, _, _, _ in raw_mentions(document)))
    run = NameRun(names)
    found = 0
    for piece in {n[:2] for n in names} | {n[-2:] for n in names}:
        got = list(run.holding(piece))
        assert got == _holding_by_loop(names, piece)
        found += len(got)
    assert found > len(names)


def test_span_decoding_in_blocks_of_ends_equals_one_block(corpus_documents, monkeypatch):
    """``decode_spans`` works through the candidate ends ``DECODE_BLOCK`` at a time: the spans
    are those of one block holding every end (and of odd block sizes), blocked or not."""
    import numpy as np

    import extract.spanmodel.tagger as tagger_module
    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.tagger import SpanTagger, decode_spans

    tagger = SpanTagger.from_disk(SHIPPED)
    text = corpus_documents[1].text
    scores = tagger.scores(tagger.features(text))
    blocked = np.zeros(len(text), dtype=bool)
    blocked[::7] = True
    results = []
    for size in (10**9, 1, 7, tagger_module.DECODE_BLOCK):
        monkeypatch.setattr(tagger_module, "DECODE_BLOCK", size)
        plain = decode_spans(scores, tagger.types, text)
        results.append((plain, decode_spans(scores, tagger.types, text, blocked)))
    assert all(r == results[0] for r in results)
    assert len(results[0][0]) > 50


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=list('“（南岸区 \n"'), max_size=12),
    st.integers(0, 12),
    st.integers(0, 12),
    st.sampled_from(["Project", "Platform"]),
    st.integers(1, 12),
)
def test_veto_context_memo_equals_hashing_the_features(text, s, e, label, count):
    """The veto's context indices, remembered per (left, right, type, count bucket), are the
    hashes of ``_context_features`` computed afresh (asked twice: computed, then remembered)."""
    from extract.spanmodel.veto import _context_features, _context_indices, _hash

    s, e = min(s, len(text)), min(max(s, e), len(text))
    s = min(s, e)
    want = tuple(_hash(x, 16) for x in _context_features(text, s, e, label, count))
    for _ in range(2):
        assert _context_indices(text[max(0, s - 2) : s], text[e : e + 2], label, count, 16) == want


def test_set_ents_outside_equals_spacys_default_outside(corpus_documents):
    """The resolver and the span veto set ``doc.ents`` with the "outside" default applied as one
    array: token by token the same annotation (IOB, type, KB id, id) as spaCy's own
    ``set_ents(default="outside")``, also over a Doc that already had entities (the veto's case)."""
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

    from extract.entities import run_pipeline
    from extract.pipeline import build_pipeline
    from extract.pipeline.resolver import set_ents_outside

    nlp = build_pipeline()
    document = corpus_documents[2]
    doc = run_pipeline(nlp, document.text, document.meta.region_code, document)
    ents = list(doc.ents)
    assert len(ents) > 100
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    for kept in (ents, ents[::2], ents[1::3], []):
        ours, theirs = doc.copy(), doc.copy()
        set_ents_outside(ours, [_relabelled(ours, e) for e in kept])
        theirs.set_ents([_relabelled(theirs, e) for e in kept], default="outside")
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == [
            (e.start_char, e.end_char, e.label_) for e in kept
        ]


def _relabelled(doc, e):
    from spacy.tokens import Span

    return Span(doc, e.start, e.end, label=e.label_, kb_id=e.kb_id_, span_id=e.id_)


def test_strategy_forms_sorted_once_name_the_same_strategy(corpus_documents):
    """``StrategyIndex.named_in`` keeps its longest-first order of the forms until a form is
    added: the same answer as sorting them for every title, before and after an addition."""
    from extract.entities import find_mentions
    from extract.relations.contributes import StrategyIndex

    def plain(index, title):
        for form, p in sorted(index.forms.items(), key=lambda kv: -len(kv[0])):
            if len(form) >= 3 and form in title:
                return p
        return None

    document = corpus_documents[0]
    mentions = find_mentions(document)
    index = StrategyIndex(document, mentions)
    assert len(index.forms) >= 3
    titles = [m.text for m in mentions if m.type in ("Policy", "Program", "Strategy")]
    assert [index.named_in(t) for t in titles] == [plain(index, t) for t in titles]
    assert any(index.named_in(t) for t in titles)
    index.forms["某某发展战略"] = ("某某发展战略", "Strategy", "x")
    assert index.named_in("关于某某发展战略的意见") == ("某某发展战略", "Strategy", "x")
    assert [index.named_in(t) for t in titles] == [plain(index, t) for t in titles]


def test_sentence_spans_listed_once_equal_the_walk(corpus_documents):
    """``sentence_spans`` lists a document's sentences once for both readers: the same spans
    and paths as walking the document, on every call."""
    from extract.indicators import _sentence_spans, sentence_spans

    for doc in corpus_documents:
        walked = list(_sentence_spans(doc))
        assert len(walked) > 100
        for _ in range(2):
            assert list(sentence_spans(doc)) == walked


def test_entity_id_memo_equals_the_digest(corpus_records):
    """``entity_id`` is remembered per (type, name, code): every mention's id over the corpus
    is the digest computed afresh, and an unknown type is refused every time (not remembered)."""
    import pytest

    from extract.ids import entity_id
    from extract.records import Mention

    mentions = [r for records in corpus_records.values() for r in records if isinstance(r, Mention)]
    assert len(mentions) > 1000
    for m in mentions:
        code = m.entity_id.split("/", 1)[1] if m.entity_id.startswith("district/") else None
        assert entity_id(m.type, m.canonical, code) == entity_id.__wrapped__(m.type, m.canonical, code)
        assert entity_id(m.type, m.canonical, code) == m.entity_id
    for _ in range(2):
        with pytest.raises(ValueError):
            entity_id("Nonsense", "某某")


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12),
    st.integers(-2, 44),
    st.integers(-2, 44),
)
def test_programme_gap_test_by_bisection_equals_any(spans, start, pos):
    """``extend_to_governing_verb``'s test for another name in a frame's gap."""
    from extract.pipeline.programme_frames import _ends_past

    assert _ends_past(spans)(start, pos) == any(a < start and b > pos for a, b in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("上海合作组织长治久安重庆市南岸区的"), min_size=1, max_size=16), st.data())
def test_place_in_longer_word_check_by_prefixes_equals_every_slice(text, data):
    """``embedded.inside_longer_word`` asks jieba's FREQ about the slices around a place and
    stops a row at the first slice that is no prefix of any word: the same answer as asking
    about every slice."""
    from extract.pipeline.lexicon import _segmenter, word_holds

    freq = _segmenter().FREQ
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    lo = data.draw(st.integers(0, start))
    hi = data.draw(st.integers(end, len(text)))
    n = end - start
    every = any(
        freq.get(text[a:b], 0) > 0 for a in range(lo, start + 1) for b in range(end, hi + 1) if b - a > n
    )
    assert word_holds(text, lo, start, end, hi, freq) == every


def test_reading_named_lexicon_files_equals_the_full_read_and_still_refuses_bad_entries(tmp_path):
    """``read_lexicon(names=...)`` (the indicator reader's lazy verb lists) gives the same
    validated entries as the full read for those files, and a bad entry in a named file is
    still refused with the file and line."""
    import shutil

    import pytest

    from extract.errors import LoadError
    from extract.indicators import prose
    from extract.pipeline.lexicon_files import DATA, FILES, read_lexicon

    full = read_lexicon()
    some = ("status_kernels.jsonl", "stop_words.jsonl")
    assert read_lexicon(names=some) == {name: full[name] for name in some}
    # the indicator reader's lists, built from the two files, equal the lists from the full read
    stages = {e["verb"] for e in full["status_kernels.jsonl"] if e["status"] in ("started", "completed")}
    stops = full["stop_words.jsonl"]
    assert prose._action_verbs() == tuple(
        e["word"]
        for e in stops
        if e["kind"] == "hard" and e["pos"] == "v" and len(e["word"]) >= 2 and e["word"] not in stages
    )
    assert prose._clause_verbs() == frozenset(
        e["word"] for e in stops if e["kind"] == "hard" and e["pos"] in ("v", "?") and len(e["word"]) >= 2
    )
    for name in FILES:
        shutil.copy(DATA / name, tmp_path / name)
    with (tmp_path / "stop_words.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"word": "甲乙", "kind": "hard"}\n')  # no provenance
    with pytest.raises(LoadError, match=r"stop_words\.jsonl"):
        read_lexicon(tmp_path, names=("stop_words.jsonl",))
    assert read_lexicon(tmp_path, names=("status_kernels.jsonl",)) == {
        "status_kernels.jsonl": full["status_kernels.jsonl"]
    }


@functools.cache
def _jieba_reference():
    """jieba's own tokenizer on its default dictionary, as the extractor used it before."""
    import jieba

    jieba.setLogLevel(60)
    ref = jieba.Tokenizer()
    ref.initialize()
    return ref


# Han characters that make and break dictionary words, letters and digits that jieba's plain cut
# glues back together, and the whitespace, punctuation and characters outside jieba's range
# (\u9fd6-\u9fff) that it cuts apart
SEGMENT_CHARS = list("推进高水平安全出海口示范县重庆南岸区一体化发展和京津冀")
SEGMENT_CHARS += list("abcZ09 .%-+#&\n\t，。“”（）\u9fe0")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SEGMENT_CHARS, max_size=30))
def test_one_pass_cuts_equal_jiebas(text):
    from extract.pipeline.lexicon import _segmenter

    assert _segmenter().cut_plain(text) == list(_jieba_reference().cut(text, HMM=False))
    assert _segmenter().cut_hmm(text) == list(_jieba_reference().cut(text, HMM=True))


def test_one_pass_cuts_equal_jiebas_on_windows_of_every_report(corpus_documents):
    """Every window of 2 to 24 characters starting at every 11th character of the bundled
    reports: the words and their order equal jieba's ``cut(HMM=False)``."""
    from extract.pipeline.lexicon import _segmenter

    ours, ref = _segmenter(), _jieba_reference()
    n = 0
    for doc in corpus_documents:
        text = doc.text
        for i in range(0, len(text) - 24, 11):
            window = text[i : i + 2 + i % 23]
            assert ours.cut_plain(window) == list(ref.cut(window, HMM=False)), window
            assert ours.cut_hmm(window) == list(ref.cut(window, HMM=True)), window
            n += 1
    assert n > 15000


def _han_window_by_regex(text, start, end, context, stops=frozenset()):
    """``lexicon.han_window`` (and ``is_word_at``'s window, with ``stops``) as first written: a
    regex call per character and the bounds recomputed at every step."""
    han = re.compile(r"[\u4e00-\u9fff]")
    lo = start
    while lo > max(0, start - context) and han.match(text[lo - 1]) and text[lo - 1] not in stops:
        lo -= 1
    hi = end
    while hi < min(len(text), end + context) and han.match(text[hi]) and text[hi] not in stops:
        hi += 1
    return lo, hi


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=list("推进高水平安全出海口示范县和等a1，。\n\u9fff\u4e00\u3400"), max_size=24),
    st.integers(0, 24),
    st.integers(0, 4),
    st.integers(0, 6),
)
def test_han_windows_by_character_range_equal_the_regex_walk(text, start, width, context):
    """The Han-run windows of ``han_window`` and ``is_word_at`` (a code point range test, bounds
    fixed before the walk) equal the regex walk they replace."""
    from extract.pipeline import lexicon

    start = min(start, len(text))
    end = min(start + width, len(text))
    assert lexicon.han_window(text, start, end, context) == _han_window_by_regex(text, start, end, context)
    lo, hi = _han_window_by_regex(text, start, end, lexicon.CONTEXT, lexicon.FUNCTION_CHARS)
    seen = []
    real = lexicon._word_at_window
    try:
        lexicon._word_at_window = lambda window, a, b: seen.append((window, a, b)) or True
        lexicon.is_word_at(text, start, end)
    finally:
        lexicon._word_at_window = real
    assert seen in ([], [(text[lo:hi], start - lo, end - lo)])


def test_remembered_routes_follow_a_changed_dictionary():
    """A tokenizer remembers the route of each run it cuts (``Tokenizer._route``); the same run
    cut again gives the same words, and a word added or deleted afterwards (``add_word``,
    ``del_word``, ``suggest_freq`` all go through ``add_word``) changes the cut as it changes
    jieba's."""
    from extract.pipeline.segmenter import new_tokenizer

    ours, ref = new_tokenizer(), _jieba_reference()
    text = "推进高水平安全出海口示范县建设"  # invented: 高水平 and 出海口 are dictionary words
    first = ours.cut_plain(text)
    assert first == ours.cut_plain(text) == list(ref.cut(text, HMM=False))
    assert ours.cut_hmm(text) == list(ref.cut(text, HMM=True))
    for tok in (ours, ref):
        tok.add_word("安全出海口示范县", 100_000)
    assert ours.cut_plain(text) == list(ref.cut(text, HMM=False)) != first
    assert "安全出海口示范县" in ours.cut_plain(text)
    for tok in (ours, ref):
        tok.del_word("安全出海口示范县")
    assert ours.cut_plain(text) == list(ref.cut(text, HMM=False)) == first


def test_remembered_routes_stay_within_their_character_bound(monkeypatch):
    """The memo of routes holds at most ``MAX_ROUTE_CHARS`` characters of runs, however the text
    is cut: many short runs start it afresh, and one run longer than the bound (a text with no
    punctuation) is cut right but never kept; the cuts stay jieba's."""
    from extract.pipeline import segmenter

    monkeypatch.setattr(segmenter, "MAX_ROUTE_CHARS", 40)
    ours, ref = segmenter.new_tokenizer(), _jieba_reference()
    runs = [f"推进第{n}批示范县建设" for n in "一二三四五六七八九十"]  # invented, 9 characters each
    for run in runs:
        assert ours.cut_plain(run) == list(ref.cut(run, HMM=False))
        assert ours._route_chars == sum(map(len, ours._routes)) <= 40
    long_run = "推进高水平安全出海口示范县建设" * 5  # 75 characters, no punctuation
    assert ours.cut_plain(long_run) == list(ref.cut(long_run, HMM=False))
    assert long_run not in ours._routes and ours._route_chars <= 40


class _Everything:
    """A set holding every string: a word-list prefilter that lets everything through."""

    def __contains__(self, item: object) -> bool:
        return True

    def isdisjoint(self, other: tuple[str, ...]) -> bool:
        """The openings prefilter (``extract.openings``) asks whether any cut is a word: always."""
        return not other


def _report_pieces(corpus_documents, step: int = 17) -> list[str]:
    """Pieces of 1 to 14 characters from every bundled report (names, clauses, numbers)."""
    out = []
    for doc in corpus_documents:
        text = doc.text
        for i in range(0, len(text) - 14, step):
            out.append(text[i : i + 1 + i % 14])
    return out


def test_word_list_prefilters_equal_segmenting_every_text(corpus_documents, monkeypatch):
    """clause_opener, leading_verb, is_common_phrase and the indicator names' adverb strip skip
    jieba when no opening (ending) of the text is a word they could accept; the answers equal
    those with the prefilters letting every text through to the segmenter."""
    from extract.indicators import names as inames
    from extract.pipeline import lexicon

    pieces = _report_pieces(corpus_documents)
    pieces += ["做好存量项目", "严格执行制度", "支撑调节性煤电", "石衡沧港", "逆势增长", "首次达到", "维持在"]
    pieces += ["新型工业化", "再次", "民间投资逆势", "出庭应诉率首次", "森林覆盖率维持在"]

    def answers():
        return [
            (
                lexicon.clause_opener(p),
                lexicon.leading_verb(p),
                lexicon.is_common_phrase(p),
                inames._strip_trailing_adverbs(p),
            )
            for p in pieces
        ]

    fast = answers()
    for name in ("_clause_words", "_leading_verbs", "_common_words"):
        monkeypatch.setattr(lexicon, name, lambda: (_Everything(), 99))
    monkeypatch.setattr(inames, "_adverb_words", lambda: (_Everything(), 99))
    plain = answers()
    assert fast == plain
    assert len(pieces) > 5000
    # the cases the prefilters let through still give non-trivial answers
    assert any(a[0] for a in fast) and any(a[1] for a in fast) and any(a[2] for a in fast)
    assert any(a[3] != p for a, p in zip(fast, pieces, strict=True))


def test_edge_crossing_prefilter_equals_segmenting_every_window(corpus_documents, monkeypatch):
    """is_word_at answers yes without segmenting when no dictionary word of the window crosses
    either edge of the hit; the answers equal those of the segmenter on every 2- to 4-character
    hit at every 7th character of the bundled reports."""
    from extract.pipeline import lexicon

    hits = []
    for doc in corpus_documents:
        for s in range(5, len(doc.text) - 10, 7):
            hits.append((doc.text, s, s + 2 + s % 3))
    fast = [lexicon.is_word_at(t, s, e) for t, s, e in hits]
    monkeypatch.setattr(lexicon, "_crossed", lambda *a: True)
    lexicon._word_at_window.cache_clear()
    assert fast == [lexicon.is_word_at(t, s, e) for t, s, e in hits]
    assert True in fast and False in fast


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("今年完成目标计划推进2025年。，\n ab实现增长"), max_size=200))
def test_section_lean_over_adjacent_pairs_equals_the_run_bigrams(text):
    """body_lean over every adjacent pair (shipped cues: all two Chinese characters) equals the
    mean over the bigrams inside runs of Chinese characters."""
    from extract.sections import MIN_CUES, bigrams, body_lean, load_cues, pairs_only

    for contrast, cues in load_cues().items():
        assert pairs_only(cues)
        hits = [cues[g] for g in bigrams(text) if g in cues]
        plain = sum(hits) / len(hits) if len(hits) >= MIN_CUES else None
        assert body_lean(text, contrast) == plain
        assert body_lean(text, contrast, cues, pairs=False) == plain
    # a table with a cue holding another character: the run bigrams (the pair across a run's edge
    # is no bigram of the body)
    odd = {"年。": 1.0, **load_cues()["review_plan"]}
    assert not pairs_only(odd)
    hits = [odd[g] for g in bigrams(text) if g in odd]
    assert body_lean(text, "review_plan", odd) == (sum(hits) / len(hits) if len(hits) >= MIN_CUES else None)


def test_section_lean_on_every_section_of_the_reports(corpus_documents):
    from extract.sections import bigrams, body_lean, load_cues

    cues = load_cues()["review_plan"]
    n = 0
    for doc in corpus_documents:
        for sec in doc.sections:
            body = doc.text[sec.end : sec.body_end]
            fast = body_lean(body, "review_plan", cues, pairs=True)
            assert fast == body_lean(body, "review_plan", cues, pairs=False)
            hits = [cues[g] for g in bigrams(body) if g in cues]
            assert fast == (sum(hits) / len(hits) if len(hits) >= 40 else None)
            n += fast is not None
    assert n > 20


def test_cue_pairs_of_a_range_equal_its_own_pass(corpus_documents):
    """``cue_pairs.weights_in`` (one pass per document, a range by bisection) gives the weights a
    pass over the range's own text gives, in the same order, for every section body and paragraph
    of the reports and for every range of an invented text; equal copies of a table share it."""
    import dataclasses
    import operator

    from extract.cue_pairs import document_hits, weights_in
    from extract.sections import load_cues

    def own(text: str, cues: dict[str, float]) -> list[float]:
        return [w for w in map(cues.get, map(operator.add, text, text[1:])) if w is not None]

    for cues in load_cues().values():
        copy = dict(cues)
        for doc in corpus_documents:
            ranges = [(s.end, s.body_end) for s in doc.sections] + [(p.start, p.end) for p in doc.paragraphs]
            for a, b in ranges:
                assert weights_in(doc, a, b, cues) == own(doc.text[a:b], cues)
                assert weights_in(doc, a, b, copy) == own(doc.text[a:b], cues)
            assert document_hits(doc, copy) is document_hits(doc, cues)
    cues = {"今年": 1.5, "完成": -0.5, "年完": 2.0}
    doc = dataclasses.replace(corpus_documents[0], text="今年完成目标，今年完成。年完成今年", sections=[])
    for a in range(len(doc.text) + 1):
        for b in range(a, len(doc.text) + 1):
            assert weights_in(doc, a, b, cues) == own(doc.text[a:b], cues)


def test_indicator_verb_prefilters_equal_segmenting(corpus_documents, monkeypatch):
    """opens_with_action skips jieba when no opening of the name is a verb, _predicate_after
    when no clause verb or count ending occurs in the tail at all; the answers equal those with
    the prefilters letting everything through, at every figure of the bundled reports."""
    from extract.indicators import names as inames
    from extract.indicators import prose

    figure = re.compile(r"\d+(?:个|家|项|部|座)?")
    spots = [(doc.text, m.end()) for doc in corpus_documents for m in figure.finditer(doc.text)][::2]
    spots += [("共有13部作品获国家级奖项。", 4), ("5个项目获批国家试点", 2), ("7家企业上榜中国500强", 2)]
    names = [text[max(0, pos - 12) : pos - 1] for text, pos in spots]
    names += ["推进工业投资", "完成投资额", "地区生产总值"]

    def answers():
        return [prose._predicate_after(t, p) for t, p in spots], [inames.opens_with_action(n) for n in names]

    fast = answers()
    monkeypatch.setattr(prose, "_clause_verb_re", lambda: re.compile(""))
    monkeypatch.setattr(inames, "_action_opening", lambda name: True)
    assert answers() == fast
    assert len(spots) > 1500 and any(fast[0]) and any(fast[1]) and not all(fast[1])


def test_loading_the_pipeline_freezes_it_out_of_the_collectors_walks():
    """``load_pipeline`` moves what it loaded into the collector's permanent generation
    (``extract.collector``): the pipeline is still tracked but no generation holds it, objects
    made afterwards are collected as before, and extraction in that process gives what an
    unfrozen pipeline gives. Run in a fresh process: the cached pipeline of this one was frozen
    (or not) by whichever test loaded it first."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import gc, json
        from extract.document import ingest
        from extract.entities import find_mentions, load_pipeline
        from extract.pipeline import build_pipeline
        from extract.records import to_json
        doc = ingest("data/corpus/001_c20813c4169b5919.txt")
        nlp = load_pipeline()
        frozen = gc.get_freeze_count()
        walked = {id(o) for o in gc.get_objects()}
        class Cycle:
            pass
        c = Cycle(); c.me = c; ref = id(c); del c
        collected = gc.collect()
        got = [to_json(m) for m in find_mentions(doc, nlp)]
        gc.unfreeze()
        plain = [to_json(m) for m in find_mentions(doc, build_pipeline())]
        print(json.dumps([frozen, gc.is_tracked(nlp), id(nlp) in walked, collected, got == plain, len(got)]))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    import json

    frozen, tracked, walked, collected, same, n = json.loads(out.stdout.strip().splitlines()[-1])
    assert frozen > 50_000  # the vocabulary, gazetteers and lexicons, not a handful
    assert tracked and not walked
    assert collected >= 1  # a cycle made after loading is still found
    assert same and n > 100


def test_quoted_place_titles_by_start_equal_a_walk_of_every_place(corpus_documents, monkeypatch):
    """``find_quoted_place_titles`` asks only the places that open a quote; it adds the same
    candidates, in the same order, as the walk of every place for every quote it replaces, on
    the candidates every bundled report has before the resolver, and on an invented text."""
    from extract.pipeline import context_doc
    from extract.pipeline import untitled_policies as up
    from extract.pipeline.candidates import add_candidate, candidates

    def walk_every_place(doc, text, grammar, kinds, add):
        places = {(c.start_char, c.end_char) for c in candidates(doc) if c.label_ == "District"}
        for q in up.QUOTED_RE.finditer(text):
            for start, end in places:
                if start != q.start(1) or end >= q.end(1):
                    continue
                m = kinds.fullmatch(text, end, q.end(1))
                if m and m.end() - end == up._kind_length(m.group(), grammar):
                    add(doc, q.start(1), q.end(1), "Policy", "title")

    nlp = load_pipeline()
    grammar = nlp.get_pipe("policykg_resolver").grammar
    kinds = up._kinds_re(grammar)
    assert kinds is not None
    invented = "推广“重庆方案”和“南岸条例”，落实“重庆市南岸区规划”。"
    docs = [(d.text, d.meta.region_code, d) for d in corpus_documents] + [(invented, "500108", None)]
    hits = 0
    for text, region, document in docs:
        doc = context_doc(nlp, text, region, document, 0)
        for name, proc in nlp.pipeline:
            if name == "policykg_resolver":
                break
            doc = proc(doc)
        if document is None:  # the places of the invented text, as the gazetteer marks them
            for place in ("重庆", "南岸", "重庆市南岸区"):
                for at in [i for i in range(len(text)) if text.startswith(place, i)]:
                    add_candidate(doc, at, at + len(place), "District", "region")
        calls: list[tuple] = []
        want: list[tuple] = []
        monkeypatch.setattr(up, "add_candidate", lambda d, *call, out=calls: out.append(call))
        up.find_quoted_place_titles(doc, doc.text, grammar, kinds)
        walk_every_place(doc, doc.text, grammar, kinds, lambda d, *call, out=want: out.append(call))
        monkeypatch.undo()
        assert calls == want
        hits += len(calls)
    assert hits >= 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("12０:：，,；;。！？!?\n²a比例为"), max_size=24))
def test_clause_starts_by_regex_equal_a_test_of_every_position(text):
    """The indicator reader's clause starts, found by one regex and a ratio test of each colon,
    are the positions a test of every character gives (``str.isdigit`` digits such as ² and ０
    included, which the regex's ``\\d`` would not judge the same way)."""
    from extract.indicators import prose

    plain = [
        i
        for i in range(1, len(text) + 1)
        if text[i - 1] in prose._CLAUSE_END
        or (text[i - 1] == ":" and not (i >= 2 and text[i - 2].isdigit() and text[i : i + 1].isdigit()))
    ]
    assert prose._clause_starts.__wrapped__(text) == plain


def test_company_in_text_asked_once_per_name_of_a_document(corpus_documents, monkeypatch):
    """``link_mentions`` asks ``company_in_text`` (seven scans of the whole text) once per
    Enterprise name of a document, not once per mention (the text and the document's other
    names do not change between its mentions, so the answer cannot). That the records stay the
    same is checked by ``scripts/dump_extraction.py`` over the 29 reports (``cmp``)."""
    from extract import entities
    from extract.linking import company_in_text

    nlp = load_pipeline()
    asked: list[tuple[int, str]] = []

    def counted(name, text, others=()):
        asked.append((id(text), name))
        return company_in_text(name, text, others)

    monkeypatch.setattr(entities, "company_in_text", counted)
    mentions = [m for d in corpus_documents for m in entities.find_mentions(d, nlp)]
    monkeypatch.undo()
    enterprises = [m for m in mentions if m.type == "Enterprise"]
    assert len(enterprises) > len(asked) > 10  # names recur within a document
    assert len(asked) == len(set(asked))  # once per name and document


def test_everyday_word_prefilter_equals_segmenting_every_name(corpus_documents, monkeypatch):
    """modified_category and modified_kind skip jieba when no opening of the name (within its
    first OPENING characters, leaving MIN_CATEGORY after it) is a widespread term; the answers
    equal those with the prefilter letting every name through, on pieces of every bundled report
    and on names that open with a widespread term."""
    from extract.pipeline import genericity
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    grammar = Grammar(read_lexicon())
    terms = sorted(genericity.widespread_terms(grammar))
    pieces = _report_pieces(corpus_documents, step=13)
    pieces += [t + tail for t in terms[::7] for tail in ("研发平台", "物流通道", "提升工程", "园")]
    pieces += ["跨省物流通道", "绿色智算中心", "澄江物流通道", "高校研发平台"]

    def answers():
        genericity._segment.cache_clear()
        return [
            (genericity.modified_category(p, grammar), genericity.modified_kind(p, grammar)) for p in pieces
        ]

    fast = answers()
    monkeypatch.setattr(genericity, "_opens_with_term", lambda name, terms: True)
    assert answers() == fast
    assert len(pieces) > 8000
    assert any(a for a, _ in fast) and any(b for _, b in fast)


def test_conjuncts_without_a_conjunction_character_equal_segmenting(corpus_documents, monkeypatch):
    """_conjuncts skips jieba when none of 、和及 occurs in the phrase (no word of its
    segmentation can be one); the answers equal the segmenter's split on pieces of every report."""
    from extract.indicators import prose

    pieces = [*_report_pieces(corpus_documents, step=11), "", " ", "普及率", "和美乡村", "A、B和C"]

    def answers():
        return [prose._conjuncts(p) for p in pieces]

    fast = answers()
    monkeypatch.setattr(prose, "_CONJUNCTIONS", _AlwaysMeets(prose._CONJUNCTIONS))
    assert answers() == fast
    assert len(pieces) > 10000 and any(len(a) > 1 for a in fast)


class _AlwaysMeets(frozenset):
    """A frozenset whose ``isdisjoint`` always says no: a character prefilter that lets every
    text through (membership is the set's own)."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_opening_verb_and_programme_tail_prefilters_equal_segmenting(corpus_documents, monkeypatch):
    """_opening_verb skips jieba when no opening of the name is a dictionary verb it accepts, and
    modifies_programme when no opening of the window after the guess is a programme tail; the
    answers equal those with the prefilters letting everything through, at every 5th character
    of the bundled reports."""
    from extract.indicators import prose
    from extract.pipeline import designation_modifiers as dm
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    grammar = Grammar(read_lexicon())
    spots = [(doc.text, i) for doc in corpus_documents for i in range(0, len(doc.text), 5)]
    names = _report_pieces(corpus_documents, step=7)
    names += ["累计建设项目", "新增就业岗位", "推进改革", "开展试点城市"]
    spots += [("建设区域消费中心城市", 6), ("培育市域副中心城市", 5), ("数字平台行动", 4)]

    def answers():
        dm._segment.cache_clear()
        return (
            [(prose._opening_verb(n), prose._opening_verb(n, with_object_verb=True)) for n in names],
            [dm.modifies_programme(t, i, grammar) for t, i in spots],
        )

    fast = answers()
    monkeypatch.setattr(prose, "_may_open_with_verb", lambda name, tags: True)
    monkeypatch.setattr(dm, "_may_open_with_tail", lambda window, tails: True)
    assert answers() == fast
    assert len(names) > 10000 and len(spots) > 20000
    assert any(a for a, _ in fast[0]) and any(a != b for a, b in fast[0])
    assert any(fast[1]) and not all(fast[1])


def test_word_before_prefilter_equals_segmenting(corpus_documents):
    """word_before_ends_with segments the Han run before a quote only when the characters there
    end with one of the endings; it answers what word_before(...).endswith(...) answers, with the
    shipped programme verbs, before every quote and at every 3rd character of the reports."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment_cached
    from extract.pipeline.quoted_frames import word_before, word_before_ends_with

    verbs = tuple(Grammar(read_lexicon()).programme_verbs)
    assert verbs
    spots = [(d.text, m.start()) for d in corpus_documents for m in re.finditer("“", d.text)]
    spots += [(d.text, i) for d in corpus_documents for i in range(0, len(d.text), 3)]
    spots += [("全面实施“数字山西”", 4), ("深入开展“两重”建设", 4), ("“开头”", 0)]
    fast = [word_before_ends_with(t, i, segment_cached, verbs) for t, i in spots]
    assert fast == [word_before(t, i, segment_cached).endswith(verbs) for t, i in spots]
    assert len(spots) > 50000 and any(fast) and not all(fast)


def _verb_after_lead_pairwise(text: str, start: int, end: int, leads: tuple[str, ...]) -> int:
    """The pair-by-pair loop ``clause_leads.verb_after_lead`` replaced."""
    from extract.pipeline.clause_leads import MIN_REST

    for p in leads:
        for k in (1, 2):
            lead, verb = p[:k], p[k:]
            if (
                len(verb) >= 2
                and text.startswith(verb + "“", start)
                and text[max(0, start - k) : start] == lead
                and end - start - len(verb) >= MIN_REST
            ):
                return len(verb)
    return 0


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=list("迭代升级深度参与新培育“”甲乙行动计划，"), max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_verb_after_lead_lookup_equals_trying_every_pair(text, a, b):
    from extract.pipeline.clause_leads import verb_after_lead

    leads = ("迭代升级", "深度参与", "新培育", "甲乙行动")
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert verb_after_lead(text, start, end, leads) == _verb_after_lead_pairwise(text, start, end, leads)


def test_full_form_prefilter_equals_asking_every_pair(corpus_documents):
    """``short_forms.document_full_form`` asks ``_kind`` only of names that hold the short key or
    share its first character; on every Program canonical of the bundled reports it answers as
    asking every pair did."""
    from extract.extractor import extract_document
    from extract.ids import name_key
    from extract.pipeline.grammar import default_grammar
    from extract.records import Mention
    from extract.short_forms import FullFormIndex, _kind, document_full_form

    grammar = default_grammar()
    for doc in corpus_documents:
        records = extract_document(doc)
        programmes = [r for r in records if isinstance(r, Mention) and r.type == "Program"]
        names = sorted({r.canonical for r in programmes} | {r.text for r in programmes})
        index = FullFormIndex(names)  # indexed once per document, as extract.entities does
        for short in names:
            found = [k for k in names if k != short and _kind(short, k, grammar)]
            if name_key(short) in grammar.quoted_programmes or not found:
                expected = None
            else:
                longest = max(found, key=lambda k: (len(name_key(k)), k))
                expected = longest if all(name_key(k) in name_key(longest) for k in found) else None
            assert document_full_form(short, names, grammar) == expected
            assert index.full_form(short, grammar) == expected


# names built of programme heads, quotes and shared characters, so the three short forms, empty
# keys (a bare quote) and keys holding another key all occur
_PROGRAMME_PIECES = [
    *"百千万县镇村“” ",
    *("扩大", "有效投资", "千项万亿", "工程", "行动", "试点"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PROGRAMME_PIECES), max_size=7).map("".join), max_size=12))
def test_full_form_index_equals_the_plain_answer(names):
    """``short_forms.FullFormIndex`` (names indexed once by first character and by a substring
    search over all keys) answers every short name as ``document_full_form`` does."""
    from extract.pipeline.grammar import default_grammar
    from extract.short_forms import FullFormIndex, document_full_form

    grammar = default_grammar()
    names = [*names, "扩大有效投资“千项万亿”工程", "百县千镇万村工程"]  # so that some answers are names
    index = FullFormIndex(names)
    for short in [*names, "", "“”", "百千万工程", "“千项万亿”工程"]:
        assert index.full_form(short, grammar) == document_full_form(short, names, grammar)


def _kernel_ending_by_loop(name, kernels, whole):
    """The plain definition: the first kernel (longest first) that ``name`` ends with."""
    fits = (lambda k: len(name) >= len(k)) if whole else (lambda k: len(name) > len(k))
    return next((k for k in kernels if fits(k) and name.endswith(k)), None)


def _kernel_cases():
    from extract.pipeline.genericity import KIND_TYPES, PROJECT_KIND_TYPES, _kind_kernels
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    return grammar, [(types, _kind_kernels(grammar, types)) for types in (KIND_TYPES, PROJECT_KIND_TYPES)]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_kernel_ending_by_length_equals_the_loop_over_kernels(data):
    """``genericity.kernel_ending`` (the kind kernels indexed by length) finds the kernel the loop
    over every kernel, longest first, found: on names built of kernels and their characters."""
    from extract.pipeline.genericity import kernel_ending

    grammar, cases = _kernel_cases()
    for types, kernels in cases:
        pieces = [*kernels, *"".join(kernels), "跨境", "数据"]
        name = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=5)))
        for whole in (False, True):
            assert kernel_ending(name, grammar, types, whole) == _kernel_ending_by_loop(name, kernels, whole)


def test_kernel_ending_on_each_kernel_alone_and_after_a_character():
    from extract.pipeline.genericity import kernel_ending

    grammar, cases = _kernel_cases()
    for types, kernels in cases:
        for name in [*kernels, *("甲" + k for k in kernels), ""]:
            for whole in (False, True):
                expected = _kernel_ending_by_loop(name, kernels, whole)
                assert kernel_ending(name, grammar, types, whole) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=list("甲乙丙中心"), max_size=4), max_size=8),
    st.text(alphabet=list("甲乙丙中心"), max_size=8),
)
def test_suffix_index_equals_the_longest_first_loop(words, name):
    """``suffix_index.SuffixIndex.first`` answers as the loop over the words sorted longest first
    (the empty word included), with and without the name itself counting."""
    from extract.pipeline.suffix_index import SuffixIndex

    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    index = SuffixIndex(words)
    for whole in (False, True):
        assert index.first(name, whole) == _kernel_ending_by_loop(name, ordered, whole)


def test_kernel_of_and_institution_stem_equal_the_plain_definitions(corpus_records):
    """``genericity._kernel_of`` (kernels indexed by length) and ``institution_stems.institution_stem``
    (the kernel map and stems built once) answer as the loop over every kernel and
    ``mining._institution_stem`` over a freshly built map did, on every Platform, Organization
    and Project name the bundled reports give and on the kernels after a research stem."""
    from extract.pipeline.genericity import _kernel_of
    from extract.pipeline.grammar import default_grammar
    from extract.pipeline.institution_stems import RETYPED_FROM, institution_stem
    from extract.pipeline.mining import _institution_stem
    from extract.records import Mention

    grammar = default_grammar()
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    kernels = sorted({k["head"] for k in rows}, key=lambda k: (-len(k), k))
    kernel_type = {k["head"]: k["type"] for k in rows}

    def plain_stem(name):
        kernel = next((k for k in kernels if name.endswith(k)), None)
        if kernel is None or len(name) <= len(kernel) or kernel_type.get(kernel) != RETYPED_FROM:
            return None
        return _institution_stem(name[: -len(kernel)], kernel_type)

    names = {
        r.text
        for records in corpus_records.values()
        for r in records
        if isinstance(r, Mention) and r.type in ("Platform", "Organization", "Project")
    }
    names |= {f"甲乙研究{k}" for k in kernels} | set(kernels) | {""}
    assert sum(plain_stem(n) is not None for n in names) > 0  # the stems are reached at all
    for name in names:
        assert _kernel_of(name, grammar) == next((k for k in kernels if name.endswith(k)), None)
        assert institution_stem(name, grammar) == plain_stem(name)


def _quote_blocked_by_every_span(start, quote_end, end, taken, inner):
    """The plain tests of ``find_described_quotes``: every candidate of the document asked."""
    return (
        any(a <= start and end <= b for a, b in taken)
        or any(start < a and b < quote_end for a, b in inner)
        or any(a < start < b < end or start < a < end < b for a, b in taken)
    )


_SPAN_LISTS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 25)).map(lambda p: (p[0], p[0] + p[1])), max_size=15
)


@settings(max_examples=500, deadline=None)
@given(_SPAN_LISTS, _SPAN_LISTS, st.integers(0, 60), st.integers(1, 20), st.integers(0, 15))
def test_described_quote_blocking_by_window_equals_asking_every_span(taken, inner, start, quote_len, tail):
    """``described_quotes.quote_blocked`` (spans bisected by start within the longest span's
    reach) answers as the three tests over every candidate did."""
    from extract.pipeline.described_quotes import SpansByStart, quote_blocked

    quote_end = start + quote_len
    end = quote_end + tail
    expected = _quote_blocked_by_every_span(start, quote_end, end, taken, inner)
    assert quote_blocked(start, quote_end, end, SpansByStart(taken), SpansByStart(inner)) == expected


def test_cached_lexicon_equals_a_plain_parse_of_every_file():
    """The once-per-process lexicon (frozen, shared entries) holds what parsing each line gives."""
    import json

    from extract.pipeline.lexicon_files import DATA, FILES, read_lexicon

    read_lexicon()  # fill the cache
    cached = read_lexicon()
    for name in FILES:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        plain = [json.loads(line) for line in lines if line.strip()]
        assert json.dumps(cached[name], sort_keys=True) == json.dumps(plain, sort_keys=True), name
        assert cached[name] == [
            {k: (tuple(v) if isinstance(v, list) else v) for k, v in e.items()} for e in plain
        ], name


def test_one_shared_tokenizer_and_a_tagger_with_a_copied_tag_table_equal_fresh_ones(corpus_documents):
    """The name rules and the miners share one private tokenizer, and the part-of-speech tagger
    copies the tag table jieba's global tagger has read: the same words and tags as a tokenizer
    and a tagger built from the dictionary file."""
    import jieba.posseg

    from extract.pipeline import lexicon, mining
    from extract.pipeline.segmenter import new_tokenizer, pos_tagger

    assert lexicon._segmenter() is mining._tokenizer()
    fresh = jieba.posseg.POSTokenizer(new_tokenizer())
    tagger = pos_tagger(new_tokenizer())
    assert tagger.word_tag_tab == fresh.word_tag_tab
    assert tagger.word_tag_tab is not jieba.posseg.dt.word_tag_tab  # ours alone
    text = corpus_documents[0].text
    windows = [text[i : i + 12] for i in range(0, min(len(text), 60_000), 97)]
    assert [[(p.word, p.flag) for p in tagger.cut(w)] for w in windows] == [
        [(p.word, p.flag) for p in fresh.cut(w)] for w in windows
    ]
    assert [lexicon.acts_on(w[-4:]) for w in windows] == [
        bool(t) and (t[-1].flag.startswith("v") or t[-1].flag in ("nr", "d", "p", "c"))
        for t in ([*fresh.cut(w[-4:])] for w in windows)
    ]


def test_memoised_opening_verb_equals_the_plain_reading(corpus_documents, monkeypatch):
    """``_opening_verb`` is memoised: every (name, with_object_verb) the indicator reader asks
    while reading a report gets the answer the unmemoised function gives, verbs found included."""
    from extract.extractor import extract_document
    from extract.indicators import prose

    asked: list[tuple[tuple[str, bool], str]] = []
    cached = prose._opening_verb

    def recording(name: str, with_object_verb: bool = False) -> str:
        answer = cached(name, with_object_verb)
        asked.append(((name, with_object_verb), answer))
        return answer

    monkeypatch.setattr(prose, "_opening_verb", recording)
    for doc in corpus_documents[:2]:
        extract_document(doc)
    assert len(asked) > 100 and any(answer for _, answer in asked)
    assert len({args for args, _ in asked}) < len(asked)  # names recur: the memo is used
    for args, answer in asked:
        assert cached.__wrapped__(*args) == answer, args


# the plain clause walk the conjunction-clause scan replaces: every run between clause marks,
# kept where a conjunction search finds one
_PLAIN_CLAUSE_RE = re.compile(rf"[^{_CLAUSE_MARKS}]+")
_PLAIN_CONJ_RE = re.compile(f"[{CONJ}]")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("甲乙、和及与，。；： \n“”（）"), max_size=60))
def test_conjunction_clause_scan_equals_filtering_every_clause(text):
    """``headed_lists`` reads the clauses holding a conjunction with one linear regex scan: the
    same spans as every clause between marks filtered by a conjunction search."""
    from extract.coordination import CONJ_CLAUSE_RE

    plain = [m.span() for m in _PLAIN_CLAUSE_RE.finditer(text) if _PLAIN_CONJ_RE.search(m.group())]
    assert [m.span() for m in CONJ_CLAUSE_RE.finditer(text)] == plain


def test_conjunction_clause_scan_on_the_reports(corpus_documents):
    from extract.coordination import CONJ_CLAUSE_RE

    for doc in corpus_documents:
        plain = [m.span() for m in _PLAIN_CLAUSE_RE.finditer(doc.text) if _PLAIN_CONJ_RE.search(m.group())]
        assert plain and [m.span() for m in CONJ_CLAUSE_RE.finditer(doc.text)] == plain, doc.doc_id


def _plain_headed_lists(text: str) -> list:
    """``coordination.headed_lists`` as first written: every clause between marks, split into
    its 、-parts, then the conjunction and the last part's head word tested."""
    from extract import coordination as c

    out = []
    for clause in _PLAIN_CLAUSE_RE.finditer(text):
        if _PLAIN_CONJ_RE.search(clause.group()) is None:
            continue
        parts, pos = [], clause.start()
        for part in clause.group().split(c.HEADED_SEP):
            parts.append((pos, pos + len(part)))
            pos += len(part) + 1
        if c._names().head_re.search(text, *parts[-1]) is None:
            continue
        parts[-1:] = c._last_conjunct(text, *parts[-1])
        if len(parts) < 2:
            continue
        items = c._list_run(text, parts[-c.HEADED_ITEMS_MAX : -1])
        if not items:
            continue
        last_start, last_end = parts[-1]
        found = c._last_item(text, last_start, last_end, len(items) + 1)
        if found is None:
            continue
        body_end, suffix, one_works = found
        items.append((last_start, body_end))
        if not c._list_item(text[last_start:body_end]):
            continue
        names = [text[a:b] for a, b in items]
        counted = suffix[0] > body_end
        if all(c.ROUTE_RE.fullmatch(n) for n in names) or (
            not counted and all(c.lookup(n) is not None for n in names[:-1])
        ):
            continue
        out.append(c.HeadedList(items, suffix, one_works))
    return out


def test_headed_lists_equal_the_plain_clause_walk(corpus_documents, extra_dir):
    """The head-word test on the last part before splitting a clause, over the conjunction
    clauses alone: the same lists as the plain walk, on every report and on written lists."""
    from extract.coordination import headed_lists

    texts = [d.text for d in corpus_documents]
    texts += [p.read_text(encoding="utf-8") for p in sorted(extra_dir.glob("*.txt"))]
    texts.append(
        "积极推动莱临、德商、日照至五莲、聊邯长铁路。雄商和济滨高铁，乌东德、白鹤滩水电站；东坝、尕羊、吉曲3乡大电网延伸工程"
    )
    found = 0
    for text in texts:
        fast = list(headed_lists(text))
        assert fast == _plain_headed_lists(text)
        found += len(fast)
    assert found > 10


def test_firm_list_gate_in_its_fast_order_equals_the_plain_one(corpus_documents, extra_dir):
    """``find_firm_lists`` tests the clause word after 等 before the segmentation at 等, with
    its batch pattern compiled once: on every 等 of the reports the same 等 pass as in the
    plain order with the pattern compiled at each call, and the cheap test rejects most."""
    from extract.pipeline import enumerations as en
    from extract.pipeline.firm_lists import QUOTED, _batch_re, _predicate_follows
    from extract.pipeline.lexicon import is_word_at

    texts = [d.text for d in corpus_documents]
    texts += [p.read_text(encoding="utf-8") for p in sorted(extra_dir.glob("*.txt"))]
    plain_batch = re.compile(en.ONE_BATCH + QUOTED)
    passed = rejected = 0
    for text in texts:
        at = text.find(en.LIST_CLOSER, 1)
        while at >= 0:
            fast_batch, slow_batch = _batch_re().match(text, at + 1), plain_batch.match(text, at + 1)
            assert (fast_batch and fast_batch.span()) == (slow_batch and slow_batch.span())
            plain = is_word_at(text, at, at + 1) and _predicate_follows(text, at + 1)
            fast = _predicate_follows(text, at + 1) and is_word_at(text, at, at + 1)
            assert fast == plain, (at, text[at - 10 : at + 10])
            passed += plain
            rejected += not _predicate_follows(text, at + 1)
            at = text.find(en.LIST_CLOSER, at + 1)
    assert passed > 10 and rejected > 5 * passed


# --- speed10: prefix tests by bisection ------------------------------------------


BRAND_CHARS = list("成渝科技汽车南岸a")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=BRAND_CHARS, max_size=6), max_size=12), st.text(BRAND_CHARS, max_size=4))
def test_sorted_names_prefix_test_equals_any(names, prefix):
    from extract.linking import SortedNames

    assert SortedNames(names).any_opens_with(prefix) == any(n.startswith(prefix) for n in names)


def test_company_in_text_with_sorted_names_equals_the_scan(corpus_documents):
    """``link_mentions`` hands ``company_in_text`` the document's other names sorted once; on the
    bundled reports every brand-length opening of every name gets the answer the scan gave."""
    from extract.entities import find_mentions
    from extract.linking import SortedNames, company_in_text

    nlp = load_pipeline()
    asked = found = 0
    for d in corpus_documents:
        by_type: dict[str, set[str]] = {}
        for m in find_mentions(d, nlp):
            by_type.setdefault(m.type, set()).add(m.canonical)
        for type_, own in by_type.items():
            names = [n for t, ns in by_type.items() if t != type_ for n in ns]  # as link_mentions
            others = SortedNames(names)
            for brand in {n[:k] for n in own for k in (2, 3, 4)}:
                plain = company_in_text(brand, d.text, names)
                assert company_in_text(brand, d.text, others) == plain
                assert others.any_opens_with(brand) == any(n.startswith(brand) for n in names)
                asked, found = asked + 1, found + (plain is not None)
    assert asked > 1000 and found > 0  # brands with a company name of the text occur


def test_linking_with_the_corpus_index_names_equals_naming_again(corpus_documents):
    """``extract_documents`` names every raw mention once (``named_mentions``) for the corpus's
    alias index and hands the names to ``link_mentions``, which named them again before; the
    linked mentions are the same either way, with the corpus index and with the document's own."""
    from extract.entities import link_mentions, named_mentions, raw_mentions
    from extract.linking import AliasIndex

    nlp = load_pipeline()
    found = [(d, raw_mentions(d, nlp)) for d in corpus_documents]
    index = AliasIndex()
    for d, raw in found:
        for _, _, t, _, canonical, _ in named_mentions(d, raw):
            index.add(t, canonical)
    linked = 0
    for d, raw in found:
        named = named_mentions(d, raw)
        assert link_mentions(d, raw, index, named) == link_mentions(d, raw, index)
        assert link_mentions(d, raw, None, named) == link_mentions(d, raw)
        linked += len(named)
    assert linked > 1000


def test_clauses_holding_words_are_the_clauses_a_word_begins_in(corpus_documents):
    """``find_result_subjects`` and ``find_firm_titles`` read only the clauses
    ``clause_index.clauses_holding`` hands them: exactly the clauses of their ``CLAUSE_RE``
    in which one of their words (programme tails, firm kernels) begins, in the same order —
    and so every clause the tail window test or the firm frame accepts (no other could add a
    candidate)."""
    from extract.pipeline import list_items, result_mining
    from extract.pipeline.clause_index import clauses_holding
    from extract.pipeline.firm_titles import _frame_re, _kernels
    from extract.pipeline.grammar import default_grammar
    from extract.pipeline.result_subjects import _tail_re, result_tails

    grammar = default_grammar()
    tails, kernels = result_tails(grammar), _kernels(grammar)
    frame = _frame_re(grammar)
    assert tails and kernels and frame is not None
    readers = [
        (tails, result_mining.CLAUSE_RE, result_mining.CLAUSE_EDGE_RE, result_mining.CLAUSE_EDGES),
        (kernels, list_items.CLAUSE_RE, list_items.CLAUSE_EDGE_RE, list_items.CLAUSE_EDGES),
    ]
    tail_re, kernel_re = _tail_re(tails), _tail_re(kernels)
    accepted = 0
    for words, clause_re, edge_re, edges in readers:
        assert not any(set(w) & set(edges) for w in words)  # no word holds a clause edge
        assert clause_re.pattern == f"[^{edges}]+" and edge_re.pattern == f"[{edges}]"
        word_re = _tail_re(words)
        texts = [t for d in corpus_documents for t in (d.text, d.text[: len(d.text) // 3 + 7])]
        texts += ["", "改革", "，改革纵深推进。", "——国企改革纵深推进，", "甲、乙改革\n丙行动取得突破"]
        texts += ["甲企业入选", "某某入选国家级专精特新企业，"]
        for text in texts:
            fast = [m.span() for m in clauses_holding(text, words, clause_re, edge_re)]
            assert fast == [m.span() for m in clause_re.finditer(text) if word_re.search(m.group())]
            for m in clause_re.finditer(text):
                if words is tails and tail_re.search(text, m.start(), min(m.end(), m.start() + 16)):
                    accepted += 1
                    assert m.span() in fast
                if words is kernels and frame.search(m.group()):
                    accepted += 1
                    assert m.span() in fast
    assert kernel_re.search("甲企业入选") and accepted > 100
    none = clauses_holding("国企改革纵深推进", (), result_mining.CLAUSE_RE, result_mining.CLAUSE_EDGE_RE)
    assert list(none) == []


def test_relation_rule_preconditions_are_exact(corpus_documents):
    """A sentence rule's ``types`` and ``cue`` (``extract.relations.rules.sentence_rule``) say
    where it cannot fire: on every sentence of the bundled reports where they fail, the rule
    returns nothing; ``sentences`` with the cues leaves out exactly the sentences naming nobody
    that hold none of them; and the readers' records are those of every rule on every sentence."""
    from extract.entities import find_mentions
    from extract.relations import _dedupe, find_relations
    from extract.relations.common import sentences
    from extract.relations.rules import DocumentRun, registered

    nlp = load_pipeline()
    rules = registered("sentence")
    assert any(r.types for r in rules) and any(r.cue for r in rules)
    cues = tuple(r.cue for r in rules if r.without_mentions and r.cue is not None)
    assert len(cues) == sum(r.without_mentions for r in rules)  # every bare-sentence rule has a cue
    skipped = fired = 0
    for d in corpus_documents:
        mentions = find_mentions(d, nlp)
        ms = sorted(mentions, key=lambda m: (m.start, -m.end))
        run = DocumentRun(d, ms)
        out = []
        for rule in registered("document"):
            run.found[rule.name] = rule.fn(d, ms)
            out.extend(run.found[rule.name])
        every = list(sentences(d, ms))
        kept = [(s.start, s.end) for s in sentences(d, ms, cues)]
        assert kept == [
            (s.start, s.end) for s in every if s.mentions or any(c in d.text[s.start : s.end] for c in cues)
        ]
        for s in every:
            types = {m.type for m in s.mentions}
            for rule in rules:
                found = rule.fn(s, run)
                out.extend(found)
                fired += bool(found)
                if (rule.types and rule.types.isdisjoint(types)) or (rule.cue and rule.cue not in s.text):
                    assert found == [], (rule.name, s.text)
                    skipped += 1
        assert find_relations(d, mentions) == _dedupe(out)
    assert skipped > 1000 and fired > 100


# the bare-zone pattern as first written, its optional level word in front of every alternative
_BARE_ZONE_FIRST = re.compile(r"(?:国家级)?(?:经开区|高新区)|自贸试验区|自由贸易试验区")
_ZONE_ALPHABET = list("国家级经开区高新自贸试验由易甲乙，。\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ZONE_ALPHABET, max_size=60))
def test_bare_zone_pattern_equals_its_first_spelling(text):
    """``BARE_ZONE_RE`` opens every alternative with a literal (so the engine skips to them);
    it matches what the first spelling matched, by ``finditer``, ``match`` and ``fullmatch``."""
    from extract.pipeline.names import BARE_ZONE_RE

    assert _spans(BARE_ZONE_RE.finditer(text)) == _spans(_BARE_ZONE_FIRST.finditer(text))
    for pos in range(len(text)):
        a, b = BARE_ZONE_RE.match(text, pos), _BARE_ZONE_FIRST.match(text, pos)
        assert (a and a.span()) == (b and b.span())
    assert bool(BARE_ZONE_RE.fullmatch(text)) == bool(_BARE_ZONE_FIRST.fullmatch(text))


def test_bare_zone_pattern_on_the_reports(corpus_documents):
    from extract.pipeline.names import BARE_ZONE_RE

    found = 0
    for d in corpus_documents:
        fast = _spans(BARE_ZONE_RE.finditer(d.text))
        assert fast == _spans(_BARE_ZONE_FIRST.finditer(d.text))
        found += len(fast)
    assert found > 20


_COUNTY_ALPHABET = list("县个12甲乙丙丁学前教育，。、：\n ")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_COUNTY_ALPHABET, max_size=80))
def test_counted_county_scan_equals_finditer(text):
    from extract.pipeline.city_titles import _counted_county_re, counted_county_matches

    assert _spans(counted_county_matches(text)) == _spans(_counted_county_re().finditer(text))


def test_counted_county_scan_on_written_cases_and_reports(corpus_documents):
    from extract.pipeline.city_titles import _counted_county_re, counted_county_matches

    cases = [
        "新增学前教育普及普惠县26个、义务教育优质均衡县23个。",
        "甲乙丙丁县1个，\n学前教育县2个。县3个，一二三四五六七八九十一二三四五六七八九十一县4个。",
        "全省共有甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸县12345678901234567890个，",
        "县个，甲乙丙丁县个。甲乙丙丁县12个",  # no count; no edge after the count
    ]
    texts = cases + [d.text for d in corpus_documents]
    found = 0
    for text in texts:
        fast = _spans(counted_county_matches(text))
        assert fast == _spans(_counted_county_re().finditer(text))
        found += len(fast)
    assert found >= 4


_ORDINAL_ALPHABET = list("一二三四五六七八九十百12十五规划纲要，\n“”")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ORDINAL_ALPHABET, max_size=60))
def test_bare_ordinal_pattern_equals_its_first_spelling(text):
    """``BARE_ORDINAL_RE`` opens with the numeral (its lookbehind read one character on): the
    same spans as the first spelling, which opened with the lookbehind."""
    from extract.pipeline.untitled_policies import BARE_ORDINAL_RE, ORDINAL_CHARS

    o = ORDINAL_CHARS
    first = re.compile(r"(?<![" + o + r"\d])[" + o + r"]{3,4}(?![" + o + r"\d])")
    assert _spans(BARE_ORDINAL_RE.finditer(text)) == _spans(first.finditer(text))
    for written in ("十五五规划", "二十三项", "一规划两纲要", "“十四五”", "三十一五", "五五五五五", "九十百"):
        assert _spans(BARE_ORDINAL_RE.finditer(written)) == _spans(first.finditer(written))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=list("甲乙丙Aa1·-—，。“（ \n等"), max_size=40), st.integers(0, 45), st.integers(0, 45)
)
def test_han_runs_in_one_match_equal_the_character_loops(text, a, b):
    """``place_runs.name_run`` and the lexicon's all-Chinese tests as one regex match give what the
    loops of one match per character gave."""
    from extract.pipeline.lexicon import _HAN, _HAN_ONLY
    from extract.pipeline.place_runs import HAN_RE, RUN_LIMIT, name_run

    stop, limit = a, min(len(text), a + RUN_LIMIT)
    while stop < limit and HAN_RE.match(text[stop]):
        stop += 1
    assert name_run(text, a) == text[a:stop]
    assert bool(text and _HAN_ONLY.fullmatch(text)) == bool(text and all(_HAN.match(c) for c in text))
    if len(text) >= 2:
        assert bool(_HAN_ONLY.fullmatch(text, 0, 2)) == all(_HAN.match(c) for c in text[:2])
    assert (a < b and not _HAN_ONLY.fullmatch(text, a, b)) == (not all(_HAN.match(c) for c in text[a:b]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("南岸区重庆市巴新城中大的，。 \n\x01"), max_size=60))
def test_gazetteer_root_order_changes_no_match(text):
    """Every character of the forms a root child, commonest first (``extract.root_order``), with
    never-matching words for the characters that open no form: the matches are every occurrence
    of every form, as a plain substring search finds them, in the automaton's order."""
    surfaces = ["南岸区", "南岸", "重庆市", "巴南", "新城", "城中", "庆市"]
    gaz = Gazetteer(Entry(s, "District", s, "region") for s in surfaces)
    found = [(start, end, bucket[0].surface) for start, end, bucket in gaz.finditer(text)]
    plain = [(i, i + len(s), s) for i in range(len(text)) for s in surfaces if text.startswith(s, i)]
    assert sorted(found) == sorted(plain)
    assert [e for _, e, _ in found] == sorted(e for _, e, _ in found)  # by end, as the automaton reports


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("０１２３４５６７８９．％，－～：︰0123.%,甲。 \n"), max_size=80))
def test_halfwidth_by_replacements_equals_the_translation(text):
    """``to_halfwidth`` by one replacement per mapped character gives ``str.translate``'s text."""
    from extract.indicators.numbers import _WIDTH, to_halfwidth

    assert to_halfwidth(text) == text.translate(_WIDTH)


_YEAR_TEXTS = st.text(alphabet=list("较比与至到—-从由2025年度底末0，达 "), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_YEAR_TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_year_patterns_with_their_lookbehinds_moved_equal_their_first_spelling(text, a, b):
    """``_EXPLICIT_YEAR`` and ``_TO_YEAR`` with the lookbehind after the characters it guards find
    what the spelling with the lookbehind first found, within any bounds (the readers search a
    clause: ``finditer(text, cstart, pos)``)."""
    from extract.indicators.prose import _EXPLICIT_YEAR, _TO_YEAR

    firsts = {
        _EXPLICIT_YEAR: re.compile(r"(?<![较比与至到—\-由从])(\d{4})年(?:度)?(?!\d)"),
        _TO_YEAR: re.compile(r"(?<![从由])(?:到|至)(\d{4})年(?:底|末)?(?!\d)"),
    }
    for moved, first in firsts.items():
        for args in ((text,), (text, a, b), (text, a)):
            found = [(m.span(), m.groups()) for m in moved.finditer(*args)]
            assert found == [(m.span(), m.groups()) for m in first.finditer(*args)]
    for written in ("到2025年底", "从到2025年", "比2025年", "2025年度", "至2030年末，较2020年", "20255年"):
        for moved, first in firsts.items():
            assert [m.span() for m in moved.finditer(written)] == [m.span() for m in first.finditer(written)]


_COUNT_TEXTS = st.text(alphabet=list("新建20所中小学和15家医院均已开工、，。约超\n"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_COUNT_TEXTS, st.integers(0, 45))
def test_count_readers_matched_at_a_position_equal_matching_the_rest(text, pos):
    """The indicator reader's noun, verb and Han-run patterns matched at ``pos`` of the whole
    sentence (``pattern.match(text, pos)``) give what matching ``text[pos:]`` gave: none looks
    behind its start, and ``$`` is the end of the text either way."""
    from extract.indicators.prose import _HAN_RUN_3, _NOUN_AFTER, _VERB_AFTER

    pos = min(pos, len(text))
    for pattern in (_NOUN_AFTER, _VERB_AFTER, _HAN_RUN_3):
        at = pattern.match(text, pos)
        rest = re.match(pattern.pattern, text[pos:])
        assert (at.group(0) if at else None) == (rest.group(0) if rest else None)
    for written, after in (("新建20所中小学和15家社区医院", "中小学"), ("建成12个园区，均已投产", "园区")):
        k = written.index(next(c for c in written if c.isdigit()))
        while written[k].isdigit():
            k += 1
        assert _NOUN_AFTER.match(written, k + 1).group(0) == after


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("产量分别达到为约近累计全面如期完成新建学校"), max_size=16))
def test_name_prefilters_by_word_tuples_equal_the_loops(name):
    """``strip_trailing_verbs`` returns a name no figure verb ends as it is, and the modifier
    tests skip names no mined modifier opens or ends: the answers equal the loops' on every name."""
    from extract.indicators.names import _TRAIL_VERBS, strip_trailing_verbs, strip_verb_run, words_of
    from extract.relations.status import status_lexicon

    assert strip_trailing_verbs(name) == strip_verb_run(name)
    mods = status_lexicon().mined_modifiers
    assert set(words_of(mods)) == set(mods)
    assert name.startswith(words_of(mods)) == any(name.startswith(m) for m in mods)
    assert name.endswith(words_of(mods)) == any(name.endswith(m) for m in mods)
    assert name.endswith(_TRAIL_VERBS) or strip_trailing_verbs(name) == name
    for written in ("粮食产量分别达到", "新建学校累计达", "新建学校"):
        assert strip_trailing_verbs(written) == strip_verb_run(written)


def test_chosen_records_read_what_their_spans_hold():
    """The resolver's filters read plain records (``extract.pipeline.chosen``) instead of spaCy
    spans: a record holds exactly the span's offsets, type, hint, source and text, a record built
    from offsets aligns (or fails to) as spaCy's ``char_span``, a retyped record is the span
    spaCy builds over the same tokens, and the span made back from a record is equal to the
    original. Invented text, with spaces and a whitespace run (tokens that are not characters)."""
    import spacy
    from spacy.tokens import Span

    from extract.pipeline.chosen import Chosen, char_span, from_span, make_span, retyped, to_span
    from extract.pipeline.tokens import CharTokenizer

    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    text = "甲市 乙丙高新区和丁县\n\n  戊己实验室建设 庚辛工程。"

    def fields(s: Span | Chosen) -> tuple[object, ...]:
        return (s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_, s.text)

    doc = nlp(text)
    n = len(text)
    for a in range(n):
        for b in range(a + 1, n + 1):
            theirs = doc.char_span(a, b, label="Platform", kb_id="甲", span_id="suffix")
            ours = char_span(doc, a, b, label="Platform", kb_id="甲", span_id="suffix")
            assert (theirs is None) == (ours is None), (a, b)
            if theirs is None or ours is None:
                continue
            assert fields(ours) == fields(theirs) == fields(from_span(theirs))
            assert to_span(ours) == theirs
            assert ours == from_span(theirs) and hash(ours) == hash(from_span(theirs))
            again = Span(
                doc, theirs.start, theirs.end, label="Project", kb_id=theirs.kb_id_, span_id=theirs.id_
            )
            assert fields(retyped(ours, "Project")) == fields(again)
            moved = Span(doc, theirs.start, theirs.end, label="Area", kb_id="乙", span_id="conjunct")
            assert fields(retyped(ours, "Area", kb_id="乙", span_id="conjunct")) == fields(moved)
            assert fields(make_span(doc, theirs.start, theirs.end, label="Area")) == fields(
                Span(doc, theirs.start, theirs.end, label="Area")
            )
    assert char_span(doc, 0, 1) != char_span(doc, 0, 1, label="District")


def test_kernel_length_is_the_longest_kernel_the_name_ends_with():
    """Looked up by the name's endings: the same as testing every kernel of the lexicon."""
    from extract.pipeline.grammar import default_grammar
    from extract.pipeline.proper_parts import kernel_length

    grammar = default_grammar()
    kernels = [r["head"] for r in grammar.lexicon.get("head_kernels.jsonl", ())]
    assert kernels
    for name in ("某某山谷联动创新区", "青禾平台", "青禾示范基地中心", "甲乙丙", "", "中心", "平"):
        brute = max((len(k) for k in kernels if name.endswith(k)), default=0)
        assert kernel_length(name, grammar) == brute


def test_plain_cut_glues_the_characters_jieba_glues():
    """The plain cut glues one-character words that are letters or digits (jieba's ``re_eng``);
    ``segmenter._ENG_CHARS`` is that set, checked over every character of the BMP."""
    import jieba

    from extract.pipeline.segmenter import _ENG_CHARS

    assert {c for c in map(chr, range(0x10000)) if jieba.re_eng.match(c)} == _ENG_CHARS


def test_remembered_hmm_reading_follows_forced_splits():
    """``segmenter.hmm_words`` remembers jieba's HMM reading of a run; a word marked with
    ``finalseg.add_force_split`` afterwards is split as jieba splits it."""
    from jieba import finalseg

    from extract.pipeline.segmenter import hmm_words

    run = "鲸渝谷澜"  # characters the dictionary holds no word of
    assert hmm_words(run) == hmm_words(run) == tuple(finalseg.cut(run))
    word = next(w for w in hmm_words(run) if len(w) > 1)
    finalseg.add_force_split(word)
    try:
        assert hmm_words(run) == tuple(finalseg.cut(run))
        assert word not in hmm_words(run)
    finally:
        finalseg.Force_Split_Words.discard(word)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("产量分别达到了为约近至增加到降低全面完成新建学校有"), max_size=24))
def test_verb_run_walk_that_stops_at_an_unmarked_stretch_equals_the_regex(name):
    """``strip_verb_run`` stops walking left once as many positions in a row as the longest verb
    has characters are unmarked (no verb from further left reaches a marked one): it strips what
    ``_TRAIL.sub`` strips, on names with verbs, their prefixes and other words mixed."""
    from extract.indicators.names import _TRAIL, strip_verb_run

    assert strip_verb_run(name) == _TRAIL.sub("", name)
    assert strip_verb_run("甲" * 40 + name) == _TRAIL.sub("", "甲" * 40 + name)
