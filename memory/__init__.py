"""tacit's domain: settings, tables, the memory store, embeddings and the vector index.

Nothing here imports ``agents`` or ``api``; heavy dependencies (sentence-transformers, chromadb)
are imported lazily so that commands which do not embed stay fast.
"""
