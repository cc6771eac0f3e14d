"""A soft frequency floor for the phase-cue miners (``scripts/mine_section_cues.py``,
``scripts/mine_clause_cues.py``).

Both miners keep a cue only when it is frequent enough (``--min-count``). A hard floor makes the
shipped lexicon fragile at its edge: a cue counted exactly at the floor carries its full weight,
and one occurrence less (a passage blanked for a new gold round) removes it. The fourteenth
session's blind round did exactly that: ``升至`` (25 review, 5 plan section bigrams, weight 2.0)
and ``超额完成`` (20 review sentences, 0 plan, weight 3.9) sat at their floors (30 and 20) and
vanished when 33 more passages were blanked, and a review paragraph of a readable report turned
into a plan.

Here the floor is a ramp instead of a step: a cue counted at least ``min_count`` times keeps its
whole weight, as before; below, its weight is scaled down linearly to nothing at half the floor.
One occurrence more or less then moves a weight by a fraction of it (a tenth at a floor of 20),
never from full weight to none. Cues at or above the floor are unchanged, so every weight the
readers' thresholds were set on stays as it was.
"""

from __future__ import annotations

LOW_SHARE = 0.5  # the ramp starts at this share of the floor (no weight at or below it)


def floor_share(count: int, min_count: int) -> float:
    """The share of its weight a cue counted ``count`` times keeps under a floor of ``min_count``:
    1 at or above the floor, falling linearly to 0 at ``LOW_SHARE * min_count``."""
    if count >= min_count:
        return 1.0
    low = LOW_SHARE * min_count
    if count <= low:
        return 0.0
    return (count - low) / (min_count - low)


__all__ = ["LOW_SHARE", "floor_share"]
