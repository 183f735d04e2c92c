"""The human-readable profile: the service (:mod:`.service`), its order (:mod:`.rank`) and its rendering
(:mod:`.render`)."""
