"""Mine the governing verbs and document kinds of policy titles into ``extract/data/policy_frames.jsonl``.

    python scripts/mine_policy_frames.py              # write extract/data/policy_frames.jsonl
    python scripts/mine_policy_frames.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.policy_mining``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner
from extract.pipeline.policy_mining import mine_policy_frames


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner("mine_policy_frames", "policy_frames.jsonl", mine_policy_frames, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
