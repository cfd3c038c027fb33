"""Read a file only if it is a regular file, within a size cap, without following a final link.

Opening with O_NONBLOCK keeps a FIFO from freezing the caller; the type is checked on the
open descriptor (fstat), so the file cannot be swapped between the check and the read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """A path that is a link, a device, a FIFO, a folder, or too big: refused, not read."""


def read_regular(path: Path, max_bytes: int, *, follow_links: bool = True) -> bytes:
    """The bytes of `path`, a regular file of at most `max_bytes`; raises OSError otherwise."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_links:
            raise NotRegularFile(errno.ELOOP, "is a link; not followed") from None
        raise
    found = os.fstat(fd)
    if not stat.S_ISREG(found.st_mode):
        os.close(fd)
        raise NotRegularFile(errno.EINVAL, "is not a regular file")
    if found.st_size > max_bytes:
        os.close(fd)
        raise NotRegularFile(
            errno.EFBIG, f"is {found.st_size:,} bytes; files over {max_bytes:,} bytes are refused"
        )
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise NotRegularFile(
            errno.EFBIG, f"grew while being read; files over {max_bytes:,} bytes are refused"
        )
    return data
