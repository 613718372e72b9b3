"""An archive of any size in PostgreSQL, fast: the data ``scale_bench.py`` measures.

Rows are built in Python from one seeded random generator and streamed into
PostgreSQL with ``COPY``; history rows are then copied inside the database with
``INSERT … SELECT``, shaped as the services write them (a "+" row when a row is
created, a "~" row for every workflow step of a claim, for publishing a verdict
and for publishing evidence). Database triggers stay on, so the rows pass the
same checks (a quote inside its article's text) and derived columns (the search
document) as an editor's rows do.

The mix follows issue 10's archive: for N claims, N/20 articles, N/200
claimants, 60 % of claims suggested, 25 % published, 5 % dismissed and 10 %
being checked; 1.3 appearances, 0.7 pieces of evidence, 0.3 verdicts and 2.1
status changes per claim. Claimants, words and tracked figures follow skewed
(Zipf-like) distributions, so a few claimants and words are very common, as in
a real archive. One article holds 1,023 claims (an article "split" to the
sentence), and one tracked figure gathers a few thousand figure claims.

Call ``populate(claims=…)`` after ``django.setup()`` against a freshly migrated
PostgreSQL database; it returns what the benchmark needs to build its URLs.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

BIG_ARTICLE_CLAIMS = 1023
START = date(2022, 2, 24)
DAYS = 1200

# Words of news copy; earlier words are drawn more often (Zipf), so some searches match a
# large share of the archive and others almost nothing.
VOCABULARY = """
said officials the region city ministry civilians reported according killed wounded
shelling president government forces attack village residents killed army military
statement bodies exhumed liberated prosecutor general investigators soldiers overnight
mayor governor confirmed estimate figures casualties since beginning week defence
missile drone strike infrastructure power energy grid station hospital school children
police emergency service rescue workers fire damaged destroyed buildings homes
apartment block bridge road railway port grain export shipment corridor agreement
talks negotiations ceasefire sanctions europe union nato alliance weapons tanks
artillery ammunition supplies aid humanitarian convoy refugees displaced border
crossing checkpoint occupied territory referendum annexation court tribunal war crimes
evidence witnesses testimony report investigation mission monitors observers united
nations council security resolution vote assembly secretary envoy minister foreign
affairs spokesperson briefing press conference interview television channel newspaper
agency claims denied rejected accused blamed responsibility propaganda disinformation
fake video footage photographs satellite images analysis experts researchers institute
survey poll percent million thousand billion dollars euros hryvnias budget economy
inflation prices fuel gas oil electricity heating winter summer spring autumn harvest
farmers fields mines demining explosive devices unexploded ordnance casualties among
medical doctors nurses patients treatment deaths injuries toll rose climbed reached
exceeded doubled estimated counted verified unverified sources local regional national
international community leaders parliament deputies law decree order mobilisation
conscription recruits volunteers brigade battalion unit commander staff headquarters
front line counteroffensive offensive advance retreat withdrawal positions trenches
kherson kharkiv kyiv odesa mykolaiv zaporizhzhia donetsk luhansk bakhmut izium
mariupol crimea dnipro lviv sumy chernihiv poltava vinnytsia rivne zhytomyr
""".split()  # noqa: SIM905 - a paragraph of words reads better than a list of strings

RARE_WORDS = [f"kvazirecord{i}" for i in range(200)]


@dataclass
class Archive:
    """What was built: sizes, and the rows pages are measured on."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    big_article_slug: str = ""
    big_article_id: int = 0
    big_figure_slug: str = ""
    top_claimant_slug: str = ""
    some_claimant_slugs: list[str] = field(default_factory=list)
    published_claim_slugs: list[str] = field(default_factory=list)
    article_slugs: list[str] = field(default_factory=list)
    claim_ids: list[int] = field(default_factory=list)
    draft_verdict_ids: list[int] = field(default_factory=list)
    common_words: list[str] = field(default_factory=list)
    medium_words: list[str] = field(default_factory=list)
    rare_words: list[str] = field(default_factory=list)
    editor_username: str = "bench-editor"
    reviewer_username: str = "bench-reviewer"
    admin_username: str = "bench-admin"


def _zipf_cumulative(n: int, exponent: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(n)))


class Picker:
    """Draws indexes 0…n-1 with Zipf-like weights, fast."""

    def __init__(self, rng: random.Random, n: int, exponent: float = 1.0):
        self.rng = rng
        self.cumulative = _zipf_cumulative(n, exponent)
        self.total = self.cumulative[-1]

    def __call__(self) -> int:
        return bisect.bisect(self.cumulative, self.rng.random() * self.total)


def _status_plan(rng: random.Random) -> tuple[str, list[str]]:
    """A claim's final status and the path of statuses it went through, as services record."""
    roll = rng.random()
    suggested_first = rng.random() < 0.5
    if roll < 0.60:
        return "suggested", ["suggested"]
    if roll < 0.85:
        path = ["open", "researching", "in_review", "published"]
        return "published", (["suggested", *path] if suggested_first else path)
    if roll < 0.90:
        return "dismissed", ["suggested", "dismissed"]
    if roll < 0.94:
        return "open", ["suggested", "open"] if suggested_first else ["open"]
    if roll < 0.97:
        path = ["open", "researching"]
        return "researching", (["suggested", *path] if suggested_first else path)
    path = ["open", "researching", "in_review"]
    return "in_review", (["suggested", *path] if suggested_first else path)


def _copy(cursor, model, rows, now) -> int:
    """Stream ``rows`` (dicts keyed by attname) into ``model``'s table with COPY."""
    from django.db import models as dj

    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    rows = itertools.chain([first], rows)
    fields = [
        f
        for f in model._meta.concrete_fields
        # Maintained by the database itself (a trigger), where the column exists; the key
        # comes from its sequence unless the rows give it.
        if f.attname != "search_document" and (not f.primary_key or f.attname in first)
    ]
    defaults = {}
    for f in fields:
        if f.has_default():
            defaults[f.attname] = f.get_default()
        elif isinstance(f, dj.DateTimeField) and (f.auto_now or f.auto_now_add):
            defaults[f.attname] = now
        elif f.null:
            defaults[f.attname] = None
        elif isinstance(f, dj.CharField | dj.TextField):
            defaults[f.attname] = ""
    columns = ", ".join(f'"{f.column}"' for f in fields)
    names = [f.attname for f in fields]
    written = 0
    with cursor.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[name] if name in row else defaults[name] for name in names])
            written += 1
    return written


def _history(cursor, model, *, select_from: str, overrides: dict[str, str], where: str = ""):
    """Copy history rows of ``model`` inside the database: one row per row of ``select_from``.

    ``select_from`` names the source rows as ``src`` (the model's table, possibly joined);
    ``overrides`` maps history columns to SQL expressions (history_date, history_type, …).
    """
    history = model.history.model
    columns, expressions = [], []
    for f in history.tracked_fields:
        column = history._meta.get_field(f.name).column
        columns.append(column)
        expressions.append(overrides.get(column, f'src."{f.column}"'))
    for name in ("history_date", "history_change_reason", "history_type", "history_user_id"):
        columns.append(name)
        expressions.append(overrides.get(name, "NULL"))
    cursor.execute(
        f'INSERT INTO "{history._meta.db_table}" ({", ".join(f'"{c}"' for c in columns)}) '
        f"SELECT {', '.join(expressions)} FROM {select_from} {where}"
    )
    return cursor.rowcount


def populate(*, claims: int, seed: int = 20221111, log=print) -> Archive:
    """Fill the migrated, empty PostgreSQL database with an archive of ``claims`` claims."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection, transaction

    from articles import models as m

    started = time.monotonic()
    rng = random.Random(seed)
    now = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    archive = Archive()
    n_articles = max(60, claims // 20)
    n_claimants = max(40, claims // 200)
    n_outlets = max(10, min(300, claims // 4000))
    n_figures = max(5, claims // 10_000)
    n_topics = 40
    word_pick = Picker(rng, len(VOCABULARY), 1.0)

    User = get_user_model()
    editors = [
        User.objects.create_user(f"bench-editor{'' if i == 0 else i}", password="x", is_staff=True)
        for i in range(12)
    ]
    reviewers = [
        User.objects.create_user(
            f"bench-reviewer{'' if i == 0 else i}", password="x", is_staff=True
        )
        for i in range(4)
    ]
    User.objects.create_superuser("bench-admin", "admin@example.org", "x")
    Group.objects.get(name="Editors").user_set.add(*editors)
    Group.objects.get(name="Reviewers").user_set.add(*reviewers)
    editor_ids = [u.pk for u in editors]
    reviewer_ids = [u.pk for u in reviewers]
    ratings = list(m.Rating.objects.order_by("-value").values_list("pk", flat=True))

    def words(n: int, rare: float = 0.0) -> str:
        chosen = [VOCABULARY[word_pick()] for _ in range(n)]
        if rare and rng.random() < rare:
            chosen[rng.randrange(n)] = rng.choice(RARE_WORDS)
        return " ".join(chosen)

    def sentence(n: int, rare: float = 0.0) -> str:
        return words(n, rare).capitalize() + "."

    def day(offset: int) -> date:
        return START + timedelta(days=offset)

    def moment(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, 9, tzinfo=UTC) + timedelta(
            minutes=rng.randrange(600)
        )

    with transaction.atomic(), connection.cursor() as cursor:
        # --- reference rows ------------------------------------------------------------------
        _copy(
            cursor,
            m.Outlet,
            (
                {
                    "id": i + 1,
                    "name": f"Outlet {i}",
                    "slug": f"outlet-{i}",
                    "url": f"https://o{i}.example.org/",
                }
                for i in range(n_outlets)
            ),
            now,
        )
        _copy(
            cursor,
            m.Topic,
            ({"id": i + 1, "name": f"Topic {i}", "slug": f"topic-{i}"} for i in range(n_topics)),
            now,
        )
        _copy(
            cursor,
            m.TrackedFigure,
            (
                {
                    "id": i + 1,
                    "name": f"Figure {i}: civilian bodies exhumed",
                    "slug": f"figure-{i}",
                    "unit": "civilian bodies",
                    "place": "Kharkiv region",
                }
                for i in range(n_figures)
            ),
            now,
        )
        kinds = list(m.ClaimantKind.values)
        _copy(
            cursor,
            m.Claimant,
            (
                {
                    "id": i + 1,
                    "name": f"{VOCABULARY[i % len(VOCABULARY)].capitalize()} Claimant {i}",
                    "slug": f"claimant-{i}",
                    "kind": kinds[i % len(kinds)],
                    "description": sentence(4),
                }
                for i in range(n_claimants)
            ),
            now,
        )
        archive.top_claimant_slug = "claimant-0"
        archive.some_claimant_slugs = [f"claimant-{i}" for i in (3, 17, n_claimants // 2)]

        # --- articles: bodies made of sentences, whose offsets the quotes use ---------------
        sentences_of: list[list[tuple[int, int]]] = []
        bodies: list[str] = []
        article_days: list[date] = []

        def article_rows():
            for i in range(n_articles):
                count = BIG_ARTICLE_CLAIMS + 20 if i == 0 else rng.randrange(18, 34)
                parts, offsets, position = [], [], 0
                for n in range(count):
                    text = sentence(rng.randrange(10, 22))
                    if n and n % 5 == 0:
                        parts.append("\n\n")
                        position += 2
                    elif n:
                        parts.append(" ")
                        position += 1
                    offsets.append((position, position + len(text)))
                    parts.append(text)
                    position += len(text)
                body = "".join(parts)
                sentences_of.append(offsets)
                bodies.append(body)
                published = day(rng.randrange(DAYS))
                article_days.append(published)
                created = moment(published)
                yield {
                    "id": i + 1,
                    "title": body[: body.index(".")][:290],
                    "slug": f"article-{i}",
                    "body": body,
                    "published_on": published,
                    "outlet_id": 1 + (i % n_outlets),
                    "url": f"https://news.example.org/{i}",
                    "language": "uk" if i % 20 == 7 else "en",
                    "content_hash": hashlib.sha256(f"{i}:{body}".encode()).hexdigest(),
                    "origin": f"{i:06d}_bench.txt",
                    "created_at": created,
                    "updated_at": created,
                }

        _copy(cursor, m.Article, article_rows(), now)
        archive.big_article_id = 1
        archive.big_article_slug = "article-0"
        archive.article_slugs = [f"article-{i}" for i in rng.sample(range(1, n_articles), 20)]

        # --- claims, their appearances, evidence, verdicts and status changes ---------------
        claimant_pick = Picker(rng, n_claimants, 1.0)
        figure_pick = Picker(rng, n_figures, 1.0)
        big_figure_share = min(0.5, 6000 / max(1, claims * 0.3))
        claim_kinds = list(m.ClaimKind.values)
        qualifiers = list(m.Qualifier.values)
        appearances, evidence, verdicts, changes, claim_topics = [], [], [], [], []
        verdict_authors, corrections = [], []
        published_slugs, claim_ids, drafts = [], [], []
        ids = {"appearance": 0, "evidence": 0, "verdict": 0, "change": 0}

        def next_id(kind: str) -> int:
            ids[kind] += 1
            return ids[kind]

        def claim_rows():
            for cid in range(1, claims + 1):
                status, path = _status_plan(rng)
                in_big = cid <= BIG_ARTICLE_CLAIMS and cid <= claims // 4
                article = 0 if in_big else rng.randrange(1, n_articles)
                offsets = sentences_of[article]
                start, end = offsets[cid - 1] if in_big else rng.choice(offsets)
                exact = bodies[article][start:end]
                said = article_days[article]
                created = moment(said) + timedelta(hours=rng.randrange(1, 48))
                is_figure = rng.random() < 0.3
                figure = None
                if is_figure:
                    if rng.random() < big_figure_share:
                        figure = 1
                    elif rng.random() < 0.05:
                        figure = 1 + figure_pick()
                text = exact if status == "suggested" or in_big else sentence(rng.randrange(8, 20))
                if rng.random() < 0.02:
                    text = text[:-1] + " " + rng.choice(RARE_WORDS) + "."
                # The path through the workflow, one status change per step.
                at = created
                previous = ""
                author = rng.choice(editor_ids)
                for step in path:
                    changes.append(
                        {
                            "id": next_id("change"),
                            "claim_id": cid,
                            "from_status": previous,
                            "to_status": step,
                            "by_id": rng.choice(reviewer_ids) if step == "published" else author,
                            "at": at,
                            "note": "Suggested from the article's text"
                            if step == "suggested"
                            else "",
                        }
                    )
                    previous = step
                    at += timedelta(hours=rng.randrange(1, 96))
                last = changes[-1]["at"]
                quote = {
                    "claim_id": cid,
                    "article_id": article + 1,
                    "start": start,
                    "end": end,
                    "exact": exact,
                    "prefix": bodies[article][max(0, start - 32) : start],
                    "suffix": bodies[article][end : end + 32],
                    "said_on": said,
                    "added_by_id": author,
                    "created_at": created,
                    "updated_at": created,
                }
                appearances.append({"id": next_id("appearance"), **quote})
                if status != "suggested":
                    # Tracked across sources: the same claim quoted in other articles.
                    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
                        other = rng.randrange(1, n_articles)
                        o_start, o_end = rng.choice(sentences_of[other])
                        if other == article and (o_start, o_end) == (start, end):
                            continue
                        appearances.append(
                            {
                                **quote,
                                "id": next_id("appearance"),
                                "article_id": other + 1,
                                "start": o_start,
                                "end": o_end,
                                "exact": bodies[other][o_start:o_end],
                                "prefix": bodies[other][max(0, o_start - 32) : o_start],
                                "suffix": bodies[other][o_end : o_end + 32],
                                "said_on": article_days[other],
                            }
                        )
                    for n in range(rng.choice((0, 1, 2, 2, 2, 3))):
                        evidence.append(
                            {
                                "id": next_id("evidence"),
                                "claim_id": cid,
                                "title": sentence(6),
                                "url": f"https://gov.example.org/{cid}/{n}",
                                "publisher": f"Publisher {rng.randrange(80)}",
                                "excerpt": sentence(25),
                                "stance": rng.choice(m.EvidenceStance.values),
                                "kind": rng.choice(m.EvidenceKind.values),
                                "accessed_on": said + timedelta(days=2),
                                "published_at": last if status == "published" else None,
                                "added_by_id": author,
                                "created_at": created + timedelta(hours=n + 1),
                                "updated_at": last if status == "published" else created,
                            }
                        )
                    if rng.random() < 0.5:
                        claim_topics.append((cid, 1 + rng.randrange(n_topics)))
                if status == "published":
                    published_slugs.append(f"claim-{cid}")
                    rounds = 2 if rng.random() < 0.1 else 1
                    for r in range(rounds):
                        vid = next_id("verdict")
                        current = r == rounds - 1
                        published_at = last - timedelta(days=30 * (rounds - 1 - r))
                        verdicts.append(
                            {
                                "id": vid,
                                "claim_id": cid,
                                "rating_id": rng.choice(ratings),
                                "headline": sentence(9),
                                "summary": sentence(25),
                                "explanation": "\n\n".join(sentence(22) for _ in range(3)),
                                "author_id": author,
                                "reviewer_id": changes[-1]["by_id"],
                                "state": "published",
                                "is_current": current,
                                "published_at": published_at,
                                "created_at": created + timedelta(hours=2),
                                "updated_at": published_at,
                            }
                        )
                        verdict_authors.append((vid, author))
                        if current and rng.random() < 0.05:
                            corrections.append(
                                {
                                    "verdict_id": vid,
                                    "note": sentence(14),
                                    "published_at": last + timedelta(days=3),
                                    "author_id": changes[-1]["by_id"],
                                    "created_at": last + timedelta(days=3),
                                    "updated_at": last + timedelta(days=3),
                                }
                            )
                elif status == "in_review" or (status == "researching" and rng.random() < 0.5):
                    vid = next_id("verdict")
                    drafts.append(vid)
                    verdicts.append(
                        {
                            "id": vid,
                            "claim_id": cid,
                            "rating_id": rng.choice(ratings),
                            "headline": sentence(9),
                            "summary": sentence(20),
                            "explanation": sentence(40),
                            "author_id": author,
                            "state": "draft",
                            "created_at": created + timedelta(hours=2),
                            "updated_at": last,
                        }
                    )
                    verdict_authors.append((vid, author))
                if status != "suggested":
                    claim_ids.append(cid)
                yield {
                    "id": cid,
                    "text": text,
                    "slug": f"claim-{cid}",
                    "claimant_id": 1 + claimant_pick() if rng.random() < 0.95 else None,
                    "kind": "casualty_figure"
                    if is_figure
                    else claim_kinds[rng.randrange(len(claim_kinds))],
                    "status": status,
                    "assignee_id": author if status not in ("suggested", "dismissed") else None,
                    "said_on": said if rng.random() < 0.95 else None,
                    "figure_value": Decimal(rng.randrange(10, 5000)) if is_figure else None,
                    "figure_qualifier": rng.choice(qualifiers) if is_figure else "",
                    "figure_unit": "civilian bodies" if is_figure else "",
                    "figure_as_of": said - timedelta(days=rng.randrange(3))
                    if figure and rng.random() < 0.5
                    else None,
                    "tracked_figure_id": figure,
                    "created_at": created,
                    "updated_at": last,
                    "last_activity_at": last,
                    "version": len(path),
                }

        log(f"  writing {claims:,} claims …")
        _copy(cursor, m.Claim, claim_rows(), now)
        log(f"  writing {len(appearances):,} appearances, {len(evidence):,} evidence …")
        _copy(cursor, m.Appearance, appearances, now)
        _copy(cursor, m.Evidence, evidence, now)
        _copy(cursor, m.Verdict, verdicts, now)
        _copy(cursor, m.StatusChange, changes, now)
        _copy(cursor, m.Correction, corrections, now)
        topics_through = m.Claim.topics.through
        _copy(
            cursor,
            topics_through,
            ({"claim_id": c, "topic_id": t} for c, t in claim_topics),
            now,
        )
        authors_through = m.Verdict.authors.through
        _copy(
            cursor,
            authors_through,
            ({"verdict_id": v, "user_id": u} for v, u in verdict_authors),
            now,
        )

        # --- history rows, as the services write them ---------------------------------------
        log("  writing history rows …")
        claim_history = m.Claim.history.model
        _history(
            cursor,
            m.Claim,
            select_from=(
                '"articles_statuschange" sc JOIN "articles_claim" src ON src.id = sc.claim_id'
            ),
            overrides={
                "status": "sc.to_status",
                "version": (
                    "row_number() OVER (PARTITION BY sc.claim_id ORDER BY sc.at, sc.id)::int"
                ),
                "updated_at": "sc.at",
                "history_date": "sc.at",
                "history_type": "CASE WHEN sc.from_status = '' THEN '+' ELSE '~' END",
                "history_user_id": "sc.by_id",
            },
        )
        for model in (m.Verdict, m.Evidence):
            _history(
                cursor,
                model,
                select_from=f'"{model._meta.db_table}" src',
                overrides={
                    **({"state": "'draft'", "is_current": "false"} if model is m.Verdict else {}),
                    "published_at": "NULL",
                    "updated_at": "src.created_at",
                    "history_date": "src.created_at",
                    "history_type": "'+'",
                    "history_user_id": "src.author_id" if model is m.Verdict else "src.added_by_id",
                },
            )
            _history(
                cursor,
                model,
                select_from=f'"{model._meta.db_table}" src',
                where="WHERE src.published_at IS NOT NULL",
                overrides={
                    "version": "2",
                    "history_date": "src.published_at",
                    "history_type": "'~'",
                    "history_user_id": "src.reviewer_id" if model is m.Verdict else "NULL",
                },
            )
        for model in (m.Article, m.Appearance, m.Claimant, m.Outlet, m.Correction):
            _history(
                cursor,
                model,
                select_from=f'"{model._meta.db_table}" src',
                overrides={"history_date": "src.created_at", "history_type": "'+'"},
            )

        for model in (
            m.Outlet,
            m.Topic,
            m.TrackedFigure,
            m.Claimant,
            m.Article,
            m.Claim,
            m.Appearance,
            m.Evidence,
            m.Verdict,
            m.StatusChange,
            m.Correction,
            topics_through,
            authors_through,
        ):
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table}"), 1))'
            )

    log("  VACUUM ANALYZE …")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    tables = {
        "claims": m.Claim,
        "articles": m.Article,
        "claimants": m.Claimant,
        "appearances": m.Appearance,
        "evidence": m.Evidence,
        "verdicts": m.Verdict,
        "status changes": m.StatusChange,
        "claim history rows": claim_history,
    }
    with connection.cursor() as cursor:
        for name, model in tables.items():
            cursor.execute(f'SELECT COUNT(*) FROM "{model._meta.db_table}"')
            archive.counts[name] = cursor.fetchone()[0]
    archive.counts["public claims"] = m.Claim.objects.public().count()
    archive.seconds = time.monotonic() - started
    archive.big_figure_slug = "figure-0"
    archive.published_claim_slugs = rng.sample(published_slugs, min(200, len(published_slugs)))
    archive.claim_ids = rng.sample(claim_ids, min(200, len(claim_ids)))
    archive.draft_verdict_ids = drafts[:50]
    archive.common_words = VOCABULARY[:3]
    archive.medium_words = VOCABULARY[40:43]
    archive.rare_words = RARE_WORDS[:3]
    return archive
