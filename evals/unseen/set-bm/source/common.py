"""Shared helpers for the set-bm generators: Dutch number formatting and XML escaping."""
from xml.sax.saxutils import escape

FICTIEF = "FICTIEF DOCUMENT"


def nl(n, dec=0, paren=False, plus=False):
    """Format a number the Dutch way: 1.234.567 or 1.234,56; negatives as -1.234 or (1.234)."""
    neg = n < 0
    a = abs(n)
    if dec:
        s = f"{a:,.{dec}f}"
    else:
        s = f"{int(round(a)):,}"
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    if neg:
        return f"({s})" if paren else f"-{s}"
    if plus and n > 0:
        return "+" + s
    return s


def k(n_eur):
    """Round euros to thousands (half away from zero), as printed in 'x € 1.000' tables."""
    sign = -1 if n_eur < 0 else 1
    return sign * int((abs(n_eur) + 500) // 1000)


def eur(n, dec=0):
    return "€ " + nl(n, dec)


def x(s):
    return escape(str(s))
