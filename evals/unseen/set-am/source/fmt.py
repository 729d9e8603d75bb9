"""Dutch number formatting used by the generators and the case writer."""


def nl_int(v):
    """1234567 -> '1.234.567', -1234 -> '-1.234'"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return "-" + s if v < 0 else s


def nl_dec(v, nd=1):
    """12.34 -> '12,3' (nd=1); thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return "-" + s if v < 0 and round(abs(v), nd) != 0 else s


def nl_num(v):
    """plain Dutch rendering of a value for derivations: 1.234.567 or 41,53"""
    if float(v).is_integer():
        return nl_int(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
