"""Number formats of the two documents (Dutch: '.' for thousands, ',' for decimals)."""


def th(v: int) -> str:
    """1234567 -> '1.234.567' (absolute value)."""
    return f"{abs(int(v)):,}".replace(",", ".")


def eur_t(v: int) -> str:
    """Twenterand money cell: whole euros, negatives as '-/- 1.234', zero as '-'."""
    if v == 0:
        return "-"
    return ("-/- " if v < 0 else "") + th(v)


def k1(units100: int) -> str:
    """Avalex cell in x € 1.000 with one decimal from an amount in units of € 100: 218463 -> '21.846,3';
    zero as '-', negatives as '-/- 1.234,5'."""
    if units100 == 0:
        return "-"
    a = abs(units100)
    s = f"{th(a // 10)},{a % 10}"
    return ("-/- " if units100 < 0 else "") + s


def dec(v: float, n: int = 1) -> str:
    s = f"{abs(v):,.{n}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 else "") + s


def eur2(v: float) -> str:
    return dec(v, 2)
