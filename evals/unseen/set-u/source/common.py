"""Shared helpers for the set-u document generators.

Documents are written as HTML with one <div class="page"> per printed page and printed to
PDF with headless Chromium. Before printing, the DOM is dumped once to check that no page
overflows its box; after printing, the PDF is checked for the page count and page numbers.
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "corpus"))
CHROMIUM = "chromium"


class FigureError(AssertionError):
    pass


def check(cond, msg):
    if not cond:
        raise FigureError(msg)


def nl(n, dec=0, sign=False):
    """Format a number the Dutch way: 1.234.567 or 12,5."""
    neg = n < 0
    n = abs(n)
    if dec:
        s = f"{n:,.{dec}f}"
    else:
        s = f"{round(n):,}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if neg:
        s = "-" + s
    elif sign and n != 0:
        s = "+" + s
    return s


def nz(n):
    """Table cell: dash for zero."""
    return "-" if n == 0 else nl(n)


def eur(n, dec=0):
    return "€ " + nl(n, dec)


def vn(diff_good):
    """diff_good > 0 means favourable (voordelig)."""
    if diff_good == 0:
        return ""
    return "V" if diff_good > 0 else "N"


OVERFLOW_JS = """
<script>
document.querySelectorAll('.page').forEach(function (p, i) {
  var over = p.scrollHeight - p.clientHeight;
  var body = p.querySelector('.body');
  if (body) { over = Math.max(over, body.scrollHeight - body.clientHeight); }
  if (over > 1) { document.body.setAttribute('data-overflow-' + (i + 1), String(over)); }
});
</script>
"""


def render(html, pdf_name, expected_pages, footer_re=None):
    """Print html to corpus/pdf_name; verify no overflow and the page count."""
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
        if footer_re:
            for i, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                m = re.search(footer_re, text)
                if i > 1:
                    check(m and int(m.group(1)) == i,
                          f"{pdf_name}: page {i} does not carry page number {i}")
    print(f"wrote {out} ({expected_pages} pages)")
    return out
