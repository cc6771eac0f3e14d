"""Mine the verbs that govern a list of counts (办理A 4件、B 5件) into ``extract/data/count_verbs.jsonl``.

    python scripts/mine_count_verbs.py              # write extract/data/count_verbs.jsonl
    python scripts/mine_count_verbs.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.indicators.count_verbs``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.indicators.count_verbs import mine_count_verbs
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_count_verbs", "count_verbs.jsonl", mine_count_verbs, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
