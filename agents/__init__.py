"""Learning, and the composition root.

- :mod:`agents.worker` claims jobs from the queue (:mod:`memory.learn.jobs`); :mod:`agents.learn` runs one
  through the LangGraph graph (:mod:`agents.graph`): read the turns, extract (:mod:`agents.extract`, with the
  offline rules and reader in :mod:`agents.offline` and edits in :mod:`agents.edits`), reconcile, write.
- :mod:`agents.llm`: the LLM providers, and the LLM's other jobs (recall's judge, the profile's summary).
- :mod:`agents.services`: the composition root every front end builds its process from.

May import ``memory``; never ``api`` or ``tacit``.
"""
