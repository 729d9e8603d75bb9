"""Dutch number formatting for the generators (extract.py and check.py parse what is printed and never use this)."""
from __future__ import annotations


def n(v: float, dec: int = 0) -> str:
    """12345.6 -> '12.345,6'; negatives with a hyphen-minus ('-1.234')"""
    neg = v < 0 and round(abs(v), dec) != 0
    s = f"{abs(v):,.{dec}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def par(v: float, dec: int = 0) -> str:
    """negatives between brackets: -1234 -> '(1.234)'"""
    return f"({n(abs(v), dec)})" if v < 0 and round(abs(v), dec) != 0 else n(v, dec)


def eur(v: float, dec: int = 0) -> str:
    return "€ " + n(v, dec)


def pct(v: float, dec: int = 1) -> str:
    return n(v, dec) + "%"
