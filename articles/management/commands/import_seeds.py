"""Import seed articles from text files: ``manage.py import_seeds [PATH ...] [--dry-run]``.

With no PATH the project's seed folder (``settings.FACTCHECK_SEEDS_DIR``) is
read. A PATH may be a file or a folder (its ``*.txt`` files, sorted). Each file
gets one line — created, updated, unchanged or error — then a summary. A bad
file is reported and skipped without stopping the others; the command then
exits with status 1. Running it again with the same files changes nothing.

With ``--suggest`` the check-worthy sentences of every imported article also
become suggested claims (``articles.services.articles_suggest_claims``); a
re-run suggests nothing twice and never brings back a dismissed suggestion.

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

from articles.importers import read_seeds
from articles.models import Article
from articles.services import (
    SUGGEST_BATCH_SIZE,
    ImportReport,
    SeedAction,
    SeedOutcome,
    articles_import,
    articles_suggest_claims,
)

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
            "--suggest",
            action="store_true",
            help="Also suggest claims for the check-worthy sentences of every imported article "
            "(existing and dismissed suggestions are not repeated).",
        )

    def handle(self, *args, paths, dry_run, suggest=False, **options):
        report = self.import_seeds(paths or [settings.FACTCHECK_SEEDS_DIR], dry_run=dry_run)
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

    def import_seeds(self, paths, *, dry_run: bool) -> ImportReport:
        seeds = read_seeds(paths)
        try:
            return articles_import(seeds=seeds, dry_run=dry_run)
        except IntegrityError as error:
            # Another import wrote the same seeds at the same moment; the
            # transaction was rolled back, so a second run is safe.
            raise CommandError(
                _("The database refused the import, nothing was written (%(error)s). Run it again.")
                % {"error": error}
            ) from error

    def suggest_claims(self, report: ImportReport) -> int:
        """Suggest claims for every article of this import, new, updated or unchanged."""
        ids = sorted(outcome.article_id for outcome in report.outcomes if outcome.article_id)

        def articles():
            for chunk in batched(ids, SUGGEST_BATCH_SIZE):
                yield from Article.objects.filter(pk__in=chunk).only("pk", "body", "published_on")

        return articles_suggest_claims(articles=articles())

    def write_outcome(self, outcome: SeedOutcome) -> None:
        label = str(ACTION_LABELS[outcome.action]).ljust(9)
        if outcome.action == SeedAction.ERROR:
            self.stdout.write(f"{label} {outcome.name}: {outcome.reason}", self.style.ERROR)
        else:
            self.stdout.write(f'{label} {outcome.name}  "{outcome.title}"')

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
