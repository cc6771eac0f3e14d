"""Mine adverbs of degree jieba tags as nouns (任务基本|完成) into ``extract/data/degree_adverbs.jsonl``.

    python scripts/mine_degree_adverbs.py              # write extract/data/degree_adverbs.jsonl
    python scripts/mine_degree_adverbs.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.status_mining.mine_degree_adverbs``; the stage
verbs are ``extract/data/status_kernels.jsonl``; the run is deterministic.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner
from extract.pipeline.mining import STATUS_KERNELS
from extract.pipeline.status_mining import mine_degree_adverbs


def _mine(docs: list[tuple[str, str]]) -> list[dict]:
    lines = STATUS_KERNELS.read_text(encoding="utf-8").splitlines()
    kernels = [json.loads(line) for line in lines if line.strip()]
    return mine_degree_adverbs(docs, kernels)


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_degree_adverbs", "degree_adverbs.jsonl", _mine, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
