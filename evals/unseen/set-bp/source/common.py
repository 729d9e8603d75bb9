"""Shared helpers: Dutch number formatting and half-up rounding.

Every figure in the two fictional documents is printed through these helpers, so that the
case generator and check.py can reproduce the exact printed text.
"""
import math


def rnd(x):
    """Round half away from zero to an int (Python's round() is banker's rounding)."""
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


def k(euros):
    """Euros to thousands, half-up."""
    return rnd(euros / 1000.0)


def grp(n):
    """1234567 -> '1.234.567' (no sign)."""
    s = str(abs(int(n)))
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


def nl(n):
    """Signed with a leading minus: -1.234."""
    return ("-" if n < 0 else "") + grp(n)


def par(n):
    """Negative in brackets: (1.234)."""
    return "(" + grp(n) + ")" if n < 0 else grp(n)


def dec(x, d=1):
    """12.345 -> '12,3' (d decimals, Dutch comma, thousands dots)."""
    neg = x < 0
    q = rnd(abs(x) * 10 ** d)
    whole, frac = divmod(q, 10 ** d)
    s = grp(whole)
    if d:
        s += "," + str(frac).rjust(d, "0")
    return ("-" if neg else "") + s


def eur(n):
    """'€ 1.234'"""
    return "€ " + nl(n)


def eurc(cents):
    """cents -> '€ 271,32'"""
    return "€ " + dec(cents / 100.0, 2)


def dash0(n, f=nl):
    """0 printed as '-'."""
    return "-" if n == 0 else f(n)
