"""The engines configured in settings, and machine_translate() over them."""

from __future__ import annotations

import logging
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation

from config.settings.base import machine_translation_from_env
from editorial.machine_translation import (
    EngineUnavailable,
    MachineResult,
    NoEngineConfigured,
    UnknownEngine,
    available_engines,
    configured_engines,
    engine_choices,
    get_engine,
    machine_translate,
)
from editorial.machine_translation.checks import check_machine_translation
from editorial.machine_translation.errors import EngineRateLimited

from .servers import Answer

LIBRE = "editorial.machine_translation.libretranslate.LibreTranslateEngine"
DEEPL = "editorial.machine_translation.deepl.DeepLEngine"
ARGOS = "editorial.machine_translation.argos.ArgosEngine"


@pytest.fixture
def no_argos(monkeypatch):
    # Argos is not installed here; None in sys.modules keeps it so even where it is.
    monkeypatch.setitem(sys.modules, "argostranslate", None)


@pytest.fixture
def engines(settings, libre_server, deepl_server, no_argos):
    settings.NEWSDESK_MACHINE_TRANSLATION = {
        "libretranslate": {"ENGINE": LIBRE, "URL": libre_server.url, "TIMEOUT": 2},
        "deepl": {"ENGINE": DEEPL, "URL": deepl_server.url, "API_KEY": "test-key:fx", "LABEL": "DeepL Pro"},
        "argos": {"ENGINE": ARGOS},
    }


def test_by_default_nothing_is_configured():
    assert configured_engines() == available_engines() == engine_choices() == []
    with pytest.raises(NoEngineConfigured) as caught:
        machine_translate(engine="deepl", texts=["Hallo"], source="de", target="en")
    assert caught.value.message == "No machine-translation engine is configured. Translations are made by hand."


def test_configured_available_and_unavailable_engines(engines):
    assert [engine.name for engine in configured_engines()] == ["libretranslate", "deepl", "argos"]
    assert [engine.name for engine in available_engines()] == ["libretranslate", "deepl"]
    assert engine_choices() == [("libretranslate", "LibreTranslate"), ("deepl", "DeepL Pro")]
    assert get_engine("deepl") is get_engine("deepl")  # built once, keeps what it learnt

    with pytest.raises(EngineUnavailable) as caught:
        get_engine("argos")
    assert caught.value.message == "Argos Translate cannot be used: the argostranslate package is not installed."
    with pytest.raises(UnknownEngine) as caught:
        get_engine("google")
    assert caught.value.message == "There is no machine-translation engine called “google”."


def test_the_engine_is_chosen_per_request(engines, libre_server, deepl_server):
    before = timezone.now()

    by_libre = machine_translate(engine="libretranslate", texts=["Guten Tag.", "北京"], source="de", target="en")
    by_deepl = machine_translate(engine="deepl", texts=["Guten Tag.", "北京"], source="de", target="en")

    assert by_libre.translations == ("[en] Guten Tag.", "[en] 北京")
    assert by_deepl.translations == ("[EN-GB] Guten Tag.", "[EN-GB] 北京")
    assert (by_libre.engine, by_libre.engine_label) == ("libretranslate", "LibreTranslate")
    assert (by_deepl.engine, by_deepl.engine_label, by_deepl.source, by_deepl.target) == ("deepl", "DeepL Pro", "de", "en")
    assert before <= by_libre.translated_at <= by_deepl.translated_at <= timezone.now()
    assert 0 <= by_deepl.seconds < 5
    assert len(libre_server.posts("/translate")) == 1 and len(deepl_server.posts("/v2/translate")) == 1


def test_nothing_to_translate_sends_nothing(engines, deepl_server):
    result = machine_translate(engine="deepl", texts=[], source="de", target="en")

    assert isinstance(result, MachineResult) and result.translations == ()
    assert deepl_server.requests == []


def test_texts_must_be_strings(engines, deepl_server):
    with pytest.raises(TypeError):
        machine_translate(engine="deepl", texts=["Hallo", b"Welt"], source="de", target="en")
    assert deepl_server.requests == []


def test_a_failure_is_logged_and_raised_with_nothing_returned(engines, deepl_app, caplog):
    deepl_app.script = [Answer(429, {"message": "Too many requests"})]

    with caplog.at_level(logging.WARNING, logger="editorial.machine_translation"):
        with pytest.raises(EngineRateLimited):
            machine_translate(engine="deepl", texts=["Hallo"], source="de", target="en")

    assert "'deepl' failed: EngineRateLimited (Too many requests)" in caplog.text
    assert "test-key" not in caplog.text


def test_settings_changes_rebuild_the_engines(settings, engines):
    assert len(configured_engines()) == 3
    settings.NEWSDESK_MACHINE_TRANSLATION = {}
    assert configured_engines() == []


@pytest.mark.parametrize(
    ("config", "complaint"),
    [
        (["deepl"], "must be a dict of engines"),
        ({"x": {"URL": "http://x"}}, "must be a dict with an ENGINE"),
        ({"x": "deepl"}, "must be a dict with an ENGINE"),
        ({"x": {"ENGINE": DEEPL, "APIKEY": "k"}}, "unknown keys ['APIKEY']"),
        ({"x": {"ENGINE": "editorial.machine_translation.nope.Engine"}}, "No module named"),
        ({"x": {"ENGINE": "editorial.machine_translation.errors.MachineTranslationError"}}, "not a MachineTranslationEngine"),
        ({"x": {"ENGINE": LIBRE, "TIMEOUT": 0}}, "must be positive"),
        ({"x": {"ENGINE": LIBRE, "TIMEOUT": "soon"}}, "could not convert"),
        ({"x": {"ENGINE": LIBRE, "OPTIONS": {"MAX_TEXTS": 0}}}, "must be positive"),
    ],
)
def test_a_malformed_setting_is_a_configuration_error(settings, config, complaint):
    settings.NEWSDESK_MACHINE_TRANSLATION = config

    with pytest.raises(ImproperlyConfigured) as caught:
        available_engines()

    assert complaint in str(caught.value)


def test_http_engines_without_a_usable_address_are_unavailable(settings):
    settings.NEWSDESK_MACHINE_TRANSLATION = {
        "a": {"ENGINE": LIBRE, "URL": ""},
        "b": {"ENGINE": LIBRE, "URL": "ftp://translate.example"},
        "c": {"ENGINE": DEEPL},
    }

    assert available_engines() == []
    assert [str(engine.availability().reason) for engine in configured_engines()] == [
        "its URL is not set or is not an http(s) address.",
        "its URL is not set or is not an http(s) address.",
        "no API key is set.",
    ]


def test_messages_are_translated(engines):
    with translation.override("de"):
        with pytest.raises(EngineUnavailable) as caught:
            get_engine("argos")
        german = caught.value.message
    with translation.override("fr"):
        french = caught.value.message  # read in the language active when shown

    assert german.startswith("Argos Translate kann nicht verwendet werden")
    assert french.startswith("Argos Translate ne peut pas être utilisé")


def test_environment_variables_configure_libretranslate_deepl_and_argos():
    assert machine_translation_from_env({}) == {}

    config = machine_translation_from_env(
        {
            "NEWSDESK_LIBRETRANSLATE_URL": "http://127.0.0.1:5000",
            "NEWSDESK_LIBRETRANSLATE_API_KEY": "lt-key",
            "NEWSDESK_LIBRETRANSLATE_TIMEOUT": "12.5",
            "NEWSDESK_LIBRETRANSLATE_MAX_CHARS": "2000",
            "NEWSDESK_DEEPL_API_KEY": "dl-key:fx",
            "NEWSDESK_DEEPL_TARGET_VARIANTS": "en=EN-US, pt = PT-BR",
            "NEWSDESK_ARGOS": "1",
        }
    )

    assert list(config) == ["libretranslate", "deepl", "argos"]
    assert config["libretranslate"] == {
        "ENGINE": LIBRE,
        "URL": "http://127.0.0.1:5000",
        "API_KEY": "lt-key",
        "TIMEOUT": 12.5,
        "OPTIONS": {"MAX_SIZE": 2000, "MAX_TEXTS": 50},
    }
    assert config["deepl"] == {
        "ENGINE": DEEPL,
        "URL": "",
        "API_KEY": "dl-key:fx",
        "TIMEOUT": 30.0,
        "OPTIONS": {"TARGET_VARIANTS": {"en": "EN-US", "pt": "PT-BR"}},
    }
    assert config["argos"] == {"ENGINE": ARGOS}
    with pytest.raises(ImproperlyConfigured):
        machine_translation_from_env({"NEWSDESK_ARGOS": "maybe"})


def test_system_checks_report_a_malformed_setting_and_unusable_engines(settings, no_argos):
    assert check_machine_translation() == []

    settings.NEWSDESK_MACHINE_TRANSLATION = {"x": {"ENGINE": DEEPL, "KEY": "k"}}
    (error,) = check_machine_translation()
    assert error.id == "newsdesk.E001" and "unknown keys ['KEY']" in error.msg

    settings.NEWSDESK_MACHINE_TRANSLATION = {"argos": {"ENGINE": ARGOS}, "deepl": {"ENGINE": DEEPL, "API_KEY": "k"}}
    (warning,) = check_machine_translation()
    assert warning.id == "newsdesk.W001"
    assert warning.msg == "Machine-translation engine 'argos' cannot be used: the argostranslate package is not installed."
