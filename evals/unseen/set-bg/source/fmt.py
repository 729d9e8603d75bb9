"""Number formatting shared by the generators and the checks (Dutch conventions)."""
MINUS = "\u2212"  # typographic minus


def nl(n):
    """1234567 -> '1.234.567' (absolute value, no sign)."""
    return f"{abs(int(n)):,}".replace(",", ".")


def dk_amount(n):
    """Dinkelland convention: negative = typographic minus, a space, the amount ('− 1.234')."""
    return (MINUS + " " + nl(n)) if n < 0 else nl(n)


def dec(x, d=1):
    """12.34 -> '12,3' (Dutch decimal comma)."""
    s = f"{abs(x):.{d}f}".replace(".", ",")
    return (MINUS + s) if x < 0 else s


def mln(n, d=1):
    """31_274_912 -> '31,3' (€ mln, one decimal, half up)."""
    from decimal import Decimal, ROUND_HALF_UP
    v = (Decimal(abs(int(n))) / Decimal(1_000_000)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return str(v).replace(".", ",")


def round_half_up(x):
    from decimal import Decimal, ROUND_HALF_UP
    return int(Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
