from django.dispatch import Signal

# Sent inside the ingest transaction once an article and its passages are stored, so the
# timeline can extract events without the articles app depending on it. Arguments: article,
# passages (all of them, in order).
article_ingested = Signal()
