"""`NotificationCenter`: gathers notes from the desk's events and clock, never blocks.

A note (domain.alerts.Note) is shown once per key: the banner shows the newest
unacknowledged one, the centre beeps (QSoundEffect when a sound file and QtMultimedia are
there, else QApplication.beep) and asks the taskbar for attention (QApplication.alert). Urgent
notes — red/orange warnings, 较大 incidents and above, overdue calls — are repeated every
`REPEAT_EVERY` seconds until acknowledged. Nothing here opens a dialog: a modal box during a shift would
stop the officer typing a report while another call comes in.

Drill mode (`drill`, set from the desk's demo/drill flag) keeps it quiet — notes are still
listed, without banner, sound or taskbar — unless the drill asks (`drill_asks`), and notes a
drill produces while the desk is live are shown as drill notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from commandcenter.domain.alerts import Note, due_soon, from_events, from_ladders

REPEAT_EVERY = 30  # seconds between repeats of an unacknowledged urgent note
CLOCK_EVERY = 10  # seconds between looks at the clock (stages due, overdue calls)
SCAN = 1500  # incidents looked at in one turn of the loop for deadlines close (look_at_clock)


@dataclass
class Entry:
    note: Note
    at: datetime
    acked: bool = False
    shown: int = 0  # how many times it was announced


class NotificationCenter(QObject):
    changed = Signal()  # the list of unacknowledged notes changed
    announced = Signal(object)  # Entry: banner, sound and taskbar were asked for

    def __init__(self, desk, window: QWidget | None = None, *, drill: bool = False) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.drill = drill  # the desk is in drill mode: quiet
        self.drill_asks = False  # …unless the drill asks for notifications
        self.entries: dict[str, Entry] = {}
        # the unacknowledged ones in arrival order: a flood night brings hundreds of notes,
        # and the banner asks for the newest and the count after every batch (O(1) here)
        self._open: dict[str, Entry] = {}
        self.clock = lambda: datetime.now(UTC)  # injectable for tests
        self._seconds = 0  # the desk's one-second tick drives the clock look and repeats
        self._sound = _sound_effect(self)
        desk.updated.connect(self._on_update)
        desk.tick.connect(self._on_tick)

    # ------------------------------------------------------------ intake
    def _on_update(self, update) -> None:
        self.add(from_events(self.desk.state, update.events))

    def _on_tick(self) -> None:
        self._seconds += 1
        if self._seconds % CLOCK_EVERY == 0:
            self.look_at_clock()
        if self._seconds % REPEAT_EVERY == 0:
            self.repeat()

    def look_at_clock(self) -> None:
        """Ladder stages and calls now; reporting deadlines over the open incidents in turns
        of `SCAN` (a flood night's 10,000 incidents in one go held the GUI thread 30-50 ms
        every ten seconds, bench/desk.py --why)."""
        now = self.clock()
        self.add(from_ladders(self.desk.state, now))
        self._scan(list(self.desk.state.incidents), 0, now)

    def _scan(self, ids: list[str], start: int, now: datetime) -> None:
        incidents = self.desk.state.incidents
        chunk = [incidents[i] for i in ids[start : start + SCAN] if i in incidents]
        self.add(due_soon(chunk, now, self.desk.policy))
        if start + SCAN < len(ids):
            QTimer.singleShot(0, self, lambda: self._scan(ids, start + SCAN, now))

    def add(self, notes: list[Note]) -> None:
        fresh = []
        for n in notes:
            if n.key in self.entries:
                continue
            e = Entry(n, self.clock())
            self.entries[n.key] = e
            self._open[n.key] = e
            fresh.append(e)
        if not fresh:
            return
        self.changed.emit()
        self.announce(fresh[-1])

    @property
    def quiet(self) -> bool:
        return self.drill and not self.drill_asks

    # ------------------------------------------------------------ announcing
    def announce(self, e: Entry) -> None:
        if self.quiet:
            return
        e.shown += 1
        if self._sound is not None:
            self._sound.play()
        else:
            QApplication.beep()
        if self.window is not None:
            QApplication.alert(self.window, 0)
        self.announced.emit(e)

    def repeat(self) -> None:
        urgent = next((e for e in reversed(self._open.values()) if e.note.urgent), None)
        if urgent is not None:
            self.announce(urgent)

    # ------------------------------------------------------------ acknowledging
    def unacked(self) -> list[Entry]:
        return list(self._open.values())

    def count(self) -> int:
        """How many notes wait for an acknowledgement."""
        return len(self._open)

    def latest(self) -> Entry | None:
        return self._open[next(reversed(self._open))] if self._open else None

    def ack(self, key: str) -> None:
        e = self._open.pop(key, None)
        if e is not None:
            e.acked = True
            self.changed.emit()

    def ack_latest(self) -> None:
        e = self.latest()
        if e:
            self.ack(e.note.key)


def _sound_effect(parent: QObject):
    """A QSoundEffect when QtMultimedia and a sound file are installed; else None (beep)."""
    try:
        from importlib import resources

        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        return None
    try:
        wav = resources.files("commandcenter").joinpath("resources/alert.wav")
        if not wav.is_file():
            return None
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    fx = QSoundEffect(parent)
    fx.setSource(QUrl.fromLocalFile(str(wav)))
    return fx
