from django import forms
from django.core.exceptions import ValidationError

from articles.ingest import (
    IngestError,
    decode_article_bytes,
    ingest_article,
    parse_publication_date,
)
from articles.models import Article


class ArticleAddForm(forms.ModelForm):
    """Add one article through the ingest path, from pasted text or an uploaded .txt file.

    Validating the form stores the article: ingest_article is where the last rules live, so
    its IngestError has to surface as a form error, with everything the user typed kept. The
    admin's add view runs in a transaction, so nothing is left behind if a later step fails.
    """

    url = forms.URLField(label="URL", max_length=1000, required=False, assume_scheme="https")
    upload = forms.FileField(
        required=False,
        label="Or upload a .txt file",
        help_text="UTF-8 text, as copied from the page. Used instead of the text box when given.",
    )

    class Meta:
        model = Article
        fields = ["outlet", "title", "url", "published", "text"]
        help_texts = {"text": "Exactly as published; it cannot be edited once stored."}

    result = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].required = False
        self.fields["text"].strip = False  # offsets into the text must match what was sent

    def clean_published(self):
        try:
            return parse_publication_date(self.cleaned_data["published"])
        except IngestError as error:
            raise ValidationError(str(error)) from None

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        try:
            return decode_article_bytes(upload.read())
        except IngestError as error:
            raise ValidationError(f"{upload.name}: {error}") from None

    def clean(self):
        cleaned_data = super().clean()
        text = cleaned_data.get("upload") or cleaned_data.get("text") or ""
        if "upload" not in self.errors and not text.strip():
            self.add_error("text", "Paste the article text or upload a .txt file.")
        if self.errors:
            return cleaned_data
        cleaned_data["text"] = text
        try:
            self.result = ingest_article(
                text=text,
                outlet=cleaned_data["outlet"],
                title=cleaned_data["title"],
                published=cleaned_data["published"],
                url=cleaned_data.get("url", ""),
            )
        except IngestError as error:
            raise ValidationError(str(error)) from None
        return cleaned_data

    def _post_clean(self):
        # The article is already stored by clean(); model validation of the unsaved copy
        # would only repeat the ingest checks.
        if self.result is not None:
            self.instance = self.result.article

    def save(self, commit=True):
        self.save_m2m = lambda: None
        return self.result.article
