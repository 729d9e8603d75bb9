"""Shared helpers: Dutch number formatting and rounding (set-bn generators)."""
from decimal import Decimal, ROUND_HALF_UP


def rhu(x, nd=0):
    """Round half up (not banker's rounding)."""
    q = Decimal(1).scaleb(-nd) if nd else Decimal(1)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def k(x):
    """Euros -> thousands, rounded half up, as int."""
    return int(rhu(Decimal(x) / 1000))


def nl(n, zero="0"):
    """Integer with Dutch thousands separator, minus sign for negatives: -1.234."""
    n = int(n)
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def par(n, zero="-"):
    """Negative numbers in parentheses: (1.234)."""
    n = int(n)
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return f"({s})" if n < 0 else s


def dec(x, nd=1):
    """Decimal number Dutch style: 2,6 / -0,6 / 1.234,56."""
    v = rhu(x, nd)
    sign = "-" if v < 0 else ""
    v = abs(v)
    ip = int(v)
    s = f"{ip:,}".replace(",", ".")
    if nd:
        frac = str(v).split(".")[1] if "." in str(v) else "0" * nd
        frac = (frac + "0" * nd)[:nd]
        s += "," + frac
    return sign + s


def eur2(x):
    """Tariff with two decimals: 1.234,56."""
    return dec(x, 2)


def pct(x, nd=1):
    return dec(x, nd) + "%"
