"""Reading a county workbook (.xlsx with python-calamine) or one sheet of it (.csv) into rows.

A .csv holds one sheet, named by the file (`救援队伍.csv`). Rows come back as
`(row number, {header: value})` with the spreadsheet's own row numbers (the header is row 1),
so every error can name the row a person sees. Empty rows and example rows are skipped.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .sheets import BY_NAME, EXAMPLE_MARK

Row = tuple[int, dict[str, Any]]


class WorkbookError(ValueError):
    """A file that cannot be read as a county workbook at all; str() says why."""


@dataclass
class Book:
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    headers: dict[str, list[str]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # sheets that are not county sheets


def _rows(name: str, values, book: Book) -> None:
    it = iter(values)
    header = next(it, None)
    if header is None:
        book.sheets[name], book.headers[name] = [], []
        return
    heads = [str(h).strip() if h is not None else "" for h in header]
    rows: list[Row] = []
    for n, raw in enumerate(it, start=2):
        cells = list(raw)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
            continue
        first = cells[0] if cells else None
        if isinstance(first, str) and first.strip().startswith(EXAMPLE_MARK):
            continue
        rows.append((n, {h: cells[i] if i < len(cells) else None for i, h in enumerate(heads)}))
    book.sheets[name], book.headers[name] = rows, heads


def read(path: str | Path) -> Book:
    path = Path(path)
    book = Book()
    suffix = path.suffix.lower()
    if suffix == ".csv":
        name = path.stem
        if name not in BY_NAME:
            raise WorkbookError(
                f"{path.name}: a .csv holds one sheet and is named after it "
                f"({'、'.join(BY_NAME)}), e.g. 救援队伍.csv"
            )
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                _rows(name, [[c if c != "" else None for c in r] for r in csv.reader(f)], book)
        except UnicodeDecodeError:
            raise WorkbookError(f"{path.name}: not UTF-8 text; save the CSV as UTF-8") from None
        return book
    if suffix not in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise WorkbookError(f"{path.name}: expected an .xlsx workbook or a .csv sheet")
    # python-calamine (Rust) reads a city workbook in a fraction of openpyxl's time;
    # openpyxl still writes the template and the export (styles, comments, drop-downs).
    import python_calamine

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise
    except Exception as exc:  # calamine's own error types: a broken or foreign file
        raise WorkbookError(f"{path.name}: not a readable workbook ({exc})") from None
    try:
        visible = {m.name for m in wb.sheets_metadata if str(m.visible).endswith("Visible")}
        for name in wb.sheet_names:
            if name in BY_NAME:
                rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                _rows(name, [[None if c == "" else c for c in r] for r in rows], book)
            elif name in visible:
                book.ignored.append(name)
    finally:
        wb.close()
    return book
