"""The county workbook as an importer contribution: read, check, preview, then record.

`preview(api, path)` reads and checks the file and works out the difference against the
situation the API shows, storing nothing; `decisions` of a clean preview are what `api.record`
or `api.submit` then store in one step (all or none).
"""

from __future__ import annotations

from pathlib import Path

from commandcenter.domain import Refused

from .checking import check
from .diff import ImportPlan, plan_import
from .reading import WorkbookError, read


class WorkbookImporter:
    title = "县情工作簿"
    patterns = ("*.xlsx", "*.csv")

    def preview(self, api, path: str | Path) -> ImportPlan:
        try:
            book = read(path)
        except WorkbookError as exc:
            return ImportPlan(errors=[str(exc)])
        plan = plan_import(check(book, api.state), api.state, api.now())
        if plan.ok and plan.decisions:
            try:
                api.check_all(plan.decisions)
            except Refused as exc:
                plan.errors.append(f"无法导入: {exc}")
        return plan
