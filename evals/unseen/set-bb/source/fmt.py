"""Dutch number formatting helpers shared by the generators (never by check.py)."""
from decimal import Decimal, ROUND_HALF_UP


def rhu(x, nd=0):
    """Round half up (not banker's rounding)."""
    q = Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def grp(n):
    """1234567 -> '1.234.567' (n >= 0, int)."""
    s = str(int(n))
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


def num(n, neg="minus", zero="0"):
    """Integer with thousands dots. neg: 'minus' (-1.234), 'trail' (1.234-),
    'paren' ((1.234)), 'dash' (U+2212)."""
    n = int(n)
    if n == 0:
        return zero
    s = grp(abs(n))
    if n > 0:
        return s
    return {"minus": "-" + s, "trail": s + "-", "paren": "(" + s + ")",
            "dash": "\u2212" + s}[neg]


def dec(x, nd=1, neg="minus"):
    """Decimal with comma: 12.3 -> '12,3'; thousands dots in the integer part."""
    v = rhu(x, nd)
    sign = v < 0
    v = abs(v)
    ip = int(v)
    frac = ("%." + str(nd) + "f") % v
    fp = frac.split(".")[1] if nd else ""
    s = grp(ip) + ("," + fp if nd else "")
    if sign:
        return {"minus": "-" + s, "trail": s + "-", "paren": "(" + s + ")",
                "dash": "\u2212" + s}[neg]
    return s


def pct(x, nd=1):
    return dec(x, nd) + "%"


def eur(n):
    return "€ " + num(n)


def mln(n_euros, nd=1):
    """euros -> '18,5' (one decimal, half up)."""
    return dec(rhu(n_euros / 1e6, nd), nd)


def largest_remainder(values, total):
    """Round a list of floats to ints that add up to total."""
    floors = [int(v // 1) for v in values]
    rest = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: -(values[i] - floors[i]))
    for i in order[:rest]:
        floors[i] += 1
    return floors
