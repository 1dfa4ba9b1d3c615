"""Detection layer: recognizers turn text into findings."""
