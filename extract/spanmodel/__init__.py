"""A trained span recogniser beside the rules (issue 12, item 3).

The rules find names by their grammar; this model learns, from the rules' own output over
unannotated reports (silver) and the tuning gold, where names start and end from the
characters around them and the mined lexicons. It must be cheap: the whole extractor has to
stay at least 4x faster than ``jieba.posseg``, which leaves well under a microsecond per
character for it. A CRF or spaCy's ``ner`` spend far more than that (measured, see
eval/README or BENCHMARKS.md), so the model is a linear classifier over hashed character and
lexicon features whose every step is a numpy array operation over the whole text:

- ``features``: the hashed feature matrix of a text (character n-grams, character classes,
  lexicon matches and distances to them), built with array arithmetic, no per-character loop;
- ``tagger``: ``SpanTagger`` (weights, labels, decoding to spans; ``to_disk``/``from_disk``);
- ``training``: silver and gold data, and the seeded, deterministic trainer;
- ``component``: the spaCy component ``policykg_span_model`` (mode ``both``: the model proposes,
  the rules type and veto; mode ``model``: the model alone, for the ablation);
- ``veto``, ``veto_training``, ``veto_component``: a second model in another role, a learned
  keep/drop decision over the names the rules keep (``policykg_span_veto``, after the resolver;
  off by default), trained on gold passages and scored leave one province out.
"""

from __future__ import annotations

MODEL_DIR_NAME = "span_model"
