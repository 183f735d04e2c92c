"""Preference extraction: turns of a conversation in, candidate memories out."""
