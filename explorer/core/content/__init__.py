"""Content: the role model, the TOML spec and validator, loading packs into a catalog, and resolving names."""
