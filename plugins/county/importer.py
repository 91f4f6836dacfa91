"""The county workbook as an importer contribution: read, check, preview, then record.

The importer protocol (docs/plugins.md): `read(path)` parses the file and touches no state, so
the desk runs it on a worker thread; `compare(api, book)` checks it against the situation the
API shows and returns an `ImportPlan` (per-sheet difference, errors, decisions), storing
nothing; `preview(api, path)` does both. The decisions of a clean plan are what `api.record` /
`api.submit` then store in one step, all or none.
"""

from __future__ import annotations

from pathlib import Path

from commandcenter.domain import Refused

from .checking import check
from .diff import ImportPlan, plan_import
from .reading import Book, WorkbookError, read


class WorkbookImporter:
    title = "县情工作簿"
    patterns = ("*.xlsx", "*.csv")

    def read(self, path: str | Path) -> Book | ImportPlan:
        """The file's rows, or a plan holding the one error that stops reading it."""
        try:
            return read(path)
        except WorkbookError as exc:
            return ImportPlan(errors=[str(exc)])
        except OSError as exc:
            return ImportPlan(errors=[f"{Path(path).name}: {exc.strerror or exc}"])

    def compare(self, api, book: Book | ImportPlan, *, trial: bool = True) -> ImportPlan:
        """The plan; with `trial` its decisions are also checked against the rules (a caller
        that records at once may skip it: recording checks them all again, all or none)."""
        if isinstance(book, ImportPlan):
            return book
        plan = plan_import(check(book, api.state), api.state, api.now())
        if book.ignored:
            plan.notes.append("未识别的工作表 (未导入): " + "、".join(book.ignored))
        if trial and plan.ok and plan.decisions:
            try:
                api.check_all(plan.decisions)
            except Refused as exc:
                plan.errors.append(f"无法导入: {exc}")
        return plan

    def preview(self, api, path: str | Path, *, trial: bool = True) -> ImportPlan:
        return self.compare(api, self.read(path), trial=trial)
