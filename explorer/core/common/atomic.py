"""Write files so that a crash leaves either the old version or the new one, never a mix."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write_text(
    path: Path,
    text: str,
    verify: Callable[[str], object] | None = None,
    mode: int = 0o600,
    durable: bool = True,
) -> None:
    """Write `text` to a temp file beside `path`, fsync it, check it, then rename it over `path`.

    `verify` is called with what was written and read back; if it raises, the old file stays.
    `durable=False` skips the fsyncs, for caches: after a crash they may be cut short, and a
    cache that does not read back whole is simply rebuilt.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        os.chmod(temp, mode)
        if verify is not None:
            verify(temp.read_text(encoding="utf-8"))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if durable:
        _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_without_overwrite(source: Path, directory: Path, stem: str, suffix: str) -> Path:
    """Move `source` into `directory` as STEM+SUFFIX, or STEM-2+SUFFIX… : never over an existing file.

    A hard link claims the new name atomically (it fails if the name exists); the old name is
    then removed. Where links are not supported, fall back to a checked rename.
    """
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    for counter in range(1, 10_000):
        target = directory / (f"{stem}{suffix}" if counter == 1 else f"{stem}-{counter}{suffix}")
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:
            if target.exists():
                continue
            os.rename(source, target)
            return target
        os.unlink(source)
        _fsync_directory(directory)
        return target
    raise FileExistsError(f"{directory}: no free name for {stem}{suffix}")


def write_new_file(path: Path, text: str, mode: int = 0o600) -> None:
    """Create `path` (it must not exist yet), write and fsync it."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
