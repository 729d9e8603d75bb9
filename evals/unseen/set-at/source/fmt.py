"""Dutch number formatting for the two fictional set-at documents (no imports from the other modules)."""
from __future__ import annotations


def nl(v: int) -> str:
    """1234567 -> '1.234.567', -35000 -> '-35.000'"""
    s = f"{abs(int(v)):,}".replace(",", ".")
    return ("-" if v < 0 else "") + s


def k(v: float) -> int:
    """euros -> whole thousands, rounded half away from zero (as a spreadsheet rounds)"""
    x = abs(v) / 1000.0
    r = int(x + 0.5 + 1e-9)
    return -r if v < 0 else r


def nk(v: float) -> str:
    """euros -> printed x EUR 1.000 with a leading minus: '-1.234'"""
    return nl(k(v))


def paren(th: int) -> str:
    """whole thousands -> '(1.234)' for a negative, '1.234' otherwise, '-' for zero"""
    if th == 0:
        return "-"
    return f"({nl(-th)})" if th < 0 else nl(th)


def eur(v: int) -> str:
    """whole euros with the euro sign: '€ 12.345', '€ -35.000', '€ 0'"""
    return f"€ {nl(v)}"


def dec(v: float, d: int) -> str:
    """12.345 -> '12,3' (d=1); 0.0975 -> '0,0975' (d=4)"""
    s = f"{v:.{d}f}"
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, ""
    a = nl(int(a)) if a not in ("-0",) else "-0"
    return a + ("," + b if b else "")


def pct(v: float, d: int = 1) -> str:
    return dec(v, d) + "%"


def mln(v: float, d: int = 1) -> str:
    """1881722 -> '1,9'"""
    return dec(abs(v) / 1e6, d)
