"""The drop-in proxy: OpenAI- and Anthropic-compatible endpoints that inject memory and forward upstream."""
