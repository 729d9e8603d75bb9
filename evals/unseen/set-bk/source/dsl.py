"""Shared helpers: Dutch number formatting, the layout script writer (see README.md, "Layout script")
and a registry of facts (figures printed in a document) that cases and check.py use."""
import json
from decimal import Decimal, ROUND_HALF_UP


def rnd(x, nd=0):
    """Round half up (as budget documents do), returns int for nd=0."""
    q = Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def th(n):
    """1234567 -> '1.234.567' (absolute value)."""
    return f"{abs(int(n)):,}".replace(",", ".")


def num(n, neg="minus"):
    """Signed integer the Dutch way. neg='minus' -> -1.234 ; neg='paren' -> (1.234)."""
    n = int(n)
    if n < 0:
        return f"-{th(n)}" if neg == "minus" else f"({th(n)})"
    return th(n)


def dec(x, nd=1):
    """8.3 -> '8,3' ; keeps nd decimals; thousands separated."""
    s = f"{abs(x):,.{nd}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", ".")
    out = ip + ("," + fp if nd else "")
    return ("-" if x < 0 else "") + out


def eur(n):
    return "€ " + th(n)


def eurc(x):
    """euros with cents: 402.36 -> '€ 402,36'"""
    return "€ " + dec(x, 2)


class Layout:
    def __init__(self):
        self.lines = []

    def _add(self, *parts):
        for p in parts:
            assert "\t" not in str(p) and "\n" not in str(p), p
        self.lines.append("\t".join(str(p) for p in parts))

    def meta(self, k, v): self._add("META", k, v)
    def page(self, orient="portrait"): self._add("PAGE", orient)
    def anchor(self, key): self._add("ANCHOR", key)
    def big(self, size, text): self._add("BIG", size, text)
    def h1(self, text, key=""): self._add("H1", text, key)
    def h2(self, text, key=""): self._add("H2", text, key)
    def h3(self, text, key=""): self._add("H3", text, key)
    def p(self, text): self._add("P", text)
    def pb(self, text): self._add("PB", text)
    def pi(self, text): self._add("PI", text)
    def bul(self, text): self._add("BUL", text)
    def note(self, text): self._add("NOTE", text)
    def caption(self, text): self._add("CAPTION", text)
    def sp(self, pts=6): self._add("SP", pts)
    def box(self, title, text): self._add("BOX", title, text)
    def toc(self, key, label): self._add("TOC", key, label)

    def table(self, widths, header_rows, fs=8, cont=""):
        self._add("TBL", ",".join(str(w) for w in widths), header_rows, fs, cont)

    def tr(self, style, *cells):
        self._add("TR", style, *[str(c) for c in cells])

    def end(self): self._add("END")

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")


class Facts:
    """Figures as printed in a document. value: the number a correct answer gives
    (euros after the table's scale, percent as printed, counts); printed: the exact
    string in the PDF text; context: words that occur on the same page (row label)."""

    def __init__(self, doc_id):
        self.doc_id = doc_id
        self.items = {}

    def add(self, key, value, printed, where, context=None, unit="EUR"):
        assert key not in self.items, key
        self.items[key] = dict(doc=self.doc_id, value=value, printed=printed, where=where,
                               context=context or [], unit=unit)
        return value

    def dump(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.items, f, ensure_ascii=False, indent=1)
