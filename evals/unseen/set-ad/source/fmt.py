"""Dutch number formatting shared by the generators, the case writer and check.py."""
from __future__ import annotations


def n(value: int | float, dec: int = 0) -> str:
    """12345.6 -> '12.345,6' (dec decimals); minus sign for negatives."""
    neg = value < 0
    s = f"{abs(value):,.{dec}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def br(value: int | float, dec: int = 0) -> str:
    """Negative in brackets: -1234 -> '(1.234)'."""
    return f"({n(abs(value), dec)})" if value < 0 else n(value, dec)


def eur(value: int | float, dec: int = 0) -> str:
    return "€ " + n(value, dec)


def mln(euros: int, dec: int = 1) -> str:
    """2431147 -> '2,4' (millions, dec decimals)."""
    return n(round(euros / 1_000_000, dec), dec)


def vn(diff: int, fmt=n) -> str:
    """Difference with V (voordelig, diff > 0) or N (nadelig); zero bare."""
    if diff == 0:
        return "0"
    return f"{fmt(abs(diff))} {'V' if diff > 0 else 'N'}"


def ind(value, dec: int | None = None) -> str:
    """Indicator value: None -> 'n.b.'; floats with one decimal unless integral in the data."""
    if value is None:
        return "n.b."
    if isinstance(value, int):
        return n(value)
    if dec is None:
        dec = 2 if round(value, 1) != value else 1
    return n(value, dec)
