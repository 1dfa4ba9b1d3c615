"""promptguard's benchmark suite (not shipped in the wheel). Run ``python -m benchmarks --help``."""
