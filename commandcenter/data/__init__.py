"""Data the package carries: demo word lists (demo/), compiled translations (i18n/*.qm),
themes (themes/*.qss when there are any).

Read it through `resource()` (importlib.resources), never a path computed from `__file__`
up to the repository: the same call works in an editable checkout, an installed wheel and
the PyInstaller bundle. The .ts sources of the translations stay in resources/i18n/ at the
top of the repository; tools/i18n.py compiles them into i18n/ here.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file (or folder) of the package's data, e.g. `resource("demo", "names.json")`."""
    return files(__name__).joinpath(*parts)
