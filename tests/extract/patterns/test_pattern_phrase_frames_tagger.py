"""Failure class: the name grammar paid jieba's part-of-speech tagger before its first name.

``Grammar._phrase_prefix`` protects a hard stop word inside a widespread phrase (新|就业|形态)
unless the phrase's part before the word is adverbial (稳妥|推进: jieba's tagger decides). The
frames were filtered when first used, so the first name any process read tagged every widespread
phrase of the lexicon and loaded the tagger's word-tag table (~4 s under load of the ~18 s that
``test_pattern_field_pilot_label_scale.py`` spent, review11), even where no phrase stood in the
text. The adverbial test now runs only on a frame that matches the text, once per frame. The
sentences are invented.
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

SENTENCE = "我们要加快推进青禾城市更新行动"  # a hard stop word (推进), no widespread phrase around it


def test_a_name_outside_every_widespread_phrase_loads_no_tagger():
    script = (
        "from extract.pipeline.grammar import Grammar\n"
        "from extract.pipeline.lexicon_files import read_lexicon\n"
        "from extract.pipeline import lexicon\n"
        f"text = {SENTENCE!r}\n"
        "grammar = Grammar(read_lexicon())\n"
        "assert grammar.name_start(text, text.index('行动')) == text.index('青禾')\n"
        "assert lexicon._pos_tagger.cache_info().currsize == 0, 'the tagger was loaded'\n"
    )
    assert_runs_within(script, 120)
