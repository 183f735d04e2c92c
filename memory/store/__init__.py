"""The memory store: the only writer of users and memories.

Import from the submodules (``memory.store.service``, ``memory.store.schemas``): this package's own import
stays free so that light callers (the CLI's ``--help``) don't pay for SQLAlchemy and numpy.
"""
