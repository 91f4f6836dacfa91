"""The county workbook plugin (bundled): a bureau's rosters in one Excel workbook.

`commandcenter county template | export | import`, and the desk's 基础数据 → 导入 preview.
Sheets and columns are defined in `sheets`; `reading` reads .xlsx/.csv, `checking` checks
every row, `diff` works out new / changed / retired records as decisions, `writing` writes
the template and the export. It reaches the county only through the plugin API.
"""
