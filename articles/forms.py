from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError

from articles.ingest import (
    IngestError,
    IngestResult,
    decode_article_bytes,
    ingest_article,
    ingest_web_page,
    is_html_file,
    parse_publication_date,
)
from articles.models import Article


class ArticleAddForm(forms.ModelForm):
    """Add one article through the ingest path: pasted text, an uploaded .txt file, or an
    uploaded .html page (whose own title, site name and date fill what is left blank).

    Validating the form stores the article: ingest_article is where the last rules live, so
    its IngestError has to surface as a form error, with everything the user typed kept. The
    admin's add view runs in a transaction, so nothing is left behind if a later step fails.
    """

    url = forms.URLField(label="URL", max_length=1000, required=False, assume_scheme="https")
    upload = forms.FileField(
        required=False,
        label="Or upload a .txt or .html file",
        help_text=(
            "UTF-8 text, as copied from the page, or the page itself saved as .html: its "
            "article text, title, site name and publication date are read from it unless "
            "given above. Used instead of the text box when given."
        ),
    )

    class Meta:
        model = Article
        fields = ["outlet", "title", "url", "published", "text"]
        help_texts = {"text": "Exactly as published; it cannot be edited once stored."}

    # An uploaded page supplies these itself; plain text needs them (checked in clean).
    PAGE_METADATA = ("outlet", "title", "published")
    result = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.PAGE_METADATA:
            self.fields[name].required = False
        self.fields["text"].required = False
        self.fields["text"].strip = False  # offsets into the text must match what was sent

    def clean_published(self):
        published = self.cleaned_data["published"]
        if published is None:
            return None
        try:
            return parse_publication_date(published)
        except IngestError as error:
            raise ValidationError(str(error)) from None

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("upload")
        if upload and is_html_file(Path(upload.name)):
            ingest = self.ingest_page
        else:
            ingest = self.ingest_text
        try:
            self.result = ingest(cleaned_data, upload)
        except IngestError as error:
            self.add_error("upload" if upload else None, str(error))
        return cleaned_data

    def ingest_page(self, cleaned_data, upload) -> IngestResult | None:
        if self.errors:
            return None
        try:
            return ingest_web_page(
                upload.read(),
                outlet=cleaned_data["outlet"],
                title=cleaned_data["title"],
                published=cleaned_data["published"],
                url=cleaned_data.get("url", ""),
            )
        except IngestError as error:
            raise IngestError(f"{upload.name}: {error}") from None

    def ingest_text(self, cleaned_data, upload) -> IngestResult | None:
        if upload:
            try:
                cleaned_data["text"] = decode_article_bytes(upload.read())
            except IngestError as error:
                raise IngestError(f"{upload.name}: {error}") from None
        for name in self.PAGE_METADATA:
            if not cleaned_data.get(name) and name not in self.errors:
                self.add_error(name, "This field is required.")
        if not (cleaned_data.get("text") or "").strip():
            self.add_error("text", "Paste the article text or upload a .txt or .html file.")
        if self.errors:
            return None
        return ingest_article(
            text=cleaned_data["text"],
            outlet=cleaned_data["outlet"],
            title=cleaned_data["title"],
            published=cleaned_data["published"],
            url=cleaned_data.get("url", ""),
        )

    def _post_clean(self):
        # The article is already stored by clean(); model validation of the unsaved copy
        # would only repeat the ingest checks.
        if self.result is not None:
            self.instance = self.result.article

    def save(self, commit=True):
        self.save_m2m = lambda: None
        return self.result.article
