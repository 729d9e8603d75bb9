"""Reads the finished PDFs back (pdfplumber words, pdftotext text) and finds table cells,
prose sentences and lines of the real documents. Used by gen_cases.py (to record where a
value is printed) and by check.py (to verify it again). Never imports data.py.

Text is NFKC-normalised (Scribus writes ligatures such as U+FB03 'ffi' in the BSGR text
layer) and whitespace is collapsed before comparing.
"""
import re
import subprocess
import unicodedata

import pdfplumber


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2212", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


class PdfDoc:
    def __init__(self, path):
        self.path = path
        self.pages = []            # list of list of lines; line = dict(top, bottom, segs)
        self.texts = []
        self.hrules = []           # per page: horizontal rules (x0, x1, y)
        with pdfplumber.open(path) as pdf:
            for p in pdf.pages:
                hr = []
                for obj in list(p.lines) + list(p.curves):
                    pts = obj.get("pts") or []
                    if len(pts) == 2 and abs(pts[0][1] - pts[1][1]) < 0.3:
                        hr.append((min(pts[0][0], pts[1][0]), max(pts[0][0], pts[1][0]), pts[0][1]))
                self.hrules.append(hr)
                words = p.extract_words(keep_blank_chars=False, use_text_flow=False,
                                        extra_attrs=["size", "fontname"], x_tolerance=1.5)
                self.pages.append(self._lines(words))
        for i in range(len(self.pages)):
            t = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), path, "-"],
                               capture_output=True, text=True).stdout
            self.texts.append(norm(t))
        self.layout = []
        for i in range(len(self.pages)):
            t = subprocess.run(["pdftotext", "-layout", "-f", str(i + 1), "-l", str(i + 1), path, "-"],
                               capture_output=True, text=True).stdout
            self.layout.append([unicodedata.normalize("NFKC", ln) for ln in t.splitlines()])

    @staticmethod
    def _lines(words):
        words = sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"]))
        lines = []
        for w in words:
            w = dict(w, text=norm(w["text"]))
            for ln in lines:
                if abs(ln["bottom"] - w["bottom"]) < 1.6:
                    ln["words"].append(w)
                    break
            else:
                lines.append(dict(top=w["top"], bottom=w["bottom"], words=[w]))
        for ln in lines:
            ln["words"].sort(key=lambda w: w["x0"])
            segs = []
            for w in ln["words"]:
                if segs and w["x0"] - segs[-1]["x1"] <= 0.45 * w["size"] + 0.3:
                    segs[-1]["text"] += " " + w["text"]
                    segs[-1]["x1"] = w["x1"]
                else:
                    segs.append(dict(text=w["text"], x0=w["x0"], x1=w["x1"], top=w["top"], size=w["size"],
                                     font=w["fontname"]))
            ln["segs"] = segs
            ln["text"] = " ".join(s["text"] for s in segs)
        lines.sort(key=lambda l: l["bottom"])
        return lines

    # ---------------------------------------------------------------------------------
    def find_caption(self, caption, start=0):
        c = norm(caption)
        for i in range(start, len(self.pages)):
            for ln in self.pages[i]:
                if ln["text"] == c:
                    return i + 1, ln
        raise LookupError(f"caption {caption!r} not found in {self.path}")

    def find_row(self, caption, label, occurrence=1, max_pages=3):
        """the line of a table row: on the caption's page below the caption, or on the
        following pages (a table continued over a page). Returns (page, line)."""
        pno, cap = self.find_caption(caption)
        lab = norm(label)
        seen = 0
        for p in range(pno, min(pno + max_pages, len(self.pages) + 1)):
            plines = self.pages[p - 1]
            for li, ln in enumerate(plines):
                if p == pno and ln["bottom"] <= cap["bottom"]:
                    continue
                if p != pno and self._caption_like(ln) and ln["text"] != norm(caption):
                    # another table's caption ends the search on continuation pages
                    return None
                first = ln["segs"][0]["text"] if ln["segs"] else ""
                wrapped = False
                if len(ln["segs"]) > 1 and lab.startswith(first + " ") and len(first) >= 10:
                    # a label wrapped over lines: the continuation lines hold only label text
                    acc, k = first, li + 1
                    while k < len(plines) and len(plines[k]["segs"]) == 1 and len(acc) < len(lab):
                        acc += " " + plines[k]["segs"][0]["text"]
                        k += 1
                    wrapped = acc == lab
                if first == lab or wrapped or (len(ln["segs"]) > 1 and ln["segs"][0]["text"].isdigit()
                                               and ln["segs"][1]["text"] == lab):
                    seen += 1
                    if seen == occurrence:
                        return p, ln
            if p == pno:
                # did the table end on this page? (a next caption below ours)
                later = [l for l in self.pages[p - 1] if l["bottom"] > cap["bottom"] and self._caption_like(l)]
                if later:
                    return None
        return None

    @staticmethod
    def _caption_like(ln):
        return bool(re.match(r"^Tabel [0-9B]+(\.[0-9]+)? ", ln["text"]))

    def header_groups(self, page, row_line, caption_line=None):
        """header segments above the row (within 90 pt), grouped by their right edge"""
        lines = [l for l in self.pages[page - 1]
                 if l["bottom"] < row_line["top"] and l["bottom"] > row_line["top"] - 400]
        if caption_line is not None and caption_line is not False:
            lines = [l for l in lines if l["bottom"] > caption_line["bottom"]]
        return lines

    def cell(self, caption, label, column, parent=None, occurrence=1):
        """printed text of the cell in row `label` under header `column` (a group of
        right-aligned header segments joined top to bottom), optionally under the spanning
        header `parent`. Returns dict(page, text, line)."""
        found = self.find_row(caption, label, occurrence)
        if not found:
            raise LookupError(f"row {label!r} of {caption!r} not found")
        page, ln = found
        cpage, cap = self.find_caption(caption)
        hdr_lines = [l for l in self.pages[page - 1] if l["bottom"] < ln["top"]]
        if page == cpage:
            hdr_lines = [l for l in hdr_lines if l["bottom"] > cap["bottom"]]
        # group header segments by right edge (only bold segments = header cells)
        segs = []
        for l in hdr_lines:
            for s in l["segs"]:
                if "Bold" in s["font"] or "bold" in s["font"].lower():
                    segs.append(s)
        col = norm(column)
        groups = {}
        for s in sorted(segs, key=lambda s: s["top"]):
            key = None
            for g in groups:
                if abs(g - s["x1"]) < 1.2:
                    key = g
                    break
            groups.setdefault(key if key is not None else s["x1"], []).append(s)
        cands = []
        for x1, ss in groups.items():
            # the header text of a group is read bottom-up until it matches (stacked lines)
            ss = sorted(ss, key=lambda s: s["top"])
            for i in range(len(ss)):
                for j in range(i + 1, len(ss) + 1):
                    if " ".join(s["text"] for s in ss[i:j]) == col:
                        cands.append((x1, ss[i]))
        if parent is not None:
            par = [s for s in segs if s["text"] == norm(parent)]
            if not par:
                raise LookupError(f"parent header {parent!r} not found")
            par = max(par, key=lambda s: s["top"])     # the nearest above the row
            # the rule drawn under a spanning header cell gives its span
            under = [r for r in self.hrules[page - 1]
                     if 0 < r[2] - par["top"] < 22 and r[0] - 1 <= par["x0"] and r[1] + 1 >= par["x1"]
                     and r[1] - r[0] < 300]
            if under:
                r = min(under, key=lambda r: r[2])
                left, right = r[0] - 4, r[1] + 4
            else:
                same = sorted([s for s in segs if abs(s["top"] - par["top"]) < 1.0], key=lambda s: s["x0"])
                i = same.index(par)
                left = same[i - 1]["x1"] if i > 0 else par["x0"] - 40
                right = same[i + 1]["x0"] if i + 1 < len(same) else par["x1"] + 40
            cands = [c for c in cands if left < c[0] <= right + 1 and c[1]["top"] > par["top"]]
        if not cands:
            raise LookupError(f"column {column!r} (parent {parent!r}) not found above {label!r} in {caption!r}")
        # nearest header above the row
        x1, hs = max(cands, key=lambda c: c[1]["top"])
        cells = [s for s in ln["segs"][1:] if abs(s["x1"] - x1) < 1.5]
        if len(cells) != 1:
            raise LookupError(f"no single cell at x1={x1:.1f} in row {label!r}: {[s['text'] for s in ln['segs']]}")
        return dict(page=page, text=cells[0]["text"], line=ln["text"], x1=round(x1, 1))

    def prose(self, sentence, page=None):
        s = norm(sentence)
        pages = [page] if page else range(1, len(self.pages) + 1)
        for p in pages:
            if s in self.texts[p - 1]:
                return p
        raise LookupError(f"sentence not found: {sentence!r}")

    def layout_line(self, page, needle):
        for ln in self.layout[page - 1]:
            if needle in ln:
                return ln.strip()
        return None


def parse_amount(text):
    """'1.234.567' / '1.234,-' / '€ 1.234' / '-1.234' / '12,3%' / '0,0912%' -> float"""
    t = norm(text).replace("\u20ac", "").replace(",-", "").replace("%", "").replace("fte", "").strip()
    neg = t.startswith("-")
    t = t.lstrip("-").strip()
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v
