"""Dutch number notation for set-ap (shared by the generators and gen_cases.py; check.py parses back)."""


def nl(v):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def nl_or_dash(v):
    """0 / None -> '-' (an empty amount in a table)"""
    return "-" if not v else nl(v)


def nl_vn(d):
    """a verschil column: d = begroting na wijziging minus realisatie (costs positive, revenue negative);
    d > 0 is a voordeel (V), d < 0 a nadeel (N); printed as the absolute amount plus the letter"""
    d = int(round(d))
    if d == 0:
        return "0"
    return f"{nl(abs(d))} {'V' if d > 0 else 'N'}"


def nl_dec(v, nd=1):
    """12.345 -> '12,3' (nd=1), thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def eur(v):
    return "€ " + nl(v)


def mln(v, nd=1):
    """1.418.527 -> '1,4' (millions, decimal comma)"""
    return nl_dec(abs(v) / 1e6, nd)


def ruim_bijna(v, nd=1):
    """'ruim' when the rounded million figure lies below the value, 'bijna' when above, '' when equal"""
    r = round(abs(v) / 1e6, nd) * 1e6
    if abs(r - abs(v)) < 0.5:
        return ""
    return "ruim" if r < abs(v) else "bijna"


def nl_num(v):
    """a value in a derivation: '1.234.567' or '8,27'"""
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
