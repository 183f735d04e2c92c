"""Recall: choose the few memories relevant to one request and render them as a prompt prefix."""
