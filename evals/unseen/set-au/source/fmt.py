"""Dutch number notation for set-au (used by the generators and gen_cases.py; extract.py parses it back).

The GGD document (Typst) prints negative amounts with the typographic minus sign U+2212 ("−312"), as Typst
typesets a hyphen in front of a digit; the Dinkelland jaarstukken (reportlab) print an ASCII hyphen ("-312").
"""
from __future__ import annotations

MINUS = "\u2212"


def nl(v, minus="-"):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return (minus + s) if v < 0 else s


def nl_dash(v, minus="-"):
    """0 -> '-' (an empty amount in a table)"""
    return "-" if not v else nl(v, minus)


def dec(v, nd=1, minus="-"):
    """12.345 -> '12,3' (nd=1), thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return (minus + s) if v < 0 and round(abs(v), nd) != 0 else s


def vn(d):
    """a saldo column: d > 0 is a voordeel (V), d < 0 a nadeel (N); printed as the absolute amount + letter"""
    d = int(round(d))
    if d == 0:
        return "0"
    return f"{nl(abs(d))} {'V' if d > 0 else 'N'}"


def eur(v):
    return "€ " + nl(v)


def k(v):
    """whole euros -> x € 1.000 (half away from zero)"""
    q = abs(v) / 1000
    r = int(q + 0.5)
    return -r if v < 0 else r


def largest_remainder(values, total):
    """round euro amounts to x € 1.000 so that the rounded parts add up to `total` (already in thousands)"""
    q = [v / 1000 for v in values]
    base = [int(x) for x in q]
    rest = total - sum(base)
    order = sorted(range(len(q)), key=lambda i: q[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total and all(abs(b - x) < 1 for b, x in zip(base, q)), (base, total)
    return base


def num_in_derivation(v):
    """a value in a derivation: '1.234.567' or '8,27'"""
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
