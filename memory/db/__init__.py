"""SQL: typed tables and the engine/session factory. Alembic revisions are the only way the schema changes."""
