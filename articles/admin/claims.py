"""Admin for claims and verdicts."""
