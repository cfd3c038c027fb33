"""role-explorer: product-management careers in the terminal."""

__version__ = "0.1.0"
