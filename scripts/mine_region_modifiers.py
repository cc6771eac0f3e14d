"""Mine the nouns jieba tags as adverbs that name regions into ``extract/data/region_modifiers.jsonl``.

    python scripts/mine_region_modifiers.py              # write extract/data/region_modifiers.jsonl
    python scripts/mine_region_modifiers.py --check      # exit 1 when the shipped file is out of date

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.region_modifiers``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import DATA, run_miner
from extract.pipeline.mining import load_kernels
from extract.pipeline.region_modifiers import mine_region_modifiers


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_region_modifiers",
        "region_modifiers.jsonl",
        lambda docs: mine_region_modifiers(docs, load_kernels(DATA / "head_kernels.jsonl")),
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
