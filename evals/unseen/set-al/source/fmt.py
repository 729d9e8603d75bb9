"""Dutch number formatting for the set-al generators and the case writer.

sep: thousands separator ('.' dot, '\u202f' narrow no-break space, '\u2009' thin space)
neg: how a negative is printed ('-' hyphen-minus, '\u2212' minus sign, '()' brackets)
"""
MINUS = "\u2212"
NNBSP = "\u202f"
THIN = "\u2009"


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def nl_int(v, sep=".", neg="-"):
    """1234567 -> '1.234.567'; -1234 -> '-1.234' / '−1.234' / '(1.234)'; sep may be a narrow space"""
    n = int(round(v))
    s = _group(abs(n), sep)
    if n >= 0:
        return s
    return f"({s})" if neg == "()" else neg + s


def nl_dec(v, nd=1, sep=".", neg="-", plus=False):
    """12.45 -> '12,5' (nd=1); thousands with sep; plus=True prints '+3,5' for positives"""
    a = f"{abs(v):,.{nd}f}".replace(",", "_").replace(".", ",").replace("_", sep)
    if v < 0 and round(abs(v), nd) != 0:
        return f"({a})" if neg == "()" else neg + a
    return ("+" + a) if plus and round(v, nd) != 0 else a


def eur(v, nd=2):
    """297.6 -> '€ 297,60'"""
    return "€ " + nl_dec(v, nd)


def nl_num(v):
    """plain Dutch rendering of a value for derivations: 1.234.567 or 41,53"""
    if float(v).is_integer():
        return nl_int(v)
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")
