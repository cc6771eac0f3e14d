"""Mine the predicates that report a programme's result into ``extract/data/result_predicates.jsonl``.

    python scripts/mine_result_predicates.py              # write extract/data/result_predicates.jsonl
    python scripts/mine_result_predicates.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.result_mining``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner
from extract.pipeline.result_mining import mine_result_predicates


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_result_predicates", "result_predicates.jsonl", mine_result_predicates, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
