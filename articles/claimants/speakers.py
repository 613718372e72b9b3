"""Who an attribution names: the speaker, the attribution, and the kinds a claimant has."""

from __future__ import annotations

from dataclasses import dataclass


class ClaimantKind:
    """The values of ``articles.models.ClaimantKind``, without importing Django models here."""

    PERSON = "person"
    OFFICE = "office"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANISATION = "organisation"
    MEDIA = "media"


@dataclass(frozen=True)
class Speaker:
    """Whoever an attribution names.

    ``name`` is None for nobody identifiable (a generic group, an unnamed
    person). ``ref`` marks a reference still to resolve against the article:
    "he", "they" (pronouns), "surname", "alias", or "head:<noun>".
    """

    name: str | None
    kind: str | None = None
    official: bool = False
    description: str = ""
    aliases: tuple[str, ...] = ()
    ref: str = ""
    generic: bool = False
    expert: bool = False
    definite: bool = True


NOBODY = Speaker(None)


@dataclass(frozen=True)
class Attribution:
    """An attribution in a sentence: offsets relative to the sentence, and who it names."""

    start: int
    end: int
    speaker: Speaker
    media: str | None = None
    according_to: bool = False
    # A verb that also means doing, not saying ("Hospitals admitted 3,125 patients"):
    # ``attributions`` drops it when the sentence has a verb of saying too.
    weak: bool = False
