"""Safe parsing of maths typed by people into sympy objects, without ever calling eval.

sympy's `parse_expr`/`sympify` run Python's `eval` on the text, so a crafted string could reach
attributes, dunders and builtins. Here the text is tokenised by Python's tokenizer, checked
against a whitelist (numbers, names, + - * / ^ ** ( ) , =), given implicit multiplication
("2x", "3(a+b)", "(a)(b)"), parsed with `ast.parse` (parsing only, nothing runs) and the AST is
translated node by node into sympy objects. Names are symbols unless they are one of the
whitelisted functions or constants; anything else (attributes, subscripts, keywords, strings,
lambdas, comprehensions) is refused with a message saying what and where.

Conventions: ``^`` means power; ``pi`` (or ``π``) is π; ``e`` is Euler's number; every other
name, including ``E`` and ``I``, is an ordinary symbol (energy, current, moment of inertia).
Decimal literals become exact rationals (0.5 -> 1/2) so the CAS can simplify exactly.
"""

from __future__ import annotations

import ast
import io
import keyword
import math
import re
import tokenize
from collections.abc import Callable
from typing import Any

import sympy

MAX_EXPRESSION_LENGTH = 500
MAX_NUMBER_DIGITS = 40
MAX_NAME_LENGTH = 30
MAX_NODES = 400
# Integer powers of literals are evaluated eagerly by sympy; refuse ones with more digits than this.
MAX_POWER_DIGITS = 2000

NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class ExpressionError(ValueError):
    """Text that is not an acceptable expression; the message says why (for people)."""


def _log(arg: sympy.Expr, base: sympy.Expr | None = None) -> sympy.Expr:
    return sympy.log(arg) if base is None else sympy.log(arg, base)


FUNCTIONS: dict[str, tuple[Callable[..., Any], tuple[int, ...]]] = {
    # name: (sympy constructor, allowed argument counts)
    "sin": (sympy.sin, (1,)),
    "cos": (sympy.cos, (1,)),
    "tan": (sympy.tan, (1,)),
    "cot": (sympy.cot, (1,)),
    "sec": (sympy.sec, (1,)),
    "csc": (sympy.csc, (1,)),
    "asin": (sympy.asin, (1,)),
    "acos": (sympy.acos, (1,)),
    "atan": (sympy.atan, (1,)),
    "arcsin": (sympy.asin, (1,)),
    "arccos": (sympy.acos, (1,)),
    "arctan": (sympy.atan, (1,)),
    "atan2": (sympy.atan2, (2,)),
    "sinh": (sympy.sinh, (1,)),
    "cosh": (sympy.cosh, (1,)),
    "tanh": (sympy.tanh, (1,)),
    "asinh": (sympy.asinh, (1,)),
    "acosh": (sympy.acosh, (1,)),
    "atanh": (sympy.atanh, (1,)),
    "exp": (sympy.exp, (1,)),
    "ln": (sympy.log, (1,)),
    "log": (_log, (1, 2)),
    "log10": (lambda x: sympy.log(x, 10), (1,)),
    "log2": (lambda x: sympy.log(x, 2), (1,)),
    "sqrt": (sympy.sqrt, (1,)),
    "cbrt": (sympy.cbrt, (1,)),
    "root": (sympy.root, (2,)),
    "abs": (sympy.Abs, (1,)),
    "sign": (sympy.sign, (1,)),
    "floor": (sympy.floor, (1,)),
    "ceil": (sympy.ceiling, (1,)),
}

CONSTANTS: dict[str, sympy.Expr] = {"pi": sympy.pi, "e": sympy.E}

_ALLOWED_OPS = {"+", "-", "*", "/", "**", "^", "(", ")", ",", "=", "=="}
_SKIP_TOKENS = {tokenize.ENCODING, tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT}


# What people paste from documents, in the spelling the tokenizer understands.
_TYPOGRAPHY = (("−", "-"), ("×", "*"), ("·", "*"), ("÷", "/"), ("π", "pi"), ("²", "^2"), ("³", "^3"), ("√", "sqrt"))
_GREEK = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "Δ": "Delta",
    "ε": "epsilon",
    "θ": "theta",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ρ": "rho",
    "σ": "sigma",
    "τ": "tau",
    "φ": "phi",
    "ω": "omega",
    "Ω": "Omega",
}


def _normalise(text: str) -> str:
    text = text.strip()
    for old, new in _TYPOGRAPHY:
        text = text.replace(old, new)
    for letter, name in _GREEK.items():
        text = text.replace(letter, f" {name} ")
    return text


def _tokens(text: str) -> list[tokenize.TokenInfo]:
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"expression is too long ({len(text)} characters; at most {MAX_EXPRESSION_LENGTH})")
    if not text:
        raise ExpressionError("expression is empty")
    if "\n" in text or "\r" in text or ";" in text:
        raise ExpressionError("write one expression on one line")
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise ExpressionError("unbalanced parentheses: a ')' has no matching '('")
    if depth:
        raise ExpressionError("unbalanced parentheses: a '(' is never closed")
    try:
        raw = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError) as exc:
        raise ExpressionError(f"cannot read the expression: {exc.args[0] if exc.args else exc}") from None
    out: list[tokenize.TokenInfo] = []
    for tok in raw:
        if tok.type in _SKIP_TOKENS:
            continue
        where = f"at column {tok.start[1] + 1}"
        if tok.type == tokenize.NUMBER:
            if not re.fullmatch(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", tok.string):
                raise ExpressionError(f"unsupported number {tok.string!r} {where}")
            if len(tok.string) > MAX_NUMBER_DIGITS:
                raise ExpressionError(f"number {tok.string[:12]}... {where} has too many digits")
        elif tok.type == tokenize.NAME:
            if tok.string in _KEYWORD_NAMES:
                pass  # "lambda" is a decay constant or a wavelength here, not a keyword
            elif keyword.iskeyword(tok.string) or not NAME_RE.match(tok.string) or "__" in tok.string:
                raise ExpressionError(f"{tok.string!r} {where} is not allowed in an expression")
            if len(tok.string) > MAX_NAME_LENGTH:
                raise ExpressionError(f"name {tok.string[:12]}... {where} is too long")
        elif tok.type == tokenize.OP:
            if tok.string not in _ALLOWED_OPS:
                raise ExpressionError(f"{tok.string!r} {where} is not allowed (use + - * / ^ and parentheses)")
        elif tok.type == tokenize.ERRORTOKEN and tok.string.isspace():
            continue
        else:
            raise ExpressionError(f"{tok.string!r} {where} is not allowed in an expression")
        out.append(tok)
    return out


def _check_calls(tokens: list[tokenize.TokenInfo]) -> None:
    """`name(a, b)` with an unknown name is a call to a function we do not have (not a product)."""
    for i, tok in enumerate(tokens[:-1]):
        if tok.type != tokenize.NAME or tok.string in FUNCTIONS or tokens[i + 1].string != "(":
            continue
        depth = 0
        for inner in tokens[i + 1 :]:
            depth += {"(": 1, ")": -1}.get(inner.string, 0)
            if depth == 0:
                break
            if depth == 1 and inner.string == ",":
                known = ", ".join(sorted(FUNCTIONS))
                raise ExpressionError(f"unknown function {tok.string!r}; known functions: {known}")


def _with_implicit_multiplication(tokens: list[tokenize.TokenInfo]) -> str:
    """Join tokens back into source, inserting '*' where people leave it out: "2x", "2(x+1)",
    "(a+b)(a-b)", "x y", "2 sin(x)"; a name followed by "(" stays a call only for functions.

    Number literals are replaced by placeholder names (``n__<digits>``, a spelling user names can
    never have) that carry their exact decimal text to the builder: 0.1 must become 1/10, and
    1e400 must be refused rather than become inf."""
    parts: list[str] = []
    previous: tokenize.TokenInfo | None = None
    for tok in tokens:
        if previous is not None and _implicit_product(previous, tok):
            parts.append("*")
        if tok.type == tokenize.NUMBER:
            parts.append(f"{_NUMBER_PREFIX}{tok.string.replace('.', 'p').replace('+', '').replace('-', 'm')}")
        elif tok.type == tokenize.NAME and tok.string in _KEYWORD_NAMES:
            parts.append(f"{_KEYWORD_PREFIX}{tok.string}")
        else:
            parts.append("**" if tok.string == "^" else tok.string)
        previous = tok
    return " ".join(parts)


_NUMBER_PREFIX = "n__"
# Python keywords that are ordinary variable names in physics; written as placeholders for ast.
_KEYWORD_NAMES = frozenset({"lambda"})
_KEYWORD_PREFIX = "kw__"


def _number(placeholder: str) -> sympy.Rational:
    text = placeholder[len(_NUMBER_PREFIX) :].replace("p", ".").replace("m", "-")
    mantissa, _, exponent = text.lower().partition("e")
    if exponent and abs(int(exponent)) > 300:
        raise ExpressionError(f"number {text} is out of range")
    return sympy.Rational(text)


def _ends_operand(tok: tokenize.TokenInfo) -> bool:
    return tok.type in (tokenize.NUMBER, tokenize.NAME) or tok.string == ")"


def _implicit_product(left: tokenize.TokenInfo, right: tokenize.TokenInfo) -> bool:
    if not _ends_operand(left):
        return False
    if right.type in (tokenize.NUMBER, tokenize.NAME):
        return True
    if right.string == "(":
        return not (left.type == tokenize.NAME and left.string in FUNCTIONS)
    return False


class _Builder:
    """AST -> sympy, accepting only arithmetic, whitelisted calls, names and numbers."""

    def __init__(self, symbol_factory: Callable[[str], sympy.Symbol]) -> None:
        self.symbol = symbol_factory
        self.nodes = 0

    def build(self, node: ast.AST) -> sympy.Expr:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ExpressionError("expression is too complex")
        if isinstance(node, ast.Expression):
            return self.build(node.body)
        if isinstance(node, ast.Name):
            if node.id.startswith(_NUMBER_PREFIX):
                return _number(node.id)
            if node.id.startswith(_KEYWORD_PREFIX):
                return self.symbol(node.id[len(_KEYWORD_PREFIX) :])
            if node.id in CONSTANTS:
                return CONSTANTS[node.id]
            if node.id in FUNCTIONS:
                raise ExpressionError(f"{node.id} is a function: write {node.id}(...)")
            return self.symbol(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = self.build(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp):
            return self._binop(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, ast.Tuple):
            raise ExpressionError("a comma is only allowed between the arguments of a function")
        raise ExpressionError(f"unsupported construct ({type(node).__name__}) in the expression")

    def _binop(self, node: ast.BinOp) -> sympy.Expr:
        left = self.build(node.left)
        right = self.build(node.right)
        op = node.op
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult):
            return left * right
        if isinstance(op, ast.Div):
            if right == 0:
                raise ExpressionError("division by zero in the expression")
            return left / right
        if isinstance(op, ast.Pow):
            _check_power_size(left, right)
            return left**right
        raise ExpressionError(f"unsupported operator ({type(op).__name__}); use + - * / ^")

    def _call(self, node: ast.Call) -> sympy.Expr:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            name = node.func.id if isinstance(node.func, ast.Name) else "this"
            known = ", ".join(sorted(FUNCTIONS))
            raise ExpressionError(f"unknown function {name!r}; known functions: {known}")
        if node.keywords:
            raise ExpressionError(f"{node.func.id}() takes no keyword arguments")
        constructor, arities = FUNCTIONS[node.func.id]
        if len(node.args) not in arities:
            counts = " or ".join(str(a) for a in arities)
            raise ExpressionError(f"{node.func.id}() takes {counts} argument(s), got {len(node.args)}")
        args = [self.build(arg) for arg in node.args]
        return constructor(*args)  # type: ignore[no-any-return]


def _check_power_size(base: sympy.Expr, exponent: sympy.Expr) -> None:
    if base.is_Number and exponent.is_Number and exponent.is_Integer and base != 0:
        digits = abs(int(exponent)) * max(math.log10(max(abs(float(base)), 1e-300)), 1.0)
        if digits > MAX_POWER_DIGITS:
            raise ExpressionError("a power in the expression is too large to compute")
    if exponent.is_Number and abs(float(exponent)) > 10**6:
        raise ExpressionError("an exponent in the expression is too large")


def default_symbol(name: str) -> sympy.Symbol:
    return sympy.Symbol(name)


def parse_expression(text: str, symbol: Callable[[str], sympy.Symbol] = default_symbol) -> sympy.Expr:
    """Parse one expression ("1/2 m v^2", "sin(theta)^2 + cos(theta)^2")."""
    source = _source(text)
    if "=" in source.replace("==", ""):
        raise ExpressionError("expected an expression, got an equation (remove '=')")
    return _build(source, symbol)


def parse_equation(text: str, symbol: Callable[[str], sympy.Symbol] = default_symbol) -> sympy.Eq:
    """Parse "lhs = rhs" (or a bare expression, read as "expression = 0")."""
    source = _source(text)
    sides = re.split(r"==|=", source)
    if len(sides) > 2:
        raise ExpressionError("an equation has exactly one '='")
    if len(sides) == 1:
        return sympy.Eq(_build(sides[0], symbol), 0, evaluate=False)
    left, right = (side.strip() for side in sides)
    if not left or not right:
        raise ExpressionError("both sides of '=' need an expression")
    return sympy.Eq(_build(left, symbol), _build(right, symbol), evaluate=False)


def _source(text: str) -> str:
    if not isinstance(text, str):
        raise ExpressionError("expected the expression as text")
    tokens = _tokens(_normalise(text))
    _check_calls(tokens)
    return _with_implicit_multiplication(tokens)


def _build(source: str, symbol: Callable[[str], sympy.Symbol]) -> sympy.Expr:
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"cannot read the expression: {exc.msg}") from None
    return _Builder(symbol).build(tree)


def parse_symbol_name(name: str) -> str:
    """Validate a variable name given on its own ("v", "theta", "x_0")."""
    name = name.strip()
    if not NAME_RE.match(name) or "__" in name or len(name) > MAX_NAME_LENGTH or keyword.iskeyword(name):
        raise ExpressionError(f"{name!r} is not a valid variable name (letters, digits and _; starts with a letter)")
    if name in _KEYWORD_NAMES:
        return name
    if name in FUNCTIONS or name in CONSTANTS:
        raise ExpressionError(f"{name!r} is a function or constant name, not a variable")
    return name
