"""Drills (演练): a world of their own beside the real journal, and the scenario player.

Qt-free. `world` copies the real county into a drill journal; `player` plays a scenario's timed
injects into it; `responder` plays the expected actions for headless runs; `evaluate` judges
what was done against the targets (the 演练评估); `run` ties them together for the CLI.
The module is shaped to move into a bundled plugin: `scenarios()` is its provider function.
"""

from .scenario import Expect, Inject, Scenario, ScenarioError, load, scenarios

__all__ = ["Expect", "Inject", "Scenario", "ScenarioError", "load", "scenarios"]
