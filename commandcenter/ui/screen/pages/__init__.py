"""The big screen's pages, in rotation order (one module per page)."""

from .duty import DutyPage
from .focus import FocusPage
from .map_page import MapPage
from .overview import OverviewPage
from .stats_page import StatsPage

PAGES = (OverviewPage, MapPage, FocusPage, StatsPage, DutyPage)

__all__ = ["PAGES"]
