"""Number notation for set-bc.

Twenterand Jaarstukken 2024 (TCPDF): Dutch dots '1.234.567', a hyphen minus '-412.600', decimals with a comma;
one table in x EUR 1.000 with one decimal ('21.612,5').
Noaberkracht Begroting 2026 (PDFBox): thousands set apart by a normal space '12 345' (x EUR 1.000), fte '412,6'.
"""
from __future__ import annotations


def nl(v):
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def sp(v):
    """12345 -> '12 345' (normal space between thousands)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", " ")
    return ("-" + s) if v < 0 else s


def dec(v, nd=1, sep="."):
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", sep)
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def pct(v, nd=1):
    return dec(v, nd) + "%"


def half_up(x, nd=0):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))
