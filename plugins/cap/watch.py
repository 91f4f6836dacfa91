"""The drop folder: where a release system or a weather feed writes CAP files.

`take_new(folder)` moves every new *.xml / *.cap file into `folder/已处理/` (so a file is taken
once, even if the desk restarts) and returns the moved paths for import; the import log says
what became of each. Files still being written (modified in the last two seconds) wait for
the next look.
"""

from __future__ import annotations

import time
from pathlib import Path

DONE = "已处理"
SETTLE_S = 2.0


def take_new(folder: Path, now: float | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    done = folder / DONE
    out = []
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.suffix.lower() not in (".xml", ".cap"):
            continue
        try:
            if now - p.stat().st_mtime < SETTLE_S:
                continue
            done.mkdir(exist_ok=True)
            target = done / p.name
            n = 1
            while target.exists():
                target = done / f"{p.stem}.{n}{p.suffix}"
                n += 1
            p.rename(target)
        except OSError:
            continue  # taken by someone else, or not ours to move: the next look decides
        out.append(target)
    return out
