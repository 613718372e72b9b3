"""Titles that were a first sentence cut with "…" become the whole sentence.

Headline-less articles used to be titled with their first sentence cut at 140
characters; the title is now the whole first sentence (``importers.derive_title``).
Only titles that are exactly such a cut of their own text are rewritten: a title an
editor wrote, or one that is not a prefix of the text, is kept.
"""

from django.db import migrations

ELLIPSIS = "…"


def whole_titles(apps, schema_editor):
    from articles.importers import derive_title

    Article = apps.get_model("articles", "Article")
    cut = Article.objects.filter(title__endswith=ELLIPSIS).only("pk", "title", "body")
    for article in cut.iterator(chunk_size=500):
        prefix = article.title.removesuffix(ELLIPSIS)
        if not " ".join(article.body.split()).startswith(prefix):
            continue
        title = derive_title(article.body)
        if title != article.title and title.startswith(prefix):
            Article.objects.filter(pk=article.pk).update(title=title)


class Migration(migrations.Migration):
    dependencies = [("articles", "0016_search_numbers_without_separators")]

    operations = [migrations.RunPython(whole_titles, migrations.RunPython.noop)]
