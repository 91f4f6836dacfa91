"""Read a CAP 1.2 file safely: bounded size, no DTD, no entities, no network, the official XSD.

Hostile XML is refused before it is parsed (a DOCTYPE, hence any entity declaration, is
refused outright: CAP never needs one), and the parser itself resolves no entities, loads no
DTD and reads no network, so nothing is ever expanded. What is left is validated against the
OASIS CAP 1.2 schema bundled with this plugin, then read into a plain `Alert`. Every refusal
is a `CapError` whose text is one sentence naming the problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

NS = "urn:oasis:names:tc:emergency:cap:1.2"
MAX_BYTES = 2 * 1024 * 1024  # a CAP message is a few kB; 2 MB leaves room for resources


class CapError(ValueError):
    """A file that is not an acceptable CAP 1.2 message; str() is the reason."""


@dataclass
class Area:
    desc: str
    polygons: list[str] = field(default_factory=list)
    circles: list[str] = field(default_factory=list)
    geocodes: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Info:
    language: str
    category: str
    event: str
    urgency: str
    severity: str
    certainty: str
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""
    areas: list[Area] = field(default_factory=list)


@dataclass
class Alert:
    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    scope: str
    references: list[tuple[str, str, str]] = field(default_factory=list)  # sender, id, sent
    note: str = ""
    infos: list[Info] = field(default_factory=list)

    def info(self) -> Info | None:
        """The info block to use: Chinese first, then the first one."""
        for i in self.infos:
            if i.language.lower().startswith("zh"):
                return i
        return self.infos[0] if self.infos else None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )


@cache
def schema() -> etree.XMLSchema:
    data = resources.files(__package__).joinpath("CAP-v1.2.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(data, _parser()))


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing a file over `limit` without reading it whole."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise CapError(f"文件过大 ({size // 1024} KB, 上限 {limit // 1024} KB), 拒绝导入")
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise CapError(f"无法读取文件: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise CapError(f"文件过大 (上限 {limit // 1024} KB), 拒绝导入")
    return data


def parse(data: bytes) -> etree._Element:
    """The validated root element of a CAP 1.2 message, or CapError."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
        raise CapError("文件含有 DTD 或实体声明 (可能是恶意 XML), 拒绝导入")
    if not head.startswith(b"<"):
        raise CapError("不是 XML 文件")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise CapError(f"不是有效的 XML: {exc.msg}") from None
    if root.tag != f"{{{NS}}}alert":
        raise CapError(
            "不是 CAP 1.2 预警消息 (根元素应为 urn:oasis:names:tc:emergency:cap:1.2 的 alert)"
        )
    sch = schema()
    if not sch.validate(root):
        err = sch.error_log.last_error
        where = f"第{err.line}行: " if err and err.line else ""
        raise CapError(f"不符合 CAP 1.2 规范: {where}{_short(err.message if err else '')}")
    return root


def _short(msg: str) -> str:
    return msg.replace(f"{{{NS}}}", "")


def _t(el: etree._Element, name: str) -> str:
    c = el.find(f"{{{NS}}}{name}")
    return (c.text or "").strip() if c is not None else ""


def _all(el: etree._Element, name: str) -> list[etree._Element]:
    return el.findall(f"{{{NS}}}{name}")


def _time(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _pairs(el: etree._Element, name: str) -> list[tuple[str, str]]:
    return [(_t(g, "valueName"), _t(g, "value")) for g in _all(el, name)]


def _references(text: str) -> list[tuple[str, str, str]]:
    out = []
    for part in text.split():
        bits = part.split(",")
        if len(bits) != 3:
            raise CapError(f"references 格式有误: {part} (应为 sender,identifier,sent)")
        out.append((bits[0], bits[1], bits[2]))
    return out


def to_alert(root: etree._Element) -> Alert:
    infos = []
    for i in _all(root, "info"):
        infos.append(
            Info(
                language=_t(i, "language") or "en-US",
                category=_t(i, "category"),
                event=_t(i, "event"),
                urgency=_t(i, "urgency"),
                severity=_t(i, "severity"),
                certainty=_t(i, "certainty"),
                effective=_time(_t(i, "effective")),
                onset=_time(_t(i, "onset")),
                expires=_time(_t(i, "expires")),
                sender_name=_t(i, "senderName"),
                headline=_t(i, "headline"),
                description=_t(i, "description"),
                instruction=_t(i, "instruction"),
                areas=[
                    Area(
                        desc=_t(a, "areaDesc"),
                        polygons=[(p.text or "").strip() for p in _all(a, "polygon")],
                        circles=[(c.text or "").strip() for c in _all(a, "circle")],
                        geocodes=_pairs(a, "geocode"),
                    )
                    for a in _all(i, "area")
                ],
            )
        )
    return Alert(
        identifier=_t(root, "identifier"),
        sender=_t(root, "sender"),
        sent=datetime.fromisoformat(_t(root, "sent")),
        status=_t(root, "status"),
        msg_type=_t(root, "msgType"),
        scope=_t(root, "scope"),
        references=_references(_t(root, "references")),
        note=_t(root, "note"),
        infos=infos,
    )


def load(path: Path) -> tuple[Alert, bytes]:
    """Read, check and validate one file: (alert, bytes) or CapError."""
    data = read_bytes(path)
    return to_alert(parse(data)), data
