"""The ``tacit`` command line: thin over the same services as the API."""
