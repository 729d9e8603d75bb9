"""Shared helpers for the set-v document generators (fictional documents for held-out testing).

Each generator builds its document deterministically from the figures written in it and
records every printed cell in a registry (REG) so that source/check_cases.py can verify the
citations in ../cases.yaml against both the registry and the extracted document text.
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "corpus"))
CHROMIUM = os.environ.get("CHROMIUM", "chromium")


class FigureError(AssertionError):
    pass


def check(cond, msg):
    if not cond:
        raise FigureError(msg)


def nl(n, dec=0, sign=False):
    """Dutch number: 1.234.567 or 12,5; negative with a hyphen-minus."""
    neg = n < 0
    n = abs(n)
    s = f"{n:,.{dec}f}" if dec else f"{round(n):,}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if neg:
        s = "-" + s
    elif sign and n != 0:
        s = "+" + s
    return s


def paren(n, dec=0):
    """Negative in parentheses: (1.234)."""
    return f"({nl(-n, dec)})" if n < 0 else nl(n, dec)


def slash(n, dec=0):
    """Negative as -/- 1.234 (the old Dutch notation)."""
    return f"-/- {nl(-n, dec)}" if n < 0 else nl(n, dec)


def umin(n, dec=0):
    """Negative with the typographic minus sign U+2212."""
    return "\u2212" + nl(-n, dec) if n < 0 else nl(n, dec)


def dash0(s_fn, n, *a):
    return "-" if n == 0 else s_fn(n, *a)


class Registry:
    """Printed cells: key -> dict(doc, loc, table, row, col, printed)."""

    def __init__(self, doc):
        self.doc = doc
        self.cells = {}

    def add(self, loc, table, row, col, printed):
        key = (loc, table, row, col)
        check(key not in self.cells or self.cells[key] == printed, f"duplicate cell {key}")
        self.cells[key] = printed
        return printed

    def dump(self):
        for (loc, table, row, col), printed in self.cells.items():
            yield (f'bron: {self.doc} | {loc} | tabel "{table}" | rij "{row}" | '
                   f'kolom "{col}" | gedrukt "{printed}"')


OVERFLOW_JS = """
<script>
document.querySelectorAll('.page').forEach(function (p, i) {
  var over = p.scrollHeight - p.clientHeight;
  if (over > 1) { document.body.setAttribute('data-overflow-' + (i + 1), String(over)); }
});
</script>
"""


def render(html, pdf_name, expected_pages):
    """Print html to corpus/pdf_name with headless Chromium; verify no overflow and page count."""
    os.makedirs(CORPUS, exist_ok=True)
    out = os.path.join(CORPUS, pdf_name)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html.replace("</body>", OVERFLOW_JS + "</body>"))
        common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                  f"--user-data-dir={tmp}/profile"]
        dom = subprocess.run(common + ["--dump-dom", "file://" + src],
                             capture_output=True, text=True, timeout=180).stdout
        over = re.findall(r'data-overflow-(\d+)="(\d+)"', dom)
        check(not over, f"{pdf_name}: content overflows on page(s) {over}")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(common + ["--no-pdf-header-footer", f"--print-to-pdf={out}",
                                 "file://" + src],
                       capture_output=True, text=True, timeout=180)
    import pdfplumber
    with pdfplumber.open(out) as pdf:
        check(len(pdf.pages) == expected_pages,
              f"{pdf_name}: {len(pdf.pages)} pages, expected {expected_pages}")
    print(f"wrote {out} ({expected_pages} pages)")
    return out
