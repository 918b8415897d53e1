import datetime as dt

import pytest

import parley
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection

STORY = (
    "Foreign Minister Anna Lindqvist said on Tuesday that Sweden would send a delegation to Helsinki. "
    "Lindqvist told reporters the talks with Finland would focus on border security and energy."
)


def _doc(text: str, source: str = "s") -> Document:
    return Document(source=source, content=text, content_type="text/plain")


def test_pipeline_runs_stages_in_registry_order():
    assert Pipeline().names == ("extract", "nlp", "actors", "quotes", "time", "events")


def test_pipeline_keeps_input_order_with_rejections():
    results = list(Pipeline().run([_doc(STORY, "a"), _doc("", "b"), _doc(STORY + " More.", "c")]))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article"]
    assert [r.source for r in results] == ["a", "b", "c"]


def test_pipeline_one_failing_article_does_not_lose_the_batch(monkeypatch):
    import parley.registry as registry

    real = registry.build_entities

    def fragile(doc):
        if "Helsinki" in doc.text and "Oslo" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(registry, "build_entities", fragile)
    bad = STORY + " A second round is planned in Oslo."
    results = Pipeline().run_batch([_doc(STORY, "good"), _doc(bad, "bad")])
    assert isinstance(results[0], Article) and results[0].entities
    assert isinstance(results[1], Rejection)
    assert (results[1].reason, results[1].message) == (
        "stage_failed",
        "bad: the actors stage failed (RuntimeError: boom).",
    )


def test_analyze_returns_annotated_article():
    article = parley.analyze(STORY, published="2021-03-19")
    assert isinstance(article, Article)
    assert article.published == dt.date(2021, 3, 19)
    assert "Anna Lindqvist" in [e.name for e in article.entities]


def test_analyze_returns_rejection_for_empty_input():
    result = parley.analyze(b"")
    assert isinstance(result, Rejection) and result.reason == "empty"


@pytest.mark.parametrize("mentions_key", ["entities"])
def test_analyze_offsets_slice_the_text(mentions_key):
    article = parley.analyze(STORY)
    for entity in getattr(article, mentions_key):
        for start, end in entity.mentions:
            assert article.text[start:end] in {entity.name, *entity.aliases}
