"""tacit's HTTP API and command line. Nothing is built at import time: see :func:`api.app.create_app`."""
