"""A field station's scope: the township (and village) it serves, and what of the county it sees.

The hub's station record says which township or village a `field` station is (`hub
add-station NAME --role field --township T03 [--village T03V02]`) and sends it in the welcome.
A township station sees its township, its villages included; a village station sees its
village, and the township-wide orders of its township's teams only if the township passes them
on (they are not addressed to it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities_field import Order
from .state import State


@dataclass(frozen=True)
class Scope:
    township: str
    village: str = ""

    def covers(self, township: str, village: str = "") -> bool:
        if township != self.township:
            return False
        return not self.village or village == self.village

    @property
    def key(self) -> str:
        return self.village or self.township

    @classmethod
    def parse(cls, text: str) -> Scope:
        """'T03' or 'T03/T03V02' (how the scope is kept in a station's settings)."""
        township, _, village = text.partition("/")
        return cls(township, village)

    def __str__(self) -> str:
        return f"{self.township}/{self.village}" if self.village else self.township

    def name(self, s: State) -> str:
        """'盘石镇' or '盘石镇 响水洞村'."""
        town = s.township_name(self.township)
        return f"{town} {s.village_name(self.township, self.village)}" if self.village else town


def orders(s: State, scope: Scope) -> list[Order]:
    """The orders addressed to this station, newest first."""
    mine = [o for o in s.orders.values() if scope.covers(o.township, o.village)]
    return sorted(mine, key=lambda o: o.issued_at, reverse=True)


def unsigned(s: State, scope: Scope) -> int:
    return sum(1 for o in orders(s, scope) if o.signed_at is None and not o.closed)


def teams(s: State, scope: Scope) -> list:
    """Teams based in the township (teams have no village; a village station sees them too)."""
    return sorted((t for t in s.teams.values() if t.township == scope.township), key=lambda t: t.id)


def zones(s: State, scope: Scope) -> list:
    return sorted(
        (z for z in s.zones.values() if scope.covers(z.township, z.village)), key=lambda z: z.id
    )


def incidents(s: State, scope: Scope, *, open_only: bool = True) -> list:
    out = [
        i
        for i in s.incidents.values()
        if scope.covers(i.place.township, i.place.village)
        and (not open_only or i.status != "closed")
    ]
    return sorted(out, key=lambda i: i.reported_at, reverse=True)
