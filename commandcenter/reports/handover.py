"""The handover report from journal to PDF, in the steps the CLI and the desk both run.

1. `compile_handover` (any thread, no Qt): the period's events, the situation, the content.
2. `charts` (GUI thread: pyqtgraph draws on a scene).
3. `render_handover` (any thread): HTML through QTextDocument to the printer, page by page.
Progress is reported as (stage, done, total) with stages "journal", "pages".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from commandcenter.store import Journal

from . import handover_html
from .handover_data import HandoverData, gather
from .period import load_period

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtPrintSupport import QPrinter

StageProgress = Callable[[str, int, int], None]


@dataclass
class Printed:
    path: str
    pages: int
    data: HandoverData


def compile_handover(
    journal: Journal,
    since: datetime,
    until: datetime,
    *,
    shift_id: str | None = None,
    pending: list[str] | None = None,
    notes: str | None = None,
    incoming: str = "",
    incoming_leader: str = "",
    progress: StageProgress | None = None,
) -> HandoverData:
    step = (lambda d, t: progress("journal", d, t)) if progress else None
    plog = load_period(journal, since, until, progress=step)
    data = gather(
        plog,
        shift_id=shift_id,
        pending=pending,
        notes=notes,
        incoming=incoming,
        incoming_leader=incoming_leader,
    )
    if plog.state.drill is not None:  # a drill world's journal: say so, and judge the drill
        from .drill_section import drill_section

        data.drill, summary, table = drill_section(journal, plog.state, plog.tz)
        data.summary = summary + data.summary
        data.tables.insert(0, table)
    return data


def charts(data: HandoverData, fonts: list[str]) -> dict[str, QImage]:
    """The chart images the HTML refers to (GUI thread)."""
    from . import chart

    family = fonts[-1]  # the CJK one: chart labels are Chinese
    return {
        handover_html.CHART_HOUR: chart.by_hour(data.by_hour, family),
        handover_html.CHART_TYPE: chart.by_type(data.by_type, family),
    }


def render_handover(
    data: HandoverData,
    images: dict[str, QImage],
    fonts: list[str],
    printer: QPrinter,
    progress: StageProgress | None = None,
) -> int:
    """Paint the report on `printer` (a PDF file or a real printer); returns the page count."""
    from . import render

    step = (lambda d, t: progress("pages", d, t)) if progress else None
    html = handover_html.build(data, fonts)
    doc = render.document(html, images)
    return render.paint(doc, printer, handover_html.footer(data), fonts, step)


def handover_pdf(
    journal: Journal,
    since: datetime,
    until: datetime,
    out: str,
    *,
    shift_id: str | None = None,
    progress: StageProgress | None = None,
) -> Printed:
    """All three steps in the calling thread (the CLI, tests, the bench)."""
    from . import render

    render.ensure_app()
    fonts = render.families()
    data = compile_handover(journal, since, until, shift_id=shift_id, progress=progress)
    pages = render_handover(data, charts(data, fonts), fonts, render.new_printer(out), progress)
    return Printed(out, pages, data)
