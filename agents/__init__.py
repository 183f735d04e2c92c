"""Learning: the LangGraph extraction graph, the preference extractors and the LLM providers.

May import ``memory``; never ``api``.
"""
