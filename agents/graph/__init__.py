"""The extraction graph: gate -> extract -> relate -> reconcile -> commit -> refresh_profile."""
