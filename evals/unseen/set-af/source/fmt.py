"""Dutch number formatting shared by the generators (check.py parses what is printed and does not use this)."""
from __future__ import annotations


def n(value: float, dec: int = 0) -> str:
    """12345.6 -> '12.345,6'; negatives with a leading minus ('-1.234')."""
    neg = value < 0 and round(abs(value), dec) != 0
    s = f"{abs(value):,.{dec}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def trail(value: float, dec: int = 0) -> str:
    """Negatives with a trailing minus: -1234 -> '1.234-' (the style of older financial systems)."""
    return n(abs(value), dec) + "-" if value < 0 else n(value, dec)


def dash(value, dec: int = 0, style=n) -> str:
    """None -> '' (empty cell); 0 -> '-' (nihil); otherwise formatted."""
    if value is None:
        return ""
    return "-" if value == 0 else style(value, dec)


def k(value: int) -> int:
    """Euros -> thousands, rounded half away from zero (for 'x € 1.000' tables)."""
    return (value + 500) // 1000 if value >= 0 else -((-value + 500) // 1000)


def eur(value: float, dec: int = 0) -> str:
    return "€ " + n(value, dec)


def pct(value: float, dec: int = 1) -> str:
    return n(value, dec) + "%"


def rk(value: int) -> str:
    """Prose rounding to thousands: 412214 -> '412.000'."""
    return n(k(value) * 1000)
