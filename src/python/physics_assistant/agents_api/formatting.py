"""Numbers and units as a student reads them: significant figures (rounded half up, as taught),
compact units ("m/s²", "kg·m/s") and their LaTeX."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def round_sig(value: float, sig: int) -> float:
    """`value` rounded to `sig` significant figures, halves away from zero (2.45 -> 2.5 at 2 s.f.)."""
    if value == 0 or not math.isfinite(value):
        return value
    d = Decimal(repr(value))
    exponent = d.adjusted() - sig + 1
    return float(d.quantize(Decimal(f"1e{exponent}"), rounding=ROUND_HALF_UP))


def _digits(value: float, sig: int, trim: bool) -> tuple[str, int | None]:
    """Mantissa text and power of ten (None for plain notation)."""
    rounded = round_sig(value, sig)
    if rounded == 0:
        return "0", None
    exponent = math.floor(math.log10(abs(rounded)))
    if -4 <= exponent < 6:
        decimals = max(sig - 1 - exponent, 0)
        text = f"{rounded:.{decimals}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        return text, None
    mantissa = rounded / 10**exponent
    text = f"{mantissa:.{max(sig - 1, 0)}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text, exponent


def format_number(value: float, sig: int = 3, *, trim: bool = False) -> str:
    """'2.50', '313000', '1.23 × 10⁻⁵'. `trim` drops trailing zeros (for given values)."""
    text, exponent = _digits(value, sig, trim)
    if exponent is None:
        return text
    return f"{text} × 10{str(exponent).translate(_SUPERSCRIPT)}"


def format_number_latex(value: float, sig: int = 3, *, trim: bool = False) -> str:
    text, exponent = _digits(value, sig, trim)
    if exponent is None:
        return text
    return rf"{text} \times 10^{{{exponent}}}"


def pretty_unit(unit: str) -> str:
    """'m/s^2' -> 'm/s²', 'kg*m/s' -> 'kg·m/s', 'deg' -> '°'."""
    if unit in ("deg", "degree"):
        return "°"
    text = re.sub(r"\^(-?\d+)", lambda m: m.group(1).translate(_SUPERSCRIPT), unit)
    return text.replace("*", "·")


def latex_unit(unit: str) -> str:
    if not unit:
        return ""
    if unit in ("deg", "degree"):
        return r"^{\circ}"
    body = re.sub(r"\^(-?\d+)", r"^{\1}", unit).replace("*", r"\cdot ")
    return rf"\,\mathrm{{{body}}}"


def with_unit(number: str, unit: str) -> str:
    pretty = pretty_unit(unit)
    if not pretty:
        return number
    if pretty == "°" or pretty == "%":
        return f"{number}{pretty}"
    return f"{number} {pretty}"


def count_sig_figs(number_text: str) -> int | None:
    """Significant figures in a written number ('0.0450' -> 3, '1200' -> 2, '1.20e3' -> 3)."""
    m = re.fullmatch(r"\s*[-+]?((?:\d+)?(?:\.\d*)?)(?:[eE][-+]?\d+)?\s*", number_text)
    if not m or not any(ch.isdigit() for ch in m.group(1)):
        return None
    digits = m.group(1)
    if "." in digits:
        stripped = digits.replace(".", "").lstrip("0")
        return max(len(stripped), 1)
    stripped = digits.lstrip("0").rstrip("0")
    return max(len(stripped), 1)
