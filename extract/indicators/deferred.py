"""The readers of other packages the indicator modules call, each imported once, on first use.

``extract.pipeline`` imports ``extract.sections``, which imports ``extract.indicators``, and
``extract.relations.status`` imports ``extract.indicators.period``: an indicator module cannot
import jieba's segmentation (``extract.pipeline.lexicon``, ``extract.pipeline.mining``) or the
status lexicon at its top, so each reader imported them inside its own body. Such an import
statement runs on every call (the module is looked up in ``sys.modules``, its spec asked whether
it is still initialising, the names fetched): about 25 times the cost of a plain call, and the
indicator readers ran some 5,000 of them on a first reading of two bundled documents. These
accessors do that import once (still at first use, so the cycle stays open) and hand back the
very same functions, so every caller computes what it did.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.relations.status import StatusLexicon


@functools.cache
def segment_fn() -> Callable[[str], tuple[str, ...]]:
    """``extract.pipeline.lexicon.segment``: jieba's plain reading of a window, memoised."""
    from extract.pipeline.lexicon import segment

    return segment


@functools.cache
def dictionary_fn() -> Callable[[], dict[str, tuple[int, str]]]:
    """``extract.pipeline.mining.dictionary``: jieba's general dictionary with its tags."""
    from extract.pipeline.mining import dictionary

    return dictionary


@functools.cache
def status_lexicon_fn() -> Callable[[], StatusLexicon]:
    """``extract.relations.status.status_lexicon``: the shipped status lexicon, read once."""
    from extract.relations.status import status_lexicon

    return status_lexicon
