"""Dutch number formatting."""
MINUS = '\u2212'


def thou(n):
    s = f'{abs(int(n)):,}'.replace(',', '.')
    return ('-' if n < 0 else '') + s


def pm(n):
    """'+1.234' / '−1.234' (U+2212) / '0' — the sign convention of the Wassenaar kadernota."""
    if n == 0:
        return '0'
    return ('+' if n > 0 else MINUS) + f'{abs(int(n)):,}'.replace(',', '.')


def um(n):
    """'1.234' / '−1.234' with U+2212 (the veiligheidsregio)."""
    return (MINUS if n < 0 else '') + f'{abs(int(n)):,}'.replace(',', '.')


def dec(x, d=2):
    s = f'{abs(x):,.{d}f}'.replace(',', 'X').replace('.', ',').replace('X', '.')
    return ('-' if x < 0 else '') + s


def eur(x):
    return '€ ' + dec(x, 2)


def pct(x, d=1):
    """'82,4%': comma, no space before %."""
    return dec(x, d) + '%'


def mmss(sec):
    return f'{sec // 60}:{sec % 60:02d}'


def r2(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))


def r1(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))
