"""Shared helpers for the set-m generators: Dutch number formatting and rounding."""
from decimal import ROUND_HALF_UP, Decimal


def nl(n: int) -> str:
    """Whole number the Dutch way: 1.234.567, -1.234."""
    s = f"{abs(n):,}".replace(",", ".")
    return f"-{s}" if n < 0 else s


def nl_dec(x: float | Decimal, digits: int = 1) -> str:
    """Decimal number the Dutch way: 12,4 (thousands with a dot)."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(q):f}".partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    out = f"{whole},{frac}" if digits else whole
    return f"-{out}" if q < 0 else out


def k(n: int) -> int:
    """Euros to thousands, rounded half up (for tables 'bedragen x € 1.000')."""
    return int((Decimal(n) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rnd(x: float | Decimal, digits: int) -> Decimal:
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
