"""The read-only JSON API: published claims, verdicts, articles and claimants."""
