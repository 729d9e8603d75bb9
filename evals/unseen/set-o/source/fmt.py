import html


def nl(n, dec=0):
    """Dutch number: 1.234.567 ; -1.234 ; 1,80"""
    if dec:
        s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{abs(int(round(n))):,}".replace(",", ".")
    return ("-" if n < 0 and s.strip("0,.") else "") + s


def eur(n):
    return "€ " + nl(n)


def esc(s):
    return html.escape(s)
