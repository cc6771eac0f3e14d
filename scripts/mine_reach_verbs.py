"""Mine the verbs of an action's reach (惠及…万人) into ``extract/data/reach_verbs.jsonl``.

    python scripts/mine_reach_verbs.py              # write extract/data/reach_verbs.jsonl
    python scripts/mine_reach_verbs.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. It reads ``stop_words.jsonl``: run it after ``scripts/mine_lexicon.py``. The logic
is ``extract.indicators.reach_mining``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.indicators.reach_mining import mine_reach_verbs
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_reach_verbs", "reach_verbs.jsonl", mine_reach_verbs, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
