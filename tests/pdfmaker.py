"""Small real PDFs for tests, written with the fonts and positions a test asks for."""

from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


Cells = list[tuple[float, str]]  # a line of table cells: (x in points, text)


def make_pdf(pages: list[list[str | Cells]]) -> bytes:
    """A PDF with one page per list of lines. A line starting with '# ' is set in bold
    14 pt, '## ' in bold 12 pt; other lines in 10 pt. An empty string leaves a blank gap.
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
                    ops.append(f"/F1 10 Tf 1 0 0 1 {x} {y} Tm ({_escape(cell)}) Tj")
                y -= 14
                continue
            font, size, text = "F1", 10, line
            if line.startswith("## "):
                font, size, text = "F2", 12, line[3:]
            elif line.startswith("# "):
                font, size, text = "F2", 14, line[2:]
            ops.append(f"/{font} {size} Tf 1 0 0 1 56 {y} Tm ({_escape(text)}) Tj")
            y -= 14 if size == 10 else 24
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects) + 4
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % content_id
        )
        kids.append(len(objects) + 4)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
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
