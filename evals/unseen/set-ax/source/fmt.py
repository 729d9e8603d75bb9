"""Dutch number formatting and half-up rounding shared by the content builders (set-ax)."""
from decimal import Decimal, ROUND_HALF_UP


def rnd(x, nd=0):
    """Half-up rounding of a number to nd decimals (returns int for nd=0)."""
    q = Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def thousands(n):
    """1234567 -> '1.234.567' (absolute value)."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    return s


def dec(x, nd):
    """12.345 with nd=2 -> '12,35' (absolute value, thousands separators)."""
    v = Decimal(str(abs(x))).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    ip, _, fp = f"{v:f}".partition(".")
    ip = thousands(int(ip))
    return ip + ("," + fp if nd else "")


def amt_slash(n):
    """Twenterand convention: negatives as '-/- 1.234', zero as '0'."""
    if n < 0:
        return "-/- " + thousands(n)
    return thousands(n)


def amt_minus(n):
    """Duivenvoorde convention: negatives with a leading minus sign '-1.234'."""
    if n < 0:
        return "-" + thousands(n)
    return thousands(n)


def pct(x, nd=1, neg="slash"):
    s = dec(x, nd) + "%"
    if x < 0:
        s = ("-/- " if neg == "slash" else "-") + s
    return s


def euro(n, nd=0):
    return "€ " + (thousands(n) if nd == 0 else dec(n, nd))
