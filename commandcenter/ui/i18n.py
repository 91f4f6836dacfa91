"""Language: install the Qt translators and translate the core's Chinese words and refusals.

Source strings are Chinese (zh_CN is the source language), so the desk is Chinese with no
translator at all; English comes from commandcenter/data/i18n/commandcenter_en.qm (package
data, read through importlib.resources), built by tools/i18n.py from resources/i18n/*.ts.
The Qt-free core speaks Chinese; its vocabulary goes through context "vocab", refusal
templates through "rules" and ranking reasons through "ranking".
"""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from commandcenter.data import resource
from commandcenter.domain.describe import Joined, Said, Word, describe, what
from commandcenter.domain.rules import Refused
from commandcenter.domain.vocab import zh

LANGUAGES = {"zh_CN": "中文", "en": "English"}
_installed: list[QTranslator] = []
_current = ["zh_CN"]  # the language installed (Chinese needs no translating of log sentences)


def chosen_language(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    saved = QSettings().value("ui/language", "", str)
    return saved if saved in LANGUAGES else "zh_CN"


def install(app: QCoreApplication, lang: str) -> str:
    """Load the translators for `lang` (replacing earlier ones); returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):  # OK/Cancel buttons etc.
        app.installTranslator(qt)
        _installed.append(qt)
    if lang != "zh_CN":
        ours = QTranslator(app)
        with as_file(resource("i18n", f"commandcenter_{lang}.qm")) as qm:
            loaded = qm.is_file() and ours.load(str(qm))
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            lang = "zh_CN"
    QLocale.setDefault(QLocale(lang))
    _current[0] = lang
    return lang


def said(text: str) -> str:
    """A log sentence from the core (describe.Said) in the current language: its template in
    context "log", vocabulary words in "vocab", names and free text as they are."""
    if _current[0] == "zh_CN" or not isinstance(text, Said | Word | Joined):
        return str(text)
    return _say(text)


def _say(x: object) -> str:
    if isinstance(x, Said):
        params = {k: _say(v) for k, v in x.params.items()}
        try:
            return QCoreApplication.translate("log", x.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return x.template.format(**params)
    if isinstance(x, Word):
        return QCoreApplication.translate("vocab", x)
    if isinstance(x, Joined):
        sep = QCoreApplication.translate("log", x.sep)
        return sep.join(_say(i) for i in x.items)
    return str(x)


def log_what(ev, state) -> str:
    """What an event decided, as the log pane says it (no actor)."""
    return said(what(ev, state))


def log_sentence(ev, state) -> str:
    """Who decided what, as the timeline and ledger say it."""
    return said(describe(ev, state))


def vocab(code: str) -> str:
    """The duty officer's word for a vocabulary code, in the current language."""
    return QCoreApplication.translate("vocab", zh(code))


def word(text: str) -> str:
    """A Chinese word from the core (severity names, deadline labels) in the current language."""
    return QCoreApplication.translate("vocab", text)


def refusal(exc: Refused) -> str:
    """A refusal from `decide` as a sentence in the current language."""
    params = {k: word(v) if isinstance(v, str) else v for k, v in exc.params.items()}
    try:
        return QCoreApplication.translate("rules", exc.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(exc)


def reasons(parts: list[tuple[str, dict]]) -> str:
    """Ranking reasons (template, params) joined for the dispatch dialog."""
    return "，".join(QCoreApplication.translate("ranking", t).format(**p) for t, p in parts)
