from django import template

from timeline import display

register = template.Library()


@register.filter
def event_date(event) -> str:
    return display.format_event_date(event.start_date, event.end_date, event.precision, event.value)


@register.filter
def event_datetime(event) -> str:
    return display.machine_date(event.start_date, event.end_date, event.precision)


@register.filter
def event_group(event) -> str:
    return display.group_label(event.start_date, event.precision)


@register.filter
def source_count(event) -> int:
    return event.source_count()


@register.filter
def passage_url(citation) -> str:
    """The article page, marking the cited sentence, scrolled to its passage."""
    return f"{citation.article.get_absolute_url()}?cite={citation.pk}#{citation.passage.anchor}"


@register.filter
def dated_quote(citation):
    """(before, date words, after) when the date words lie inside the quote, else None.

    Uses `quote_text`, annotated by the view, so the whole article text is never loaded.
    """
    if citation.date_start is None or citation.date_end is None:
        return None
    if not citation.quote_start <= citation.date_start < citation.date_end <= citation.quote_end:
        return None
    quote = citation.quote_text
    first = citation.date_start - citation.quote_start
    last = citation.date_end - citation.quote_start
    return quote[:first], quote[first:last], quote[last:]
