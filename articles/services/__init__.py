"""Every state change of the workbench, one function per change.

Admin actions, views, management commands and tests all call these. Each is
keyword-only, typed, atomic and validating, and writes a StatusChange where
the claim's workflow state moves. ``save()`` and signals carry no side effects.

One module per concern, all re-exported here, so callers write
``services.claim_accept(...)`` whichever module holds it:

- ``_base``: the errors, permissions and helpers every service shares;
- ``workflow``: the claim workflow (transitions, publishing, corrections, assignment);
- ``_rows``: the one write path every edit and removal rests on (lock, merge by
  field, validate, version, history in the editor's name, claim activity);
- ``_public``: which changes readers see, and the publication stamp they move;
- ``content``: creating claimants, claims, appearances, evidence, draft verdicts and
  articles, and placing claim spans again when an article's text changes;
- ``editing``: changing and removing them, with the rules of the published record;
- ``reference``: outlets, topics, ratings, claimants and tracked figures as lists;
- ``splitting``: the split view (claims from spans, similar claims);
- ``importing``: seed files into articles;
- ``suggestions``: suggested claims from an article's check-worthy sentences;
- ``background``: long imports and suggestion runs queued as tasks, and their progress;
- ``figures``: tracked figures.

A test that replaces a function for one call path patches it in the module that
calls it (``services.importing.article_body_changed``), not here.
"""

from articles.services._base import (
    EDIT,
    PUBLISH,
    REOPEN,
    ConcurrentEditError,
    NoProgress,
    Progress,
    User,
    WorkflowError,
    assignable_users,
    check_assignee,
    unique_slug,
)
from articles.services._public import affects_readers, publication_changed
from articles.services._rows import MINE, THEIRS, EditConflict, EditResult, FieldConflict
from articles.services.background import (
    PROGRESS_INTERVAL,
    TaskProgress,
    WorkerStopped,
    articles_suggest_enqueue,
    background_task_run_again,
    background_tasks_mark_stalled,
    seeds_import_enqueue,
)
from articles.services.claimants import claimants_merge
from articles.services.content import (
    APPEARANCE_ANCHOR_FIELDS,
    appearance_add,
    article_body_changed,
    article_create,
    claim_create,
    claimant_get_or_create,
    evidence_add,
    verdict_draft,
)
from articles.services.editing import (
    ARTICLE_EDITABLE_FIELDS,
    CLAIM_EDITABLE_FIELDS,
    CLAIM_PUBLISHED_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    EVIDENCE_PUBLISHED_EDITABLE,
    appearance_delete,
    appearance_update,
    article_delete,
    article_update,
    claim_delete,
    claim_update,
    claimant_delete,
    claimant_update,
    evidence_delete,
    evidence_update,
    verdict_delete,
    verdict_update,
)
from articles.services.figures import (
    FigureMatch,
    FigureMatcher,
    claim_track,
    claims_group_into_figure,
    figure_matcher,
    figure_matches,
    tracked_figure_create,
    tracked_figure_start,
)
from articles.services.importing import (
    IMPORT_BATCH_SIZE,
    SEED_CHANGE_REASON,
    ImportReport,
    SeedAction,
    SeedOutcome,
    articles_import,
    import_refused_text,
    seeds_import,
)
from articles.services.reference import (
    claimant_create,
    reference_create,
    reference_delete,
    reference_update,
    refuse_name_taken,
)
from articles.services.splitting import (
    SIMILAR_CANDIDATES,
    SIMILAR_MIN_SCORE,
    SIMILAR_MIN_TRIGRAM,
    claim_attach_span,
    claim_create_from_span,
    claim_numbers,
    claim_tokens,
    similar_claims,
    similarity_score,
    suggestion_dismiss,
)
from articles.services.suggestions import (
    SUGGEST_BATCH_SIZE,
    SUGGEST_CHUNK,
    SUGGESTION_NOTE,
    SuggestionRun,
    article_suggest_claims,
    articles_suggest_claims,
    articles_suggest_in_chunks,
)

# The benchmarks clear this cache to measure a cold run.
from articles.services.suggestions import _claim_slug_base as _claim_slug_base
from articles.services.workflow import (
    TRANSITIONS,
    ReviewedVersion,
    Transition,
    available_transitions,
    can_publish,
    claim_accept,
    claim_assign,
    claim_dismiss,
    claim_publish,
    claim_reopen,
    claim_restore,
    claim_send_back,
    claim_start_research,
    claim_submit_for_review,
    claim_transition,
    is_author,
    publish_problems,
    verdict_correct,
)

__all__ = [
    "APPEARANCE_ANCHOR_FIELDS",
    "ARTICLE_EDITABLE_FIELDS",
    "CLAIM_EDITABLE_FIELDS",
    "CLAIM_PUBLISHED_FIELDS",
    "EDIT",
    "EVIDENCE_EDITABLE_FIELDS",
    "EVIDENCE_PUBLISHED_EDITABLE",
    "IMPORT_BATCH_SIZE",
    "MINE",
    "PROGRESS_INTERVAL",
    "PUBLISH",
    "REOPEN",
    "SEED_CHANGE_REASON",
    "SIMILAR_CANDIDATES",
    "SIMILAR_MIN_SCORE",
    "SIMILAR_MIN_TRIGRAM",
    "SUGGESTION_NOTE",
    "SUGGEST_BATCH_SIZE",
    "SUGGEST_CHUNK",
    "THEIRS",
    "TRANSITIONS",
    "ConcurrentEditError",
    "EditConflict",
    "EditResult",
    "FieldConflict",
    "FigureMatch",
    "FigureMatcher",
    "ImportReport",
    "NoProgress",
    "Progress",
    "ReviewedVersion",
    "SeedAction",
    "SeedOutcome",
    "SuggestionRun",
    "TaskProgress",
    "Transition",
    "User",
    "WorkerStopped",
    "WorkflowError",
    "affects_readers",
    "appearance_add",
    "appearance_delete",
    "appearance_update",
    "article_body_changed",
    "article_create",
    "article_delete",
    "article_suggest_claims",
    "article_update",
    "articles_import",
    "articles_suggest_claims",
    "articles_suggest_enqueue",
    "articles_suggest_in_chunks",
    "assignable_users",
    "available_transitions",
    "background_task_run_again",
    "background_tasks_mark_stalled",
    "can_publish",
    "check_assignee",
    "claim_accept",
    "claim_assign",
    "claim_attach_span",
    "claim_create",
    "claim_create_from_span",
    "claim_delete",
    "claim_dismiss",
    "claim_numbers",
    "claim_publish",
    "claim_reopen",
    "claim_restore",
    "claim_send_back",
    "claim_start_research",
    "claim_submit_for_review",
    "claim_tokens",
    "claim_track",
    "claim_transition",
    "claim_update",
    "claimant_create",
    "claimant_delete",
    "claimant_get_or_create",
    "claimant_update",
    "claimants_merge",
    "claims_group_into_figure",
    "evidence_add",
    "evidence_delete",
    "evidence_update",
    "figure_matcher",
    "figure_matches",
    "import_refused_text",
    "is_author",
    "publication_changed",
    "publish_problems",
    "reference_create",
    "reference_delete",
    "reference_update",
    "refuse_name_taken",
    "seeds_import",
    "seeds_import_enqueue",
    "similar_claims",
    "similarity_score",
    "suggestion_dismiss",
    "tracked_figure_create",
    "tracked_figure_start",
    "unique_slug",
    "verdict_correct",
    "verdict_delete",
    "verdict_draft",
    "verdict_update",
]
