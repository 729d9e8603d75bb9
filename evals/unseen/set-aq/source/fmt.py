"""Dutch number notation for set-aq (used by the generators and gen_cases.py; extract.py parses it back).

Notations that occur in the documents:
  nl(-1234567)        '-1.234.567'   (minus sign; most tables)
  vn(-412)            '412 N'        (nadeel / voordeel letter; the algemene-uitkering table)
  paren(-672000)      '(672.000)'    (parentheses for a negative; the reserves table)
  dec(4.1, 2)         '4,10'         (decimal comma)
  mln(21623000)       '21,6'         (millions with one decimal)
"""


def nl(v):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' (whole numbers)"""
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return ("-" + s) if v < 0 else s


def nl_or(v, empty="-"):
    """0 -> the empty mark ('-' or '0')"""
    return empty if not v else nl(v)


def vn(v, empty="-"):
    """signed amount -> '1.284 V' (positive = voordeel) or '412 N' (negative = nadeel)"""
    v = int(round(v))
    if v == 0:
        return empty
    return f"{nl(abs(v))} {'V' if v > 0 else 'N'}"


def paren(v, empty="-"):
    """signed amount -> '250.000' or '(672.000)'"""
    v = int(round(v))
    if v == 0:
        return empty
    return f"({nl(abs(v))})" if v < 0 else nl(v)


def dec(v, nd=1):
    """12.345 -> '12,3' (nd=1); thousands with dots"""
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if v < 0 and round(abs(v), nd) != 0 else s


def eur(v):
    """'€ 1.234.567' (absolute value)"""
    return "€ " + nl(abs(v))


def mln(v, nd=1):
    """1.418.527 -> '1,4' (millions, decimal comma, absolute value)"""
    return dec(abs(v) / 1e6, nd)


def ruim_bijna(v, nd=1):
    """'ruim' when the rounded million figure lies below the value, 'bijna' when above, '' when equal"""
    r = round(abs(v) / 1e6, nd) * 1e6
    if abs(r - abs(v)) < 0.5:
        return ""
    return "ruim" if r < abs(v) else "bijna"


def prose_mln(v, nd=1):
    """'ruim € 2,4 miljoen' / 'bijna € 2,7 miljoen' / '€ 3,0 miljoen'"""
    rb = ruim_bijna(v, nd)
    return (rb + " " if rb else "") + f"€ {mln(v, nd)} miljoen"


def num_in_derivation(v):
    """a value in a derivation: '1.234.567' or '8,09'"""
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
