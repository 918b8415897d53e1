import pytest

from parley.errors import PipelineError
from parley.registry import DEFAULT_STAGES, STAGES, check_stages

# The registry, pinned: a change here is a reviewed change of the pipeline's contract.
SNAPSHOT = {
    "extract": (
        ["document"],
        ["authors", "credits", "language", "published", "sections", "text", "title"],
    ),
    "nlp": (["text"], ["doc"]),
    "actors": (["doc"], ["entities"]),
    "quotes": (["doc", "entities"], ["quotes"]),
    "time": (["doc", "published"], ["times"]),
    "events": (["doc", "entities", "times"], ["events"]),
}


def test_registry_matches_snapshot():
    assert {n: (sorted(s.requires), sorted(s.provides)) for n, s in STAGES.items()} == SNAPSHOT


def test_registry_every_stage_has_a_description():
    assert all(spec.description for spec in STAGES.values())


def test_check_stages_accepts_default_pipeline():
    assert [spec.name for spec in check_stages(DEFAULT_STAGES)] == list(DEFAULT_STAGES)


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["extract", "actors"], "The stage 'actors' needs doc, which no stage before it provides"),
        (["extract", "nlp", "coref"], "There is no stage called 'coref'"),
        (["nlp", "extract"], "A pipeline starts with the 'extract' stage."),
        ([], "A pipeline starts with the 'extract' stage."),
    ],
)
def test_check_stages_rejects_bad_pipelines(names, message):
    with pytest.raises(PipelineError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_stages(names)
