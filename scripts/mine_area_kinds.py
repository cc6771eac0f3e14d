"""Mine the region tokens that compose Area kinds into ``extract/data/area_kinds.jsonl``.

    python scripts/mine_area_kinds.py              # write extract/data/area_kinds.jsonl
    python scripts/mine_area_kinds.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.area_kind_mining``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.area_kind_mining import mine_area_kinds
from extract.pipeline.miner_cli import DATA, run_miner
from extract.pipeline.mining import load_kernels


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_area_kinds",
        "area_kinds.jsonl",
        lambda docs: mine_area_kinds(docs, load_kernels(DATA / "head_kernels.jsonl")),
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
