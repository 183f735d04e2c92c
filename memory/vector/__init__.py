"""Vector index implementations of :class:`memory.ports.VectorIndex`."""
