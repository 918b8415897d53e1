import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli.main import cli
from parley.errors import EvalError
from parley.eval.quotes import (
    Attribution,
    is_direct,
    match,
    predicted_attributions,
    read_brat,
    read_polnear,
    score_article,
)
from parley.records import Article, Entity, Quote

# A synthetic article in PolNeAR's layout: text, and brat standoff whose T lines give
# typed spans (several fragments joined by ";", words that may run over lines) and
# whose E lines tie Source, Cue and Content into one attribution.
TEXT = (
    "“We will respond,” Peskov said. “Soon.”\n\n"
    "The senator said the deal was bad.\n\n"
    "It was reported that talks failed."
)
ANN = (
    "T1\tContent 0 18;32 39\t“We will respond,” “Soon.”\n"
    "T2\tCue 26 30\tsaid\n"
    "T3\tSource 19 25\tPeskov\n"
    "T4\tAttribution 26 30\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
    "T5\tSource 41 52\tThe senator\n"
    "T6\tCue 53 57\tsaid\n"
    "T7\tContent 58 74\tthe deal was bad\n"
    "T8\tAttribution 53 57\tsaid\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
    "T9\tCue 80 88\treported\n"
    "T10\tContent 89 109\tthat talks\n"
    "failed\n"
    "T11\tAttribution-no-source 80 88\treported\n"
    "E3\tAttribution-no-source:T11 Cue:T9 Content:T10\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)
gold_attributions = read_brat(ANN)


def _write_corpus(root: Path, split: str = "dev") -> Path:
    for sub in ("text", "attributions"):
        (root / "data" / split / sub).mkdir(parents=True)
    (root / "data" / split / "text" / "story.txt").write_text(TEXT, "utf-8")
    (root / "data" / split / "attributions" / "story_b2.ann").write_text(ANN, "utf-8")
    (root / "data" / split / "attributions" / "story_zz.ann").write_text("", "utf-8")
    return root


def test_read_brat_joins_fragments_and_roles():
    assert gold_attributions == (
        Attribution(content=((0, 18), (32, 39)), source=((19, 25),), cue=((26, 30),)),
        Attribution(content=((58, 74),), source=((41, 52),), cue=((53, 57),)),
        Attribution(content=((89, 109),), source=(), cue=((80, 88),)),
    )


def test_read_polnear_takes_the_annotator_sorting_first(tmp_path):
    (article,) = read_polnear(_write_corpus(tmp_path), "dev")
    assert (article.name, len(article.attributions)) == ("story", 3)


@pytest.mark.parametrize(
    ("split", "message"),
    [("dev", "has no dev/text and dev/attributions"), ("valid", "There is no PolNeAR split")],
)
def test_read_polnear_explains_a_wrong_folder_or_split(tmp_path, split, message):
    with pytest.raises(EvalError, match=message):
        read_polnear(tmp_path, split)


@pytest.mark.parametrize(
    ("span", "direct"),
    [(((0, 18),), True), (((58, 74),), False), (((0, 4),), True)],
)
def test_is_direct_means_a_quotation_mark_in_the_content(span, direct):
    assert is_direct(TEXT, span) is direct


def test_is_direct_counts_two_apostrophes():
    assert is_direct("''Yes,'' he said.", ((0, 8),))


def test_match_pairs_by_overlap_of_the_longer_span():
    predicted = [Attribution(content=((58, 70),)), Attribution(content=((0, 18),))]
    pairs = match(TEXT, gold_attributions, predicted)
    # Tokens count marks and punctuation: gold 0 is “ We will respond , ” + “ Soon . ” (10),
    # of which the second prediction has 6; gold 1 has 4 words, the first prediction 3.
    assert [(p.gold, p.predicted, round(p.overlap, 3), p.exact) for p in pairs] == [
        (1, 0, 0.75, False),
        (0, 1, 0.6, False),
    ]


def test_score_article_counts_exact_overlap_speaker_and_who_said_what():
    predicted = [
        Attribution(content=((0, 18), (32, 39)), source=((19, 25),)),
        Attribution(content=((58, 74),), source=((0, 2),), speaker_mentions=((41, 52),)),
        Attribution(content=((89, 109),), source=((75, 77),)),
    ]
    rows = score_article(TEXT, gold_attributions, predicted)
    assert {
        name: (c.gold, c.predicted, c.exact, c.overlap, c.speaker_right) for name, c in rows.items()
    } == {
        "all": (3, 3, 3, 3, 2),
        "direct": (1, 1, 1, 1, 1),
        "indirect": (2, 2, 2, 2, 1),
    }


def test_predicted_attributions_join_quotes_sharing_a_cue():
    article = Article(
        text=TEXT,
        entities=(Entity(id="E1", name="Peskov", type="PERSON", mentions=((19, 25),)),),
        quotes=(
            Quote(id="Q1", text="“We will respond,”", kind="direct", start=0, end=18,
                  speaker="Peskov", speaker_id="E1", speaker_text="Peskov",
                  speaker_start=19, speaker_end=25, cue="said", cue_start=26, cue_end=30),
            Quote(id="Q2", text="“Soon.”", kind="direct", start=32, end=39,
                  speaker="Peskov", speaker_id="E1", speaker_text="Peskov",
                  speaker_start=19, speaker_end=25, cue="said", cue_start=26, cue_end=30),
        ),
    )  # fmt: skip
    assert predicted_attributions(article) == (
        Attribution(
            content=((0, 18), (32, 39)),
            source=((19, 25),),
            cue=((26, 30),),
            speaker_mentions=((19, 25),),
        ),
    )


def test_eval_quotes_command_scores_a_corpus(tmp_path):
    root = _write_corpus(tmp_path)
    result = CliRunner().invoke(
        cli, ["eval", "quotes", "--gold", str(root), "--split", "dev", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["articles"], report["all"]["gold"], report["direct"]["gold"]) == (1, 3, 1)
    assert report["direct"]["overlap"]["f1"] == 1.0
