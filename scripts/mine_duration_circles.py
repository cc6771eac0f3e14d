"""Mine the closers of duration-opened service circles into ``extract/data/duration_circles.jsonl``.

    python scripts/mine_duration_circles.py              # write extract/data/duration_circles.jsonl
    python scripts/mine_duration_circles.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.duration_circles``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.duration_circles import LEXICON_FILE, mine_with_grammar
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner("mine_duration_circles", LEXICON_FILE, mine_with_grammar, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
