"""The process's cyclic garbage collector, told once that the loaded pipeline is permanent.

Why: after ``extract.entities.load_pipeline`` the process tracks about 146,000 container
objects (spaCy's vocabulary and components, the gazetteers' automata, lexicons, compiled
patterns), and every full (generation-2) collection walked all of them again, ≈ 50–110 ms
each; one lands by chance in any second or so of extraction. ``gc.freeze()`` moves every
object tracked at that moment into the collector's permanent generation, which no later
collection walks, so a full collection only visits what was made after the load.

Why it is safe to do from a library, for every caller in the process:

- it runs once per process (``load_pipeline`` is cached), right after the pipeline is built,
  and the pipeline it protects is itself kept until the process exits;
- freezing never changes what a program computes: reference counting still frees every frozen
  object the moment it is dropped; only a reference *cycle* among objects alive at that moment
  and dropped later is kept until exit. That is bounded by what existed at load time, and at
  that point there is no cyclic garbage to keep (``gc.collect()`` there finds 0 unreachable
  objects in ``policykg extract``'s path, measured in the fifth session);
- objects created afterwards (documents, Docs, records, memos) are collected as before.

``gc.unfreeze()`` undoes it for a caller that wants the old behaviour back.
"""

from __future__ import annotations

import gc


def freeze_loaded() -> int:
    """Move every object the collector tracks now into its permanent generation; how many
    objects are frozen in all (``gc.get_freeze_count()``)."""
    gc.freeze()
    return gc.get_freeze_count()
