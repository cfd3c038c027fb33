"""Shared helpers with no feature of their own: atomic file writes, safe display text, words."""
