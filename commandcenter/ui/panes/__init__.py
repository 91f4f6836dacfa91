"""The panes, registered in one place: the main window builds its docks and View menu from
`PANES`, in this order. objectNames are stable keys of the saved layout."""

from __future__ import annotations

from .base import Pane
from .detail import IncidentDetail
from .evac import EvacPane
from .incidents import IncidentBoard
from .log import LogPane
from .map import MapPane
from .materials import MaterialsPane
from .orders import OrdersPane
from .posts import PostsPane
from .teams import TeamsPane
from .video import VideoWall
from .warnings import WarningsPane

PANES: list[type[Pane]] = [
    IncidentBoard,
    IncidentDetail,
    MapPane,
    VideoWall,
    TeamsPane,
    MaterialsPane,
    EvacPane,
    OrdersPane,  # field stations (issue 14)
    PostsPane,
    WarningsPane,
    LogPane,
]

__all__ = ["PANES", "Pane"]
