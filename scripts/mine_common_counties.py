"""Mine the county names far provinces' reports write as common words (``common_counties.jsonl``).

    python scripts/mine_common_counties.py              # write extract/data/common_counties.jsonl
    python scripts/mine_common_counties.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.common_counties.mine_common_counties``; the
candidates are the gazetteer's county names (``extract/data/regions.tsv``); the run is
deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.common_counties import COMMON_COUNTIES, mine_common_counties
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner("mine_common_counties", COMMON_COUNTIES, mine_common_counties, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
