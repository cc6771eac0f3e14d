"""Mine the campaign names several reports carry out into ``extract/data/carried_campaigns.jsonl``.

    python scripts/mine_carried_campaigns.py              # write extract/data/carried_campaigns.jsonl
    python scripts/mine_carried_campaigns.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.campaign_frames`` (a campaign read after a mined
carrying verb, kept when two or more reports carry it out). It reads the mined carrying verbs
and campaign kernels of ``scripts/mine_lexicon.py``, so it runs after that miner
(``scripts/mine_all.py``). The run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.campaign_frames import CARRIED_FILE, mine_carried_campaigns
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_carried_campaigns", CARRIED_FILE, mine_carried_campaigns, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
