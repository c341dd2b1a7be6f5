"""Significant figures: count them in a number as written, round to n of them (keeping
trailing zeros), and apply the textbook rules for products and sums."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True)
class SigFigCount:
    text: str
    count: int
    ambiguous: bool  # trailing zeros of an integer without a decimal point ("1200")
    max_count: int  # what the count would be if those zeros were significant
    decimal_places: int
    significant_digits: str


def parse_number_text(text: str) -> str:
    cleaned = text.strip().replace("×10^", "e").replace("x10^", "e").replace("*10^", "e").replace(" ", "")
    if not _NUMBER.match(cleaned):
        raise ValueError(f"{text!r} is not a plain decimal number (e.g. 0.00340, 1.20e3)")
    if not math.isfinite(float(cleaned)) or (float(cleaned) != 0 and abs(math.log10(abs(float(cleaned)))) > 300):
        raise ValueError(f"{text!r} is out of range (|exponent| must be at most 300)")
    return cleaned


def count(text: str) -> SigFigCount:
    cleaned = parse_number_text(text)
    mantissa, _, exponent = cleaned.lower().lstrip("+-").partition("e")
    has_point = "." in mantissa
    digits = mantissa.replace(".", "")
    stripped = digits.lstrip("0")
    int_part, _, frac_part = mantissa.partition(".")
    decimal_places = len(frac_part) - (int(exponent) if exponent else 0)
    if not stripped:  # zero: "0", "0.00" - the zeros after the point count as precision
        n = max(len(frac_part), 1)
        return SigFigCount(text, n, False, n, decimal_places, "0" * n)
    if has_point:
        return SigFigCount(text, len(stripped), False, len(stripped), decimal_places, stripped)
    trailing = len(stripped) - len(stripped.rstrip("0"))
    core = stripped.rstrip("0") if trailing else stripped
    return SigFigCount(text, len(core), trailing > 0, len(stripped), decimal_places, core)


def round_sig(value: float, figures: int) -> tuple[float, str, str]:
    """(rounded value, decimal text keeping significant trailing zeros, scientific text)."""
    if figures < 1:
        raise ValueError("figures: must be at least 1")
    if not math.isfinite(value):
        raise ValueError("value: must be finite")
    if value == 0:
        text = "0" if figures == 1 else "0." + "0" * (figures - 1)
        return 0.0, text, f"{0:.{figures - 1}e}"
    d = Decimal(repr(value))
    exponent = d.adjusted()  # position of the leading digit
    quantum = Decimal(1).scaleb(exponent - figures + 1)
    rounded = d.quantize(quantum, rounding=ROUND_HALF_UP)
    # Rounding can carry into a new leading digit (9.99 -> 10.0): re-quantise once.
    if rounded.adjusted() != exponent:
        quantum = Decimal(1).scaleb(rounded.adjusted() - figures + 1)
        rounded = rounded.quantize(quantum, rounding=ROUND_HALF_UP)
    # Integers like "1200" hide how many zeros count; the scientific form is unambiguous.
    text = f"{rounded:.0f}" if quantum >= 1 else f"{rounded:f}"
    scientific = f"{rounded:.{figures - 1}e}".replace("E", "e")
    return float(rounded), text, scientific


def least_decimal_places(texts: list[str]) -> int:
    return min(count(t).decimal_places for t in texts)


def round_decimals(value: float, places: int) -> tuple[float, str]:
    try:
        quantum = Decimal(1).scaleb(-places)
        rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError("value: too large to round") from None
    text = f"{rounded:f}" if places > 0 else f"{rounded:.0f}"
    return float(rounded), text
