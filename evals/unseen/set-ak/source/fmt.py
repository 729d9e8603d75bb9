"""Dutch number formatting for the generators and the case writer."""


def nl_int(v, neg="-"):
    """1234567 -> '1.234.567'; negatives as '-1.234' (neg='-'), '-/- 1.234' (neg='-/-') or '(1.234)' (neg='()')"""
    s = f"{abs(int(round(v))):,}".replace(",", ".")
    if v >= 0 or round(v) == 0:
        return s
    if neg == "-/-":
        return "-/- " + s
    if neg == "()":
        return f"({s})"
    return "-" + s


def nl_dec(v, nd=1, neg="-"):
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if v < 0 and round(abs(v), nd) != 0:
        return "-/- " + s if neg == "-/-" else f"({s})" if neg == "()" else "-" + s
    return s


def eur(v, nd=2):
    return "€ " + nl_dec(v, nd)


def nl_num(v):
    """plain Dutch rendering of a value for derivations: 1.234.567 or 41,53"""
    if float(v).is_integer():
        return nl_int(v)
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")
