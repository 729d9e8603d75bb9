"""Dutch number notation for set-as (used by the generators and gen_cases.py; extract.py parses it back).

FICTIONAL figures: the two documents this set writes are made up for an evaluation set.

  nl(-1234567)   '-1.234.567'   whole numbers, thousands with dots, minus sign
  vn(-412317)    '412.317 N'    verschil column: positive = voordeel (V), negative = nadeel (N)
  pct(58)        '58%'          whole percent
  dec(1.2, 2)    '1,20'         decimal comma
  eur(137000)    '€ 137.000'
"""
from decimal import ROUND_HALF_UP, Decimal


def rhu(x, nd=0):
    """round half up (never banker's rounding)"""
    q = Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def nl(v):
    v = int(rhu(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def nl0(v, empty="-"):
    return empty if not v else nl(v)


def vn(v):
    v = int(rhu(v))
    if v == 0:
        return "0"
    return f"{nl(abs(v))} {'V' if v > 0 else 'N'}"


def dec(v, nd=1):
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def pct(v, nd=0):
    return (nl(v) if nd == 0 else dec(v, nd)) + "%"


def eur(v):
    return "€ " + nl(abs(v))


def eur_k(v):
    """an amount rounded to thousands in prose: 412317 -> '€ 412.000'"""
    return "€ " + nl(rhu(abs(v) / 1000) * 1000)


def mln(v, nd=1):
    return dec(abs(v) / 1e6, nd)


def num_in_derivation(v):
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
