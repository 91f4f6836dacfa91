"""The warnings' text for the command line (shared with the handover report)."""

from commandcenter.reports.ladder_data import ladder_lines, warning_line

__all__ = ["ladder_lines", "warning_line"]
