"""Files only the app's own user may read: the data folder, database files, the secret key."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Create `path` (and parents) owner-only (0700) if missing.

    With `tighten`, an existing folder is made owner-only too: right for the app's own data
    folder, wrong for a shared one that merely holds a database file named in a URL.
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if tighten or not existed:
        # mkdir's mode is filtered by the umask, and skipped for existing folders.
        with contextlib.suppress(PermissionError):
            os.chmod(path, DIR_MODE)
    return path


def touch_private(path: Path) -> None:
    """Create an empty owner-only file (0600) if it is missing; tighten an existing one."""
    private_dir(path.parent, tighten=False)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        with contextlib.suppress(PermissionError):
            os.chmod(path, FILE_MODE)
    else:
        os.close(fd)


def write_private(path: Path, text: str) -> bool:
    """Write `text` to a new owner-only file; False if it already exists (someone was first).

    The file is created with mode 0600 by `open` itself, so it is never readable by others,
    not even between creation and a later chmod.
    """
    private_dir(path.parent)
    # A name of its own per writer; O_EXCL: never reuse a file someone else made.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        # A hard link fails if `path` exists: two processes starting together keep one key.
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
