"""Embedder implementations of :class:`memory.ports.Embedder`."""
