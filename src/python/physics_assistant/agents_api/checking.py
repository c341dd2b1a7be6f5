"""Grade a student's own answer: value within tolerance after unit conversion, the dimension,
significant figures, and the usual slips (lost sign, degrees vs radians, a factor of 2, a power of
ten, km/h vs m/s, a forgotten square root)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from physics_assistant.agents_api.formatting import count_sig_figs, pretty_unit
from physics_assistant.agents_api.teaching import Answer, short_unit
from physics_assistant.agents_api.understanding.quantities import extract_quantities, normalise
from physics_assistant.agents_api.understanding.unitsys import SI_UNIT_OF_KIND, compatible, conversion_factor, unit_info

RELATIVE_TOLERANCE = 0.02

_KIND_WORDS = {
    "length": "a length",
    "time": "a time",
    "mass": "a mass",
    "velocity": "a speed",
    "acceleration": "an acceleration",
    "force": "a force",
    "energy": "an energy",
    "torque": "a torque",
    "power": "a power",
    "momentum": "a momentum",
    "impulse": "an impulse",
    "spring_constant": "a spring constant",
    "moment_of_inertia": "a moment of inertia",
    "angular_momentum": "an angular momentum",
    "angle": "an angle",
    "angular_velocity": "an angular velocity",
    "angular_acceleration": "an angular acceleration",
    "frequency": "a frequency",
    "number": "a pure number",
}


class UnreadableAnswer(ValueError):
    """The student's answer has no number we can read."""


@dataclass
class StudentAnswer:
    value: float  # as written
    unit: str  # pint expression, "" when none
    kind: str
    sig_figs: int | None
    text: str


def read_student_answer(text: str) -> StudentAnswer:
    cleaned = normalise(text.strip())
    found = [q for q in extract_quantities(cleaned) if not q.implied]
    if not found:
        raise UnreadableAnswer("student_answer: no number found; write e.g. '2.5 m/s^2'")
    q = found[0]
    number_part = q.text.split(" ")[0] if q.unit else q.text
    mantissa = number_part.replace(",", "").split("x")[0].split("*")[0].rstrip("#-")
    return StudentAnswer(q.value, q.unit, q.kind, count_sig_figs(mantissa.lstrip("-")), text.strip())


@dataclass
class Grade:
    correct: bool
    feedback: list[str] = field(default_factory=list)
    slips: list[str] = field(default_factory=list)
    relative_error: float | None = None
    unit_ok: bool = True
    dimension_ok: bool = True
    sig_figs_given: int | None = None
    sig_figs_expected: int | None = None
    sig_figs_ok: bool = True
    student_value: float | None = None
    student_unit: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "correct": self.correct,
            "student": {"value": self.student_value, "unit": self.student_unit},
            "relative_error": None if self.relative_error is None else round(self.relative_error, 6),
            "tolerance": RELATIVE_TOLERANCE,
            "dimension_ok": self.dimension_ok,
            "unit_ok": self.unit_ok,
            "sig_figs": {"given": self.sig_figs_given, "expected": self.sig_figs_expected, "ok": self.sig_figs_ok},
            "slips": self.slips,
            "feedback": self.feedback,
        }


def _close(a: float, b: float, tol: float = RELATIVE_TOLERANCE) -> bool:
    if b == 0:
        return abs(a) <= 1e-9
    return abs(a - b) <= tol * abs(b)


def grade(student: StudentAnswer, answer: Answer, radian_mode_value: float | None = None) -> Grade:
    """`radian_mode_value`: the SI answer a calculator in the wrong angle mode would give, if any."""
    g = Grade(
        correct=False,
        sig_figs_given=student.sig_figs,
        sig_figs_expected=answer.sig_figs,
        student_unit=short_unit(student.unit) if student.unit else "",
    )
    expected_si = answer.si
    si_unit = SI_UNIT_OF_KIND.get(answer.kind, "")
    if student.unit:
        if not compatible(student.kind, answer.kind):
            g.dimension_ok = g.unit_ok = False
            g.student_value = student.value
            given = f"{_KIND_WORDS.get(student.kind, student.kind)} ({pretty_unit(short_unit(student.unit))})"
            example = pretty_unit(answer.unit or si_unit) or "no unit"
            wanted = f"{_KIND_WORDS.get(answer.kind, answer.kind)} (e.g. in {example})"
            g.feedback.append(
                f"Your answer is {given}, but the question asks for {wanted}. Check which quantity the formula gives."
            )
            g.slips.append("wrong_dimension")
            return g
        student_si = student.value * conversion_factor(student.unit, si_unit or "dimensionless")
    else:
        # No unit: read the number in the unit of the answer (what the question asked for).
        student_si = student.value * (conversion_factor(answer_unit_pint(answer), si_unit) if answer.unit else 1.0)
        if answer.unit:
            g.unit_ok = False
            g.feedback.append(f"Give a unit with your answer: here {pretty_unit(answer.unit)}.")
    g.student_value = student.value
    g.relative_error = abs(student_si - expected_si) / abs(expected_si) if expected_si else abs(student_si)
    if _close(student_si, expected_si):
        g.correct = True
        g.feedback.insert(0, "Correct" + (" value" if not g.unit_ok else "") + ".")
    else:
        _diagnose(g, student, student_si, expected_si, answer, radian_mode_value)
        if not g.slips:
            g.feedback.insert(
                0,
                (
                    "Not quite: your value is off by more than the 2% tolerance. Re-check the formula and your "
                    "substitution."
                ),
            )
    _sig_fig_feedback(g, student, answer)
    return g


def answer_unit_pint(answer: Answer) -> str:
    try:
        unit_info(answer.unit)
        return answer.unit
    except Exception:  # noqa: BLE001 - fall back to SI
        return SI_UNIT_OF_KIND.get(answer.kind, "")


def _diagnose(
    g: Grade, student: StudentAnswer, s: float, e: float, answer: Answer, radian_mode_value: float | None
) -> None:
    if e != 0 and _close(-s, e):
        g.slips.append("sign")
        g.feedback.append("Your magnitude is right but the sign is wrong: check the direction you took as positive.")
        return
    if answer.kind == "angle" and student.unit:
        written_unit = student.unit.strip("()")
        # a value that is right in the other angle unit: '20 degrees' for 20 rad, or '0.35 rad' for 0.35 deg
        if written_unit == "degree" and _close(student.value, e):
            g.slips.append("degrees_radians")
            g.feedback.append("Your number is right in radians, but you labelled it degrees.")
            return
        if written_unit == "radian" and _close(student.value, math.degrees(e)):
            g.slips.append("degrees_radians")
            g.feedback.append("Your number is right in degrees, but you labelled it radians.")
            return
    if radian_mode_value is not None and _close(s, radian_mode_value, 0.005):
        g.slips.append("degrees_radians")
        g.feedback.append("That is what you get with the calculator in radian mode: the angle here is in degrees.")
        return
    if e == 0 or s == 0:
        return
    ratio = s / e
    if _close(ratio, 2.0, 0.01) or _close(ratio, 0.5, 0.01):
        g.slips.append("factor_of_two")
        g.feedback.append("You are off by a factor of 2: check for a missing or extra ½ (or 2) in the formula.")
        return
    if _close(s, e * e, 0.01) and abs(e) > 1e-6 and abs(e - 1) > 0.05:
        g.slips.append("square_root")
        g.feedback.append("Your value is the square of the answer: did you forget to take the square root?")
        return
    if e > 0 and _close(s, math.sqrt(e), 0.01) and abs(e - 1) > 0.05:
        g.slips.append("square")
        g.feedback.append("Your value is the square root of the answer: did you forget to square?")
        return
    for factor, hint in ((3.6, "km/h and m/s"), (1 / 3.6, "km/h and m/s")):
        if _close(ratio, factor, 0.01):
            g.slips.append("unit_conversion")
            g.feedback.append(f"You are off by a factor of 3.6: check the conversion between {hint}.")
            return
    exponent = math.log10(abs(ratio))
    nearest = round(exponent)
    if nearest != 0 and abs(exponent - nearest) < math.log10(1 + RELATIVE_TOLERANCE) and abs(nearest) <= 9:
        g.slips.append("power_of_ten")
        g.feedback.append(
            f"You are off by a factor of 10^{nearest}: check unit prefixes and conversions (cm to m, g to kg, kJ to "
            f"J...)."
        )


def _sig_fig_feedback(g: Grade, student: StudentAnswer, answer: Answer) -> None:
    given, expected = student.sig_figs, answer.sig_figs
    if given is None or not g.correct:
        return
    if given > expected + 1:
        g.sig_figs_ok = False
        g.feedback.append(f"You gave {given} significant figures; the data justify about {expected}.")
    elif given < expected - 1 and given < 3:
        g.sig_figs_ok = False
        g.feedback.append(
            f"You gave only {given} significant figure{'s' if given > 1 else ''}; the data justify {expected}."
        )
