"""The events-per-year chart: inline SVG, a bar per year, each a link to that year's events.

Drawn here rather than in a template: a chart has up to a hundred bars, and rendering them
through the template engine cost more than the rest of an uncached page. Plain Python;
the caller marks the result safe (every text in it is escaped here).
"""

from collections.abc import Callable
from html import escape

WIDTH, HEIGHT = 600, 80
# Room under the axis for the year labels.
LABEL_SPACE = 22


def labelled(year: int, first: int, last: int) -> bool:
    """Label few enough years that the labels never run into each other."""
    span = last - first + 1
    if span <= 6:
        return True
    every = 5 if span <= 40 else 10
    # The first and last years are labelled too unless a round year sits right beside them.
    return year % every == 0 or (year in (first, last) and 2 <= year % every <= every - 2)


def _events(count: int, estimated: bool) -> str:
    about = "about " if estimated else ""
    return f"{about}{count} event{'' if count == 1 else 's'}"


def year_chart_svg(counts: dict[int, int], href_for: Callable[[int], str], estimated: bool) -> str:
    """The chart of `counts` ({year: events}, not empty); `href_for(year)` links a bar."""
    first, last = min(counts), max(counts)
    years = range(first, last + 1)
    # A fixed drawing width keeps the scale the same whether the chart has 3 years or 80.
    step = min(24, WIDTH / len(years))
    bar_width = round(step * 0.8, 2)
    tallest = max(counts.values())
    parts = [
        f'<svg viewBox="0 -4 {WIDTH} {HEIGHT + LABEL_SPACE}" role="group"'
        ' aria-labelledby="chart-caption" preserveAspectRatio="xMinYMin meet">'
        f'<line class="axis" x1="0" x2="{WIDTH}" y1="{HEIGHT}" y2="{HEIGHT}"></line>'
    ]
    for index, year in enumerate(years):
        count = counts.get(year, 0)
        x = round(index * step, 2)
        if count:
            height = round(count / tallest * HEIGHT, 1)
            href = escape(href_for(year))
            text = f"{year}: {_events(count, estimated)}"
            parts.append(
                f'<a href="{href}" hx-get="{href}" hx-target="#results" hx-swap="outerHTML"'
                f' hx-push-url="true" aria-label="{text}">'
                f'<rect class="hit" x="{x}" y="0" width="{bar_width}" height="{HEIGHT}"></rect>'
                f'<rect class="bar" x="{x}" y="{round(HEIGHT - height, 1)}" width="{bar_width}"'
                f' height="{height}"></rect><title>{text}</title></a>'
            )
        if labelled(year, first, last):
            parts.append(
                f'<text x="{round(index * step + step * 0.4, 2)}" y="{HEIGHT + 14}"'
                f' text-anchor="middle" aria-hidden="true">{year}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
