"""Shared helpers for the set-j generators: Dutch number formatting, HTML tables, PDF printing."""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def nl(n: int) -> str:
    """Format an integer the Dutch way: 1.234.567, negative as -1.234."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s


def nld(x: float, d: int = 1) -> str:
    """Format a decimal with a decimal comma and dot thousands: 1.234,5."""
    s = f"{abs(x):,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" + s) if x < 0 else s


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def cell(v, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<td{c}>{v}</td>"


def table(caption: str, head: list[list], rows: list[list], cls: str = "", note: str = "",
          bold_rows: tuple[int, ...] = ()) -> str:
    """Build an HTML table.

    head: rows of header cells; a cell is text or (text, colspan).
    rows: rows of cells; the first cell is the label, the rest right-aligned.
    """
    out = [f'<table class="{cls}">']
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append("<thead>")
    for hr in head:
        out.append("<tr>")
        for i, h in enumerate(hr):
            span = 1
            if isinstance(h, tuple):
                h, span = h
            sp = f' colspan="{span}"' if span > 1 else ""
            al = ' class="l"' if i == 0 else ""
            out.append(f"<th{sp}{al}>{h}</th>")
        out.append("</tr>")
    out.append("</thead><tbody>")
    for ri, r in enumerate(rows):
        trc = ' class="b"' if ri in bold_rows else ""
        out.append(f"<tr{trc}>")
        for i, v in enumerate(r):
            out.append(cell(v, "l" if i == 0 else "r"))
        out.append("</tr>")
    out.append("</tbody></table>")
    if note:
        out.append(f'<p class="note">{note}</p>')
    return "\n".join(out)


BASE_CSS = """
@page { size: A4 portrait; margin: 18mm 16mm 20mm 18mm; }
@page wide { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.38; color: #1d1d1d; }
h1 { font-size: 20pt; margin: 0 0 6mm 0; }
h2 { font-size: 14pt; margin: 6mm 0 3mm 0; }
h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
h4 { font-size: 10pt; margin: 4mm 0 1.5mm 0; font-style: italic; }
p { margin: 0 0 2.4mm 0; text-align: left; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1.5mm 0; font-size: 8.8pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; font-size: 9.2pt; }
th { font-weight: bold; text-align: right; padding: 1.2mm 1.6mm; vertical-align: bottom; }
th.l { text-align: left; }
td { padding: 1mm 1.6mm; }
td.r { text-align: right; white-space: nowrap; }
td.l { text-align: left; }
tr.b td { font-weight: bold; }
.note { font-size: 7.8pt; color: #444; margin-top: 0; }
.pb { page-break-before: always; }
table { break-inside: avoid; }
h2, h3, h4, caption { break-after: avoid; }
.wide { page: wide; }
"""


def print_pdf(html_path: Path, pdf_path: Path) -> None:
    """Print an HTML file to PDF with headless Chromium."""
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def find_pages(pdf: Path, headings: list[str]) -> dict[str, int]:
    """Page number (1-based) of the first page with a line that is exactly each heading (TOC lines carry a number)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = out.split("\f")
    found: dict[str, int] = {}
    for h in headings:
        for i, pg in enumerate(pages, start=1):
            if any(line.strip() == h for line in pg.splitlines()):
                found[h] = i
                break
    return found
