"""Transformation layer: operators and the pseudonym vault."""
