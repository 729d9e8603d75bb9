"""Dutch number notation for set-ay (used by docs.py to pre-format every printed cell, and by gen_cases.py).

Voorjaarsnota Wassenaar (Prawn): thousands with a dot ("1.234"), negatives with an ASCII hyphen ("-1.234"),
one decimal with a comma in the table in x EUR 1 mln ("44,3").
Regio Twente (PDFKit): thousands separated by a THIN SPACE U+2009 ("1 234 567"), negatives with an ASCII hyphen,
decimals with a comma ("53,54", "88,4%").
"""
from __future__ import annotations

THIN = "\u2009"


def nl(v, sep="."):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", sep)
    return ("-" + s) if v < 0 else s


def thin(v):
    """1234567 -> '1 234 567' with U+2009 between the groups"""
    return nl(v, THIN)


def dec(v, nd=1, sep="."):
    """44.318 -> '44,3' (nd=1); thousands grouped with `sep`"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", sep)
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def k(v):
    """whole euros -> x EUR 1.000, half away from zero"""
    q = abs(v) / 1000
    r = int(q + 0.5)
    return -r if v < 0 else r


def mln(v_thousands):
    """x EUR 1.000 -> x EUR 1 mln with one decimal, half away from zero (returns a float with one decimal)"""
    q = abs(v_thousands) / 100
    r = int(q + 0.5) / 10
    return -r if v_thousands < 0 else r


def largest_remainder(weights, total):
    """split the integer `total` over `weights` proportionally, rounding by largest remainder"""
    s = sum(weights)
    q = [total * w / s for w in weights]
    base = [int(x) for x in q]
    rest = total - sum(base)
    order = sorted(range(len(q)), key=lambda i: (q[i] - base[i], -i), reverse=True)
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total
    return base


def num(v):
    """a figure in a derivation: whole numbers Dutch style, decimals with a comma"""
    if abs(v - round(v)) < 1e-9:
        return nl(v)
    s = dec(v, 2)
    return s.rstrip("0") if "," in s else s
