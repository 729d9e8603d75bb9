"""Dutch number formatting shared by the set-e generators."""


def nl(x, dec=0):
    """1234567.891 -> '1.234.567,89' (dec decimals), sign kept as leading '-'."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}"  # 1,234,567.89
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if neg else s


def cell(x, neg="minus", zero="-", dec=0, euro=False):
    """Format a table cell.

    neg: 'minus' -> -1.234 ; 'paren' -> (1.234) ; 'trail' -> 1.234-
    zero: what to print for 0 ('-', '', '0', '€ -')
    euro: prefix '€ ' in every cell
    """
    if x is None:
        return ""
    if round(x, dec) == 0:
        return zero
    s = nl(abs(x), dec)
    if euro:
        s = "€ " + s
    if x < 0:
        if neg == "paren":
            s = "(" + s + ")"
        elif neg == "trail":
            s = s + "-"
        else:
            s = "-" + s
    return s


def mln(x_euro, dec=1):
    """41_650_000 -> '41,7' (miljoen)."""
    return nl(x_euro / 1_000_000, dec)


def pct(x, dec=1):
    return nl(x, dec) + "%"
