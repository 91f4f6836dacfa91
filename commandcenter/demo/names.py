"""The demo county's word lists (commandcenter/data/demo/names.json) and seeded name/phone
makers."""

from __future__ import annotations

import json
import random
from functools import cache
from typing import Any

from commandcenter.data import resource


@cache
def word_lists() -> dict[str, Any]:
    path = resource("demo", "names.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"demo word lists missing: {path}") from None


class Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.w = word_lists()
        self._used: set[str] = set()

    def person(self) -> str:
        for _ in range(50):
            name = self.rng.choice(self.w["surnames"]) + self.rng.choice(self.w["given"])
            if name not in self._used:
                self._used.add(name)
                return name
        return name

    def phone(self) -> str:
        return self.rng.choice(["138", "139", "135", "158", "187", "181"]) + "".join(
            str(self.rng.randrange(10)) for _ in range(8)
        )

    def contact(self) -> dict[str, str]:
        return {"name": self.person(), "phone": self.phone()}
