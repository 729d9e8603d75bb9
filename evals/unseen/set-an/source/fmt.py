"""Dutch number notation shared by the generators and the case writer."""


def nl(v):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def nl_or_dash(v):
    """a table cell of the jaarstukken: None prints as '-'"""
    return "-" if v is None else nl(v)


def eur(v):
    """the Dinkelland web-export money notation: '€ 98.000', '€ -85.000'"""
    return "€ " + nl(v)


def nl_dec(v, nd=1):
    """12.345 -> '12,3' (nd=1), thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def nl_num(v):
    """a value in a derivation: '1.234.567' or '29,65'"""
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
