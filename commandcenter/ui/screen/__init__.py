"""The leaders' big screen (大屏): a read-only, dark, full-screen front-end over a Station of
role screen joined to the hub. One module per page in `pages/`; the theme as data in
`theme.py`; rotation, pin and lock in `rotation.py`; staleness in `freshness.py`."""
