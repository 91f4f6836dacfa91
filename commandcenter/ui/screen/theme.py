"""The big screen's dark theme, as data filling a style-sheet template (napari's way).

Sizes are pixels at 1080 lines and scale with the window's height, so the same layout reads
the same at 1920×1080 and 3840×2160: body text is 1/45 of the height (24 px at 1080, 48 px
at 2160), big figures 1/15 — legible from the back of the hall.
"""

from __future__ import annotations

DARK: dict = {
    "bg": "#07111d",
    "panel": "#0f2136",
    "edge": "#1d3b5e",
    "text": "#eef5fc",
    "muted": "#8ea9c4",
    "accent": "#4fc3f7",
    "ok": "#4cd964",
    "amber": "#ffb300",
    "red": "#ff3b30",
    "banner": "#c62828",
    "drill": "#ce93d8",
    # 特别重大 / 重大 / 较大 / 一般: the bureau's 红/橙/黄/蓝, brightened for a dark ground
    "severity": {1: "#ff3b30", 2: "#ff9500", 3: "#ffd60a", 4: "#4da3ff"},
    "warning": {"red": "#ff3b30", "orange": "#ff9500", "yellow": "#ffd60a", "blue": "#4da3ff"},
    "sizes": {  # px at 1080 lines
        "header": 34,
        "title": 30,
        "body": 24,
        "small": 20,
        "value": 72,
        "mid": 44,
        "pad": 14,
        "line": 2,
    },
}

TEMPLATE = """
QWidget#Screen, QWidget#ScreenPage {{ background: {bg}; color: {text}; }}
QLabel {{ color: {text}; font-size: {body}px; background: transparent; }}
QLabel[role="header"] {{ font-size: {header}px; font-weight: bold; }}
QLabel[role="clock"] {{ font-size: {header}px; font-weight: bold; color: {accent}; }}
QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; color: {accent}; }}
QLabel[role="value"] {{ font-size: {value}px; font-weight: bold; }}
QLabel[role="mid"] {{ font-size: {mid}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {muted}; font-size: {small}px; }}
QLabel[role="age"] {{ color: {muted}; font-size: {small}px; }}
QLabel[role="age"][stale="amber"] {{ color: {amber}; }}
QLabel[role="age"][stale="red"] {{ color: {red}; }}
QLabel[role="sync"] {{ font-size: {title}px; font-weight: bold; padding: 0 {pad}px;
                        color: {ok}; }}
QLabel[role="sync"][stale="amber"] {{ color: #000000; background: {amber}; }}
QLabel[role="sync"][stale="red"] {{ color: #ffffff; background: {red}; }}
QLabel[role="banner"] {{ background: {banner}; color: #ffffff; font-size: {header}px;
                          font-weight: bold; padding: {pad}px; }}
QLabel[role="tab"] {{ color: {muted}; font-size: {small}px; padding: 4px {pad}px; }}
QLabel[role="tab"][current="true"] {{ color: {bg}; background: {accent}; font-weight: bold; }}
QFrame[role="tile"] {{ background: {panel}; border: {line}px solid {edge_colour};
                        border-radius: 8px; }}
"""


def style_sheet(height: int, theme: dict | None = None) -> str:
    """The style sheet for a screen `height` pixels tall."""
    t = theme or DARK
    k = max(0.5, height / 1080)
    sizes = {name: max(1, round(px * k)) for name, px in t["sizes"].items()}
    colours = {k2: v for k2, v in t.items() if isinstance(v, str)}
    return TEMPLATE.format(**colours, **sizes, edge_colour=t["edge"])


def px(name: str, height: int, theme: dict | None = None) -> int:
    """One size of the theme in pixels at `height` (for widgets that paint themselves)."""
    t = theme or DARK
    return max(1, round(t["sizes"][name] * max(0.5, height / 1080)))
