"""The fast RFC 8785 path agrees with the reference library on every JSON value, and the RFC's
own number examples come out as the RFC prints them."""

from __future__ import annotations

import json
import math
import struct

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from commandcenter.domain.canonical import CanonicalError, es_number, jcs

SAFE = 2**53 - 1
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-SAFE, SAFE)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(st.text(), kids, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fast_path_equals_the_reference_library(value):
    try:
        ref = rfc8785.dumps(value)
    except rfc8785.CanonicalizationError:
        with pytest.raises(CanonicalError):
            jcs(value)
        return
    assert jcs(value) == ref


# RFC 8785 appendix B: IEEE 754 bit patterns and the text ECMAScript gives them.
RFC_NUMBERS = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),
    ("0000000000000001", "5e-324"),
    ("8000000000000001", "-5e-324"),
    ("7fefffffffffffff", "1.7976931348623157e+308"),
    ("ffefffffffffffff", "-1.7976931348623157e+308"),
    ("4340000000000000", "9007199254740992"),
    ("c340000000000000", "-9007199254740992"),
    ("4430000000000000", "295147905179352830000"),
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),
]


@pytest.mark.parametrize(("bits", "text"), RFC_NUMBERS)
def test_rfc_8785_number_examples(bits, text):
    (x,) = struct.unpack(">d", bytes.fromhex(bits))
    assert es_number(x) == text


def test_numbers_without_a_json_form_are_refused():
    for bad in (math.nan, math.inf, -math.inf, 2**53, -(2**60)):
        with pytest.raises(CanonicalError):
            jcs({"x": bad})


def test_rfc_8785_key_order_example_sorts_by_utf16_units():
    names = ["\u20ac", "\r", "\ufb33", "1", "\U0001f600", "\u0080", "\u00f6"]
    got = json.loads(jcs({k: 0 for k in names}), object_pairs_hook=lambda pairs: pairs)
    # RFC 8785 section 3.2.3: the emoji (surrogates D83D DE00) sorts before U+FB33
    assert [k for k, _ in got] == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_a_lone_surrogate_has_no_canonical_form():
    with pytest.raises(CanonicalError):
        jcs({"x": "\ud800"})


@settings(max_examples=300, deadline=None)
@given(st.datetimes(timezones=st.timezones()))
def test_ts_text_follows_the_spelled_out_rule(ts):
    from datetime import UTC

    from commandcenter.domain.canonical import ts_text

    u = ts.astimezone(UTC)
    frac = f".{u.microsecond:06d}" if u.microsecond else ""
    rule = f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}"
    assert ts_text(ts) == rule + frac + "Z"


def test_enum_values_are_written_as_their_plain_value():
    from commandcenter.domain.vocab import IncidentType

    assert jcs({"t": IncidentType.FLOOD, "n": True}) == b'{"n":true,"t":"flood"}'
