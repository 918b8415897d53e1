"""A corpus of nasty inputs, written by code (nothing copied), and what each must give.

Every input gets either a typed rejection (its ``reason``) or a correct article
(snippets its text must contain). ``tests/test_nasty.py`` runs each through
``analyze`` and the whole folder through ``parley ingest``.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from warcs import write_warc

PROSE = (
    "The city council voted on Tuesday to approve the new harbour plan, after a debate that "
    "lasted most of the afternoon and drew a large crowd to the town hall. Supporters said the "
    "plan would bring jobs to the district within two years. Opponents warned that the cost had "
    "been badly underestimated and asked for an independent review before any work begins."
)
RUSSIAN = (
    "Городской совет во вторник одобрил новый план развития порта после долгих дебатов, "
    "которые продолжались почти весь день и собрали много людей в ратуше. Сторонники плана "
    "заявили, что он принесёт рабочие места в район в течение двух лет. Противники "
    "предупредили, что стоимость была сильно занижена, и потребовали независимой проверки."
)
ARABIC = (
    "وافق مجلس المدينة يوم الثلاثاء على خطة الميناء الجديدة بعد نقاش استمر معظم فترة "
    "بعد الظهر وجذب حشدا كبيرا إلى قاعة البلدية. وقال المؤيدون إن الخطة ستوفر فرص عمل "
    "في المنطقة خلال عامين. وحذر المعارضون من أن التكلفة قد تم التقليل منها بشكل كبير."
)


def page(body: str, *, title: str = "Council approves harbour plan", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )


def _png() -> bytes:
    raw = zlib.compress(b"\x00\xff\x00\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + len(raw).to_bytes(4, "big") + b"IDAT" + raw + b"\x00" * 4


def _truncated_warc(folder: Path) -> bytes:
    full = write_warc(folder / "full.warc.gz", [("https://news.example/a", page(PROSE).encode())])
    data = full.read_bytes()
    full.unlink()
    return data[: len(data) * 2 // 3]


# name → (what it must give, and how to check it): "rejection" and its possible reasons;
# "article" and snippets its text contains; "partial": a rejection's reason and an
# article's snippet (an archive cut short).
EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "empty.html": ("rejection", ("empty",)),
    "whitespace.txt": ("rejection", ("empty",)),
    "pdf.html": ("rejection", ("binary",)),
    "png.html": ("rejection", ("binary",)),
    "gzip-not-html.html": ("rejection", ("binary",)),
    "utf16-declared.html": ("article", ("harbour plan", "independent review")),
    "utf16-undeclared.html": ("article", ("harbour plan",)),
    "cp1251-declared.html": ("article", ("Городской совет", "независимой проверки")),
    "cp1251-undeclared.html": ("article", ("Городской совет",)),
    "mojibake.html": ("article", ("harbour plan",)),
    # The page before the cut is kept; the cut is reported.
    "truncated.warc.gz": ("partial", ("unreadable", "harbour plan")),
    "no-body.html": ("rejection", ("not_article",)),
    "navigation.html": ("rejection", ("not_article",)),
    "unbalanced-quotes.txt": ("article", ("“The plan is a disgrace,",)),
    "right-to-left.html": ("article", ("مجلس المدينة",)),
    "emoji.html": ("article", ("🎉", "harbour plan")),
    "long-line.txt": ("rejection", ("over_budget", "not_article")),
    "long-prose-line.txt": ("article", ("independent review",)),
    "nul-bytes.txt": ("rejection", ("binary",)),
}


def build(folder: Path) -> dict[str, Path]:
    """Write every nasty input into ``folder``; name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    navigation = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(200))
    contents: dict[str, bytes] = {
        "empty.html": b"",
        "whitespace.txt": b"  \n\t \r\n   \n",
        "pdf.html": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
        "png.html": _png(),
        "gzip-not-html.html": gzip.compress(bytes(range(256)) * 8),
        "utf16-declared.html": page(PROSE, head='<meta charset="utf-16">').encode("utf-16"),
        "utf16-undeclared.html": page(PROSE).encode("utf-16"),
        "cp1251-declared.html": page(
            RUSSIAN, title="Совет одобрил план", head='<meta charset="windows-1251">'
        ).encode("cp1251"),
        "cp1251-undeclared.html": page(RUSSIAN, title="Совет одобрил план").encode("cp1251"),
        "mojibake.html": page(PROSE + " Café owners said the décor was “fine”.")
        .encode("utf-8")
        .decode("latin-1")
        .encode("utf-8"),
        "truncated.warc.gz": _truncated_warc(folder),
        "no-body.html": b"<html><head><title>Nothing here</title></head></html>",
        "navigation.html": f"<html><body><nav><ul>{navigation}</ul></nav></body></html>".encode(),
        "unbalanced-quotes.txt": (
            f"Council approves harbour plan\n\n“The plan is a disgrace, said one resident. {PROSE}"
            f"\n\n{PROSE} ”” “ «\n"
        ).encode(),
        "right-to-left.html": page(ARABIC, title="مجلس المدينة يوافق على الخطة").encode(),
        "emoji.html": page(PROSE + " 🎉🎉 Residents celebrated 👍🏽 outside. 👨‍👩‍👧").encode(),
        "long-line.txt": ("word " * 60_000).encode(),
        "long-prose-line.txt": (PROSE + " ").encode() * 300,
        "nul-bytes.txt": b"text\x00\x00\x00" * 500,
    }
    paths = {}
    for name, content in contents.items():
        paths[name] = folder / name
        paths[name].write_bytes(content)
    assert set(paths) == set(EXPECTED)
    return paths
