"""Find the quantities in a question: "72 km/h", "3.5 m/s^2", "a 25-degree incline", "from rest".

`normalise` first rewrites what people type (superscripts, "°", unicode minus, number words before a
unit) so every later step works on one plain spelling; positions refer to the normalised text.
`extract_quantities` then finds each number and the unit written after it (our own lexicon, see
`unitsys`), shares a unit across "from 0 to 40 rad/s" / "2 and 6 kg", and adds the values a phrase
implies ("from rest" is a speed of zero).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from physics_assistant.agents_api.understanding.unitsys import (
    SYMBOL_UNITS,
    WORD_UNITS,
    UnknownUnit,
    unit_info,
)

# Significant figures of a value that is exact by definition ("from rest", "two seconds").
EXACT = 99


@dataclass(frozen=True)
class Quantity:
    """One value found in the question."""

    value: float  # as written, in `unit`
    unit: str  # pint expression ("kilometer/hour"); "" for a bare number
    kind: str  # "velocity", "mass", ... or "number" for a bare number
    si: float  # value in the SI unit of its kind
    start: int
    end: int
    text: str
    sig_figs: int
    implied: str = ""  # "rest" / "stop" when a phrase implies the value

    @property
    def bare(self) -> bool:
        return self.unit == ""


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "half": 0.5,
}


_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9}


def _superscript(match: re.Match[str]) -> str:
    return "^" + match.group(0).translate(_SUPERSCRIPTS)


def normalise(text: str) -> str:
    """One spelling for what people type; keeps words and numbers where they were."""
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = re.sub(r"[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+", _superscript, text)
    text = text.replace("−", "-").replace("–", "-").replace("—", " - ").replace("·", "*").replace("⋅", "*")
    text = re.sub(r"\s*°\s*(?![CF]\b)", " deg ", text)
    text = text.replace("×", "x").replace("μ", "µ")
    text = re.sub(r"\s+", " ", text).strip()
    # "two seconds", "half a second"; "in an hour". Only before a unit, so "two balls" stays words.
    text = re.sub(r"\b(half) an? (second|minute|hour|metre|meter)\b", lambda m: f"0.5 {m.group(2)}", text, flags=re.I)
    text = re.sub(
        r"\b(in|for|after|within|per|every|takes?|took|lasts?) (an?|one) (second|minute|hour|day)\b",
        lambda m: f"{m.group(1)} 1 {m.group(3)}",
        text,
        flags=re.I,
    )
    # "150 million km", "2.5 thousand kg": a scale word after a number is a power of ten
    text = re.sub(
        r"(?<![\w.])(\d+(?:\.\d+)?) (thousand|million|billion)\b",
        lambda m: f"{m.group(1)}e{_SCALE_WORDS[m.group(2).lower()]}",
        text,
        flags=re.I,
    )
    # "900 J of energy every second": once per second is one second
    text = re.sub(r"\b(every|each) (second|minute|hour)\b", r"\1 1 \2", text, flags=re.I)
    # "turns once every 4 s", "spins twice a second": a count of turns is an angle of whole revolutions
    text = re.sub(
        r"\b((?:turn|rotat|spin|revolv|orbit|circl|go(?:es)? round|going round)\w*(?: [\w.-]+){0,8}?) (once|twice)"
        r"(?= (?:every|each|per|in|a|an)\b)",
        lambda m: f"{m.group(1)} " + ("1# revolution" if m.group(2).lower() == "once" else "2# revolutions"),
        text,
        flags=re.I,
    )
    words = "|".join(_NUMBER_WORDS)
    text = re.sub(
        rf"\b({words})(?=[ -](?:{_ANY_UNIT_WORD})\b)",
        lambda m: _word_number(m.group(1)),
        text,
        flags=re.I,
    )
    return text


def _word_number(word: str) -> str:
    value = _NUMBER_WORDS[word.lower()]
    return f"{value:g}#"  # '#' marks an exact number (see _sig_figs)


_ANY_UNIT_WORD = "|".join(sorted([re.escape(s) for s in SYMBOL_UNITS] + list(WORD_UNITS), key=len, reverse=True))

_NUMBER = re.compile(
    r"(?<![\w.^/])(?P<sign>-)?(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?P<exact>#)?"
    r"(?:(?:[eE](?P<exp1>[-+]?\d+))|(?:\s?[x*]\s?10\s?(?:\^|\*\*)\s?(?P<exp2>[-+]?\d+)))?"
    r"(?!\d)(?!(?:st|nd|rd|th)\b)"
)
_SYMBOL_ATOM = re.compile(
    "(?:" + "|".join(sorted((re.escape(s) for s in SYMBOL_UNITS), key=len, reverse=True)) + ")(?![A-Za-z])"
)
_EXTRA_SYMBOLS = {"Nm": "newton*meter", "Ns": "newton*second", "%": "percent"}
_EXTRA_ATOM = re.compile(r"(?:Nm|Ns)(?![A-Za-z])|%")
_CASE_FIXES = {"kg": "kilogram", "km": "kilometer", "kj": "kilojoule", "kw": "kilowatt", "kn": "kilonewton"}
_CASE_ATOM = re.compile(r"(?i:kg|km|kj|kw|kn)(?![A-Za-z])")
_WORD_ATOMS = [(re.compile(rf"(?i:{pattern})(?![A-Za-z])"), unit) for pattern, unit in WORD_UNITS.items()]
_EXPONENT = re.compile(r"\s?(?:\^|\*\*)\s?(-?\d)|\s(squared|cubed)\b")
_SEPARATORS = [
    (re.compile(r"\s?/\s?"), "/", False),
    (re.compile(r"\s(?i:per)\s"), "/", False),
    (re.compile(r"\s(?:an?|each|every)\s(?=(?i:hour|second|minute|h|s)\b)"), "/", False),
    (re.compile(r"\s?\*\s?"), "*", False),
    (re.compile(r"-(?=[A-Za-z])"), "*", False),
    (re.compile(r" (?=\S)"), "*", True),  # juxtaposition: only between symbols ("N m", "kg m^2")
]


def _atom(text: str, pos: int) -> tuple[str, int, bool] | None:
    """(pint unit, end, is_symbol) of the unit spelling starting at pos."""
    best: tuple[str, int, bool] | None = None
    for regex, table in ((_SYMBOL_ATOM, SYMBOL_UNITS), (_EXTRA_ATOM, _EXTRA_SYMBOLS)):
        m = regex.match(text, pos)
        if m and (best is None or m.end() > best[1]):
            best = (table[m.group(0)], m.end(), True)
    for regex, unit in _WORD_ATOMS:
        m = regex.match(text, pos)
        if m and (best is None or m.end() > best[1]):
            best = (unit, m.end(), False)
    if best is None:
        m = _CASE_ATOM.match(text, pos)
        if m:
            best = (_CASE_FIXES[m.group(0).lower()], m.end(), True)
    return best


def scan_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The longest unit expression at `pos` that resolves to a known kind: (pint expression, end)."""
    first = _atom(text, pos)
    if first is None:
        return None
    unit, end, is_symbol = first
    candidates: list[tuple[str, int]] = []
    expr = f"({unit})"
    while True:
        m = _EXPONENT.match(text, end)
        if m:
            power = m.group(1) or ("2" if m.group(2) == "squared" else "3")
            expr += f"**{power}"
            end = m.end()
        candidates.append((expr, end))
        for regex, op, symbols_only in _SEPARATORS:
            sep = regex.match(text, end)
            if not sep:
                continue
            nxt = _atom(text, sep.end())
            if nxt is None or (symbols_only and not (is_symbol and nxt[2])):
                continue
            # "m/s" then "per second": a second divisor is a division of the whole.
            expr = f"{expr}{op}({nxt[0]})"
            end, is_symbol = nxt[1], nxt[2]
            break
        else:
            break
    for expr, stop in reversed(candidates):
        try:
            unit_info(expr)
        except UnknownUnit:
            continue
        return expr, stop
    return None


def _sig_figs(number: str, exact: bool) -> int:
    if exact:
        return EXACT
    digits = number.replace(",", "").lstrip("+-")
    if "." in digits:
        stripped = digits.replace(".", "").lstrip("0")
        return max(len(stripped), 1)
    stripped = digits.lstrip("0").rstrip("0")
    return max(len(stripped), 1)


def _make(value: float, unit: str, start: int, end: int, text: str, sig_figs: int, implied: str = "") -> Quantity:
    if unit:
        info = unit_info(unit)
        kind, si = info.kind, value * info.factor
    else:
        kind, si = "number", value
    # '#' only marks an exact number for _sig_figs: "2# seconds" is shown as "2 seconds"
    return Quantity(value, unit, kind, si, start, end, text.replace("#", ""), sig_figs, implied)


_SHARE_UNIT = re.compile(r"^(?:\s?,\s?(?:and\s)?|\s(?:to|and|or|through)\s|\s?-\s?)$")
_REST = re.compile(
    r"\b(?:(?:starts?|starting|begins?|beginning|initially|originally|was|is|were|are|while)\s(?:from|at)\srest"
    r"|from\s(?:rest|a\s(?:standstill|standing\sstart))|at\srest|stationary|motionless)\b",
    re.I,
)
_STOP = re.compile(
    r"\b(?:(?:comes?|came|coming|brought|brings?|bringing)\s(?:it\s)?to\s(?:a\s)?(?:rest|stop|halt|standstill)"
    r"|stops|stopped|halts|to\s(?:a\s)?(?:stop|halt|standstill)|to\srest|stopping)\b",
    re.I,
)


def extract_quantities(text: str) -> list[Quantity]:
    """Every number in `text` (normalised) with its unit, plus implied zero speeds, in text order."""
    found: list[Quantity] = []
    pos = 0
    while (m := _NUMBER.search(text, pos)) is not None:
        pos = m.end()
        number = m.group("num")
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            continue
        exponent = m.group("exp1") or m.group("exp2")
        if exponent is not None:
            value *= 10.0 ** int(exponent)
        if m.group("sign"):
            value = -value
        if not math.isfinite(value):
            continue
        sig = _sig_figs(number, bool(m.group("exact")))
        unit_at = m.end()
        if unit_at < len(text) and text[unit_at] == "-" and unit_at + 1 < len(text) and text[unit_at + 1].isalpha():
            unit_at += 1  # "a 25-degree incline"
        elif unit_at < len(text) and text[unit_at] == " ":
            unit_at += 1
        scanned = scan_unit(text, unit_at) if unit_at < len(text) else None
        if scanned is not None:
            unit, end = scanned
            pos = end
            found.append(_make(value, unit, m.start(), end, text[m.start() : end], sig))
        else:
            found.append(_make(value, "", m.start(), m.end(), text[m.start() : m.end()], sig))
    found = _merge_durations(text, _share_units(text, found))
    for regex, implied in ((_REST, "rest"), (_STOP, "stop")):
        for m in regex.finditer(text):
            found.append(_make(0.0, "meter/second", m.start(), m.end(), m.group(0), EXACT, implied))
    found.sort(key=lambda q: q.start)
    return found


def _merge_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """'3 minutes 45 seconds', '1 h and 20 min': one duration written in two units is one time."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind == "time"
            and unit_info(prev.unit).factor > unit_info(q.unit).factor
            and re.fullmatch(r"\s?,?\s?(?:and\s)?", text[prev.end : q.start])
        ):
            total = prev.si + q.si
            out[-1] = _make(
                total, "second", prev.start, q.end, text[prev.start : q.end], _sig_figs(f"{total:g}", False)
            )
            continue
        out.append(q)
    return out


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'from 0 to 40 rad/s', '2 and 6 kg', '2, 3 and 5 kg': a bare number takes the unit after it."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.bare and not nxt.bare and _SHARE_UNIT.match(text[q.end : nxt.start]):
            out[i] = replace(_make(q.value, nxt.unit, q.start, q.end, q.text, q.sig_figs), text=q.text)
    return out
