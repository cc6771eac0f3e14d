"""Mine the trade words that close company names (汽车, 制药) into ``extract/data/company_tails.jsonl``.

    python scripts/mine_company_tails.py              # write extract/data/company_tails.jsonl
    python scripts/mine_company_tails.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text, and jieba's general dictionary. The logic is ``extract.pipeline.company_tails``;
the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.company_tails import mine_company_tails
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_company_tails",
        "company_tails.jsonl",
        mine_company_tails,
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
