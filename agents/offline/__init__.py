"""The offline preference extractor: rules over sentences plus an embedding model for categories.

No LLM, no network, deterministic. :class:`agents.offline.extractor.OfflineExtractor` is the entry point;
:mod:`agents.offline.lexicon` holds the cue words; :mod:`agents.offline.gate_words` builds the gate's
(:mod:`agents.extract.gate`) tests from them.
"""
