from urllib.parse import quote as url_quote

from django.db.models import Count, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render

from articles.models import Article, Passage
from timeline.models import Citation
from timeline.sentence_events import can_edit_events, passage_sentences, sentence_rows

# A text fragment needs only enough words to find the sentence on the original page.
TEXT_FRAGMENT_WORDS = 8


def article_list(request):
    articles = Article.objects.filter(is_synthetic=False).annotate(
        passage_count=Count("passages"),
        body_count=Count("passages", filter=Q(passages__kind=Passage.Kind.BODY)),
    )
    return render(request, "articles/article_list.html", {"articles": articles})


def cited_range(request, article):
    """(start, end) of the quote to mark, from ?cite=<citation id> or ?quote=<start>-<end>.

    Raises ValueError for a malformed value. A citation of an unpublished event, or of another
    article, marks nothing: unpublished events must not show through any public page.
    """
    if cite := request.GET.get("cite"):
        citation = (
            Citation.objects.filter(pk=int(cite), article=article, event__published=True)
            .values_list("quote_start", "quote_end")
            .first()
        )
        return citation
    if quote := request.GET.get("quote"):
        start, _, end = quote.partition("-")
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(article.text):
            raise ValueError("the quote lies outside the article")
        return start, end
    return None


def marked_passages(article, passages, cited):
    """Each passage as (passage, before, marked, after): the cited words cut out for <mark>.

    The template escapes all three parts; article text is never marked safe.
    """
    rows = []
    for passage in passages:
        text = article.text[passage.start : passage.end]
        if cited and cited[0] < passage.end and passage.start < cited[1]:
            first = max(cited[0], passage.start) - passage.start
            last = min(cited[1], passage.end) - passage.start
            rows.append((passage, text[:first], text[first:last], text[last:]))
        else:
            rows.append((passage, text, "", ""))
    return rows


def text_fragment_url(url, quote_text):
    """The original page, scrolled by the browser to the start of the quote (#:~:text=)."""
    words = " ".join(quote_text.split()[:TEXT_FRAGMENT_WORDS])
    # "-", "," and "&" have meanings inside a text directive, so they are escaped too.
    encoded = url_quote(words, safe="").replace("-", "%2D")
    return f"{url.split('#')[0]}#:~:text={encoded}"


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    try:
        cited = cited_range(request, article)
    except ValueError:
        return HttpResponseBadRequest(
            "cite must be a citation id, and quote two offsets into the article: ?quote=12-80",
            content_type="text/plain; charset=utf-8",
        )
    passages = article.passages.filter(kind=Passage.Kind.BODY)
    # Only http(s) links: an ingested URL such as javascript:… must never become a link.
    original_url = article.url if article.url.startswith(("http://", "https://")) else ""
    original_quote_url = ""
    if original_url and cited:
        original_quote_url = text_fragment_url(original_url, article.text[cited[0] : cited[1]])
    editing = can_edit_events(request.user)
    context = {
        "article": article,
        "editing": editing,
        # Editors see each sentence with its tools; readers see the passages as published.
        "passages": sentence_rows(
            article, passage_sentences(article.text, passages, article.language), cited
        )
        if editing
        else marked_passages(article, passages, cited),
        "original_url": original_url,
        "original_quote_url": original_quote_url,
        "cited": cited,
        "other_printings": article.other_printings(),
    }
    return render(request, "articles/article_detail.html", context)
