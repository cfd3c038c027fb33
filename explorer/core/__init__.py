"""The headless core: model, content loading, search, comparison, ladders and plans.

Nothing under this package imports Textual; the TUI and the CLI both compose it.
"""
