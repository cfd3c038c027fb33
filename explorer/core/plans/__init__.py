"""Plans: the transition-plan model, its file store, and the editing session the app keeps."""
