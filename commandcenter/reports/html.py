"""The printed style shared by all reports: the HTML subset QTextDocument lays out well.

QTextDocument understands a small part of HTML/CSS: tables with `<thead>` (its rows become
the repeated header rows on every page), widths in per cent, `bgcolor`, point sizes and
`page-break-before`. Everything reports print goes through these helpers so they look alike.
"""

from __future__ import annotations

from html import escape

from .fmt import Table

INK = "#1a1a1a"
RULE = "#808080"
HEAD_BG = "#e4e8ee"
ALERT = "#b00020"
NUMERALS = "一二三四五六七八九十"


def numeral(n: int) -> str:
    """一, 二, … 十, 十一 … for section headings."""
    if n <= 10:
        return NUMERALS[n - 1]
    return "十" + NUMERALS[n - 11] if n < 20 else str(n)


def page(body: str, fonts: list[str]) -> str:
    fam = ", ".join(f"'{escape(f, quote=True)}'" for f in fonts)
    return (
        "<html><head><style>"
        f"body {{ font-family: {fam}; font-size: 9pt; color: {INK}; }}"
        "h1 { font-size: 16pt; font-weight: bold; margin: 0; }"
        "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt; }"
        "p { margin: 0 0 2pt 0; }"
        "td, th { padding: 2pt; }"
        f"th {{ background-color: {HEAD_BG}; font-weight: bold; }}"
        ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }"
        ".small { font-size: 8pt; color: #404040; }"
        f".alert {{ color: {ALERT}; }}"
        "</style></head><body>" + body + "</body></html>"
    )


def heading(n: int, title: str, extra: str = "", *, tag: bool = True) -> str:
    """「三、在外队伍 3 项」: as an <h2>, or bare (`tag=False`) for a table's caption row."""
    tail = f" <span style='font-size: 8pt; font-weight: normal;'>{escape(extra)}</span>"
    text = f"{numeral(n)}、{escape(title)}" + (tail if extra else "")
    return f"<h2>{text}</h2>" if tag else text


def table(t: Table, empty: str = "无", caption: str = "", size: float = 9) -> str:
    """A full-width table whose header rows repeat on every page it spans.

    The section heading is the first header row, so it never sits alone at the foot of a page
    and a continued table still says what it is.
    """
    top = ""
    if caption:
        top = (
            f"<tr><td colspan='{len(t.headers)}' style='border: none;'>"
            f"<span style='font-size: 11.5pt; font-weight: bold;'>{caption}</span></td></tr>"
        )
    if not t.rows:
        return (f"<h2>{caption}</h2>" if caption else "") + f"<p class='small'>{escape(empty)}</p>"
    head = "".join(
        f"<th width='{w}%' align='left'>{escape(h)}</th>"
        for h, w in zip(t.headers, t.widths, strict=True)
    )
    parts = [
        f"<table width='100%' border='1' cellspacing='0' cellpadding='2' "
        f"style='border-collapse: collapse; border-color: {RULE}; font-size: {size}pt;'>"
        f"<thead>{top}<tr>{head}</tr></thead><tbody>"
    ]
    alert = t.alert + [False] * (len(t.rows) - len(t.alert))
    for row, bad in zip(t.rows, alert, strict=True):
        cls = " class='alert'" if bad else ""
        parts.append(f"<tr{cls}>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def log_lines(t: Table, empty: str, caption: str, size: float = 8) -> str:
    """A long log as one paragraph per row with a hanging indent, not as a table.

    QTextDocument paginates a 2,000-row table in seconds (≈4 s here) but the same rows as
    paragraphs in a tenth of a second; a log is read line by line, so it loses nothing.
    The columns of `t` are printed in order, the first ones small, the last as the text.
    """
    head = f"<p style='font-size: 11.5pt; font-weight: bold; margin-top: 10pt;'>{caption}</p>"
    if not t.rows:
        return head + f"<p class='small'>{escape(empty)}</p>"
    indent = 16 * size
    parts = [head]
    alert = t.alert + [False] * (len(t.rows) - len(t.alert))
    for row, bad in zip(t.rows, alert, strict=True):
        *lead, text = row
        cls = " class='alert'" if bad else ""
        lead_html = "&nbsp;&nbsp;".join(f"<span class='small'>{escape(c)}</span>" for c in lead)
        parts.append(
            f"<p{cls} style='font-size: {size}pt; margin-left: {indent}pt; "
            f"text-indent: -{indent}pt; margin-bottom: 1pt;'>{lead_html}&nbsp;&nbsp;"
            f"{escape(text)}</p>"
        )
    return "".join(parts)


def grid(pairs: list[tuple[str, str]], columns: int = 3) -> str:
    """Label/value figures in a borderless grid (the summary at the top)."""
    cells = [
        f"<td width='{100 // columns}%'><span class='small'>{escape(k)}</span><br/>"
        f"<b style='font-size: 12pt;'>{escape(v)}</b></td>"
        for k, v in pairs
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        f"style='border-collapse: collapse; border-color: {RULE};'>{body}</table>"
    )


def signature_lines(roles: list[tuple[str, str]]) -> str:
    """Lines for hand signatures; a name already signed in the system is printed beside."""
    cells = []
    for role, signed in roles:
        note = f"<br/><span class='small'>系统签字: {escape(signed)}</span>" if signed else ""
        cells.append(
            f"<td width='{100 // len(roles)}%'>{escape(role)} (签字):<br/><br/>"
            f"______________________{note}<br/>日期: ______________</td>"
        )
    return f"<table width='100%' cellspacing='0' cellpadding='6'><tr>{''.join(cells)}</tr></table>"
