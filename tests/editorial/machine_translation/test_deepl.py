"""The DeepL engine against a local server speaking the DeepL API."""

from __future__ import annotations

import pytest

from editorial.machine_translation import errors
from editorial.machine_translation.deepl import FREE_URL, PRO_URL, DeepLEngine

from .servers import Answer, fake_translation, refused_url

PARAGRAPHS = [
    "Die Regierung hat am Montag „neue Regeln“ beschlossen.",
    "وقال الوزير إن القرار نهائي.",
    "東京では桜が満開です。",
    "Zürich, Genève & Ticino — 100 % sûr.",
]
KEY = "test-key:fx"


def make_engine(url: str, *, key: str = KEY, timeout: float = 2, **options) -> DeepLEngine:
    return DeepLEngine(name="deepl", url=url, api_key=key, timeout=timeout, options=options)


def test_translates_every_paragraph_in_order_with_the_auth_header(deepl_server):
    result = make_engine(deepl_server.url).translate(PARAGRAPHS, source="de", target="en")

    assert result == [fake_translation(text, "EN-GB") for text in PARAGRAPHS]
    (post,) = deepl_server.posts("/v2/translate")
    assert post.headers["authorization"] == "DeepL-Auth-Key test-key:fx"
    assert post.json == {"text": PARAGRAPHS, "source_lang": "DE", "target_lang": "EN-GB"}


@pytest.mark.parametrize(
    ("source", "target", "sent"),
    [
        ("en", "pt", ("EN", "PT-PT")),
        ("en-us", "pt-br", ("EN", "PT-BR")),
        ("pt-BR", "en-US", ("PT", "EN-US")),
        ("en", "zh", ("EN", "ZH-HANS")),
        ("en", "zh-hant", ("EN", "ZH-HANT")),
        ("zh-tw", "en-gb", ("ZH", "EN-GB")),
        ("en", "ar", ("EN", "AR")),
        ("en", "ja", ("EN", "JA")),
        ("en", "no", ("EN", "NB")),
        ("nb", "es-419", ("NB", "ES-419")),
    ],
)
def test_source_and_target_codes_are_deepls(deepl_server, source, target, sent):
    make_engine(deepl_server.url).translate(["Text"], source=source, target=target)

    body = deepl_server.posts("/v2/translate")[0].json
    assert (body["source_lang"], body["target_lang"]) == sent


def test_options_choose_the_variant_of_a_bare_target_and_the_formality(deepl_server):
    engine = make_engine(deepl_server.url, TARGET_VARIANTS={"en": "EN-US", "pt": "pt-br"}, FORMALITY="prefer_more")

    assert engine.translate(["Hallo"], source="de", target="en") == ["[EN-US] Hallo"]
    engine.translate(["Hallo"], source="de", target="pt")
    bodies = [post.json for post in deepl_server.posts("/v2/translate")]
    assert [body["target_lang"] for body in bodies] == ["EN-US", "PT-BR"]
    assert all(body["formality"] == "prefer_more" for body in bodies)


def test_free_and_pro_keys_go_to_their_own_hosts_unless_a_url_is_set():
    assert DeepLEngine(name="d", api_key="abc:fx").base_url == FREE_URL
    assert DeepLEngine(name="d", api_key="abc").base_url == PRO_URL
    assert DeepLEngine(name="d", api_key="abc", url="https://deepl-proxy.example/").base_url == (
        "https://deepl-proxy.example"
    )


def test_without_an_api_key_the_engine_is_unavailable():
    availability = DeepLEngine(name="d").availability()
    assert not availability.usable
    assert str(availability.reason) == "no API key is set."
    assert DeepLEngine(name="d", api_key="k").availability().usable


def test_more_than_fifty_paragraphs_are_sent_in_batches_of_fifty(deepl_server):
    paragraphs = [f"Satz Nummer {n}." for n in range(120)]

    result = make_engine(deepl_server.url).translate(paragraphs, source="de", target="fr")

    assert result == [fake_translation(text, "FR") for text in paragraphs]
    assert [len(post.json["text"]) for post in deepl_server.posts("/v2/translate")] == [50, 50, 20]


def test_requests_stay_under_128_kib(deepl_server):
    # 13,000 CJK characters are 39,000 bytes in UTF-8: three fit in no request.
    paragraphs = [chr(0x4E00 + n) * 13_000 for n in range(7)]

    result = make_engine(deepl_server.url).translate(paragraphs, source="zh", target="de")

    assert result == [fake_translation(text, "DE") for text in paragraphs]
    posts = deepl_server.posts("/v2/translate")
    assert [len(post.json["text"]) for post in posts] == [3, 3, 1]
    assert all(len(post.body) <= 128 * 1024 for post in posts)


def test_a_paragraph_over_the_request_size_fails_before_anything_is_sent(deepl_server):
    with pytest.raises(errors.RequestTooLarge) as caught:
        make_engine(deepl_server.url).translate(["kurz", "ü" * 60_000], source="de", target="en")

    assert caught.value.detail == "paragraph 2 is 120003 bytes; at most 120000 per request"
    assert deepl_server.posts("/v2/translate") == []


def test_a_failing_batch_fails_the_whole_call(deepl_app, deepl_server):
    deepl_app.script = [None, Answer(456, {"message": "Quota Exceeded"})]

    with pytest.raises(errors.EngineQuotaExceeded):
        make_engine(deepl_server.url, MAX_TEXTS=2).translate(["a", "b", "c", "d", "e"], source="en", target="de")

    assert len(deepl_server.posts("/v2/translate")) == 2


def test_a_refused_key_is_an_authentication_error(deepl_server):
    with pytest.raises(errors.EngineAuthenticationFailed) as caught:
        make_engine(deepl_server.url, key="wrong").translate(["Hallo"], source="de", target="en")

    assert caught.value.detail == "Authorization failure, check auth_key"
    assert caught.value.message == (
        "DeepL refused the API key. Nothing was translated; ask an administrator to check the "
        "engine's configuration."
    )


def test_a_language_deepl_lacks_is_an_unsupported_pair(deepl_server):
    with pytest.raises(errors.UnsupportedLanguagePair) as caught:
        make_engine(deepl_server.url).translate(["Hallo"], source="de", target="sw")

    assert caught.value.message == "DeepL cannot translate from DE into SW."
    assert caught.value.detail == "Value for 'target_lang' not supported."


def test_quota_message(deepl_app, deepl_server):
    deepl_app.script = [Answer(456, {"message": "Quota Exceeded"})]

    with pytest.raises(errors.EngineQuotaExceeded) as caught:
        make_engine(deepl_server.url).translate(["Hallo"], source="de", target="en")

    assert caught.value.message == (
        "The translation quota of DeepL is used up. Nothing was translated; ask an administrator "
        "to raise the quota or choose another engine."
    )


ERROR_ANSWERS = [
    (Answer(429, {"message": "Too many requests"}), errors.EngineRateLimited, "Too many requests"),
    (Answer(529, {"message": "Too many requests, high load"}), errors.EngineRateLimited, "high load"),
    (Answer(456, {"message": "Quota Exceeded"}), errors.EngineQuotaExceeded, "Quota Exceeded"),
    (Answer(403, {"message": "Forbidden"}), errors.EngineAuthenticationFailed, "Forbidden"),
    (Answer(401, {"message": "Unauthorized"}), errors.EngineAuthenticationFailed, "Unauthorized"),
    (Answer(414, {"message": "URI Too Long"}), errors.RequestTooLarge, "URI Too Long"),
    (Answer(413, {"message": "Request Entity Too Large"}), errors.RequestTooLarge, "Too Large"),
    (Answer(400, {"message": "Bad request", "detail": "Unknown formality"}), errors.EngineFailed, "Bad request Unknown formality"),
    (Answer(404, {"message": "Not found"}), errors.EngineFailed, "Not found"),
    (Answer(500, {"message": "Internal error"}), errors.EngineFailed, "Internal error"),
    (Answer(503, b"Service Unavailable", content_type="text/plain"), errors.EngineFailed, "Service Unavailable"),
    (Answer(200, b"{'translations': []}"), errors.MalformedResponse, "HTTP 200"),
    (Answer(200, {"translations": "Hallo"}), errors.MalformedResponse, "no translations list"),
    (Answer(200, {"text": ["Hello", "World"]}), errors.MalformedResponse, "no translations list"),
    (Answer(200, ["Hello", "World"]), errors.MalformedResponse, "no translations list"),
    (Answer(200, {"translations": [{"text": "Hello"}, {"detected_source_language": "DE"}]}), errors.MalformedResponse, "has no text"),
    (Answer(200, {"translations": ["Hello", "World"]}), errors.MalformedResponse, "has no text"),
]


@pytest.mark.parametrize(("answer", "error", "detail"), ERROR_ANSWERS)
def test_each_error_answer_is_a_typed_error(deepl_app, deepl_server, answer, error, detail):
    deepl_app.script = [answer]

    with pytest.raises(error) as caught:
        make_engine(deepl_server.url).translate(["Hallo", "Welt"], source="de", target="en")

    assert type(caught.value) is error
    assert detail in caught.value.detail
    assert caught.value.engine == "DeepL" and caught.value.engine_name == "deepl"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_fewer_or_more_translations_than_paragraphs_is_a_partial_answer(deepl_app, deepl_server, count):
    deepl_app.script = [Answer(200, {"translations": [{"text": f"T{n}"} for n in range(count)]})]

    with pytest.raises(errors.PartialResponse) as caught:
        make_engine(deepl_server.url).translate(["Hallo", "Welt"], source="de", target="en")

    assert caught.value.message == f"DeepL returned {count} translations for 2 paragraphs. Nothing was translated."


def test_an_engine_slower_than_the_timeout_is_a_timeout(deepl_app, deepl_server):
    deepl_app.script = [Answer(200, {"translations": [{"text": "late"}]}, delay=1.0)]

    with pytest.raises(errors.EngineTimeout) as caught:
        make_engine(deepl_server.url, timeout=0.25).translate(["Hallo"], source="de", target="en")

    assert caught.value.message == "DeepL did not answer within 0.25 seconds. Nothing was translated; try again later."


def test_a_refused_connection_is_unreachable():
    with pytest.raises(errors.EngineUnreachable) as caught:
        make_engine(refused_url()).translate(["Hallo"], source="de", target="en")

    assert caught.value.message == (
        "DeepL could not be reached. Nothing was translated; try again later or ask an administrator."
    )
