"""Small real PDFs for tests, written with the fonts and positions a test asks for."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from assistant.figures import TableCell, document_figures
from assistant.parsing import parse_sections
from assistant.pdf import pdf_text


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


# Characters WinAnsiEncoding lacks, set through a font's /Differences at codes it leaves
# unused: a typesetter's minus sign, the Unicode hyphen (pdfme writes it for '-'); and
# spaces in fonts of their own that give them their width: a narrow no-break space between
# thousands (0.18 em), and the tab Qt writes for the thin space it draws between thousands
# (a quarter em)
BEYOND_WINANSI = {"\u202f": 0x81, "\t": 0x81, "\u2212": 0x8D, "\u2010": 0x8F}
REGULAR_ENCODING = (
    b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [141 /minus 143 /uni2010] >>"
)
SPACE_FONTS = {"\u202f": ("F3", b"uni202F", 180), "\t": ("F4", b"uni0009", 250)}


def _space_font(glyph: bytes, width: int) -> bytes:
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 129 /LastChar 129 "
        b"/Widths [%d] /Encoding << /Type /Encoding /Differences [129 /%s] >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /%s /Flags 32 "
        b"/FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 "
        b"/CapHeight 718 /StemV 88 >> >>" % (glyph, width, glyph, glyph)
    )


class Tight(str):
    """A text set as a typesetter that prints no spaces sets it (LaTeX): each word shown on
    its own, the next moved right by a quarter em, closer than pdfplumber's tolerance."""


def _shown(text: str, font: str = "F1", size: int = 10) -> str:
    """The operators that show a text, a narrow space in its own font."""
    if isinstance(text, Tight):
        return "[" + " -250 ".join(f"({_escape(w)})" for w in text.split()) + "] TJ"
    ops = []
    for part in re.split("([\u202f\t])", text):
        if part in SPACE_FONTS:
            ops.append(f"/{SPACE_FONTS[part][0]} {size} Tf ({part}) Tj /{font} {size} Tf")
        elif part:
            ops.append(f"({_escape(part)}) Tj")
    return " ".join(ops)


def _encoded(ops: str) -> bytes:
    return b"".join(
        bytes([BEYOND_WINANSI[ch]]) if ch in BEYOND_WINANSI else ch.encode("cp1252")
        for ch in ops
    )


Cells = list[tuple[float, str]]  # a line of table cells: (x in points, text)


def make_pdf(pages: list[list[str | Cells]], drawings: list[str] | None = None) -> bytes:
    """A PDF with one page per list of lines. A line starting with '# ' is set in bold
    14 pt, '## ' in bold 12 pt, '** ' in bold 10 pt (a group label in a spreadsheet's bold);
    other lines in 10 pt. An empty string leaves a blank gap.
    A line given as [(x, text), ...] sets each text at its x, as table cells stand."""
    objects: list[bytes] = []
    kids = []
    for lines in pages:
        ops = ["BT"]
        y = 800
        for line in lines:
            if not line:
                y -= 14
                continue
            if isinstance(line, list):
                for x, cell in line:
                    ops.append(f"/F1 10 Tf 1 0 0 1 {x} {y} Tm {_shown(cell)}")
                y -= 14
                continue
            font, size, text = "F1", 10, line
            if line.startswith("## "):
                font, size, text = "F2", 12, line[3:]
            elif line.startswith("# "):
                font, size, text = "F2", 14, line[2:]
            elif line.startswith("** "):
                font, text = "F2", line[3:]
            ops.append(f"/{font} {size} Tf 1 0 0 1 56 {y} Tm {_shown(text, font, size)}")
            y -= 14 if size == 10 else 24
        ops.append("ET")
        if drawings and len(drawings) > len(objects) // 2:
            ops.append(drawings[len(objects) // 2])  # lines drawn on this page (PDF operators)
        stream = _encoded("\n".join(ops))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects) + 6
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >> >> >>"
            % content_id
        )
        kids.append(len(objects) + 6)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>" % REGULAR_ENCODING,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        *(_space_font(glyph, width) for _, glyph, width in SPACE_FONTS.values()),
    ]
    body = head + objects
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(body, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)


BUDGET_PAGES = [
    ["# Begroting 2031", "", "Uitgave gemeente Proefdorp, oktober 2030."],
    [
        "# P2 Zorg en Welzijn",
        "",
        "## Wat willen we bereiken ?",
        "",
        "De gemeente Proefdorp opent in 2031 een nieuw buurthuis in de wijk Zuid.",
        "Het buurthuis wordt een ontmoetingsplek voor ouderen en",
        "jongeren uit de hele gemeente.",
        "",
        "## Wat gaat het kosten ?",
        "",
        "Tabel 2.3 - Baten en lasten P2 Zorg en Welzijn",
        "Rekening Begroting Begroting",
        "bedragen x € 1.000 2029 2030 2031",
        "Baten 1.250 1.300 1.410",
        "Lasten -8.100 -8.450 -9.020",
        "Saldo van baten en lasten -6.850 -7.150 -7.610",
    ],
]


RuledRow = list[list[str]]  # the lines of each cell of a table row


def ruled_table_page(
    lines: list[str], xs: list[float], rows: list[RuledRow], top: float = 700
) -> tuple[list[str | Cells], str]:
    """A page with text lines above a table drawn with cell borders (as budget PDFs made in
    Word print them). `xs` are the column borders; a cell's lines are set under each other,
    so a long label wraps over several lines while the row's figures stand on one. Returns
    the page for `make_pdf` and its drawing."""
    page: list[str | Cells] = list(lines)
    text_ops, rules = [], []
    y = top
    for row in rows:
        height = 14 * max(len(cell) for cell in row) + 6
        for k, cell in enumerate(row):
            first = y - 3 - (height - 14 * len(cell)) / 2 - 10  # centred in the cell
            for n, text in enumerate(cell):
                text_ops.append(f"1 0 0 1 {xs[k] + 3} {first - 14 * n} Tm ({_escape(text)}) Tj")
        for left, right in zip(xs, xs[1:]):
            rules.append(f"{left} {y - height} {right - left} {height} re S")
        y -= height
    return page, "\n".join(["BT /F1 9 Tf", *text_ops, "ET", "0.5 w", *rules])


def make_ruled_pdf(pages: list[tuple[list[str | Cells], str]]) -> bytes:
    """A PDF of pages made by `ruled_table_page`."""
    return make_pdf([page for page, _ in pages], drawings=[drawing for _, drawing in pages])


def flush_right(x: float, text: str, size: float = 10) -> tuple[float, str]:
    """A cell set flush right at x, as figures and their headers stand in budget tables:
    (the x where the text starts, the text), with the widths of Helvetica."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    return round(x - sum(widths.get(c, 556) for c in text) * size / 1000, 2), text


def justified(x0: float, x1: float, text: str, size: float = 10) -> Cells:
    """A line of running text set justified between x0 and x1, as two-column budget PDFs set
    their body text: the words spread with equal gaps over the width (Helvetica widths)."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    words = text.split()
    sized = [sum(widths.get(c, 556) for c in w) * size / 1000 for w in words]
    gap = (x1 - x0 - sum(sized)) / (len(words) - 1)
    cells, x = [], x0
    for word, width in zip(words, sized):
        cells.append((round(x, 2), word))
        x += width + gap
    return cells


def read_pdf(pages: list[list[str | Cells]], drawings: list[str] | None = None) -> str:
    """The text the reader lays out of a PDF with these pages (see `make_pdf`), uncached."""
    raw = make_pdf(pages, drawings=drawings)
    text, _ = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    return text


def figures_of(text: str) -> list[TableCell]:
    """The figures of a laid-out text, as the made-up municipality Proefdorp's."""
    return document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
