"""Update and build the desk's translations: pyside6-lupdate, fill, pyside6-lrelease.

    python tools/i18n.py            # refresh resources/i18n/commandcenter_en.ts and build .qm

Source strings are Chinese (zh_CN is the source language: the desk needs no translator to be
Chinese). English lives in resources/i18n/commandcenter_en.ts; edit it with pyside6-linguist
or in tools/i18n_en.json (source -> English), which this script merges into every entry that
is still unfinished. The core's words (vocabulary, refusal templates, ranking reasons) are not
in Qt code, so they are written to a generated file of QT_TRANSLATE_NOOP calls that lupdate
reads under the contexts the UI translates them in ("vocab", "rules", "ranking").
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "i18n" / "commandcenter_en.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = ROOT / "tools" / "i18n_en.json"


def core_strings() -> str:
    from commandcenter.domain import vocab
    from commandcenter.domain.deadlines import _LABEL

    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    words = set(vocab.ZH.values()) | set(vocab.SEVERITY_ZH.values()) | set(vocab.LEVEL_ZH.values())
    words |= set(_LABEL.values())
    for w in sorted(words):
        lines.append(f"QT_TRANSLATE_NOOP({'vocab'!r}, {w!r})")
    for src in (
        "domain/rules.py",
        "domain/rules_records.py",
        "domain/rules_warnings.py",
        "station.py",
    ):
        text = (ROOT / "commandcenter" / src).read_text(encoding="utf-8")
        for t in sorted(set(re.findall(r'Refused\(\s*"([^"]+)"', text))):
            lines.append(f"QT_TRANSLATE_NOOP({'rules'!r}, {t!r})")
    # UI modules that translate through a small _tr() helper, and the panes' TITLE constants
    for path in sorted((ROOT / "commandcenter" / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        ctx = re.search(r'translate\("(\w+)", text\)', text)
        if ctx:
            for t in sorted(set(re.findall(r'_tr\(\s*"([^"]+)"', text))):
                lines.append(f"QT_TRANSLATE_NOOP({ctx.group(1)!r}, {t!r})")
        for t in re.findall(r'^    TITLE = "([^"]+)"', text, flags=re.M):
            lines.append(f"QT_TRANSLATE_NOOP({'panes'!r}, {t!r})")
        for t in re.findall(r"COLUMNS = \(([^)]*)\)", text):
            for col in re.findall(r'"([^"]+)"', t):
                lines.append(f"QT_TRANSLATE_NOOP({'LogModel'!r}, {col!r})")
    text = (ROOT / "commandcenter" / "domain" / "ranking.py").read_text(encoding="utf-8")
    for t in sorted(set(re.findall(r'reasons\.append\(\("([^"]+)"', text))):
        lines.append(f"QT_TRANSLATE_NOOP({'ranking'!r}, {t!r})")
    return "\n".join(lines) + "\n"


def fill(ts: Path, glossary: dict[str, str]) -> tuple[int, int]:
    tree = ET.parse(ts)
    done = missing = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr.get("type") == "unfinished" and src in glossary:
            tr.text = glossary[src]
            del tr.attrib["type"]
        if tr.get("type") in ("unfinished",):
            missing += 1
        elif tr.get("type") not in ("vanished", "obsolete"):
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "commandcenter" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        core = Path(tmp) / "core_strings.py"
        core.write_text(core_strings(), encoding="utf-8")
        TS.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources,
                str(core),
                "-source-language",
                "zh_CN",
                "-target-language",
                "en",
                "-no-obsolete",
                "-ts",
                str(TS),
            ],
            check=True,
        )
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8")) if GLOSSARY.exists() else {}
    done, missing = fill(TS, glossary)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    print(f"{TS.name}: {done} translated, {missing} unfinished -> {QM.name}")


if __name__ == "__main__":
    main()
