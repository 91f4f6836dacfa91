"""Writing the county workbook: the empty template (with an example row) or the county as it is.

Every sheet gets its Chinese headers (bold, frozen, a comment saying what goes in the column),
drop-down lists (data validation) for fixed values and for references to the 乡镇 / 村 / 仓库
sheets, and the rows in a stable order (by id), so two exports of the same county are equal
cell for cell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from commandcenter.domain import State
from commandcenter.domain import records as R

from .sheets import EXAMPLE_MARK, LEVELS, SHEETS, Col, Sheet

ROWS = 5000  # how far drop-downs reach below the header
# reference columns offer the ids of another sheet as their drop-down list
REFS = {"township": ("乡镇街道", "A"), "village": ("村社区", "A"), "store": ("仓库", "A")}


def _get(data: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)  # type: ignore[assignment]
    return data


def _words(col: Col) -> dict[str, str]:
    return {code: word for word, code in (col.choices or {}).items()}


def cell_value(col: Col, value: Any) -> Any:
    """A record's field as the workbook shows it (Chinese words for codes, lists joined)."""
    if value is None or value == "" or value == []:
        return None
    if col.kind == "choice":
        return _words(col).get(str(value), value)
    if col.kind == "multi":
        return "、".join(_words(col).get(v, v) for v in value)
    if col.kind == "upkeep":
        return "；".join(f"{u['task']}/{u['interval_days']}" for u in value)
    if col.kind == "tasks":
        return "；".join(value)
    if isinstance(value, float):
        return round(value, 6)
    return value


def rows_of(sheet: Sheet, state: State) -> list[list[Any]]:
    """The rows of one sheet for the county as it stands, in a stable order."""
    recs = R.current(state, sheet.type)
    out = []
    for key in sorted(recs):
        data = recs[key]
        if sheet.type == "plan":
            levels = data.get("levels") or {}
            for level in sorted(levels) or [None]:
                row = {**data, "level": level, "tasks": levels.get(level, []) if level else []}
                out.append([cell_value(c, _get(row, c.key)) for c in sheet.cols])
            continue
        out.append([cell_value(c, _get(data, c.key)) for c in sheet.cols])
    return out


def _styled(ws, sheet: Sheet) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws.append([c.header for c in sheet.cols])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for i, c in enumerate(sheet.cols, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font, cell.fill = bold, fill
        note = ("必填. " if c.required else "") + (c.hint or "")
        if c.choices:
            note += " 可选: " + "、".join(c.choices)
        if note.strip():
            cell.comment = Comment(note.strip(), "值班台")
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(10, min(32, 2.2 * len(c.header) + 6))
        rng = f"{letter}2:{letter}{ROWS}"
        formula = None
        if c.kind == "choice":
            formula = '"' + ",".join(c.choices or {}) + '"'
        elif c.kind in REFS and REFS[c.kind][0] != sheet.name:
            other, col = REFS[c.kind]
            formula = f"'{other}'!${col}$2:${col}${ROWS}"
        if formula:
            dv = DataValidation(type="list", formula1=formula, allow_blank=not c.required)
            dv.error, dv.errorTitle = "请从下拉列表中选择", sheet.name
            dv.add(rng)
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"


def _workbook(state: State | None):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.name)
        _styled(ws, sheet)
        if state is None:
            example = [c.example if c.example != "" else None for c in sheet.cols]
            example[0] = f"{EXAMPLE_MARK} {example[0]}"
            ws.append(example)
            from openpyxl.styles import Font

            for cell in ws[2]:
                cell.font = Font(italic=True, color="808080")
        else:
            for row in rows_of(sheet, state):
                ws.append(row)
    return wb


def write_template(out: str | Path) -> None:
    _workbook(None).save(out)


def write_blank(state: State | None, out: str | Path) -> None:
    """The template as an exporter contribution (the situation is not needed)."""
    write_template(out)


def write_export(state: State, out: str | Path) -> None:
    _workbook(state).save(out)


__all__ = ["LEVELS", "rows_of", "write_export", "write_template"]
