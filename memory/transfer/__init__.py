"""Export and import of one user's memory in a versioned, documented format (docs/export-schema.v1.json)."""
