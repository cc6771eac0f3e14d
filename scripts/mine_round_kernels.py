"""Mine the words that close a national round's name into ``extract/data/round_kernels.jsonl``.

    python scripts/mine_round_kernels.py              # write extract/data/round_kernels.jsonl
    python scripts/mine_round_kernels.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.national_rounds`` (the frame 第N次全国 + name);
it reads no other mined file, so one run is its fixed point. The run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner
from extract.pipeline.national_rounds import KERNELS, mine_round_kernels


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_round_kernels", KERNELS, mine_round_kernels, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
