"""HTML to paper: a QTextDocument laid out on A4 and painted page by page to a QPrinter.

Painting the pages ourselves (instead of `QTextDocument.print`) costs the same and lets every
page carry a footer with the journal head and "第 n / m 页", and report progress per page.
Runs in any thread: QTextDocument and QPrinter (PDF) are reentrant; pass no widgets in here.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QRawFont,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

LATIN = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")
PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei")
MARGINS_MM = QMarginsF(16, 14, 16, 10)  # left, top, right, bottom (the footer sits above it)
FOOTER_MM = 8.0
Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


class NoCJKFont(RuntimeError):
    """No font with Chinese glyphs: every character would print as a box."""


def ensure_app() -> QCoreApplication:
    """A QApplication for headless use (pyqtgraph needs widgets); offscreen without a display."""
    app = QCoreApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
    return app


def cjk_family() -> str:
    """The font family to print Chinese with; raises NoCJKFont naming the package to install."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in PREFERRED:
        if name in families:
            return name
    if families:
        return families[0]
    raise NoCJKFont("没有找到中文字体, 报告中的汉字会显示为方框: 请安装 fonts-noto-cjk")


def families() -> list[str]:
    """Fonts for report text: a Latin font first, then the CJK one.

    Latin letters and digits set in Noto CJK come out of Qt's PDF writer without a ToUnicode
    entry (HarfBuzz substitutes glyphs the cmap does not name), so copying "G318" from the
    PDF gives "G"; a Latin font first keeps them searchable. Raises NoCJKFont.
    """
    cjk = cjk_family()
    have = set(QFontDatabase.families())
    latin = next((f for f in LATIN if f in have), None)
    return [latin, cjk] if latin else [cjk]


def new_printer(path: str | None = None, title: str = "") -> QPrinter:
    """An A4 portrait printer; a PDF file when `path` is given, else the system default."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCreator("commandcenter 应急指挥中心 值班台")
    printer.setDocName(title)
    if path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def document(html: str, images: dict[str, QImage]) -> QTextDocument:
    doc = QTextDocument()
    for name, img in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    doc.setHtml(html)
    return doc


def paint(
    doc: QTextDocument,
    printer: QPrinter,
    footer: str,
    fonts: list[str],
    progress: Progress | None = None,
) -> int:
    """Lay `doc` out on the printer's pages and paint them; returns the page count."""
    doc.documentLayout().setPaintDevice(printer)
    dpi = printer.resolution()
    body = printer.pageRect(QPrinter.Unit.DevicePixel)
    foot_h = FOOTER_MM / 25.4 * dpi
    page_h = body.height() - foot_h
    doc.setPageSize(QSizeF(body.width(), page_h))
    pages = doc.pageCount()  # lays the whole document out: the one long step
    if progress:
        progress(0, pages)
    ctx = QAbstractTextDocumentLayout.PaintContext()
    ctx.palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
    small = QFont()
    small.setFamilies(fonts)
    small.setPointSizeF(7.5)
    painter = QPainter(printer)
    try:
        for n in range(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * page_h)
            ctx.clip = QRectF(0, n * page_h, body.width(), page_h)
            painter.setClipRect(ctx.clip)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            _footer(painter, small, QRectF(0, page_h, body.width(), foot_h), footer, n, pages)
            if progress:
                progress(n + 1, pages)
    finally:
        painter.end()
    path = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and path:
        from .pdf_text import fix_pdf_text

        # Qt names the lowest code point of a glyph Noto CJK shares (⼈ for 人, 戶 for 户)
        text = doc.toPlainText() + footer
        try:
            fix_pdf_text(path, keep=text, twin=glyph_twins(fonts[-1], text))
        except Exception as exc:  # the printed report matters more than its search text
            log.warning("the PDF's text map was left as Qt wrote it: %s", exc)
    return pages


def glyph_twins(family: str, text: str) -> Callable[[str], str | None]:
    """c -> the character of `text` that `family` draws with the same glyph as c, or None."""
    raw = QRawFont.fromFont(QFont(family))

    def glyph(c: str) -> int:
        g = raw.glyphIndexesForString(c)
        return g[0] if len(g) == 1 else 0

    by_glyph: dict[int, str] = {}
    for c in sorted(set(text)):
        if ord(c) >= 0x2E80 and glyph(c):
            by_glyph.setdefault(glyph(c), c)
    return lambda c: by_glyph.get(glyph(c)) if glyph(c) else None


def _footer(painter: QPainter, font: QFont, rect: QRectF, text: str, n: int, pages: int) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#505050"))
    y = rect.top() + rect.height() * 0.25
    painter.drawLine(rect.left(), y, rect.right(), y)
    box = rect.adjusted(0, rect.height() * 0.3, 0, 0)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft, text)
    painter.drawText(box, align | Qt.AlignmentFlag.AlignRight, f"第 {n + 1} / {pages} 页")
    painter.restore()


def write_pdf(
    html: str,
    images: dict[str, QImage],
    path: str,
    footer: str,
    fonts: list[str],
    progress: Progress | None = None,
) -> int:
    """HTML (with its images) to an A4 PDF file; returns the page count."""
    return paint(document(html, images), new_printer(path), footer, fonts, progress)
