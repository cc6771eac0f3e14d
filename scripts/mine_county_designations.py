"""Mine the bodies of county designations into ``extract/data/county_designations.jsonl``.

    python scripts/mine_county_designations.py              # write extract/data/county_designations.jsonl
    python scripts/mine_county_designations.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.county_designations``; the run is deterministic.
Re-run after ``scripts/mine_lexicon.py`` (it reads the mined title verbs and stop words).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.county_designations import COUNTY_DESIGNATIONS, mine_county_designations
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_county_designations", COUNTY_DESIGNATIONS, mine_county_designations, __doc__ or "", argv
    )


if __name__ == "__main__":
    sys.exit(main())
