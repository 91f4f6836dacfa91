"""The big screen's Qt-free logic: rotation, pin, lock, pushes; freshness levels and banner."""

from __future__ import annotations

from commandcenter.ui.screen.freshness import Freshness, age_text
from commandcenter.ui.screen.rotation import Rotation

PAGES = ["overview", "map", "focus", "stats", "duty"]


def test_rotation_advances_every_n_seconds():
    r = Rotation(PAGES, seconds=20)
    assert r.current(100.0) == "overview"
    assert r.current(119.0) == "overview"
    assert r.current(120.0) == "map"
    assert r.current(140.0) == "focus"


def test_a_push_holds_the_screen_then_rotation_resumes():
    r = Rotation(PAGES, seconds=20)
    r.current(0.0)
    assert r.pushed("stats", "", until=30.0, now=5.0)
    assert r.current(6.0) == "stats" and r.current(29.0) == "stats"
    assert r.current(31.0) == "overview"  # back where the rotation was
    assert r.current(52.0) == "map"
    assert not r.pushed("weather", "", until=99.0, now=53.0)  # no such page


def test_pin_keeps_a_page_and_pushes_return_to_it():
    r = Rotation(PAGES, seconds=20)
    r.current(0.0)
    r.pin("duty")
    assert r.current(100.0) == "duty"
    r.pushed("focus", "I1", until=110.0, now=100.0)
    assert r.current(105.0) == "focus"
    assert r.current(111.0) == "duty"
    r.pin(None)
    assert r.current(200.0) != "duty" or r.index == PAGES.index("duty")


def test_lock_ignores_rotation_keys_and_pushes():
    r = Rotation(PAGES, seconds=20)
    r.current(0.0)
    r.lock(True, "map")
    assert r.current(500.0) == "map"
    r.step(1, 501.0)
    r.show("stats", 502.0)
    assert not r.pushed("focus", "I1", until=900.0, now=503.0)
    assert r.current(504.0) == "map"
    r.lock(False)
    r.step(1, 505.0)
    assert r.current(506.0) == "focus"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_freshness_levels_and_banner():
    c = Clock()
    f = Freshness(interval=2.0, banner_after=6.0, clock=c)
    assert f.level() == "red" and f.lost()  # never heard from the hub
    f.observe(c.t, True)
    assert f.level() == "ok" and not f.lost() and f.last_sync_wall is not None
    c.t += 4.5
    assert f.level() == "amber" and not f.lost()
    c.t += 2
    assert f.lost()  # silent past banner_after, even though the link says up
    c.t += 4
    assert f.level() == "red"
    f.observe(c.t, False)
    assert f.level() == "ok" and f.lost()  # heard just now, but the link is down
    f.observe(c.t - 100, True)  # an older contact never moves the clock back
    assert f.age() == 0


def test_age_text():
    assert age_text(3.2) == "更新于 3 秒前"
    assert age_text(125) == "更新于 2 分钟前"
    assert age_text(7300) == "更新于 2 小时前"
