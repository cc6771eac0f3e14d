"""Mine the names the reports write right after a clause edge into ``extract/data/bare_names.jsonl``.

    python scripts/mine_bare_names.py              # write extract/data/bare_names.jsonl
    python scripts/mine_bare_names.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. It reads ``heads.jsonl``, ``head_kernels.jsonl`` and ``stop_words.jsonl``: run it
after ``scripts/mine_lexicon.py``. The logic is ``extract.pipeline.bare_names``; the run is
deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.bare_names import mine_bare_names
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_bare_names", "bare_names.jsonl", mine_bare_names, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
