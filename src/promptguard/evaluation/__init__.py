"""Evaluation of promptguard policies on labelled data (``promptguard eval``) and benchmarks.

Import the submodules directly; nothing heavy is imported here so that ``promptguard``
stays fast to import:

* :mod:`~promptguard.evaluation.datasets`: load PII / injection / secrets JSONL files
* :mod:`~promptguard.evaluation.runner`: run any ``scan(text)`` object over a dataset
* :mod:`~promptguard.evaluation.metrics`: span P/R/F1, confusion, ROC AUC, recall at FPR
* :mod:`~promptguard.evaluation.compare`: what a policy change gains and loses
* :mod:`~promptguard.evaluation.report`: table / JSON / Markdown rendering
* :mod:`~promptguard.evaluation.adapters`: Presidio and detect-secrets as scanners
"""

from __future__ import annotations

__all__: list[str] = []
