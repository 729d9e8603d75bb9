"""Dutch number formatting shared by the generators of set-s."""


def n(v, dash_zero=False):
    """Integer with Dutch thousands separators: 1234567 -> '1.234.567', -512 -> '-512'."""
    if v == 0 and dash_zero:
        return "-"
    s = f"{abs(int(v)):,}".replace(",", ".")
    return ("-" if v < 0 else "") + s


def d(v, decimals=1):
    """Decimal with a comma: 12.8 -> '12,8'."""
    s = f"{abs(v):,.{decimals}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 else "") + s


def mln(v_euro, decimals=1):
    """Euro amount as '€ 2,4 miljoen' (non-breaking space after the euro sign)."""
    return "€\u00a0" + d(v_euro / 1_000_000, decimals) + "\u00a0miljoen"


def eur(v_euro):
    return "€\u00a0" + n(v_euro)
