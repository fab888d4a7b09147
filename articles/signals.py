from django.dispatch import Signal

# Sent inside the ingest transaction once an article and its passages are stored, so the
# timeline can extract events without the articles app depending on it. Argument: article.
article_ingested = Signal()
