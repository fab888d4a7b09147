from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from articles.models import Article, Passage


def article_list(request):
    articles = Article.objects.filter(is_synthetic=False).annotate(
        passage_count=Count("passages"),
        body_count=Count("passages", filter=Q(passages__kind=Passage.Kind.BODY)),
    )
    return render(request, "articles/article_list.html", {"articles": articles})


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    passages = article.passages.filter(kind=Passage.Kind.BODY)
    return render(request, "articles/article_detail.html", {"article": article, "passages": passages})
