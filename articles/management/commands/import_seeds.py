"""Import seed articles from text files: ``manage.py import_seeds [PATH ...] [--dry-run]``.

With no PATH the project's seed folder (``settings.FACTCHECK_SEEDS_DIR``) is
read. A PATH may be a file or a folder (its ``*.txt`` files at any depth,
sorted). Each file's article is keyed on the file's path relative to the import
root (``settings.FACTCHECK_IMPORT_ROOT``, the project folder by default), so
files of the same name in different folders are different articles.

Each file gets one line — created, updated, unchanged or error — then a
summary. A file that cannot be read (a link loop, a permission, a named pipe,
over ``--max-bytes``), a name that is not UTF-8 text, a body with control
characters or an implausible date is reported on its line, with the name
escaped so the line stays one line, and skipped without stopping the others;
the command then exits with status 1. Running it again with the same files
changes nothing.

With ``--suggest`` the check-worthy sentences of every imported article also
become suggested claims (``articles.services.articles_suggest_claims``); a
re-run suggests nothing twice and never brings back a dismissed suggestion.

Files are written a batch at a time, each batch in its own short transaction,
so editors can keep saving while a large import runs.

Parsing lives in ``articles.importers`` and the writes in
``articles.services.articles_import``; this command only wires them to the
command line.
"""

from __future__ import annotations

from itertools import batched

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.importers import printable, read_seeds
from articles.models import Article
from articles.services import (
    ImportReport,
    SeedAction,
    SeedOutcome,
    articles_import,
    articles_suggest_claims,
)
from articles.suggest import checkworthy_sentences

# Articles whose suggestions are written in one transaction. Their sentences are scored
# first, outside it (the scores are cached), so the transaction only writes, and the
# write lock is free while the next chunk is scored: editors' saves get in between.
SUGGEST_CHUNK = 200

ACTION_LABELS = {
    SeedAction.CREATED: gettext_lazy("created"),
    SeedAction.UPDATED: gettext_lazy("updated"),
    SeedAction.UNCHANGED: gettext_lazy("unchanged"),
    SeedAction.ERROR: gettext_lazy("error"),
}


class Command(BaseCommand):
    help = (
        "Import seed articles from text files (default: the seeds/ folder), creating new "
        "articles and updating changed ones; re-running it changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="Seed files, or folders of *.txt seed files "
            f"(default: {settings.FACTCHECK_SEEDS_DIR}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be created or updated without writing anything.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=None,
            metavar="N",
            help="Refuse files larger than N bytes, before reading them "
            f"(default: {settings.FACTCHECK_IMPORT_MAX_BYTES:,}, FACTCHECK_IMPORT_MAX_BYTES).",
        )
        parser.add_argument(
            "--suggest",
            action="store_true",
            help="Also suggest claims for the check-worthy sentences of every imported article "
            "(existing and dismissed suggestions are not repeated).",
        )

    def handle(self, *args, paths, dry_run, suggest=False, max_bytes=None, **options):
        if max_bytes is not None and max_bytes < 1:
            raise CommandError(_("--max-bytes must be a positive number of bytes."))
        report = self.import_seeds(
            paths or [settings.FACTCHECK_SEEDS_DIR], dry_run=dry_run, max_bytes=max_bytes
        )
        for outcome in report.outcomes:
            self.write_outcome(outcome)
        if suggest and not dry_run:
            count = self.suggest_claims(report)
            self.stdout.write(
                ngettext("Suggested %(count)d claim.", "Suggested %(count)d claims.", count)
                % {"count": count}
            )
        summary = self.summary(report)
        if report.errors:
            raise CommandError(summary)
        self.stdout.write(summary)

    def import_seeds(self, paths, *, dry_run: bool, max_bytes: int | None) -> ImportReport:
        seeds = read_seeds(paths, max_bytes=max_bytes)
        try:
            return articles_import(seeds=seeds, dry_run=dry_run)
        except IntegrityError as error:
            # Others kept writing the same articles while this batch was retried; its
            # transaction was rolled back, so running the import again is safe.
            raise CommandError(
                _(
                    "The database refused a batch of the import (%(error)s); the files before "
                    "it were imported. Run it again to import the rest."
                )
                % {"error": error}
            ) from error

    def suggest_claims(self, report: ImportReport) -> int:
        """Suggest claims for every article of this import, new, updated or unchanged."""
        ids = sorted(outcome.article_id for outcome in report.outcomes if outcome.article_id)
        count = 0
        for chunk in batched(ids, SUGGEST_CHUNK):
            articles = list(Article.objects.filter(pk__in=chunk).only("pk", "body", "published_on"))
            for article in articles:
                checkworthy_sentences(article.body)
            count += articles_suggest_claims(articles=articles)
        return count

    def write_outcome(self, outcome: SeedOutcome) -> None:
        # Names and reasons come from the file system and the files: escaped, they cannot
        # break the line or send the terminal escape sequences.
        label = str(ACTION_LABELS[outcome.action]).ljust(9)
        name = printable(outcome.name)
        if outcome.action == SeedAction.ERROR:
            self.stdout.write(f"{label} {name}: {printable(outcome.reason)}", self.style.ERROR)
        else:
            self.stdout.write(f'{label} {name}  "{printable(outcome.title)}"')

    def summary(self, report: ImportReport) -> str:
        found = ngettext("Found %(count)d file", "Found %(count)d files", report.files_found) % {
            "count": report.files_found
        }
        errors = ngettext("%(count)d error", "%(count)d errors", len(report.errors)) % {
            "count": len(report.errors)
        }
        summary = _(
            "%(found)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, "
            "%(errors)s."
        ) % {
            "found": found,
            "created": len(report.created),
            "updated": len(report.updated),
            "unchanged": len(report.unchanged),
            "errors": errors,
        }
        if report.dry_run:
            summary += " " + _("(dry run: nothing written)")
        return summary
