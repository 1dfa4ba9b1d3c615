"""Named-entity recognition plugin: PERSON, LOCATION, ORGANIZATION, NRP, DATE_TIME.

Enabled per policy (``ner: {enabled: true}``); importing this package does not import
spaCy, which loads only when :func:`build_ner_recognizer` is called.

>>> from promptguard import Guard
>>> guard = Guard({"extends": "default", "ner": {"enabled": True}})  # doctest: +SKIP
"""

from promptguard.recognizers.ner.options import NER_ENTITIES, NerOptions
from promptguard.recognizers.ner.recognizer import NerRecognizer, build_ner_recognizer

__all__ = ["NER_ENTITIES", "NerOptions", "NerRecognizer", "build_ner_recognizer"]
