"""Shared helpers for the set-bi generators: Dutch number formatting and a fact registry.

Every figure that a case may ask about is registered as a *fact*: its value (in the unit the
case expects, euros after the table's scale), the text exactly as printed in the PDF, and
where it is (table caption, row, column). gen_cases.py builds cases from the facts and
check.py verifies that each printed text is present in the PDF's extracted text.
"""
import json
from decimal import Decimal, ROUND_HALF_UP


def _group(n: int) -> str:
    s = f"{abs(int(n)):,}".replace(",", ".")
    return s


def eur(n: int) -> str:
    """Whole euros, Dutch grouping, minus sign for negatives: -1.234.567"""
    n = int(n)
    return ("-" if n < 0 else "") + _group(n)


def eur_par(n: int) -> str:
    """Whole number, negatives in parentheses: (1.234)"""
    n = int(n)
    return f"({_group(n)})" if n < 0 else _group(n)


def rnd(n, unit=1000) -> int:
    """Round half up (away from zero) to a multiple of `unit`, return the scaled integer."""
    d = (Decimal(abs(int(n))) / Decimal(unit)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(d) * (-1 if n < 0 else 1)


def k(n) -> str:
    """Amount in euros printed in thousands, minus sign for negatives."""
    return eur(rnd(n, 1000))


def k_par(n) -> str:
    return eur_par(rnd(n, 1000))


def dec(x, places=1) -> str:
    """Decimal with comma: 121,4"""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{abs(q):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if q < 0 else "") + s


def mln(n, places=1) -> str:
    return dec(Decimal(int(n)) / Decimal(1_000_000), places)


class Facts:
    def __init__(self, doc_id: str, file: str):
        self.doc_id = doc_id
        self.file = file
        self.items = {}

    def add(self, key, value, printed, table, row, col, note=""):
        if key in self.items:
            raise KeyError(f"duplicate fact {key}")
        self.items[key] = dict(value=value, printed=printed, table=table, row=row, col=col,
                               note=note)
        return printed

    def dump(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(dict(doc_id=self.doc_id, file=self.file, facts=self.items), f,
                      ensure_ascii=False, indent=1)
