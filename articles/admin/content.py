"""Admin for sources, claimants, topics, ratings, tracked figures, evidence, appearances."""
