"""The pipeline's tokenizer: the tokens of ``spacy.blank("zh")``'s character segmenter, faster.

The char segmenter splits ``list(text)`` and then realigns words and spaces in Python
(``spacy.util.get_words_and_spaces``), which is most of a bare pass (about four fifths of a
``nlp(text)`` over the corpus before this tokenizer). The same tokens come straight from one
regex: every non-space character is a token, one following space becomes its trailing
whitespace, any other whitespace run is a token of its own. :class:`CharTokenizer` is
registered as ``policykg.char_tokenizer.v1`` (``[nlp.tokenizer]`` of the pipeline's config, an
entry point of the package), so ``nlp(text)``, ``nlp.pipe`` and a pipeline loaded with
``spacy.load`` all use it. A test checks its tokens equal the char segmenter's on the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer
from spacy.vocab import Vocab

TOKEN_RE = re.compile(r"(\S)( ?)|(\s+)")  # the token rule, spelled out (tests compare against it)
_WHITESPACE_RUN = re.compile(r"(\s+)")
TOKENIZER = "policykg.char_tokenizer.v1"
MAX_KEPT_IDS = 100_000  # distinct words whose string-store ids CharTokenizer keeps


def char_words(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing spaces of ``TOKEN_RE``, built from whitespace-separated chunks.

    ``re.split`` hands back alternating non-space chunks and whitespace runs; a chunk adds one
    token per character at C speed (``list.extend``), and a run that starts with a space
    lends that space to the character before it, as the char segmenter does.
    """
    words: list[str] = []
    spaces: list[bool] = []
    parts = _WHITESPACE_RUN.split(text)
    for i, part in enumerate(parts):
        if not part:
            continue
        if i % 2 == 0:  # non-space chunk
            words.extend(part)
            spaces.extend([False] * len(part))
            continue
        if parts[i - 1] and part[0] == " ":
            spaces[-1] = True
            part = part[1:]
            if not part:
                continue
        words.append(part)
        spaces.append(False)
    return words, spaces


class CharTokenizer(DummyTokenizer):
    """One token per non-space character (no data: ``DummyTokenizer`` saves nothing).

    The Doc is built from the words' ids in the vocabulary's string store, not from the words:
    for a word given as a string spaCy hashes it again (UTF-8 and MurmurHash, per character of
    a report); an id is looked up as it is. The ids of the characters seen so far are kept
    (``_ids``: a few thousand distinct characters), so a report costs one dict lookup per
    character. The same lexemes, so the same Doc.
    """

    segmenter = "char"

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._ids: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        words, spaces = char_words(text)
        try:
            ids = self._word_ids(words)
            # Doc takes string-store ids as words (Doc.__init__: vocab.get_by_orth); its stub says str
            return Doc(self.vocab, words=cast(list[str], ids), spaces=spaces)
        except KeyError:  # an id the vocabulary no longer knows (its strings were replaced)
            self._ids = {}
            return Doc(self.vocab, words=words, spaces=spaces)

    def _word_ids(self, words: list[str]) -> list[int]:
        ids = self._ids
        try:
            return list(map(ids.__getitem__, words))
        except KeyError:
            if len(ids) > MAX_KEPT_IDS:  # whitespace runs of every length: keep the table bounded
                ids.clear()
            add = self.vocab.strings.add
            for word in set(words).difference(ids):
                ids[word] = add(word)
            return list(map(ids.__getitem__, words))


@spacy.registry.tokenizers(TOKENIZER)
def create_char_tokenizer(segmenter: str = "char") -> Callable[[Language], CharTokenizer]:
    """The factory spaCy's config calls; ``segmenter`` is accepted because ``spacy.blank("zh")``'s
    own tokenizer settings are merged into the config, and only ``char`` is what this gives."""
    if segmenter != "char":
        raise ValueError(f"{TOKENIZER}: only the char segmenter is implemented, not {segmenter!r}")

    def create(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return create


def make_doc(nlp: Language, text: str) -> Doc:
    """The Doc of ``text``: the char tokens computed fast for a char-segmenting ``zh`` pipeline
    (this one or ``spacy.blank("zh")``), else whatever ``nlp.make_doc`` gives."""
    if isinstance(nlp.tokenizer, CharTokenizer) or getattr(nlp.tokenizer, "segmenter", None) != "char":
        return nlp.make_doc(text)
    words, spaces = char_words(text)
    return Doc(nlp.vocab, words=words, spaces=spaces)
