"""Dutch number formatting for set-aw.

Dinkelland prints negatives in brackets, "(1.234)"; the Veiligheidsregio prints them with a trailing minus,
"1.234-".  Both use "." for thousands and "," for decimals.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def thousands(n: int) -> str:
    """1234567 -> '1.234.567' (absolute value)."""
    s = f"{abs(int(n)):,}"
    return s.replace(",", ".")


def num_br(n: int) -> str:
    """Dinkelland: negatives in brackets; 0 as '0'."""
    return f"({thousands(n)})" if n < 0 else thousands(n)


def num_tm(n: int) -> str:
    """Veiligheidsregio: negatives with a trailing minus; 0 as '0'."""
    return f"{thousands(n)}-" if n < 0 else thousands(n)


def dec(x, places: int = 1) -> str:
    """12.345 -> '12,3' (half up); keeps the sign as a leading '-'."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{abs(q):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if q < 0 else "") + s


def round_half_up(x, places: int = 0):
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(q) if places == 0 else float(q)


def k(n: int) -> int:
    """Round euros to thousands, half away from zero (x € 1.000 tables)."""
    q = (Decimal(abs(n)) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(q) if n >= 0 else -int(q)


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    """Split an integer total in proportion to weights so that the parts add up exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total
    return base


def parse_nl(tok: str) -> float:
    """Inverse of the printers above: '(1.234)' -> -1234, '1.234-' -> -1234, '12,3' -> 12.3, '€' dropped."""
    t = tok.replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v
