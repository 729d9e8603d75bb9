"""Dutch number notation used in the set-ar documents (generators and gen_cases.py; extract.py parses it back).

  nl(-1234567)      '-1.234.567'  whole numbers, dots for thousands, minus sign
  nl_or(0)          '-'           an empty cell
  dec(86.9, 1)      '86,9'        decimal comma
  vn(-1034)         '1.034 N'     voordeel/nadeel letter (positive = voordeel)
  eur(1150000)      '€ 1.150.000'
  mln(14025000, 1)  '14,0'        millions with a decimal comma
"""
from __future__ import annotations


def nl(v) -> str:
    v = int(round(v))
    s = f"{abs(v):,}".replace(",", ".")
    return "-" + s if v < 0 else s


def nl_or(v, empty="-") -> str:
    return empty if v in (0, None) else nl(v)


def dec(v, nd=1) -> str:
    s = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return "-" + s if v < 0 and round(abs(v), nd) != 0 else s


def vn(v, empty="-") -> str:
    v = int(round(v))
    if v == 0:
        return empty
    return f"{nl(abs(v))} {'V' if v > 0 else 'N'}"


def eur(v) -> str:
    return "€ " + nl(abs(v))


def mln(v, nd=1) -> str:
    return dec(abs(v) / 1e6, nd)


def ruim_bijna(v, nd=1) -> str:
    """'ruim' when the rounded figure lies below the value, 'bijna' when above, '' when equal"""
    r = round(abs(v) / 10 ** 6, nd) * 10 ** 6
    if abs(r - abs(v)) < 0.5:
        return ""
    return "ruim" if r < abs(v) else "bijna"


def num_in_derivation(v) -> str:
    if float(v).is_integer():
        return nl(v)
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s.replace(",", "_").replace(".", ",").replace("_", ".")
