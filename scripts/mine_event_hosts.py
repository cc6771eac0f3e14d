"""Mine the verbs that host events into ``extract/data/event_hosts.jsonl``.

    python scripts/mine_event_hosts.py              # write extract/data/event_hosts.jsonl
    python scripts/mine_event_hosts.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.hosted_events``; the run is deterministic.
Re-run after ``scripts/mine_lexicon.py`` (it reads the mined Program heads).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.hosted_events import HOSTS, mine_event_hosts
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_event_hosts", HOSTS, mine_event_hosts, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
