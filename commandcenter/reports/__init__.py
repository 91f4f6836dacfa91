"""Printed reports: the shift handover and the incident reports, from the journal to PDF.

The data-gathering modules here (period, seal, *_data, *_html) are Qt-free so the CLI's checks
and the tests run without a screen; only `render` and `chart` import Qt, and only when used.
"""
