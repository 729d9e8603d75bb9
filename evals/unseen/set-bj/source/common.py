"""Shared helpers: Dutch number formatting and a registry of printed facts."""
import json


def nl(n, dec=0):
    """Dutch thousands separator: 1234567 -> '1.234.567', -1234 -> '-1.234'; dec>0 uses a decimal comma."""
    neg = n < 0
    n = abs(n)
    if dec:
        s = f"{n:,.{dec}f}"
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{int(round(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s


def par(n, dec=0):
    """Negative numbers in parentheses: -1234 -> '(1.234)'."""
    return f"({nl(-n, dec)})" if n < 0 else nl(n, dec)


def pct(x, dec=1):
    return nl(x, dec) + "%"


def eur(x, dec=0):
    return "€ " + nl(x, dec)


class Facts:
    """Every figure the cases may ask about: value in euros (or count/percent), the printed text,
    where it is printed and which near-miss values sit next to it."""

    def __init__(self):
        self.f = {}

    def add(self, key, value, printed, doc, where, row, col, quote=None, near=None, unit="EUR"):
        assert key not in self.f, key
        self.f[key] = dict(value=value, printed=printed, doc=doc, where=where, row=row, col=col,
                           quote=quote or printed, near=near or [], unit=unit)
        return printed

    def dump(self, path):
        with open(path, "w") as fh:
            json.dump(self.f, fh, indent=1, ensure_ascii=False)
