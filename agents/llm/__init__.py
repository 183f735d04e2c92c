"""LLM providers behind one port (``agents.llm.base.LLM``), one per file, chosen in ``agents.llm.build``."""
