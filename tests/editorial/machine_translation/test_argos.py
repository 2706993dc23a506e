"""Argos Translate: availability and the adapter.

The argostranslate package is not installed here and must not be: Newsdesk
never downloads it or its models. So these tests put a stand-in module into
``sys.modules`` that has exactly the part of Argos's API the engine uses
(``argostranslate.translate.get_installed_languages()``, languages with
``code`` and ``get_translation()``, translations with ``translate()``). That
tests our availability logic and adapter honestly; it does not claim to test
Argos itself.
"""

from __future__ import annotations

import sys
import types

import pytest

from editorial.machine_translation import errors
from editorial.machine_translation.argos import ArgosEngine


class FakeTranslation:
    def __init__(self, source, target, fail_on=None):
        self.source, self.target, self.fail_on = source, target, fail_on
        self.calls = []

    def translate(self, text):
        self.calls.append(text)
        if text == self.fail_on:
            raise RuntimeError("ctranslate2 ran out of memory")
        return f"[{self.target}] {text}"


class FakeLanguage:
    def __init__(self, code, targets=(), fail_on=None):
        self.code = code
        self.translations = {target: FakeTranslation(code, target, fail_on) for target in targets}

    def get_translation(self, to):
        return self.translations.get(to.code)


def install_fake_argos(monkeypatch, languages=None, *, error=None):
    package = types.ModuleType("argostranslate")
    translate = types.ModuleType("argostranslate.translate")
    calls = []

    def get_installed_languages():
        calls.append(1)
        if error:
            raise error
        return languages if languages is not None else []

    translate.get_installed_languages = get_installed_languages
    package.translate = translate
    monkeypatch.setitem(sys.modules, "argostranslate", package)
    monkeypatch.setitem(sys.modules, "argostranslate.translate", translate)
    return calls


def test_without_the_package_the_engine_says_so(monkeypatch):
    # None in sys.modules makes the import fail even where Argos is installed.
    monkeypatch.setitem(sys.modules, "argostranslate", None)
    engine = ArgosEngine(name="argos")

    availability = engine.availability()
    assert not availability.usable
    assert str(availability.reason) == "the argostranslate package is not installed."
    with pytest.raises(errors.EngineUnavailable) as caught:
        engine.translate(["Hallo"], source="de", target="en")
    assert caught.value.message == "Argos Translate cannot be used: the argostranslate package is not installed."


def test_the_package_without_models_is_unavailable(monkeypatch):
    install_fake_argos(monkeypatch, [])

    availability = ArgosEngine(name="argos").availability()

    assert not availability.usable
    assert str(availability.reason) == "no Argos Translate language models are installed."


def test_unreadable_models_are_unavailable(monkeypatch):
    install_fake_argos(monkeypatch, error=OSError("permission denied: ~/.local/share/argos-translate"))
    engine = ArgosEngine(name="argos")

    assert str(engine.availability().reason) == "Argos Translate could not read its installed language models."
    with pytest.raises(errors.EngineUnavailable) as caught:
        engine.translate(["Hallo"], source="de", target="en")
    assert "permission denied" in caught.value.detail


def test_translates_with_installed_models_and_reads_them_once(monkeypatch):
    calls = install_fake_argos(
        monkeypatch, [FakeLanguage("de", ["en"]), FakeLanguage("en", ["de", "zt", "ar"]), FakeLanguage("zt"), FakeLanguage("ar")]
    )
    engine = ArgosEngine(name="argos")

    assert engine.availability().usable
    assert engine.translate(["Guten Tag.", "", "Bis bald."], source="de", target="en") == [
        "[en] Guten Tag.",
        "",
        "[en] Bis bald.",
    ]
    assert engine.translate(["Hello"], source="en", target="zh-Hant") == ["[zt] Hello"]
    assert engine.translate(["Hello"], source="en", target="ar") == ["[ar] Hello"]
    assert len(calls) == 1  # loaded models are kept, not reloaded per request


def test_a_pair_without_a_model_is_unsupported(monkeypatch):
    install_fake_argos(monkeypatch, [FakeLanguage("de", ["en"]), FakeLanguage("en"), FakeLanguage("fr")])
    engine = ArgosEngine(name="argos")

    with pytest.raises(errors.UnsupportedLanguagePair):
        engine.translate(["Bonjour"], source="fr", target="de")
    with pytest.raises(errors.UnsupportedLanguagePair):
        engine.translate(["Hola"], source="es", target="en")
    assert engine.supports("de", "en") and not engine.supports("en", "de")


def test_a_model_failing_on_one_paragraph_fails_the_call(monkeypatch):
    german = FakeLanguage("de", ["en"], fail_on="Zwei.")
    install_fake_argos(monkeypatch, [german, FakeLanguage("en")])

    with pytest.raises(errors.EngineFailed) as caught:
        ArgosEngine(name="argos").translate(["Eins.", "Zwei.", "Drei."], source="de", target="en")

    assert caught.value.detail == "RuntimeError: ctranslate2 ran out of memory"
    assert german.translations["en"].calls == ["Eins.", "Zwei."]


def test_a_model_answering_something_else_than_text_is_malformed(monkeypatch):
    german = FakeLanguage("de", ["en"])
    german.translations["en"].translate = lambda text: None
    install_fake_argos(monkeypatch, [german, FakeLanguage("en")])

    with pytest.raises(errors.MalformedResponse):
        ArgosEngine(name="argos").translate(["Eins."], source="de", target="en")
