"""Shared number formatting and checks for the set-w generators (deterministic)."""


class FigureError(AssertionError):
    pass


def check(cond, msg):
    if not cond:
        raise FigureError(msg)


def nl(n, dec=0, sign=False):
    """Dutch number: 1.234.567 / 12,5 / -1.234."""
    neg = n < 0
    n = abs(n)
    s = f"{n:,.{dec}f}" if dec else f"{round(n):,}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if neg and s.strip("0,.") != "":
        s = "-" + s
    elif sign and n != 0:
        s = "+" + s
    return s


def nz(n):
    return "-" if n == 0 else nl(n)


def vn(good):
    """good > 0 favourable (voordelig)."""
    if good == 0:
        return "-"
    return f"{nl(abs(good))} {'V' if good > 0 else 'N'}"
