"""Mine the titles and designations written after a title verb into ``extract/data/known_titles.jsonl``.

    python scripts/mine_known_titles.py              # write extract/data/known_titles.jsonl
    python scripts/mine_known_titles.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.known_titles``; the run is deterministic. Re-run
after ``scripts/mine_lexicon.py`` (it reads the mined title verbs).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.known_titles import mine_known_titles
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_known_titles", "known_titles.jsonl", mine_known_titles, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
