"""Event scoring: the gold loader's quirks, halves, and the metrics on known predictions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from parley.cli.main import cli
from parley.errors import EvalError
from parley.eval.events import GoldSentence, annotate, default_gold, load_gold, score, select_half
from parley.records import Event


def _row(id_, type_, sources, targets=(), reciprocal=False, text="A sentence.", mode=None):
    return {
        "id": id_, "text": text, "event_plover2": type_, "mode_gsr": mode,
        "source": [{"text": c, "code": c, "sector": None} for c in sources],
        "target": [{"text": c, "code": c, "sector": None} for c in targets],
        "reciprocal": reciprocal,
    }  # fmt: skip


def _gold_file(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return path


def _event(type_, source=None, target=None, intensity=None, source_sector=None, **flags):
    return Event(
        id="V1", type=type_, sentence="", source_country=source, target_country=target,
        intensity=intensity, source_sector=source_sector, **flags,
    )  # fmt: skip


def test_load_gold_renames_a_repeated_id(tmp_path):
    path = _gold_file(
        tmp_path, [_row("X-0004", "COERCE", ["ISR"]), _row("X-0004", "COERCE", ["AFG"])]
    )
    assert [s.id for s in load_gold(path)] == ["X-0004", "X-0004#2"]


@pytest.mark.parametrize(
    ("code", "expected"), [("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("RUS", "RUS")]
)
def test_load_gold_maps_old_country_codes(tmp_path, code, expected):
    (sentence,) = load_gold(_gold_file(tmp_path, [_row("X-0001", "AGREE", [code])]))
    assert sentence.sources == (expected,)


@pytest.mark.parametrize("code", ["IGO", "NGO", "IMG", "ISM"])
def test_load_gold_international_actors_have_no_country(tmp_path, code):
    (sentence,) = load_gold(_gold_file(tmp_path, [_row("X-0001", "AGREE", [code])]))
    assert sentence.sources == ("INT",)


def test_load_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a"}\n', "utf-8")
    with pytest.raises(EvalError, match=r"gold.jsonl:1 is not a gold record"):
        load_gold(path)


def test_load_gold_reads_a_publication_date(tmp_path):
    rows = [{**_row("X-0001", "AGREE", ["FRA"]), "date": "2021-03-19"}, _row("X-0002", "AGREE", [])]
    assert [s.published for s in load_gold(_gold_file(tmp_path, rows))] == [
        dt.date(2021, 3, 19), None,
    ]  # fmt: skip


def test_load_gold_names_a_line_with_a_bad_date(tmp_path):
    path = _gold_file(tmp_path, [{**_row("X-0001", "AGREE", ["FRA"]), "date": "19/03/2021"}])
    with pytest.raises(EvalError, match=r"gold.jsonl:1 has a 'date' that is not an ISO date"):
        load_gold(path)


def test_annotate_dates_events_from_the_publication_date():
    text = "On Monday, France expelled two Iranian diplomats."
    dated, undated = annotate([text, text], published=[dt.date(2021, 3, 19), None])
    assert [e.date for e in dated.events] == ["2021-03-15"]  # the Monday before that Friday
    assert dated.published == dt.date(2021, 3, 19)
    assert [e.date for e in undated.events] == [None]


def test_default_gold_says_where_it_looked(tmp_path):
    with pytest.raises(EvalError, match="pass --gold"):
        default_gold(tmp_path)


@pytest.mark.parametrize(
    ("half", "ids"),
    [
        ("odd", ["X-0001", "X-0003"]),
        ("even", ["X-0002", "X-0004#2"]),
        ("all", ["X-0001", "X-0002", "X-0003", "X-0004#2"]),
    ],
)
def test_select_half_by_the_number_ending_the_id(half, ids):
    sentences = [
        GoldSentence(id=i, text="", type="AGREE")
        for i in ["X-0001", "X-0002", "X-0003", "X-0004#2"]
    ]
    assert [s.id for s in select_half(sentences, half)] == ids


def test_gold_sentence_reciprocal_triples_are_every_ordered_pair():
    sentence = GoldSentence(
        id="X-1", text="", type="AGREE", sources=("USA", "JOR"), reciprocal=True
    )
    assert sentence.triples() == {("USA", "AGREE", "JOR"), ("JOR", "AGREE", "USA")}


def test_gold_sentence_without_target_has_none_target():
    sentence = GoldSentence(id="X-1", text="", type="RETREAT", sources=("GEO",))
    assert sentence.triples() == {("GEO", "RETREAT", None)}


GOLD = [
    GoldSentence(id="X-1", text="", type="ACCUSE", sources=("USA",), targets=("RUS",)),
    GoldSentence(id="X-2", text="", type="ASSAULT", sources=("ISR",), targets=("PSE",)),
    GoldSentence(id="X-3", text="", type="AGREE", sources=("INT",), targets=("IRQ",)),
    GoldSentence(id="X-4", text="", type="REJECT", sources=("SYR",)),
]
PREDICTED = [
    [_event("ACCUSE", "USA", "RUS", intensity=-2.0)],
    [_event("ASSAULT", "ISR", "LBN", intensity=-9.0), _event("COERCE", "ISR", "PSE")],
    [_event("AGREE", None, "IRQ", source_sector="IGO", intensity=2.5)],
    [],
]


@pytest.fixture
def report():
    return score(GOLD, PREDICTED)


def test_score_per_type_counts(report):
    assert {t.type: (t.gold, t.predicted, t.correct) for t in report.types} == {
        "AGREE": (1, 1, 1), "ACCUSE": (1, 1, 1), "REJECT": (1, 0, 0),
        "COERCE": (0, 1, 0), "ASSAULT": (1, 1, 1),
    }  # fmt: skip


def test_score_macro_and_micro_f1(report):
    # AGREE, ACCUSE, ASSAULT F1 1; REJECT and COERCE 0 → macro 3/5; micro P 3/4, R 3/4.
    assert (report.macro_f1, report.micro_precision, report.micro_recall) == (0.6, 0.75, 0.75)


def test_score_country_accuracy_over_coded_and_all_sentences(report):
    assert (report.source_accuracy, report.source_accuracy_all) == (1.0, 0.75)
    assert (report.target_accuracy, report.target_accuracy_all) == (2 / 3, 2 / 3)


def test_score_strict_triples(report):
    # Right triples: X-1, X-3 (international source), X-2's COERCE is not the gold type.
    assert (report.triple_precision, report.triple_recall) == (0.5, 0.5)


def test_score_intensity_error_against_plover_scores(report):
    # ACCUSE -2 vs -3 (bare type), ASSAULT -9 vs -9, AGREE 2.5 vs 2.5.
    assert report.intensity_mae == pytest.approx(1 / 3)


def test_score_coded_sentences(report):
    assert report.coded == 3


def test_eval_events_command_scores_any_gold_file(tmp_path):
    path = _gold_file(
        tmp_path,
        [_row("X-0001", "SANCTION", ["FRA"], ["IRN"], text="France expelled three Iranian diplomats."),
         _row("X-0002", "AGREE", ["DEU"], ["SDN"], text="Germany will provide humanitarian aid to Sudan.")],
    )  # fmt: skip
    result = CliRunner().invoke(cli, ["eval", "events", "--gold", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["sentences"], report["macro_f1"], report["triple_f1"]) == (2, 1.0, 1.0)


def test_eval_events_command_reports_a_missing_file(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "events", "--gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "none.jsonl does not exist" in result.output


def test_load_gold_reads_a_sentence_without_an_event_and_an_event_date(tmp_path):
    rows = [{**_row("X-0001", None, []), "event_date": None},
            {**_row("X-0002", "ASSAULT", ["SYR"]), "event_date": "2019-03"}]  # fmt: skip
    quiet, dated = load_gold(_gold_file(tmp_path, rows))
    assert (quiet.type, quiet.triples(), dated.event_date) == (None, set(), "2019-03")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("event_plover2", "DEMAND", "not one of PLOVER's 16 types"),
     ("event_date", "March 2019", "'event_date' that is not YYYY-MM-DD")],
)  # fmt: skip
def test_load_gold_names_a_bad_type_or_event_date(tmp_path, field, value, message):
    path = _gold_file(tmp_path, [{**_row("X-0001", "AGREE", ["FRA"]), field: value}])
    with pytest.raises(EvalError, match=rf"gold.jsonl:1 has .*{message}"):
        load_gold(path)


def test_score_counts_events_claimed_on_sentences_without_one():
    gold = [GoldSentence(id="X-1", text="", type=None),
            GoldSentence(id="X-2", text="", type=None),
            GoldSentence(id="X-3", text="", type="ACCUSE", sources=("USA",), targets=("RUS",))]  # fmt: skip
    claimed = [[_event("ACCUSE", "USA", "CHN")], [], [_event("ACCUSE", "USA", "RUS")]]
    report = score(gold, claimed)
    assert (report.no_event, report.false_alarms) == (2, 1)
    # The false alarm costs ACCUSE precision and a triple; recall counts only X-3.
    assert [(t.type, t.gold, t.predicted, t.correct) for t in report.types] == [("ACCUSE", 1, 2, 1)]
    assert (report.triple_precision, report.triple_recall) == (0.5, 1.0)
    assert report.coded == 1
    assert "no-event sentences   2, 1 with an event claimed" in report.format_table()


@pytest.mark.parametrize(
    ("gold_date", "start", "end", "right"),
    [("2019-04-19", "2019-04-19", None, True),
     ("2019-04", "2019-04-19", None, True),
     ("2019-04", "2019-04-01", "2019-04-30", True),
     ("2019", "2019-03-25", "2019-03-31", True),
     ("2019-04-19", "2019-04-15", "2019-04-21", False),
     ("2019-04", "2019-03-25", "2019-04-02", False),
     ("2019-04-19", None, None, False),
     ("2019-04-19", "--04-19", None, False)],
)  # fmt: skip
def test_score_event_dates_within_the_gold_period(gold_date, start, end, right):
    gold = [GoldSentence(id="X-1", text="", type="ASSAULT", event_date=gold_date)]
    event = Event(id="V1", type="ASSAULT", sentence="", date=start, date_end=end)
    report = score(gold, [[event]])
    assert (report.dates_scored, report.dates_right) == (1, int(right))


def test_score_leaves_dates_of_a_missed_type_unscored():
    gold = [GoldSentence(id="X-1", text="", type="ASSAULT", event_date="2019-04")]
    report = score(gold, [[Event(id="V1", type="COERCE", sentence="", date="2019-04-02")]])
    assert (report.dates_scored, report.dates_right) == (0, 0)


# --- reading gold sentences in their articles ---------------------------------------------------

_ARTICLE = (
    'Kenyan opposition leader Raila Odinga spoke in Nairobi on Monday. He said: "This tax is '
    'outrageous. The government has abused its power." Police blocked the road to the stadium.'
)
_URL = "https://news.example/odinga"


def _context_gold(tmp_path, text="The government has abused its power.", url=_URL):
    row = {
        **_row("X-0001", "ACCUSE", ["KEN"], ["KEN"], text=text),
        "url": url,
        "date": "2024-06-18",
    }
    return _gold_file(tmp_path, [row])


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_load_articles_reads_jsonl_and_csv(tmp_path, suffix):
    from parley.eval.events import load_articles

    path = tmp_path / f"articles{suffix}"
    if suffix == ".csv":
        path.write_text(
            f'url,date,text\n{_URL},2024-06-18,"{_ARTICLE.replace(chr(34), chr(34) * 2)}"\n'
        )
    else:
        path.write_text(json.dumps({"url": _URL, "text": _ARTICLE}) + "\n")
    assert load_articles(path) == {_URL: _ARTICLE}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "holds no articles"),
        ('{"url": "a"}\n', "article 1 has no 'url' and 'text'"),
        ("{not json\n", "is not a CSV or JSONL file of articles"),
    ],
)
def test_load_articles_names_what_is_wrong(tmp_path, content, message):
    from parley.eval.events import load_articles

    path = tmp_path / "articles.jsonl"
    path.write_text(content)
    with pytest.raises(EvalError, match=message):
        load_articles(path)


def test_a_sentence_read_in_its_article_has_the_speaker_of_its_quotation(tmp_path):
    from parley.eval.events import run_events_eval

    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"url": _URL, "text": _ARTICLE}) + "\n")
    gold = _context_gold(tmp_path)
    alone = run_events_eval(gold)
    in_context = run_events_eval(gold, articles=articles)
    # Alone, "The government has abused its power." says nothing; in its article it is what
    # Odinga says of the Kenyan government.
    assert (alone.coded, alone.triple_f1) == (0, 0.0)
    assert (in_context.coded, in_context.triple_f1, in_context.source_accuracy) == (1, 1.0, 1.0)
    assert (in_context.context_articles, in_context.context_missing) == (1, 0)
    # The evidence of the next sentence (the road block) is no claim of this one.
    assert [t.type for t in in_context.types] == ["ACCUSE"]


def test_a_sentence_not_in_its_article_is_read_alone_and_counted(tmp_path):
    from parley.eval.events import run_events_eval

    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"url": _URL, "text": _ARTICLE}) + "\n")
    rows = [
        {**_row("X-0001", None, [], text="The weather was fine."), "url": _URL},
        {**_row("X-0003", "SANCTION", ["FRA"], ["IRN"], text="France expelled three Iranian diplomats."),
         "url": "https://news.example/other"},
    ]  # fmt: skip
    report = run_events_eval(_gold_file(tmp_path, rows), articles=articles)
    assert (report.context_articles, report.context_missing, report.coded) == (1, 2, 1)
    assert "2 not found in their article, read alone" in report.format_table()


def test_eval_events_command_reads_in_context_and_refuses_it_for_petrarch_tests(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"url": _URL, "text": _ARTICLE}) + "\n")
    result = CliRunner().invoke(
        cli, ["eval", "events", "--gold", str(_context_gold(tmp_path)), "--articles", str(articles)]
    )
    assert result.exit_code == 0, result.output
    assert "read in context: 1 whole article " in result.output
    petrarch = tmp_path / "petr2_unittests.jsonl"
    petrarch.write_text(json.dumps({"id": "T1", "text": "A.", "expected_events": []}) + "\n")
    refused = CliRunner().invoke(
        cli, ["eval", "events", "--gold", str(petrarch), "--articles", str(articles)]
    )
    assert refused.exit_code == 1
    assert "PETRARCH2 tests have none" in refused.output
