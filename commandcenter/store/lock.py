"""One writer per journal file, across processes: an OS lock on a sidecar file `<db>.lock`.

SQLite's own locking lets a second process open the file and write between our transactions:
a second hub on the same journal then numbers events the first one already numbered
(`UNIQUE constraint failed: events.gseq`), and the SQLite shipped here can corrupt a WAL file
with two writers (ENGINEERING.md, trap 8). So every writer (hub, desk, import, init, token
admin) takes an exclusive lock on `<db>.lock` first and holds it while the journal is open.

The lock is `flock` on POSIX and `msvcrt.locking` on Windows: the operating system drops it
when the process ends, however it ends (SIGKILL, power cut), so a stale lock file never blocks
a restart. The file itself says who holds it (pid and command), for the refusal sentence.
Readers (verify-log, export, reports) take no lock: WAL lets them read beside the writer.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from .db import StoreError


class JournalLocked(StoreError):
    """Another process is writing this journal; the message names it."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


class WriterLock:
    """An exclusive, process-lifetime lock on one journal file. `release()` is idempotent."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.path = lock_path(db)
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> WriterLock:
        """Take the lock, waiting up to `wait` seconds; raise JournalLocked naming the holder."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {self.path}: {exc.strerror}") from None
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                holder = _holder(fd)
                os.close(fd)
                if holder.startswith(f"pid {os.getpid()}:"):
                    raise JournalLocked(f"{self.db} is already open for writing in this process")
                raise JournalLocked(
                    f"another process ({holder}) is writing {self.db}; "
                    "stop it first, or wait until it has finished"
                )
            time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}: {_command()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _command() -> str:
    argv = [Path(sys.argv[0]).name if sys.argv else "python", *sys.argv[1:3]]
    return " ".join(a for a in argv if a)[:80]


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode(errors="replace").strip()
    except OSError:
        text = ""
    return text or "unknown pid"


if os.name == "nt":  # pragma: no cover - exercised on Windows duty PCs
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            # lock one byte far past the text, so the holder's pid stays readable
            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    # flock, not lockf/fcntl: a flock belongs to the open file, so a second Journal in the
    # same process is refused too, and closing some other descriptor of the file keeps it.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_journal(
    db: str | os.PathLike | None, *, wait: float = 0.0, create: bool = True
) -> WriterLock | None:
    """The writer lock of the SQLite file `db` names (None for a server database, or for a
    file that does not exist and will not be created: opening it fails on its own)."""
    from .db import private_dir, sqlite_path, to_url

    path = sqlite_path(to_url(db))
    if path is None or not (create or path.exists()):
        return None  # PostgreSQL serialises writers itself
    private_dir(path.parent)
    return WriterLock(path).acquire(wait)
