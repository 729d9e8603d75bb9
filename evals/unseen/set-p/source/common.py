"""Shared helpers for the set-p generators (Dutch number formatting)."""


def nl_int(v):
    """1234567 -> '1.234.567', -1234 -> '-1.234'."""
    s = f"{abs(int(v)):,}".replace(",", ".")
    return ("-" if v < 0 else "") + s


def nl_dec(v, nd=2):
    """1234.5 -> '1.234,50'."""
    s = f"{abs(v):,.{nd}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 else "") + s


def eur(v, nd=0):
    return "€ " + (nl_int(round(v)) if nd == 0 else nl_dec(v, nd))


def pct(v, nd=1):
    return nl_dec(v, nd) + "%"


def largest_remainder(total, weights):
    """Split integer total over weights so the parts add up exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total
    return base
