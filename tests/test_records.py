"""The records between stages: the JSON contract, defaults, immutability, pickling."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import pickle

import pytest
from hypothesis import given

from parley.records import Article, Document, Entity, Event, Quote, Rejection, Section, sha1_of
from strategies import articles

# The JSON record of DESIGN.md, key for key; "sections", "source" and "fetched_at" are the documented extras.
ARTICLE_KEYS = {
    "id", "sha1", "url", "title", "published", "authors", "credits", "language", "text",
    "entities", "quotes", "events", "sections", "source", "fetched_at", "times",
}  # fmt: skip
ENTITY_KEYS = {"id", "name", "type", "country", "roles", "aliases", "mentions"}
QUOTE_KEYS = {
    "id", "text", "kind", "speaker", "speaker_id", "speaker_text", "speaker_start",
    "speaker_end", "cue", "cue_start", "cue_end", "start", "end",
}  # fmt: skip
EVENT_KEYS = {
    "id", "type", "mode", "cameo", "intensity", "source", "source_id", "source_country",
    "target", "target_id", "target_country", "date", "date_end", "negated", "hypothetical",
    "sentence", "quote_id", "source_sector", "target_sector", "time_id",
}  # fmt: skip

TEXT = "“We will respond,” Kremlin spokesman Dmitry Peskov said."
ENTITY = Entity(
    id="E1",
    name="Dmitry Peskov",
    type="PERSON",
    country="RUS",
    roles=("Kremlin spokesman",),
    aliases=("Peskov",),
    mentions=((37, 50),),
)
QUOTE = Quote(
    id="Q1",
    text="We will respond,",
    kind="direct",
    start=1,
    end=17,
    speaker="Dmitry Peskov",
    speaker_id="E1",
    speaker_text="Kremlin spokesman Dmitry Peskov",
    speaker_start=19,
    speaker_end=50,
    cue="said",
)
EVENT = Event(
    id="V1",
    type="THREATEN",
    sentence=TEXT,
    cameo="130",
    intensity=-4.4,
    source="Dmitry Peskov",
    source_id="E1",
    source_country="RUS",
    date="--03-17",
    quote_id="Q1",
)
SECTION = Section(heading="Reaction", start=0)
ARTICLE = Article(
    text=TEXT,
    title="Kremlin replies",
    published=dt.date(2021, 3, 19),
    sections=(SECTION,),
    entities=(ENTITY,),
    quotes=(QUOTE,),
    events=(EVENT,),
)
DOCUMENT = Document(
    source="a.html",
    content=b"<p>x</p>",
    content_type="text/html",
    id="7",
    published=dt.date(2021, 3, 19),
    fetched_at=dt.datetime(2021, 3, 19, 12, 0),
)
REJECTION = Rejection(source="a.png", reason="binary", message="a.png is a PNG image.")
RECORDS = [ARTICLE, DOCUMENT, REJECTION, SECTION, ENTITY, QUOTE, EVENT]


def _ids(record: object) -> str:
    return type(record).__name__


@given(articles())
def test_article_json_round_trip_is_lossless(article: Article) -> None:
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@given(articles())
def test_article_pickle_round_trip_is_lossless(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article


@pytest.mark.parametrize("text", ["", "plain", "emoji 🇷🇺 and RTL مرحبا", "“curly” «quotes»"])
def test_article_sha1_defaults_to_sha1_of_utf8_text(text: str) -> None:
    assert Article(text=text).sha1 == hashlib.sha1(text.encode("utf-8")).hexdigest()


def test_article_id_defaults_to_sha1() -> None:
    assert Article(text=TEXT).id == sha1_of(TEXT)


def test_article_id_given_is_kept() -> None:
    assert Article(text=TEXT, id="line-7").id == "line-7"


def test_article_sha1_given_is_kept() -> None:
    assert Article(text=TEXT, sha1="0" * 40).sha1 == "0" * 40


def test_article_from_dict_without_id_defaults_to_sha1() -> None:
    assert Article.from_dict({"text": TEXT}).id == sha1_of(TEXT)


def test_article_to_dict_has_exactly_the_contract_keys() -> None:
    assert set(ARTICLE.to_dict()) == ARTICLE_KEYS


@pytest.mark.parametrize(
    ("field", "keys"), [("entities", ENTITY_KEYS), ("quotes", QUOTE_KEYS), ("events", EVENT_KEYS)]
)
def test_article_to_dict_annotations_have_exactly_the_contract_keys(
    field: str, keys: set[str]
) -> None:
    (annotation,) = ARTICLE.to_dict()[field]
    assert set(annotation) == keys


def test_article_to_dict_published_is_iso_date() -> None:
    assert ARTICLE.to_dict()["published"] == "2021-03-19"


def test_article_to_dict_mentions_are_json_lists() -> None:
    assert ARTICLE.to_dict()["entities"][0]["mentions"] == [[37, 50]]


def test_article_paragraphs_split_on_blank_lines() -> None:
    assert Article(text="One.\n\nTwo.\nStill two.").paragraphs == ("One.", "Two.\nStill two.")


def test_rejection_to_dict_keeps_every_field() -> None:
    assert REJECTION.to_dict() == {
        "id": None,
        "source": "a.png",
        "reason": "binary",
        "message": "a.png is a PNG image.",
    }


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_is_frozen(record: object) -> None:
    field = dataclasses.fields(record)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, field, None)


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_pickle_round_trip_is_equal(record: object) -> None:
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_has_no_instance_dict(record: object) -> None:
    # Slotted records are smaller and cannot grow stray attributes on the way through Dask.
    assert not hasattr(record, "__dict__")
