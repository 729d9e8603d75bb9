"""Dutch number formatting for the generators (extract.py and check.py parse what is printed and never use this)."""
from __future__ import annotations


def n(v: float, dec: int = 0) -> str:
    """12345.6 -> '12.345,6'; negatives with a hyphen-minus"""
    neg = v < 0 and round(abs(v), dec) != 0
    s = f"{abs(v):,.{dec}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def eur(v: float, dec: int = 0) -> str:
    return "€\u00a0" + n(v, dec)


def raw(v: float, dec: int = 0) -> str:
    """input for a siunitx S column: plain digits, '.' as decimal sign (siunitx groups and sets the minus)"""
    return f"{v:.{dec}f}"
