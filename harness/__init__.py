"""What the tests and the benchmarks share, and nothing shipped uses: stub servers that speak the Anthropic and
OpenAI wire formats (recorded response shapes), starting PostgreSQL and the Chroma server on 127.0.0.1, and
server processes on free ports."""
