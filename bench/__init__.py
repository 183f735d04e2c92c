"""Benchmarks; run them as scripts (``python -m bench.vector_search``)."""
