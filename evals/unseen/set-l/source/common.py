"""Shared helpers for the set-l fictional documents (HTML generation, Dutch number formatting, PDF print)."""
import html
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def nl(n, dec=0):
    """Dutch number formatting: 1.234.567 / -1.234 / 1,84"""
    if isinstance(n, str):
        return n
    neg = n < 0
    n = abs(n)
    s = f"{n:,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" + s) if neg else s


def esc(s):
    return html.escape(str(s))


def table(caption, header, rows, cls="", num_from=1, bold_rows=(), note=None):
    """rows: list of lists; cells that are numbers are formatted; bold_rows: indices of total rows."""
    out = [f'<table class="{cls}">']
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    out.append("<thead><tr>" + "".join(
        f'<th class="{"num" if i >= num_from else ""}">{esc(h)}</th>' for i, h in enumerate(header)) + "</tr></thead><tbody>")
    for ri, r in enumerate(rows):
        trc = ' class="tot"' if ri in bold_rows else ""
        if len(r) == 1:  # section row
            out.append(f'<tr class="sec"><td colspan="{len(header)}">{esc(r[0])}</td></tr>')
            continue
        cells = []
        for i, c in enumerate(r):
            if isinstance(c, (int, float)):
                cells.append(f'<td class="num">{nl(c)}</td>')
            else:
                cells.append(f'<td class="{"num" if i >= num_from else ""}">{esc(c)}</td>')
        out.append(f"<tr{trc}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    if note:
        out.append(f'<p class="note">{esc(note)}</p>')
    return "\n".join(out)


def print_pdf(html_path, pdf_path):
    subprocess.run([
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
