"""Counts of related rows for the rows a page shows."""

from django.db.models import IntegerField, Subquery


class RowCount(Subquery):
    """How many rows `queryset` (filtered on an OuterRef) returns, for each outer row.

    PostgreSQL runs the subquery only for the rows a page keeps: counting through joins
    grouped by the outer row would count every row of the table before the page is cut (a
    second at a few hundred thousand events).
    """

    template = "(SELECT count(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()

    def __init__(self, queryset, **extra):
        # Order means nothing to a count, and a model's default ordering would add its columns
        # to a DISTINCT: the rows counted would be the citations, not the stories they cite.
        super().__init__(queryset.order_by(), **extra)
