"""Names vulture (``make test``'s dead-code check) cannot see used: called by a framework, part
of the public Python API (README, notebooks, tests), or in files other branches still change.

Format: vulture's own whitelist syntax (``_.attr`` for attributes). Add a name here only with
the reason in its group; anything else vulture reports is dead code to remove.
"""
# ruff: noqa
# fmt: off

# spaCy component protocol: Language calls these (serialisation, initialize(get_examples=...))
_.to_disk
_.from_disk
exclude
get_examples
make_span_model  # @Language.factory; also a [project.entry-points.spacy_factories] target
create_char_tokenizer  # @spacy.registry.tokenizers; also a [project.entry-points.spacy_tokenizers] target

# Typer commands, registered by decorator
demo
inspect
viz
analyze
serve
_root
en
_._usage_display_name
_.display_type_rich

# module __getattr__ (PEP 562): kg's lazy API names
__getattr__

# rdflib Store protocol (kg/rdf/shacl_store.py), read by rdflib
context_aware
graph_aware
formula_aware
transaction_aware
quoted
_.addN

# uvicorn Server attribute set to stop it
_.should_exit

# public Python API documented in README / used by notebooks and tests
ingest_many
project_root
query_df
trace_df
show_page
_.from_records
_.caption
_.column
_.sentence_at
norm_char
children
doc_id_of_graph
TOKEN_RE
_.rdflib_dataset
BackgroundServer
OxigraphServer  # kg/store/server_process.py: the remote-store tests and the scale benchmark start servers with it
_.available  # OxigraphServer.available(): the tests skip without the oxigraph command
_.load_nquads  # GraphStore interface (kg/store/base.py): the build now loads through kg/store/loader.py; tests and benchmarks load N-Quads parts with it
_.loader_peak_mb  # BuildReport field, documented in README; benchmarks/scale_bench.py reads it

# in files other branches still change (lexicon: grammar.py; issue14-server: kg/server;
# issue16: kg/store, kg/rdf/validate.py): review once merged
NAME_CHAR_RE
toks
_.dicts
REMERGE
_.held
_.size_bytes
mtime_ns

# came with the issue14-server merge (kg/server, kg/sparql/tokens.py): review with that branch
_.page_cache
_.misses
decoded_iri

# span veto (issue 12.3): a @Language.factory target and a Typer command registered by decorator
make_span_veto
train_veto_command

# the plain form the fast path of extract.spanmodel.veto is tested against (tests/extract/test_fast_paths.py)
_context_features
scan_left_stepwise  # extract.pipeline.grammar: the per-character scan scan_left replaced, its test reference
