"""The Qt front-end of the duty desk: main window, panes (docks), dialogs, models, theme, i18n.

Nothing here decides anything: clicks become `station.submit(kind, payload)` and the panes
render `station.state`. Start-up lives in `ui.app`; the rest is imported from there.
"""
