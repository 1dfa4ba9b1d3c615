"""Prompt-injection detection: rules, a small trained model and response-side checks.

    from promptguard.recognizers.injection import InjectionDetector, InjectionOptions

    detector = InjectionDetector.load(InjectionOptions(action="block"))
    verdict, findings = detector.detect(text, source="document")

Importing this package loads nothing heavy; ``InjectionDetector.load`` reads the pack and
the model once per process (cached).
"""

from __future__ import annotations

from promptguard.recognizers.injection.detector import InjectionDetector, default_model_path
from promptguard.recognizers.injection.normalize import NormalizedText, normalize
from promptguard.recognizers.injection.options import InjectionOptions, InjectionThresholds
from promptguard.recognizers.injection.rules import RuleHit, RuleSet, default_pack_path

__all__ = [
    "InjectionDetector",
    "InjectionOptions",
    "InjectionThresholds",
    "NormalizedText",
    "RuleHit",
    "RuleSet",
    "default_model_path",
    "default_pack_path",
    "normalize",
]
