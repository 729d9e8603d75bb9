"""Dutch number formatting for the generators and the case writer."""
MINUS = "\u2212"


def nl_int(v, minus="-"):
    s = f"{abs(int(round(v))):,}".replace(",", ".")
    return (minus + s) if v < 0 else s


def nl_dec(v, nd=1, minus="-"):
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return (minus + s) if v < 0 else s


def nl_num(v):
    """plain Dutch rendering of a value for derivations: 1.234.567 or 41,53"""
    if float(v).is_integer():
        return nl_int(v)
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")
