"""A faster route to the ``Doc`` that ``spacy.blank("zh")``'s character segmenter makes.

The char segmenter splits ``list(text)`` and then realigns words and spaces in Python
(``spacy.util.get_words_and_spaces``), which is most of a bare pass. The same tokens come
straight from one regex: every non-space character is a token, one following space becomes
its trailing whitespace, any other whitespace run is a token of its own. A test checks the
result equals ``nlp.make_doc`` on the corpus; pipelines with another tokenizer use theirs.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

TOKEN_RE = re.compile(r"(\S)( ?)|(\s+)")  # the token rule, spelled out (tests compare against it)
_WHITESPACE_RUN = re.compile(r"(\s+)")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokens of ``TOKEN_RE`` built from whitespace-separated chunks, not one match per character.

    ``re.split`` hands back alternating non-space chunks and whitespace runs; a chunk adds one
    token per character at C speed (``list.extend``), and a run that starts with a space
    lends that space to the character before it, as the char segmenter does.
    """
    if getattr(nlp.tokenizer, "segmenter", None) != "char":
        return nlp.make_doc(text)
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
    return Doc(nlp.vocab, words=words, spaces=spaces)
