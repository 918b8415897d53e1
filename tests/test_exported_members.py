import parley

# The public API, pinned: adding or removing a name is a deliberate, reviewed change.
EXPORTED = [
    "Article", "Config", "ConfigError", "Document", "Entity", "EvalError", "Event", "ModelError",
    "ParleyError", "Pipeline", "PipelineError", "QueryError", "Quote", "Rejection", "Section",
    "Store", "StoreError", "TimeExpr", "__version__", "analyze",
]  # fmt: skip


def test_exported_members_are_pinned():
    assert sorted(parley.__all__) == sorted(EXPORTED)


def test_exported_members_exist():
    assert all(hasattr(parley, name) for name in parley.__all__)


def test_exported_errors_share_one_base():
    errors = [getattr(parley, n) for n in EXPORTED if n.endswith("Error")]
    assert all(issubclass(e, parley.ParleyError) for e in errors)
