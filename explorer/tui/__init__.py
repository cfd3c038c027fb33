"""The Textual front end. It only composes the headless core in explorer.core."""
