"""Mine the trade kernels of firm names (银行) into ``extract/data/firm_kernels.jsonl``.

    python scripts/mine_firm_kernels.py              # write extract/data/firm_kernels.jsonl
    python scripts/mine_firm_kernels.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text, and jieba's general dictionary. The logic is ``extract.pipeline.firm_kernels``;
the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.firm_kernels import mine_firm_kernels
from extract.pipeline.miner_cli import DATA, run_miner
from extract.pipeline.mining import load_kernels


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_firm_kernels",
        "firm_kernels.jsonl",
        lambda docs: mine_firm_kernels(docs, load_kernels(DATA / "head_kernels.jsonl")),
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
