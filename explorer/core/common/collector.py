"""Keep Python's cyclic garbage collector away from the catalog and the search index.

Loading builds millions of small objects that live as long as the program. A full
collection walks every one of them (hundreds of milliseconds at 100k responsibilities,
felt as a stalled keystroke), yet they are never garbage. So collection is paused while
they are built, and `gc.freeze()` then moves them out of the collector's sight; they are
still freed by reference counting when a reload replaces them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def building_long_lived() -> Iterator[None]:
    """No collection while the block runs; everything alive at its end is frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
