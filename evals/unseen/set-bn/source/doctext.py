"""Text of the corpus documents per page (pdfplumber for PDFs, the whole file as one page for .txt),
and a locator for a printed figure on a text line."""
import functools
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


@functools.lru_cache(maxsize=None)
def pages(fname):
    path = os.path.join(CORPUS, fname)
    if fname.endswith(".txt"):
        return [open(path, encoding="utf-8").read()]
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def _num_re(printed):
    # the printed figure as a token: not glued to other digits or to a thousands/decimal continuation
    return re.compile(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d]|[.,]\d)")


def locate(fname, line_tokens, printed):
    """Return [(page_no, line)] where a line holds every token and (if given) the printed figure."""
    hits = []
    rx = _num_re(printed) if printed else None
    for i, txt in enumerate(pages(fname), 1):
        for ln in txt.splitlines():
            if all(t in ln for t in line_tokens) and (rx is None or rx.search(ln)):
                hits.append((i, ln.strip()))
    return hits


def parse_nl(printed):
    """'€ 1.234.567' -> 1234567 ; '0,1049%' -> 0.1049 ; '-1,7' -> -1.7 ; '(1.234)' -> -1234"""
    s = printed.replace("€", "").replace("%", "").strip()
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()").strip()
    s = s.replace(".", "").replace(",", ".")
    v = float(s)
    return -v if neg else v
