"""Dutch number formatting shared by the generators (not by check.py, which parses what is printed)."""
from __future__ import annotations


def n(value: float, dec: int = 0) -> str:
    """12345.6 -> '12.345,6' (dec decimals); minus sign for negatives ('-1.234')."""
    neg = value < 0 and round(abs(value), dec) != 0
    s = f"{abs(value):,.{dec}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def br(value: float, dec: int = 0) -> str:
    """Negatives in brackets: -1234 -> '(1.234)'."""
    return f"({n(abs(value), dec)})" if value < 0 else n(value, dec)


def dash(value: float, dec: int = 0, neg_style=n) -> str:
    """Zero as '-' (the usual notation for 'nihil' in Dutch budget tables)."""
    return "-" if value == 0 else neg_style(value, dec)


def pct(value: float, dec: int = 1) -> str:
    return n(value, dec) + "%"


def mln(euros: float, dec: int = 1) -> str:
    """13594000 -> '13,6' (millions)."""
    return n(round(euros / 1_000_000, dec), dec)
