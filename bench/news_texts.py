"""Restoring bench/news/texts/ on a new machine (the texts are publishers' copy, never committed).

The texts come back one by one from the stored-pages search (bench/news/README.md, "Gathering
the texts again"); this tool says which are missing and checks each one saved:

  python -m bench.news_texts status       texts present and missing, by language and split
  python -m bench.news_texts missing [--lang L] [--part K/N]
                                          missing ids with url, outlet and words to search for
  python -m bench.news_texts urls         every annotated url with its id
  python -m bench.news_texts check [ID]   strip the page's date marker, then check that every
                                          gold quote is in the text (every text if no ID)

Held-out articles show no gold words here: ids, urls and counts only.

Several people can fill the folder at once: split the work with --part, and save a text only
where no file is yet.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from bench.news_quality import TEXTS, load_annotations

# The stored page's own date, printed before its text: " date 2021-04-06 " (sometimes only a
# month); it is not part of the article.
_DATE_MARKER = re.compile(r"\A\s*date \d{4}(?:-\d{2}){0,2}\s+")


def strip_date_marker(path: Path) -> bool:
    """Remove the stored page's date marker from the saved text; True if there was one."""
    text = path.read_text(encoding="utf-8")
    stripped = _DATE_MARKER.sub("", text, count=1)
    if stripped == text:
        return False
    path.write_text(stripped, encoding="utf-8")
    return True


def quotes_not_in_text(article: dict, text: str) -> list[str]:
    return [
        quote
        for event in article["events"]
        for quote in (event["quote"], *event.get("other_quotes", []))
        if quote not in text
    ]


def check(article: dict, texts: Path = TEXTS) -> str:
    path = texts / f"{article['id']}.txt"
    if not path.exists():
        return f"{article['id']}: no text"
    strip_date_marker(path)
    missing = quotes_not_in_text(article, path.read_text(encoding="utf-8"))
    if not missing:
        return f"{article['id']}: ok"
    shown = [] if article["split"] == "heldout" else [repr(quote[:100]) for quote in missing]
    return "\n    ".join([f"{article['id']}: {len(missing)} quote(s) not in the text", *shown])


def in_part(articles: list[dict], part: str | None) -> list[dict]:
    """The K-th of N interleaved shares of the articles ("2/3"), for people working side by side."""
    if not part:
        return articles
    number, parts = (int(n) for n in part.split("/"))
    if not 1 <= number <= parts:
        raise ValueError(f"part {part!r}: K must lie between 1 and N")
    return articles[number - 1 :: parts]


def _search_words(article: dict) -> str:
    """Words of the first gold event; none for a held-out article, whose gold stays unread."""
    if article["split"] == "heldout":
        return "(held out: search with the url's words)"
    first = article["events"][0] if article["events"] else {}
    return f"{first.get('summary', '')} | {first.get('quote', '')[:120]}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("status", "missing", "urls", "check"))
    parser.add_argument("ids", nargs="*", help="articles to check (check only)")
    parser.add_argument("--lang", choices=("en", "ru", "ur"))
    parser.add_argument("--part", metavar="K/N", help="only the K-th of N shares (missing only)")
    args = parser.parse_args(argv)
    articles = load_annotations(args.lang)
    have = {a["id"] for a in articles if (TEXTS / f"{a['id']}.txt").exists()}

    if args.command == "status":
        total = Counter((a["language"], a["split"]) for a in articles)
        present = Counter((a["language"], a["split"]) for a in articles if a["id"] in have)
        for language, split in sorted(total):
            print(f"{language} {split}: {present[language, split]} of {total[language, split]}")
    elif args.command == "missing":
        try:
            share = in_part(articles, args.part)
        except ValueError as error:
            parser.error(str(error))
        for article in share:
            if article["id"] not in have:
                print(f"{article['id']}\n  {article['url']}\n  {article['outlet']}, "
                      f"{article['published']}\n  search: {_search_words(article)}")  # fmt: skip
    elif args.command == "urls":
        for article in articles:
            print(article["url"], article["id"])
    else:
        wanted = set(args.ids)
        if unknown := wanted - {a["id"] for a in articles}:
            parser.error(f"no annotated article(s) {', '.join(sorted(unknown))}")
        for article in articles:
            if article["id"] in have and (not wanted or article["id"] in wanted):
                print(check(article))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
