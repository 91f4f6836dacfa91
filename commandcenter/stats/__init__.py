"""Statistics of a period, Qt-free: response times, counts, reporting-deadline compliance.

Shared by the big screen's 统计 page, the handover report and `commandcenter report stats`.
"""

from .figures import STAT_KINDS, Figures, Leg, compute, percentile
from .situation import Situation, focus_incident, ladder, situation, warnings_in_force

__all__ = [
    "STAT_KINDS",
    "Figures",
    "Leg",
    "Situation",
    "compute",
    "focus_incident",
    "ladder",
    "percentile",
    "situation",
    "warnings_in_force",
]
