"""Shared helpers for the set-ab generators and check.py: Dutch number formatting and
a tiny table model (the generators render these tables, check.py re-derives the printed
tokens from the very same objects and looks for them in the pdftotext output)."""
from dataclasses import dataclass, field
from typing import List, Optional, Any


def nl(v, dec=0, neg="minus", dash_zero=True, thousands=True):
    """Format a number the Dutch way: 1.234.567 / 12,5 / -1.234 or (1.234)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if dash_zero and v == 0:
        return "-"
    a = abs(v)
    if dec:
        s = f"{a:,.{dec}f}"
    else:
        s = f"{int(round(a)):,d}"
    s = s.replace(",", "X").replace(".", ",").replace("X", "." if thousands else "")
    if v < 0:
        s = f"({s})" if neg == "paren" else "-" + s
    return s


def eur(v, dec=0):
    """Prose amount: '€ 1.234.567' with a non-breaking space after the euro sign."""
    return "€\u00a0" + nl(v, dec=dec, dash_zero=False)


@dataclass
class Row:
    label: str
    values: List[Any]          # numbers, None (empty cell) or literal strings ('n.v.t.')
    kind: str = "row"          # row | total | section | sub
    key: Optional[str] = None  # stable key for lookups (defaults to label)
    indent: int = 0
    dec: Optional[int] = None      # per-row decimals override
    scale: Optional[float] = None  # per-row scale override (e.g. a ratio row in a x € 1 mln table)

    def k(self):
        return self.key or self.label


@dataclass
class Table:
    id: str
    title: str                 # printed caption (unique in the document)
    columns: List[str]         # printed column headers (after the label column)
    rows: List[Row]
    scale: float = 1           # multiply a printed number by this to get euros / units
    scale_note: str = ""       # printed scale note, e.g. 'bedragen x € 1.000'
    dec: int = 0
    neg: str = "minus"
    label_header: str = ""
    col_dec: Optional[List[int]] = None   # per-column decimals
    unit: str = "EUR"
    continued_at: Optional[str] = None    # row key where the table breaks to the next page
    page: str = ""

    def row(self, key):
        for r in self.rows:
            if r.k() == key:
                return r
        raise KeyError(f"{self.id}: no row {key!r}")

    def col(self, name):
        clean = [c.rstrip("¹²³*") for c in self.columns]
        return clean.index(name.rstrip("¹²³*"))

    def value(self, key, col):
        r = self.row(key)
        return r.values[self.col(col) if isinstance(col, str) else col]

    def scale_of(self, key):
        r = self.row(key)
        return r.scale if r.scale is not None else self.scale

    def tokens(self, r):
        """The printed cell strings of a row, as rendered."""
        out = []
        for i, v in enumerate(r.values):
            d = self.col_dec[i] if self.col_dec else self.dec
            if r.dec is not None:
                d = r.dec
            out.append(nl(v, dec=d, neg=self.neg))
        return out
