"""Claim suggestion benchmark: the seed article, then ``import_seeds --suggest`` at scale.

Times:

* ``suggest_claims`` on the seed article (``seeds/000_…txt``): median of many
  runs with every cache cleared (a text never seen before) and with warm caches
  (a re-import of the same text), wall and CPU time;
* ``import_seeds --suggest`` on N generated seed files (default 10,000, made by
  ``bench/import_bench.py``'s generator) into a fresh SQLite database: the whole
  command, then the plain import and the suggestion step separately, then an
  unchanged re-run (which must suggest nothing new). The in-process caches of
  sentences, paragraphs and slugs are cleared before each, as in a new process.

Usage: ``python bench/suggest_bench.py [--files N] [--runs N]``.
Migrations and file generation happen outside the timings.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from import_bench import REAL_SEED, Bench, Timing, timed  # noqa: E402


def clear_caches() -> None:
    """Forget every cached sentence, paragraph and slug, as a new process would."""
    from articles import figures_uk, lexicon, morphology, suggest, text
    from articles.claimants import article, english, sentence, ukrainian

    for cached in (
        suggest._score_text, suggest._article, suggest.read_sentence, suggest._sentence,
        suggest._roles, suggest._word_role, suggest._clause_marks, text._split_cached,
        text._split_paragraph, text.slug_base, text.name_key, lexicon.tokens,
        sentence.attributions, article.mentions, sentence.acting_subject,
        english.speaker_en, ukrainian.speaker_uk, english._clean_who,
        english._named_body_speaker, ukrainian._is_uk_verb, article._unref,
        morphology._parses, morphology.name_part, morphology.name_gender,
        morphology.nominative_name, morphology.nominative_phrase, morphology.is_verb,
        morphology.is_noun_or_adjective, morphology.agrees_as_adjective, morphology.is_known,
        morphology.person_genders, morphology.names_one_person, morphology.surname_genders,
        morphology.may_be_subject_of, figures_uk.is_ukrainian, figures_uk._starters,
    ):  # fmt: skip
        cached.cache_clear()
    suggest._SCANNER._prefix_hits.clear()


def seed_article_timings(runs: int) -> tuple[Timing, Timing, int]:
    """Median (wall, CPU) per call, cold and warm, and the number of suggestions."""
    from articles import suggest
    from articles.importers import parse_seed

    body = parse_seed(REAL_SEED.name, REAL_SEED.read_bytes()).body

    def measure(clear: bool) -> Timing:
        walls, cpus = [], []
        for _ in range(runs):
            if clear:
                clear_caches()
            wall, cpu = time.perf_counter(), time.process_time()
            suggest.suggest_claims(body)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        return Timing(statistics.median(walls), statistics.median(cpus))

    cold = measure(clear=True)
    warm = measure(clear=False)
    return cold, warm, len(suggest.suggest_claims(body))


def counts() -> tuple[int, int, int]:
    from articles.models import Appearance, Article, Claim

    return Article.objects.count(), Claim.objects.count(), Appearance.objects.count()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000, help="seed files to generate")
    parser.add_argument("--runs", type=int, default=300, help="runs on the seed article")
    args = parser.parse_args()
    n = args.files

    work = Path(tempfile.mkdtemp(prefix="suggest-bench-"))
    bench = Bench(work)
    try:
        bench.prepare(n)
        from django.core.management import call_command

        from articles.importers import read_seeds
        from articles.models import Article
        from articles.services import articles_import, articles_suggest_claims

        cold, warm, seed_suggestions = seed_article_timings(args.runs)

        def command() -> None:
            call_command("import_seeds", str(bench.seeds), "--suggest", stdout=io.StringIO())

        bench.fresh_database()
        clear_caches()
        first, _ = timed(command)
        articles, claims, appearances = counts()
        assert articles == n, f"imported {articles} articles"
        assert claims == appearances > 0, f"{claims} claims, {appearances} appearances"
        clear_caches()
        again, _ = timed(command)
        assert counts() == (articles, claims, appearances), "the re-run suggested again"

        # The same first import, split into the plain import and the suggestion step.
        bench.fresh_database()
        plain, _ = timed(lambda: articles_import(seeds=read_seeds([bench.seeds])))

        def suggest_all() -> int:
            return articles_suggest_claims(
                articles=list(Article.objects.only("pk", "body", "published_on").order_by("pk"))
            )

        clear_caches()
        step, suggested = timed(suggest_all)
        assert suggested == claims
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"Claim suggestions ({os.cpu_count()} CPUs)")
    print(
        f"seed article ({seed_suggestions} suggestions), median of {args.runs} runs: "
        f"cold {cold.wall * 1000:.1f} ms wall / {cold.cpu * 1000:.1f} ms CPU, "
        f"warm {warm.wall * 1000:.2f} ms wall / {warm.cpu * 1000:.2f} ms CPU"
    )
    print(
        f"import_seeds --suggest: {n:,} generated files, fresh SQLite database, "
        f"{claims:,} suggested claims ({claims / n:.1f} per article)"
    )
    print(f"{'':46}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}")
    rows = [
        ("first import_seeds --suggest", first, n),
        ("  plain import (articles_import)", plain, n),
        ("  suggestion step (articles_suggest_claims)", step, n),
        ("unchanged re-run with --suggest", again, n),
    ]
    for label, timing, count in rows:
        print(f"{label:<46}{timing.wall:>8.2f}{timing.cpu:>8.2f}{count / timing.wall:>12,.0f}")
    verdicts = [
        ("seed article < 20 ms (median, cold)", cold.wall < 0.020),
        ("import_seeds --suggest >= 1,000 articles/s", n / first.wall >= 1000),
    ]
    print("targets: " + "; ".join(f"{t} {'ok' if ok else 'MISSED'}" for t, ok in verdicts))
    return 0 if all(ok for _t, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
