"""One claimant whatever name an article gives it: aliases, matching, merging two claimants.

A claimant's aliases are the other names articles give it ("DGPC" for the Civil
Protection Directorate) and the names it had before a rename or a merge. Names
are compared by ``articles.text.name_key`` — without case, diacritics or a
leading "the" — so *Volker Türk*, *volker turk* and *the WHO*/*WHO* meet.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from articles.models import Claim, Claimant, ClaimantAlias
from articles.services._base import User, _as_actor, _require
from articles.text import name_key

KEY_LENGTH = ClaimantAlias._meta.get_field("key").max_length


def claimant_key(name: str | None) -> str:
    """The key under which the names of one claimant meet."""
    return name_key(name)[:KEY_LENGTH]


def claimants_by_key(keys: Iterable[str]) -> dict[str, Claimant]:
    """The claimants that go by the given keys, as names or aliases (a few queries per 500 keys).

    Claimants with no alias row yet (added in the admin) are found by their name,
    case aside.
    """
    found: dict[str, Claimant] = {}
    wanted = sorted({key for key in keys if key})
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        for alias in ClaimantAlias.objects.filter(key__in=batch).select_related("claimant"):
            found[alias.key] = alias.claimant
        missing = [key for key in batch if key not in found]
        if missing:
            for claimant in Claimant.objects.annotate(lowered=Lower("name")).filter(
                lowered__in=missing
            ):
                found.setdefault(claimant_key(claimant.name), claimant)
    return found


def claimant_aliases_add(*, claimant: Claimant, names: Iterable[str]) -> int:
    """Record ``names`` as the claimant's aliases; return how many are new.

    A key another claimant already holds stays that claimant's: two bodies
    sharing an acronym are told apart by an editor merging or renaming, not here.
    """
    rows = {}
    for name in names:
        name = " ".join((name or "").split())[:200]
        key = claimant_key(name)
        if key and key not in rows:
            rows[key] = ClaimantAlias(claimant=claimant, name=name, key=key)
    if not rows:
        return 0
    taken = set(ClaimantAlias.objects.filter(key__in=list(rows)).values_list("key", flat=True))
    new = [alias for key, alias in rows.items() if key not in taken]
    for alias in new:
        alias.full_clean(exclude=["claimant"], validate_unique=False)
    ClaimantAlias.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


@transaction.atomic
def claimants_merge(*, keep: Claimant, merge: Claimant, by: User) -> Claimant:
    """File every claim of ``merge`` under ``keep``, and remove ``merge``.

    ``merge``'s name and aliases become ``keep``'s aliases, so later suggestions
    naming it go to ``keep``; its description fills ``keep``'s when that is empty.
    Each claim moved gets a history row crediting ``by``. Needs the permission to
    change claimants: nothing is lost — the claims move and the names stay as aliases.
    """
    _require(by, "articles.change_claimant", _("merge claimants"))
    if keep.pk == merge.pk:
        raise ValidationError(_("A claimant cannot be merged into itself."), code="same")
    keep = Claimant.objects.select_for_update().get(pk=keep.pk)
    merge = Claimant.objects.select_for_update().get(pk=merge.pk)
    now = timezone.now()
    claims = list(Claim.objects.select_for_update().filter(claimant=merge))
    for claim in claims:
        claim.claimant = keep
        claim.version += 1
        claim.updated_at = now
        claim.last_activity_at = now
    if claims:
        bulk_update_with_history(
            claims,
            Claim,
            ["claimant", "version", "updated_at", "last_activity_at"],
            default_user=by if by.is_authenticated else None,
            default_change_reason=_("Claimant “%(merged)s” merged into “%(kept)s”")
            % {"merged": merge.name, "kept": keep.name},
            default_date=now,
        )
    names = [merge.name, *merge.aliases.values_list("name", flat=True)]
    ClaimantAlias.objects.filter(claimant=merge).delete()
    claimant_aliases_add(claimant=keep, names=[keep.name, *names])
    if not keep.description and merge.description:
        keep.description = merge.description
    keep.version += 1
    keep.full_clean()
    _as_actor(keep, by)
    keep.save()
    _as_actor(merge, by)
    merge.delete()
    return keep
