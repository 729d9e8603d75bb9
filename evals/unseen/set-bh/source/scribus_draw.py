"""Runs inside Scribus (scribus -g -ns -py scribus_draw.py OPS.json OUT.pdf, under xvfb-run).

Reads the page operations written by gen_bsgr.py and places them on Scribus pages: one text
frame per text operation (its baseline where the layout put it), lines and rectangles as
Scribus shapes. The key-figures page holds its figures and their labels in separate frames,
created in two passes (all figures first, then all labels), as a designer would lay them out.
Then exports the PDF with Scribus' own PDF library.
"""
import json
import sys

import scribus

FONTS = {"car": "Carlito Regular", "car-b": "Carlito Bold", "car-i": "Carlito Italic",
         "car-bi": "Carlito Bold Italic"}
ASC = 0.75          # Scribus puts the first baseline 0.75 x size below the frame top (measured)

ops_file, out = sys.argv[1], sys.argv[2]
with open(ops_file) as f:
    doc = json.load(f)

scribus.newDocument(scribus.PAPER_A4, (0, 0, 0, 0), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,
                    scribus.PAGE_1, 0, len(doc["pages"]))
colors = {}


def color(c):
    key = "c%03d%03d%03d" % tuple(int(round(v * 255)) for v in c)
    if key not in colors:
        scribus.defineColorRGB(key, *[int(round(v * 255)) for v in c])
        colors[key] = True
    return key


for pno, page in enumerate(doc["pages"], 1):
    scribus.gotoPage(pno)
    texts = [op for op in page["ops"] if op["t"] == "text"]
    for op in page["ops"]:
        if op["t"] == "rect":
            r = scribus.createRect(op["x"], op["y"], op["w"], op["h"])
            if op["fill"]:
                scribus.setFillColor(color(op["fill"]), r)
            else:
                scribus.setFillColor("None", r)
            if op["stroke"]:
                scribus.setLineColor(color(op["stroke"]), r)
                scribus.setLineWidth(op["lw"], r)
            else:
                scribus.setLineColor("None", r)
        elif op["t"] == "line":
            ln = scribus.createLine(op["x0"], op["y0"], op["x1"], op["y1"])
            scribus.setLineWidth(op["lw"], ln)
            scribus.setLineColor(color(op["color"]), ln)
    # figures of the key-figures page first, then everything else (labels included)
    first = [op for op in texts if op.get("role") == "kf-value"]
    rest = [op for op in texts if op.get("role") != "kf-value"]
    for op in first + rest:
        size = op["size"]
        fr = scribus.createText(op["x"], op["y"] - ASC * size, op["w"] + 6, size * 1.5)
        scribus.setTextDistances(0, 0, 0, 0, fr)
        scribus.setText(op["s"], fr)
        scribus.setFont(FONTS[op["f"]], fr)
        scribus.setFontSize(size, fr)
        scribus.setLineSpacing(size * 1.2, fr)
        scribus.setTextColor(color(op["color"]), fr)
        if scribus.textOverflows(fr):
            raise SystemExit("text overflows its frame on page %d: %r" % (pno, op["s"]))

scribus.setInfo("Belastingsamenwerking Gouwe-Rijnland (fictief)", "Jaarstukken 2024 (fictief)",
                "Fictieve jaarstukken 2024 voor een evaluatieset")
pdf = scribus.PDFfile()
pdf.file = out
pdf.info = "Jaarstukken 2024 (fictief)"
pdf.fontEmbedding = 0
pdf.version = 14
pdf.save()
scribus.closeDoc()
