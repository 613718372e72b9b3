"""Helpers for the claimant tests: the claimants a body of text gets, sentence by sentence."""

from articles.suggest import score_sentences


def claimants(body: str) -> list[tuple[str | None, str | None]]:
    """(claimant, kind) of every sentence of ``body``, in order."""
    return [(s.claimant, s.claimant_kind) for s in score_sentences(body)]


def claimant(sentence: str) -> tuple[str | None, str | None]:
    """(claimant, kind) of a text of exactly one sentence."""
    (found,) = claimants(sentence)
    return found
