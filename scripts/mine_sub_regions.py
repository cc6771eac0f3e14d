"""Mine the sub-region kinds written after places into ``extract/data/sub_region_kinds.jsonl``.

    python scripts/mine_sub_regions.py              # write extract/data/sub_region_kinds.jsonl
    python scripts/mine_sub_regions.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The candidates are the GUIDE-rule kinds of ``head_rules.jsonl`` (rule kind
``sub_region``); the logic is ``extract.pipeline.sub_region_mining``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    from extract.pipeline.grammar import default_grammar
    from extract.pipeline.sub_region_mining import mine_sub_regions

    return run_miner(
        "mine_sub_regions",
        "sub_region_kinds.jsonl",
        lambda docs: mine_sub_regions(docs, default_grammar()),
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
