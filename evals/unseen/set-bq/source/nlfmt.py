"""Dutch number formatting shared by both generators (set-bq)."""


def grp(n: int, sep: str = ".") -> str:
    """Group digits of a non-negative integer by thousands."""
    s = str(abs(int(n)))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def num(n, sep: str = ".", neg: str = "minus", zero: str = "0") -> str:
    """Format an integer the Dutch way.

    neg: 'minus' -> -1.234 ; 'brackets' -> (1.234) ; 'abs' -> 1.234
    """
    n = int(round(n))
    if n == 0:
        return zero
    body = grp(n, sep)
    if n < 0:
        if neg == "minus":
            return "-" + body
        if neg == "brackets":
            return "(" + body + ")"
        return body
    return body


def dec(x: float, places: int = 2, sep: str = ".") -> str:
    """Decimal with comma: 1234.5 -> 1.234,50"""
    neg = x < 0
    x = abs(x)
    whole = int(x)
    frac = round((x - whole) * 10 ** places)
    if frac == 10 ** places:
        whole += 1
        frac = 0
    s = grp(whole, sep) + ("," + str(frac).zfill(places) if places else "")
    return ("-" if neg else "") + s


def pct(x: float, places: int = 1) -> str:
    return dec(x, places) + "%"


def rnd_k(euros: int) -> int:
    """Round euros to thousands (half away from zero)."""
    q, r = divmod(abs(euros), 1000)
    if r >= 500:
        q += 1
    return q if euros >= 0 else -q
