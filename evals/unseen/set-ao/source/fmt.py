"""Dutch number notation shared by the generators and the case writer (set-ao)."""


def nl(v):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def nl_signed(v):
    """a change column: '+248', '-185', '0'"""
    v = int(round(v))
    return ("+" + nl(v)) if v > 0 else nl(v)


def nl_vn(v, baten=False):
    """a verschil with V/N: v = realisatie minus begroting; for lasten a positive v is a nadeel"""
    v = int(round(v))
    if v == 0:
        return "0"
    voordeel = (v > 0) if baten else (v < 0)
    return f"{nl(abs(v))} {'V' if voordeel else 'N'}"


def nl_dec(v, nd=1):
    """12.345 -> '12,3' (nd=1), thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def eur(v):
    return "€ " + nl(v)


def mln(v, nd=1):
    """1236000 -> '1,2' (millions, Dutch decimal comma)"""
    return nl_dec(v / 1e6, nd)


def nl_num(v):
    """a value in a derivation: '1.234.567' or '29,65'"""
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
