import datetime as dt

import pytest

from parley.config import DEFAULT_MODEL, Config, parse_date
from parley.errors import ConfigError


def test_parse_date_reads_iso_date():
    assert parse_date("2021-03-19") == dt.date(2021, 3, 19)


@pytest.mark.parametrize("value", [None, ""])
def test_parse_date_empty_is_none(value):
    assert parse_date(value) is None


def test_parse_date_error_names_value_and_form():
    with pytest.raises(ConfigError, match=r"'19/03/2021' is not a date in the form YYYY-MM-DD"):
        parse_date("19/03/2021")


def test_config_from_env_reads_model(monkeypatch):
    monkeypatch.setenv("PARLEY_MODEL", "my_pipeline")
    assert Config.from_env().model == "my_pipeline"


def test_config_from_env_explicit_value_wins(monkeypatch):
    monkeypatch.setenv("PARLEY_MODEL", "my_pipeline")
    assert Config.from_env(model="other", max_bytes=None).model == "other"


def test_config_default_model(monkeypatch):
    monkeypatch.delenv("PARLEY_MODEL", raising=False)
    assert Config.from_env().model == DEFAULT_MODEL
