"""The extraction graph: gate -> extract -> relate -> reconcile -> commit (-> refresh_profile when a summary must be
written after the commit)."""
