"""The LibreTranslate engine against a local server speaking its protocol."""

from __future__ import annotations

import pytest

from editorial.machine_translation import errors
from editorial.machine_translation.libretranslate import LibreTranslateEngine

from .servers import Answer, fake_translation, refused_url

PARAGRAPHS = [
    "Schöne Grüße aus Köln – „Zitat“ & <b>kein HTML</b>.",
    "قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا.",
    "北京今天下雨，气温十二度。",
    "Ünïcödé 🙂 emoji and a\ttab.",
]


def make_engine(url: str, **options) -> LibreTranslateEngine:
    timeout = options.pop("TIMEOUT", 2)
    api_key = options.pop("API_KEY", "")
    return LibreTranslateEngine(name="libre", url=url, api_key=api_key, timeout=timeout, options=options)


def test_translates_every_paragraph_in_order_with_non_ascii_text(libre_server):
    result = make_engine(libre_server.url).translate(PARAGRAPHS, source="de", target="en")

    assert result == [fake_translation(text, "en") for text in PARAGRAPHS]
    (post,) = libre_server.posts("/translate")
    assert post.json == {"q": PARAGRAPHS, "source": "de", "target": "en", "format": "text", "api_key": ""}
    assert post.headers["content-type"] == "application/json; charset=utf-8"
    assert "Köln".encode() in post.body  # UTF-8, not \u escapes


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [("ar", "ar"), ("zh", "zh-Hans"), ("zh-hans", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh-Hant", "zh-Hant")],
)
def test_target_codes_follow_the_servers_spelling(libre_server, ours, theirs):
    result = make_engine(libre_server.url).translate(["Good morning."], source="en", target=ours)

    assert result == [f"[{theirs}] Good morning."]
    assert libre_server.posts("/translate")[0].json["target"] == theirs


def test_older_servers_spell_chinese_and_brazilian_portuguese_the_argos_way(libre_app, libre_server):
    libre_app.languages = [
        {"code": "en", "name": "English", "targets": ["en", "pb", "zh", "zt"]},
        {"code": "pb", "name": "Portuguese (Brazil)", "targets": ["en"]},
        {"code": "zt", "name": "Chinese (traditional)", "targets": ["en"]},
    ]
    engine = make_engine(libre_server.url)

    assert engine.translate(["Hi"], source="en", target="zh-hant") == ["[zt] Hi"]
    assert engine.translate(["Hi"], source="en", target="pt-BR") == ["[pb] Hi"]
    assert engine.translate(["Olá"], source="pt-br", target="en") == ["[en] Olá"]
    assert len([r for r in libre_server.requests if r.path == "/languages"]) == 1  # cached


def test_pair_the_server_lacks_is_refused_before_sending(libre_server):
    engine = make_engine(libre_server.url)

    with pytest.raises(errors.UnsupportedLanguagePair) as caught:
        engine.translate(["Bonjour"], source="fr", target="ar")

    assert caught.value.message == "LibreTranslate cannot translate from fr into ar."
    assert libre_server.posts("/translate") == []
    assert not engine.supports("fr", "ar")
    assert engine.supports("de", "ar")
    assert not engine.supports("xx", "en")


def test_same_language_or_a_code_that_is_no_language_is_refused(libre_server):
    engine = make_engine(libre_server.url)
    for source, target in [("de", "de"), ("de", "DE"), ("de", "12"), ("", "en")]:
        with pytest.raises(errors.UnsupportedLanguagePair):
            engine.translate(["Text"], source=source, target=target)
    assert libre_server.requests == []


def test_without_a_languages_list_codes_go_out_in_argos_spelling(libre_app, libre_server):
    libre_app.languages = [{"code": "en", "name": "English", "targets": ["zt"]}, {"code": "zt", "name": "zt"}]
    real_app = libre_server.app
    libre_server.app = lambda request: Answer(404, {"error": "Not Found"}) if request.path == "/languages" else real_app(request)

    assert make_engine(libre_server.url).translate(["Hi"], source="en", target="zh-hant") == ["[zt] Hi"]
    with pytest.raises(errors.UnsupportedLanguagePair) as caught:
        make_engine(libre_server.url).translate(["Hi"], source="en", target="fr")
    assert caught.value.detail == "fr is not supported"


def test_paragraphs_are_batched_within_the_servers_limits(libre_app, libre_server):
    libre_app.batch_limit, libre_app.char_limit = 3, 80
    paragraphs = [f"Absatz {n}: " + "ä" * (10 + 7 * n) for n in range(8)]

    result = make_engine(libre_server.url, MAX_TEXTS=3, MAX_SIZE=80).translate(paragraphs, source="de", target="fr")

    assert result == [fake_translation(text, "fr") for text in paragraphs]
    posts = libre_server.posts("/translate")
    assert len(posts) > 3
    assert [text for post in posts for text in post.json["q"]] == paragraphs
    assert all(len(post.json["q"]) <= 3 and sum(map(len, post.json["q"])) <= 80 for post in posts)


def test_a_failing_batch_fails_the_whole_call(libre_app, libre_server):
    libre_app.script = [None, Answer(500, {"error": "Cannot translate text: model crashed"})]
    paragraphs = [f"Paragraph {n}." for n in range(5)]

    with pytest.raises(errors.EngineFailed) as caught:
        make_engine(libre_server.url, MAX_TEXTS=2).translate(paragraphs, source="en", target="de")

    assert caught.value.detail == "Cannot translate text: model crashed"
    assert len(libre_server.posts("/translate")) == 2  # stopped at the failure, third never sent


def test_a_paragraph_over_the_request_limit_fails_before_anything_is_sent(libre_server):
    with pytest.raises(errors.RequestTooLarge) as caught:
        make_engine(libre_server.url, MAX_SIZE=20).translate(["short", "x" * 21], source="en", target="de")

    assert caught.value.detail == "paragraph 2 is 21 characters; at most 20 per request"
    assert libre_server.posts("/translate") == []


def test_server_limits_lower_than_the_settings_are_reported(libre_app, libre_server):
    libre_app.char_limit = 10

    with pytest.raises(errors.RequestTooLarge) as caught:
        make_engine(libre_server.url).translate(["a text of twenty-four"], source="en", target="de")

    assert "exceeds text limit (10)" in caught.value.detail


def test_blank_paragraphs_come_back_unchanged_and_are_not_sent(libre_server):
    result = make_engine(libre_server.url).translate(["", "Eins.", "  ", "Zwei."], source="de", target="en")

    assert result == ["", "[en] Eins.", "  ", "[en] Zwei."]
    assert libre_server.posts("/translate")[0].json["q"] == ["Eins.", "Zwei."]
    assert make_engine(libre_server.url).translate([], source="de", target="en") == []
    assert make_engine(libre_server.url).translate(["", " "], source="de", target="en") == ["", " "]
    assert len(libre_server.requests) == 2  # one /languages, one /translate: blanks cost nothing


def test_texts_must_be_strings(libre_server):
    with pytest.raises(TypeError):
        make_engine(libre_server.url).translate(["Eins.", None], source="de", target="en")
    assert libre_server.requests == []


def test_the_languages_list_is_read_again_when_its_cache_expires(libre_server):
    engine = make_engine(libre_server.url, LANGUAGES_CACHE_SECONDS=0)

    engine.translate(["Eins."], source="de", target="en")
    engine.translate(["Zwei."], source="de", target="en")

    assert len([r for r in libre_server.requests if r.path == "/languages"]) == 2


def test_servers_that_cannot_batch_get_one_string_per_request(libre_server):
    result = make_engine(libre_server.url, MAX_TEXTS=1).translate(["Eins.", "Zwei."], source="de", target="en")

    assert result == ["[en] Eins.", "[en] Zwei."]
    assert [post.json["q"] for post in libre_server.posts("/translate")] == ["Eins.", "Zwei."]


def test_api_key_is_sent_and_a_wrong_one_is_an_authentication_error(libre_app, libre_server):
    libre_app.api_key = "secret"
    assert make_engine(libre_server.url, API_KEY="secret").translate(["Hallo"], source="de", target="en") == ["[en] Hallo"]

    with pytest.raises(errors.EngineAuthenticationFailed) as caught:
        make_engine(libre_server.url, API_KEY="wrong").translate(["Hallo"], source="de", target="en")

    assert caught.value.detail == "Invalid API key"
    assert caught.value.message == (
        "LibreTranslate refused the API key. Nothing was translated; ask an administrator to "
        "check the engine's configuration."
    )


ERROR_ANSWERS = [
    (Answer(429, {"error": "Slowdown: 30 per 1 minute"}), errors.EngineRateLimited, "Slowdown: 30 per 1 minute"),
    (Answer(403, {"error": "Too many request limits violations"}), errors.EngineRateLimited, "violations"),
    (Answer(403, {"error": "Forbidden"}), errors.EngineAuthenticationFailed, "Forbidden"),
    (Answer(401, {"error": "Unauthorized"}), errors.EngineAuthenticationFailed, "Unauthorized"),
    (
        Answer(400, {"error": "Please contact the server operator to get an API key"}),
        errors.EngineAuthenticationFailed,
        "get an API key",
    ),
    (Answer(400, {"error": "Invalid request: missing q parameter"}), errors.EngineFailed, "missing q"),
    (Answer(500, {"error": "Cannot translate text: boom"}), errors.EngineFailed, "boom"),
    (Answer(502, b"<html>Bad Gateway</html>", content_type="text/html"), errors.EngineFailed, "Bad Gateway"),
    (Answer(503, b""), errors.EngineFailed, "HTTP 503"),
    (Answer(200, b"<html>not json</html>", content_type="text/html"), errors.MalformedResponse, "HTTP 200"),
    (Answer(200, b"\xff\xfe"), errors.MalformedResponse, "HTTP 200"),
    (Answer(200, ["[en] Eins.", "[en] Zwei."]), errors.MalformedResponse, "no translatedText"),
    (Answer(200, {"translation": ["a", "b"]}), errors.MalformedResponse, "no translatedText"),
    (Answer(200, {"translatedText": "[en] Eins. Zwei."}), errors.MalformedResponse, "not a list"),
    (Answer(200, {"translatedText": ["[en] Eins.", None]}), errors.MalformedResponse, "not a string"),
]


@pytest.mark.parametrize(("answer", "error", "detail"), ERROR_ANSWERS)
def test_each_error_answer_is_a_typed_error(libre_app, libre_server, answer, error, detail):
    libre_app.script = [answer]

    with pytest.raises(error) as caught:
        make_engine(libre_server.url).translate(["Eins.", "Zwei."], source="de", target="en")

    assert type(caught.value) is error
    assert detail in caught.value.detail
    assert caught.value.engine == "LibreTranslate" and caught.value.engine_name == "libre"


@pytest.mark.parametrize("translations", [["[en] Eins."], ["[en] Eins.", "[en] Zwei.", "[en] Drei."]])
def test_fewer_or_more_translations_than_paragraphs_is_a_partial_answer(libre_app, libre_server, translations):
    libre_app.script = [Answer(200, {"translatedText": translations})]

    with pytest.raises(errors.PartialResponse) as caught:
        make_engine(libre_server.url).translate(["Eins.", "Zwei."], source="de", target="en")

    assert caught.value.message == (
        f"LibreTranslate returned {len(translations)} translations for 2 paragraphs. Nothing was translated."
    )


def test_an_engine_slower_than_the_timeout_is_a_timeout(libre_app, libre_server):
    libre_app.script = [Answer(200, {"translatedText": ["late"]}, delay=1.0)]

    with pytest.raises(errors.EngineTimeout) as caught:
        make_engine(libre_server.url, TIMEOUT=0.2).translate(["Eins."], source="de", target="en")

    assert caught.value.message == (
        "LibreTranslate did not answer within 0.2 seconds. Nothing was translated; try again later."
    )


def test_a_refused_connection_is_unreachable():
    with pytest.raises(errors.EngineUnreachable) as caught:
        make_engine(refused_url()).translate(["Eins."], source="de", target="en")

    assert "LibreTranslate could not be reached" in caught.value.message
    assert caught.value.detail


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (Answer(200, {"code": "en"}), errors.MalformedResponse),
        (Answer(200, [{"name": "English"}]), errors.MalformedResponse),
        (Answer(200, b"nope"), errors.MalformedResponse),
        (Answer(500, {"error": "down"}), errors.EngineFailed),
        (Answer(200, [], delay=1.0), errors.EngineTimeout),
    ],
)
def test_a_broken_languages_list_fails_before_translating(libre_server, answer, error):
    real_app = libre_server.app
    libre_server.app = lambda request: answer if request.path == "/languages" else real_app(request)

    with pytest.raises(error):
        make_engine(libre_server.url, TIMEOUT=0.2).translate(["Eins."], source="de", target="en")

    assert libre_server.posts("/translate") == []


def test_servers_without_targets_translate_between_all_listed_languages(libre_app, libre_server):
    libre_app.languages = [{"code": "en", "name": "English"}, {"code": "de", "name": "German"}]

    assert make_engine(libre_server.url).translate(["Hallo"], source="de", target="en") == ["[en] Hallo"]
