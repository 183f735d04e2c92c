"""The learning inputs kept in SQL: the conversation log, edits and feedback on answers, and the job queue the
worker (:mod:`agents.worker`) drains."""
