"""Dutch number formatting shared by the generators (never used by check.py's reading)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def k(euros: float) -> int:
    """Round euros to whole thousands, half up, away from zero for negatives."""
    d = Decimal(str(abs(euros))) / 1000
    r = int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return -r if euros < 0 else r


def grp(n: int, sep: str = ".") -> str:
    """1234567 -> '1.234.567' (no sign)."""
    s = f"{abs(int(n)):,}"
    return s.replace(",", sep)


def nl(n: int, sep: str = ".") -> str:
    """Signed integer with a leading hyphen-minus: -1.234."""
    return ("-" if n < 0 else "") + grp(n, sep)


def spaced_sign(n: int) -> str:
    """Deviation with a space after the sign: '+ 125', '- 40', '0'."""
    if n == 0:
        return "0"
    return ("+ " if n > 0 else "- ") + grp(n)


def dec(x: float, places: int = 1) -> str:
    """12.34 -> '12,3' (half up)."""
    q = Decimal(1).scaleb(-places)
    d = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    s = f"{abs(d):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if d < 0 else "") + s


def eur(n: int) -> str:
    return "€ " + nl(n)


def half_up(x: float, places: int = 0) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def largest_remainder(values: list[float], total: int) -> list[int]:
    """Round values to integers so that they add up to total."""
    floors = [int(v // 1) for v in values]
    rest = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    out = floors[:]
    for i in order[:rest]:
        out[i] += 1
    return out
