"""Text extraction from the produced documents, used by cases_def.py and check.py.

PDF: `pdftotext -layout` per page; a table row is found by its label at the start of a line and
split into cells on runs of two or more spaces.
HTML: the tables are parsed into rows of cell texts (&nbsp; and <br> become spaces; LibreOffice
footnote anchors are dropped, since they are markers and not part of the amounts).
"""
import html
import os
import re
import subprocess
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
PDF = os.path.join(CORPUS, "vennebrugge-programmabegroting-2028.pdf")
HTML = os.path.join(CORPUS, "veiligheidsregio-wessenland-kadernota-2029.html")

_pdf_cache = {}


def pdf_page(n):
    if n not in _pdf_cache:
        _pdf_cache[n] = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), PDF, "-"],
                                       capture_output=True, text=True, check=True).stdout
    return _pdf_cache[n]


def pdf_all():
    return subprocess.run(["pdftotext", "-layout", PDF, "-"], capture_output=True, text=True, check=True).stdout


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def pdf_row(page, label, nth=0):
    hits = []
    for line in pdf_page(page).splitlines():
        st = line.strip()
        if st.startswith(label):
            rest = st[len(label):].strip()
            hits.append([t for t in re.split(r"\s{2,}", rest) if t])
    if len(hits) <= nth:
        raise KeyError(f"PDF p.{page}: row {label!r} (#{nth}) not found")
    return hits[nth]


def pdf_text(page):
    return norm(pdf_page(page))


class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.text = [], []
        self._row = self._cell = None
        self._skip = 0
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "style":
            self._in_style = True
        if tag == "a" and a.get("class") in ("sdfootnoteanc",):
            self._skip += 1
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag == "td":
            self._cell = []
        elif tag == "br":
            self._data(" ")
        elif tag in ("p", "h1", "h2", "div"):
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if tag == "a" and self._skip:
            self._skip -= 1
        if tag == "td" and self._cell is not None:
            self._row.append(norm("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def _data(self, d):
        if self._in_style:
            return
        if self._cell is not None and not self._skip:
            self._cell.append(d)
        if not self._skip:
            self.text.append(d)

    def handle_data(self, d):
        self._data(d)


_html = None


def _parsed():
    global _html
    if _html is None:
        p = _TableParser()
        with open(HTML, encoding="utf-8") as fh:
            p.feed(fh.read())
        _html = p
    return _html


def html_tables():
    return _parsed().tables


def html_row(table, label, nth=0):
    hits = [r[1:] for r in html_tables()[table] if r and r[0].startswith(label)]
    if len(hits) <= nth:
        raise KeyError(f"HTML table {table}: row {label!r} (#{nth}) not found")
    return hits[nth]


def html_text():
    return norm(html.unescape("".join(_parsed().text)))


def parse_num(tok):
    """Dutch printed number -> float/int. Handles 1.234.567 / 0,0846% / € 289,20 / (1.234) / -8.637 / '-'."""
    t = tok.replace("€", "").replace("%", "").replace("\xa0", " ").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.startswith("-") and len(t) > 1:
        neg, t = True, t[1:]
    if t in ("-", "0"):
        return 0
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", t):
        raise ValueError(f"not a printed number: {tok!r}")
    t = t.replace(".", "").replace(",", ".")
    v = float(t) if "." in t else int(t)
    return -v if neg else v
