"""Sources: paths, directories, globs, stdin and .jsonl files → Documents or Rejections."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from parley.ingest.sources import example_documents, expand, jsonl_document, read_documents
from parley.records import Document, Rejection

HTML = b"<html><body><h1>Talks resume</h1><p>Diplomats met in Geneva.</p></body></html>"


def _write(path: Path, content: bytes = b"text") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _one(item: Path | str, **options: object) -> Document | Rejection:
    (result,) = read_documents(item, **options)
    return result


# -- expand ---------------------------------------------------------------------

KNOWN = ["a.html", "b.htm", "c.txt", "d.text", "e.jsonl", "f.html.gz", "g.jsonl.gz", "UP.HTML"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A directory with known suffixes at several depths and files to be left out."""
    for name in KNOWN:
        _write(tmp_path / "sub" / "deeper" / name if name.startswith("f") else tmp_path / name)
    for name in ["photo.png", "notes.md", "archive.tar.gz", "plain.gz", "README"]:
        _write(tmp_path / "sub" / name)
    (tmp_path / "empty-dir").mkdir()
    return tmp_path


def test_expand_directory_takes_known_suffixes_recursively(tree: Path) -> None:
    assert sorted(p.name for p in expand([str(tree)])) == sorted(KNOWN)


@pytest.mark.parametrize("name", ["photo.png", "notes.md", "archive.tar.gz", "plain.gz", "README"])
def test_expand_directory_leaves_out_unknown_suffixes(tree: Path, name: str) -> None:
    assert tree / "sub" / name not in list(expand([str(tree)]))


def test_expand_directory_is_sorted(tree: Path) -> None:
    paths = list(expand([str(tree)]))
    assert paths == sorted(paths)


def test_expand_file_named_explicitly_is_taken_whatever_its_suffix(tree: Path) -> None:
    assert list(expand([str(tree / "sub" / "notes.md")])) == [tree / "sub" / "notes.md"]


def test_expand_glob_matches_files(tree: Path) -> None:
    assert list(expand([str(tree / "*.ht*")])) == [tree / "a.html", tree / "b.htm"]


def test_expand_recursive_glob_reaches_subdirectories(tree: Path) -> None:
    assert list(expand([str(tree / "**" / "*.gz")])) == [
        tree / "g.jsonl.gz",
        tree / "sub" / "archive.tar.gz",
        tree / "sub" / "deeper" / "f.html.gz",
        tree / "sub" / "plain.gz",
    ]


def test_expand_glob_leaves_out_directories(tree: Path) -> None:
    assert tree / "empty-dir" not in list(expand([str(tree / "*")]))


def test_expand_glob_matching_nothing_is_missing(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.html")
    (rejection,) = expand([pattern])
    assert rejection == Rejection(
        source=pattern, reason="missing", message=f"No file matches {pattern!r}."
    )


def test_expand_missing_path_is_missing(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.html")
    (rejection,) = expand([missing])
    assert (rejection.source, rejection.reason) == (missing, "missing")


def test_expand_file_with_glob_characters_in_its_name_is_taken(tmp_path: Path) -> None:
    path = _write(tmp_path / "[draft] story?.html")
    assert list(expand([str(path)])) == [path]


def test_expand_dash_is_stdin() -> None:
    assert list(expand(["-"])) == ["-"]


def test_expand_keeps_input_order(tree: Path) -> None:
    missing = str(tree / "gone.txt")
    results = list(expand([str(tree / "c.txt"), missing, str(tree / "a.html")]))
    assert [getattr(r, "reason", r) for r in results] == [
        tree / "c.txt",
        "missing",
        tree / "a.html",
    ]


# -- read_documents: files ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("a.html", "text/html"),
        ("a.htm", "text/html"),
        ("A.HTML", "text/html"),
        ("a.txt", "text/plain"),
        ("a.text", "text/plain"),
        ("a.html.gz", "text/html"),
        ("a.txt.gz", "text/plain"),
        ("a.md", "auto"),
        ("a.gz", "auto"),
    ],
)
def test_read_documents_content_type_from_suffix(
    tmp_path: Path, name: str, content_type: str
) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(HTML) if name.endswith(".gz") else HTML)
    assert _one(path).content_type == content_type


def test_read_documents_file_is_its_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html", HTML)
    assert _one(path) == Document(source=str(path), content=HTML, content_type="text/html")


def test_read_documents_gz_is_decompressed(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html.gz", gzip.compress(HTML))
    assert _one(path).content == HTML


def test_read_documents_published_is_passed_on(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"Diplomats met in Geneva.")
    assert _one(path, published=dt.date(2021, 3, 19)).published == dt.date(2021, 3, 19)


@pytest.mark.parametrize(
    "content",
    [gzip.compress(HTML)[:-12], gzip.compress(HTML)[:15], b"\x1f\x8b but not gzip at all"],
    ids=["truncated", "header-only", "bad-header"],
)
def test_read_documents_broken_gz_is_unreadable(tmp_path: Path, content: bytes) -> None:
    path = _write(tmp_path / "a.html.gz", content)
    rejection = _one(path)
    assert (rejection.source, rejection.reason) == (str(path), "unreadable")


def test_read_documents_unreadable_message_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html.gz", gzip.compress(HTML)[:-12])
    assert str(path) in _one(path).message


def test_read_documents_over_size_is_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html", HTML)
    rejection = _one(path, max_bytes=len(HTML) - 1)
    assert (rejection.source, rejection.reason) == (str(path), "too_large")


def test_read_documents_at_size_limit_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html", HTML)
    assert isinstance(_one(path, max_bytes=len(HTML)), Document)


def test_read_documents_gz_decompressing_past_limit_is_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.html.gz", gzip.compress(HTML * 100))
    assert _one(path, max_bytes=len(HTML)).reason == "too_large"


def test_read_documents_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML)))
    assert _one("-") == Document(source="-", content=HTML)


# -- read_documents: .jsonl -----------------------------------------------------

LINES = [
    json.dumps({"id": "a1", "url": "https://example.org/a1", "html": "<p>Talks</p>",
                "published": "2021-03-19"}),
    json.dumps({"id": 7, "text": "Diplomats met."}),
    "",
    "{not json",
    json.dumps({"id": "a4", "url": "https://example.org/a4"}),
    json.dumps({"id": "a5", "text": "Diplomats met.", "published": "last Tuesday"}),
    json.dumps(["a6", "<p>Talks</p>"]),
    json.dumps({"id": "a7", "html": 5}),
]  # fmt: skip


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    return _write(tmp_path / "batch.jsonl", "\n".join(LINES).encode() + b"\n")


def test_read_documents_jsonl_one_result_per_non_blank_line(jsonl: Path) -> None:
    assert len(list(read_documents(jsonl))) == len([line for line in LINES if line])


def test_read_documents_jsonl_sources_are_path_and_line_number(jsonl: Path) -> None:
    sources = [r.source for r in read_documents(jsonl)]
    assert sources == [f"{jsonl}:{n}" for n in (1, 2, 4, 5, 6, 7, 8)]


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        (1, "document"),
        (2, "document"),
        (4, "bad_record"),
        (5, "bad_record"),
        (6, "bad_record"),
        (7, "bad_record"),
        (8, "bad_record"),
    ],
)
def test_read_documents_jsonl_line_outcome(jsonl: Path, line: int, outcome: str) -> None:
    (result,) = [r for r in read_documents(jsonl) if r.source == f"{jsonl}:{line}"]
    assert getattr(result, "reason", "document") == outcome


def test_read_documents_jsonl_html_line_keeps_id_url_and_date(jsonl: Path) -> None:
    document = next(iter(read_documents(jsonl)))
    assert document == Document(
        source=f"{jsonl}:1",
        content="<p>Talks</p>",
        content_type="text/html",
        url="https://example.org/a1",
        id="a1",
        published=dt.date(2021, 3, 19),
    )


def test_read_documents_jsonl_text_line_keeps_numeric_id_as_string(jsonl: Path) -> None:
    document = list(read_documents(jsonl))[1]
    assert (document.content_type, document.id) == ("text/plain", "7")


def test_read_documents_jsonl_published_option_overrides_lines(jsonl: Path) -> None:
    document = next(iter(read_documents(jsonl, published=dt.date(2020, 1, 3))))
    assert document.published == dt.date(2020, 1, 3)


def test_read_documents_jsonl_gz_is_read_line_by_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl.gz", gzip.compress("\n".join(LINES[:2]).encode()))
    assert [d.id for d in read_documents(path)] == ["a1", "7"]


def test_read_documents_truncated_jsonl_gz_keeps_lines_before_the_break(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"a{n}", "text": "Diplomats met in Geneva. " * 40}) for n in range(50)
    ]
    path = _write(tmp_path / "batch.jsonl.gz", gzip.compress("\n".join(lines).encode())[:-40])
    *documents, rejection = read_documents(path)
    assert (len(documents) > 0, rejection.source, rejection.reason) == (
        True,
        str(path),
        "unreadable",
    )


def test_read_documents_jsonl_with_byte_order_mark_reads_first_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl", b"\xef\xbb\xbf" + LINES[0].encode() + b"\n")
    assert _one(path).id == "a1"


def test_read_documents_jsonl_unicode_line_separators_stay_in_one_record(tmp_path: Path) -> None:
    text = "First line\u2028second line\u0085third\u2029end"
    path = _write(tmp_path / "batch.jsonl", json.dumps({"text": text}, ensure_ascii=False).encode())
    assert _one(path).content == text


# -- jsonl_document -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "{not json",
        "[1, 2]",
        '"just a string"',
        "null",
        '{"id": "x"}',
        '{"id": "x", "html": 5}',
        '{"id": "x", "text": ["a", "b"]}',
        '{"id": "x", "text": "Body.", "published": "19/03/2021"}',
    ],
)
def test_jsonl_document_bad_line_is_bad_record(line: str) -> None:
    rejection = jsonl_document(line, "batch.jsonl:3")
    assert (rejection.source, rejection.reason) == ("batch.jsonl:3", "bad_record")


def test_jsonl_document_bad_published_names_the_value() -> None:
    rejection = jsonl_document('{"text": "Body.", "published": "last Tuesday"}', "b.jsonl:1")
    assert "'last Tuesday'" in rejection.message


def test_jsonl_document_null_html_falls_back_to_text() -> None:
    document = jsonl_document('{"html": null, "text": "Body."}', "b.jsonl:1")
    assert (document.content, document.content_type) == ("Body.", "text/plain")


def test_jsonl_document_html_wins_over_text() -> None:
    document = jsonl_document('{"html": "<p>Body.</p>", "text": "Body."}', "b.jsonl:1")
    assert document.content_type == "text/html"


def test_jsonl_document_published_timestamp_keeps_the_date() -> None:
    document = jsonl_document('{"text": "Body.", "published": "2021-03-19T10:00:00Z"}', "b:1")
    assert document.published == dt.date(2021, 3, 19)


def test_jsonl_document_non_string_url_is_dropped() -> None:
    assert jsonl_document('{"text": "Body.", "url": 5}', "b:1").url is None


def test_jsonl_document_without_id_has_none() -> None:
    assert jsonl_document('{"text": "Body."}', "b:1").id is None


def test_expand_glob_matching_a_directory_reads_inside_it(tmp_path):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "a.html").write_text("<p>x</p>")
    (tmp_path / "day1" / "notes.md").write_text("x")
    assert list(expand([str(tmp_path / "day*")])) == [tmp_path / "day1" / "a.html"]


def test_jsonl_document_rejection_keeps_the_input_id():
    result = jsonl_document('{"id": "r9", "url": "https://example.org/a"}', "batch.jsonl:3")
    assert isinstance(result, Rejection) and result.id == "r9"


def test_example_documents_are_the_bundled_html_and_text_files_in_name_order():
    documents = example_documents()
    names = [d.source.rsplit("/", 1)[-1] for d in documents]
    assert len(documents) == 18
    assert names == sorted(names)
    assert {name.rsplit(".", 1)[-1] for name in names} == {"html", "txt"}
