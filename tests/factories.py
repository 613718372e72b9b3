"""factory-boy factories for every model, with traits for workflow states."""

import datetime
import hashlib

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles import models

BODY = (
    "Officials said more than 1,000 civilian bodies had been exhumed in recently liberated areas. "
    "Residents celebrated in the streets.\n\n"
    "The prosecutor general sent investigators after the bodies of three civilians were found."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")
    is_staff = True


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Outlet

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    url = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Article

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-number-{n}")
    body = factory.Sequence(lambda n: f"{BODY}\n\nArticle {n}.")
    published_on = datetime.date(2022, 11, 12)
    outlet = factory.SubFactory(OutletFactory)
    url = factory.LazyAttribute(lambda a: f"https://news.example.org/{a.slug}")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())
    origin = "admin"


class ClaimantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Claimant

    name = factory.Sequence(lambda n: f"Claimant {n}")
    slug = factory.Sequence(lambda n: f"claimant-{n}")
    kind = models.ClaimantKind.PERSON

    class Params:
        government = factory.Trait(kind=models.ClaimantKind.GOVERNMENT)
        office = factory.Trait(kind=models.ClaimantKind.OFFICE)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class TrackedFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TrackedFigure

    name = factory.Sequence(lambda n: f"Civilian bodies exhumed {n}")
    slug = factory.Sequence(lambda n: f"civilian-bodies-{n}")
    unit = "civilian bodies"
    place = "Liberated areas of Ukraine"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Claim
        # The related factories of the traits save their own rows; no second save needed.
        skip_postgeneration_save = True

    text = factory.Sequence(lambda n: f"More than {1000 + n} civilian bodies were exhumed")
    slug = factory.Sequence(lambda n: f"claim-{n}")
    claimant = factory.SubFactory(ClaimantFactory)
    kind = models.ClaimKind.CASUALTY_FIGURE
    status = models.ClaimStatus.OPEN
    said_on = datetime.date(2022, 10, 28)

    class Params:
        suggested = factory.Trait(status=models.ClaimStatus.SUGGESTED)
        dismissed = factory.Trait(status=models.ClaimStatus.DISMISSED)
        researching = factory.Trait(status=models.ClaimStatus.RESEARCHING)
        in_review = factory.Trait(status=models.ClaimStatus.IN_REVIEW)
        published = factory.Trait(
            status=models.ClaimStatus.PUBLISHED,
            verdict=factory.RelatedFactory(
                "tests.factories.VerdictFactory", factory_related_name="claim", published=True
            ),
            evidence_item=factory.RelatedFactory(
                "tests.factories.EvidenceFactory", factory_related_name="claim", published=True
            ),
        )
        figure = factory.Trait(
            figure_value=1000,
            figure_qualifier=models.Qualifier.MORE_THAN,
            figure_unit="civilian bodies",
            figure_as_of=datetime.date(2022, 10, 28),
        )


class AppearanceFactory(factory.django.DjangoModelFactory):
    """An appearance on the first sentence of the article's body."""

    class Meta:
        model = models.Appearance

    claim = factory.SubFactory(ClaimFactory)
    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda a: a.article.body.index(".") + 1)
    exact = factory.LazyAttribute(lambda a: a.article.body[a.start : a.end])
    prefix = factory.LazyAttribute(lambda a: a.article.body[max(0, a.start - 32) : a.start])
    suffix = factory.LazyAttribute(lambda a: a.article.body[a.end : a.end + 32])
    said_on = factory.LazyAttribute(lambda a: a.article.published_on)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Evidence

    claim = factory.SubFactory(ClaimFactory)
    title = factory.Sequence(lambda n: f"Prosecutor general's statement {n}")
    url = factory.Sequence(lambda n: f"https://gov.example.org/statement/{n}")
    publisher = "Office of the Prosecutor General"
    excerpt = "The office confirmed the exhumations."
    stance = models.EvidenceStance.SUPPORTS
    kind = models.EvidenceKind.OFFICIAL_DOCUMENT
    accessed_on = datetime.date(2022, 11, 14)

    class Params:
        # Published with a verdict: public, and frozen but for its archive URL.
        published = factory.Trait(published_at=factory.LazyFunction(timezone.now))


class RatingFactory(factory.django.DjangoModelFactory):
    """Returns a rating of the seeded scale by slug (default: true)."""

    class Meta:
        model = models.Rating
        django_get_or_create = ("slug",)

    slug = "true"
    label = factory.LazyAttribute(lambda r: r.slug.replace("-", " ").capitalize())
    value = factory.Sequence(lambda n: 100 + n)


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Verdict

    claim = factory.SubFactory(ClaimFactory)
    rating = factory.SubFactory(RatingFactory)
    headline = "The figure matches the prosecutor general's count"
    summary = "Official records confirm the figure."
    explanation = "The **prosecutor general** published the count on 28 October."
    author = factory.SubFactory(UserFactory)
    state = models.VerdictState.DRAFT

    class Params:
        published = factory.Trait(
            state=models.VerdictState.PUBLISHED,
            is_current=True,
            published_at=factory.LazyFunction(timezone.now),
            reviewer=factory.SubFactory(UserFactory),
        )


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Correction

    verdict = factory.SubFactory(VerdictFactory, published=True)
    note = "An earlier version gave the wrong date for the statement."
    published_at = factory.LazyFunction(timezone.now)
    author = factory.SubFactory(UserFactory)


class StatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.StatusChange

    claim = factory.SubFactory(ClaimFactory)
    from_status = models.ClaimStatus.OPEN
    to_status = models.ClaimStatus.RESEARCHING
    at = factory.LazyFunction(timezone.now)
    note = "Internal: waiting for the ministry to call back."


class BackgroundTaskFactory(factory.django.DjangoModelFactory):
    """A task's progress row without a queue entry, as a backend without a queue leaves it."""

    class Meta:
        model = models.BackgroundTask

    kind = models.BackgroundTaskKind.IMPORT_SEEDS
    description = "seeds"
    task_id = factory.Sequence(lambda n: f"task-{n}")
    stage = models.BackgroundTaskStage.IMPORTING
    done = 40
    total = 100

    class Params:
        finished = factory.Trait(
            stage=models.BackgroundTaskStage.DONE,
            done=100,
            summary="Found 100 files: 99 created, 0 updated, 0 unchanged, 1 error.",
            error_count=1,
            errors=[{"name": "seeds/empty.txt", "reason": "the file is empty"}],
        )
