"""Tests for corpus.pipeline.decode.utf16: UTF-16 without BOM told by its
characters (CJK text, whose zero bytes follow no pattern), and binary data
that must still be refused.

Inputs are made up here and encoded in the test.
"""

from __future__ import annotations

import importlib
import io
import random
import struct
import zipfile
import zlib

import pytest

from corpus.pipeline.decode import decode
from corpus.pipeline.decode.utf16 import utf16_without_bom
from corpus.pipeline.types import Decoded, RefusalReason, RefusedInput

# ASCII digits and spaces, and ideographs such as 一 (U+4E00) and 最
# (U+6700), put zero bytes on both sides of the code units.
CHINESE = "政府周三提出了一项新的法律草案。部长说：“这是我们国家迈出的重要一步。”据统计局称，2024 年的成本将会上升 3 %。"
JAPANESE = "政府は水曜日、新しい法案を提出した。大臣は「これは我が国にとって最も重要な一歩だ」と述べた。専門家は懐疑的だ。"
KOREAN = "서울시는 오늘 새로운 교통 정책을 발표했다. 시장은 “시민의 안전이 최우선”이라고 밝혔다."
# Not a single zero byte in UTF-16, either byte order.
CHINESE_NO_NUL = "国务院总理周三在人民大会堂作政府工作报告。报告指出，今年国内生产总值增长目标为百分之五左右。"
KOREAN_NO_NUL = "서울시는오늘새로운교통정책을발표했다。시장은시민의안전이최우선이라고밝혔다。"


def refusal(data: bytes) -> RefusedInput:
    with pytest.raises(RefusedInput) as info:
        decode(data)
    return info.value


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE, JAPANESE, KOREAN])
def test_cjk_utf16_with_scattered_zero_bytes_is_text(codec, text):
    data = text.encode(codec)
    assert b"\0" in data
    assert decode(data) == Decoded(text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_is_not_refused_for_its_nul_bytes(codec):
    # The reviewer's case: zero bytes in both positions of the code units,
    # so the zero-byte pattern alone called it binary.
    data = CHINESE.encode(codec)
    assert utf16_without_bom(data) is None
    assert decode(data).text == CHINESE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE_NO_NUL, KOREAN_NO_NUL])
def test_cjk_utf16_without_any_zero_byte_is_text(codec, text):
    data = text.encode(codec)
    assert b"\0" not in data
    assert decode(data) == Decoded(text, codec)


def test_long_cjk_utf16_is_checked_beyond_its_start():
    text = (CHINESE + "\r\n") * 200
    assert decode(text.encode("utf-16-le")) == Decoded(text, "utf-16-le")


@pytest.mark.parametrize(
    ("text", "codec", "accepted"),
    [
        (CHINESE_NO_NUL, "gb18030", {"gb18030"}),
        (KOREAN_NO_NUL, "euc-kr", {"cp949", "euc_kr"}),
        (KOREAN_NO_NUL, "cp949", {"cp949"}),
        (JAPANESE, "shift_jis", {"cp932", "shift_jis"}),
        (JAPANESE, "euc-jp", {"euc_jp"}),
    ],
)
def test_legacy_cjk_of_even_length_is_not_taken_for_utf16(text, codec, accepted):
    data = text.encode(codec)
    assert len(data) % 2 == 0 and b"\0" not in data
    result = decode(data)
    assert result.text == text
    assert result.encoding in accepted


def test_utf8_never_reaches_the_utf16_check(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the UTF-8 fast path must not try UTF-16")

    monkeypatch.setattr(importlib.import_module("corpus.pipeline.decode.core"), "utf16_by_script", fail)
    assert decode(CHINESE.encode("utf-8")).text == CHINESE


# --- binary data is still refused ----------------------------------------------

_PROSE = ("The minister spoke for an hour. " + CHINESE).encode("utf-8") * 40


def _zip_body() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", _PROSE)
    return buffer.getvalue()[4:]  # without the "PK\3\4" signature


def _binary_samples() -> dict[str, bytes]:
    rng = random.Random(20240601)
    deflated = zlib.compress(_PROSE)
    return {
        "random bytes": rng.randbytes(4096),
        "random bytes, short": rng.randbytes(64) + b"\0\0",
        "deflate stream (PNG IDAT, zip member)": deflated[: len(deflated) // 2 * 2],
        "PNG body": b"\0\0\0\rIHDR\0\0\1\0\0\0\1\0\x08\x06\0\0\0\x1f\x15\xc4\x89"
        + zlib.compress(rng.randbytes(3000))[:2000],
        "PDF body": b"4 0 obj\n<< /Length 812 /Filter /FlateDecode >>\nstream\n"
        + deflated[:1000]
        + b"\nendstream\nendobj\n",
        "zip body": _zip_body()[:2000],
        "16-bit samples": struct.pack("<1000h", *(rng.randrange(-3000, 3000) for _ in range(1000))),
        # (id, code) records whose codes fall in the CJK ideograph block.
        "16-bit records, LE": b"".join(
            struct.pack("<HH", i, rng.randrange(0x4E00, 0xA000)) for i in range(500)
        ),
        "16-bit records, BE": b"".join(
            struct.pack(">HH", rng.randrange(0x4E00, 0xA000), i) for i in range(500)
        ),
        "16-bit ideograph-range values": struct.pack(
            "<1000H", *(rng.randrange(0x4E00, 0xA000) for _ in range(999)), 0x4E00
        ),
        "16-bit counter": struct.pack("<1000H", *range(0xA000, 0xA000 + 1000)),
        "32-bit floats": struct.pack("<500f", *(rng.random() * 100 for _ in range(500))),
    }


@pytest.mark.parametrize("name", sorted(_binary_samples()))
def test_binary_data_with_nul_bytes_is_still_refused(name):
    data = _binary_samples()[name]
    assert b"\0" in data
    assert refusal(data).reason is RefusalReason.BINARY


def test_repeated_16_bit_records_are_binary_not_text():
    from corpus.pipeline.decode import decode
    from corpus.pipeline.types import RefusalReason, RefusedInput

    for data in (b"\x00\x01\x02\x03" * 100, b"\x01\x00\x02\x00" * 64):
        try:
            decoded = decode(data)
        except RefusedInput as exc:
            assert exc.reason is RefusalReason.BINARY
        else:
            raise AssertionError(f"decoded as {decoded.encoding}: {decoded.text[:20]!r}")
