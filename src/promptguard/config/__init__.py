"""Configuration layer: schemas, YAML loading, Presidio file import."""
