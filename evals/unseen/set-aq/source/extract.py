"""Read the finished set-aq documents back.  Never imports data.py: everything comes from the files.

TextNota   the Haverstede Voorjaarsnota 2026 text export.  Page footers ("Voorjaarsnota 2026 — pagina n") give the
           page of every line; numbered headings ("3.2 Programma Wonen en Leefomgeving", "Bijlage 2 ...") that stand
           between blank lines give the section path; item headings ("A3.1 ...", "D1 ...", "R2 ...") the item.  A
           table starts at its caption line ("Tabel 5.1 ...") followed by a scale line ("Bedragen x € 1.000",
           "bedragen x 1.000 euro", "Bedragen in euro's", "Bedragen in €", "Percentages") and a header line; its
           rows are tab-separated (cells by position) or aligned by spaces (a cell goes to the header column its
           character span overlaps most).  A table continues over "blank, footer, blank" when the next line is
           again a row ("continued").  Group rows carry no figure.  Prose is the text outside tables and footers;
           paragraphs are separated by blank lines (a blank-footer-blank run inside a paragraph is skipped) and a
           bullet line ("• ", "- ") starts a new paragraph.
OnePager   the Omgevingsdienst one-page PDF (pdfplumber).  Filled rounded rectangles are the boxes (tiles in the
           tile colour, content boxes in the box colour).  Inside a box the words are grouped into lines; bold
           lines of at least 9,5 pt are titles; under a title a grey scale line, a bold header line (its words
           clustered into column names) and the rows (a figure goes to the column whose right edge is nearest).
           Tiles: the large number (>= 18 pt) and the caption under it.  Prose: the lines of a titled section that
           is not a table, bullets split by their vertical gaps.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

NBSP = "\u00a0"


def clean(s) -> str:
    return re.sub(r"\s+", " ", str(s).replace(NBSP, " ")).strip()


def parse_num(s):
    """Dutch printed number -> float (sign as printed): '1.234' -> 1234, '-3.512' -> -3512, '(672.000)' -> -672000,
    '412 N' -> 412 (the letter is dropped), '12,9' / '4,10%' -> 12.9 / 4.1, '€ 21,6 mln' -> 21.6, '164 fte' -> 164,
    '-' / '' -> None"""
    t = clean(s).replace("€", "").replace("%", "").strip()
    t = re.sub(r"\s*(mln|miljoen|fte)$", "", t).strip()
    t = re.sub(r"\s+[VN]$", "", t).replace(" ", "")
    neg = False
    if re.fullmatch(r"\(.*\)", t):
        neg, t = True, t[1:-1]
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def vn_of(s):
    m = re.search(r"\s([VN])$", clean(s))
    return m.group(1) if m else None


def is_figure(s):
    return parse_num(s) is not None


SCALE_RE = re.compile(r"^(Bedragen x € 1\.000|bedragen x 1\.000 euro|Bedragen in euro's|Bedragen in €|Percentages)$")


def scale_of(stmt):
    """1000 for the two spellings of 'x € 1.000', else 1"""
    if stmt and re.search(r"x\s*(€\s*1\.000|1\.000 euro)", stmt):
        return 1000
    return 1


# ====================================================================================================== text nota
class TextNota:
    FOOTER = re.compile(r"^Voorjaarsnota 2026 — pagina (\d+)$")
    HEAD = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?|Bijlage \d+) [A-Z][^\t]*$")
    ITEM = re.compile(r"^([AN]\d\.\d|[DR]\d) [A-Z]")
    CAPTION = re.compile(r"^Tabel [\dB][\d.]*\b")

    def __init__(self, path):
        self.path = Path(path)
        self.raw = self.path.read_bytes()
        self.text = self.raw.decode("utf-8")
        self.lines = self.text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.n = len(self.lines)
        # pages: a line belongs to page 1 + the number of footer lines above it; the footer to its own page
        self.page_no, self.footers = [], []
        p = 1
        for i, ln in enumerate(self.lines):
            m = self.FOOTER.match(ln)
            self.page_no.append(p)
            if m:
                self.footers.append((i + 1, int(m.group(1))))
                p += 1
        self._tables = self._parse_tables()
        self._table_lines = {ln for t in self._tables for ln in t["lines"]}
        self._headings = self._parse_headings()

    # ---------------------------------------------------------------------------------------------- basics
    def line(self, no):
        return self.lines[no - 1]

    def page(self, no):
        return self.page_no[no - 1]

    def is_footer(self, no):
        return bool(self.FOOTER.match(self.lines[no - 1]))

    def _blank(self, no):
        return 1 <= no <= self.n and self.lines[no - 1].strip() == ""

    def _parse_headings(self):
        out = []
        for i, ln in enumerate(self.lines, 1):
            if (i == 1 or self._blank(i - 1)) and self._blank(i + 1) and self.HEAD.match(ln) and \
                    not ln.rstrip().endswith((".", ":", ",")) and len(ln) < 80 and i not in self._table_lines:
                num = self.HEAD.match(ln).group(1)
                level = 1 if num.startswith("Bijlage") or "." not in num else 2
                out.append({"line": i, "text": ln.strip(), "level": level})
        return out

    def headings(self):
        return list(self._headings)

    def section_at(self, no):
        path = []
        for h in self._headings:
            if h["line"] > no:
                break
            path = path[:h["level"] - 1] + [h["text"]]
        return " > ".join(path)

    def item_at(self, no):
        """the item heading (A3.1 ..., D1 ..., R2 ...) governing a line, within its section"""
        sec = self.section_at(no)
        for i in range(no, 0, -1):
            ln = self.lines[i - 1]
            if self.ITEM.match(ln) and (i == 1 or self._blank(i - 1)) and i not in self._table_lines:
                return ln.strip() if self.section_at(i) == sec else None
            if any(h["line"] == i for h in self._headings):
                return None
        return None

    # ---------------------------------------------------------------------------------------------- tables
    @staticmethod
    def _spans(s):
        return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", s)]

    def _is_row(self, ln, kind):
        if kind == "tab":
            return "\t" in ln
        if not ln.strip() or self.FOOTER.match(ln):
            return False
        return bool(re.search(r"\S {2,}\S", ln)) or (ln.startswith("   ") and not ln.startswith("    •"))

    def _parse_tables(self):
        tabs = []
        i = 0
        while i < self.n:
            ln = self.lines[i]
            if self.CAPTION.match(ln) and i + 2 < self.n and SCALE_RE.match(self.lines[i + 1].strip()):
                cap, scale, hdr = ln.strip(), self.lines[i + 1].strip(), self.lines[i + 2]
                kind = "tab" if "\t" in hdr else "space"
                if kind == "tab":
                    cols = hdr.split("\t")
                    colspans = None
                else:
                    sp = self._spans(hdr)
                    cols = [s[2] for s in sp]
                    colspans = sp
                t = {"caption": cap, "scale_statement": scale, "scale": scale_of(scale), "kind": kind,
                     "cols": cols, "header_line": i + 3, "caption_line": i + 1, "rows": [],
                     "lines": {i + 1, i + 2, i + 3}, "continued_at": []}
                j = i + 3
                group = ""
                continued = False
                while j < self.n:
                    lj = self.lines[j]
                    if lj.strip() and not self.FOOTER.match(lj):      # a table is a block of non-blank lines
                        row = self._row(t, lj, colspans, j + 1, group, continued)
                        if row["is_group"]:
                            group = row["label"]
                        t["rows"].append(row)
                        t["lines"].add(j + 1)
                        j += 1
                        continue
                    # blank(s), footer, blank(s), row -> the table continues on the next page
                    k = j
                    while k < self.n and not self.lines[k].strip():
                        k += 1
                    if k < self.n and self.FOOTER.match(self.lines[k]):
                        k2 = k + 1
                        while k2 < self.n and not self.lines[k2].strip():
                            k2 += 1
                        if k2 < self.n and self._is_row(self.lines[k2], kind):
                            continued = True
                            t["continued_at"].append(k + 1)
                            j = k2
                            continue
                    break
                tabs.append(t)
                i = j
            else:
                i += 1
        return tabs

    def _row(self, t, ln, colspans, no, group, continued):
        cols = t["cols"]
        cells = {c: "" for c in cols}
        if t["kind"] == "tab":
            parts = ln.split("\t")
            for c, v in zip(cols, parts):
                cells[c] = v.strip()
        else:
            for a, b, txt in self._spans(ln):
                best, bo = None, 0
                for (ha, hb, name) in colspans:
                    ov = min(b, hb) - max(a, ha)
                    if ov > bo:
                        best, bo = name, ov
                if best is None:          # no overlap: the nearest header column
                    best = min(colspans, key=lambda h: abs((h[0] + h[1]) / 2 - (a + b) / 2))[2]
                cells[best] = (cells[best] + " " + txt).strip()
        label_col = cols[1] if cols[0] == "Nr" else cols[0]
        code = cells.get("Nr", "") if cols[0] == "Nr" else ""
        label = cells[label_col]
        figs = [c for c in cols if c != label_col and c != "Nr" and is_figure(cells[c])]
        return {"line": no, "text": ln, "cells": cells, "label": label, "code": code, "is_group": not figs,
                "group": "" if not figs else group, "continued": continued, "page": self.page(no)}

    def tables(self):
        return list(self._tables)

    def table(self, caption):
        ts = [t for t in self._tables if t["caption"] == caption]
        if len(ts) != 1:
            raise LookupError(f"table {caption!r}: {len(ts)} found")
        return ts[0]

    def table_rows(self, caption):
        return self.table(caption)["rows"]

    def cell(self, caption, row, col, group=None):
        t = self.table(caption)
        rs = [r for r in t["rows"] if not r["is_group"] and (r["label"] == row or (r["code"] and r["code"] == row))
              and (group is None or r["group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"{caption}: row {row!r} (group {group!r}) found {len(rs)} times")
        r = rs[0]
        if col not in r["cells"]:
            raise LookupError(f"{caption}: no column {col!r} ({t['cols']})")
        return {"line": r["line"], "page": r["page"], "printed": r["cells"][col], "row": r["label"],
                "code": r["code"], "group": r["group"], "continued": r["continued"], "text": r["text"]}

    # ---------------------------------------------------------------------------------------------- prose
    @lru_cache(maxsize=None)
    def _flow(self):
        """paragraphs: list of (text, [(line_no, start offset in text)])"""
        paras, cur, segs = [], "", []

        def flush():
            nonlocal cur, segs
            if cur:
                paras.append((cur, segs))
            cur, segs = "", []

        i = 1
        while i <= self.n:
            ln = self.lines[i - 1]
            if i in self._table_lines:
                flush()
                i += 1
                continue
            if not ln.strip():
                # a blank-footer-blank run is transparent when the paragraph goes on after it
                k = i
                while k <= self.n and not self.lines[k - 1].strip():
                    k += 1
                if k <= self.n and self.FOOTER.match(self.lines[k - 1]) and cur:
                    k2 = k + 1
                    while k2 <= self.n and not self.lines[k2 - 1].strip():
                        k2 += 1
                    nxt = self.lines[k2 - 1] if k2 <= self.n else ""
                    goes_on = nxt.strip() and not nxt.startswith(("•", "- ")) and (
                        not cur.rstrip().endswith((".", ":", ";", "?", "!")) or nxt[0].islower())
                    if goes_on and not self.HEAD.match(nxt) and not self.ITEM.match(nxt) and k2 not in self._table_lines:
                        i = k2
                        continue
                flush()
                i += 1
                continue
            if self.FOOTER.match(ln):
                flush()
                i += 1
                continue
            s = ln.strip()
            if re.match(r"^([•-]|\d{1,2}\.) ", ln) or (self.HEAD.match(ln) or self.ITEM.match(ln)) and not cur:
                flush()
            if not cur:
                cur = s
                segs = [(i, 0)]
            else:
                segs.append((i, len(cur) + 1))
                cur = cur + " " + s
            i += 1
        flush()
        return paras

    def prose(self, fragment):
        """[(first line, last line)] of every paragraph occurrence of the fragment"""
        frag = clean(fragment)
        out = []
        for text, segs in self._flow():
            start = 0
            while True:
                pos = text.find(frag, start)
                if pos < 0:
                    break
                end = pos + len(frag)
                first = max(ln for ln, off in segs if off <= pos)
                last = max(ln for ln, off in segs if off < end)
                out.append((first, last))
                start = pos + 1
        return out

    def paragraphs(self):
        """[(first line, text)] of every paragraph of the prose flow"""
        return [(segs[0][0], text) for text, segs in self._flow()]

    def paragraph_of(self, fragment):
        frag = clean(fragment)
        return [text for text, _ in self._flow() if frag in text]


# ====================================================================================================== one-pager
def _rgb(c):
    if c is None:
        return None
    if isinstance(c, (int, float)):
        return (round(float(c), 3),) * 3
    c = tuple(c)
    if len(c) == 1:
        return (round(float(c[0]), 3),) * 3
    if len(c) == 3:
        return tuple(round(float(x), 3) for x in c)
    return None


def _near(a, b, tol=0.02):
    return a is not None and b is not None and all(abs(x - y) <= tol for x, y in zip(a, b))


class OnePager:
    TILE = (0.86, 0.93, 0.94)
    BOX = (0.95, 0.96, 0.97)
    BAND = (0.05, 0.36, 0.42)

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self.p = self.pdf.pages[0]
        self.width, self.height = float(self.p.width), float(self.p.height)
        self.words = self.p.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"], keep_blank_chars=False,
                                          use_text_flow=False, x_tolerance=1.5)
        shapes = self.p.objects.get("curve", []) + self.p.objects.get("rect", [])
        self.tiles = sorted([self._bb(o) for o in shapes if _near(_rgb(o.get("non_stroking_color")), self.TILE)],
                            key=lambda b: b[0])
        self.boxes = sorted([self._bb(o) for o in shapes if _near(_rgb(o.get("non_stroking_color")), self.BOX)],
                            key=lambda b: b[0])
        self.bands = [self._bb(o) for o in shapes if _near(_rgb(o.get("non_stroking_color")), self.BAND)]

    @staticmethod
    def _bb(o):
        return (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))

    def _inside(self, bb):
        x0, t, x1, b = bb
        return [w for w in self.words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and t <= (w["top"] + w["bottom"]) / 2 <= b]

    @staticmethod
    def _lines(words):
        ws = sorted(words, key=lambda w: (round(w["bottom"]), w["x0"]))
        lines = []
        for w in ws:
            if lines and abs(lines[-1]["bottom"] - w["bottom"]) < 2.0:
                lines[-1]["words"].append(w)
            else:
                lines.append({"bottom": w["bottom"], "top": w["top"], "words": [w]})
        for ln in lines:
            ln["words"].sort(key=lambda w: w["x0"])
            ln["text"] = " ".join(w["text"] for w in ln["words"])
            ln["size"] = max(w["size"] for w in ln["words"])
            ln["bold"] = all("Bold" in w["fontname"] for w in ln["words"])
            ln["x0"] = ln["words"][0]["x0"]
        return lines

    # ---------------------------------------------------------------------------------------------- tiles
    def tile_figures(self):
        out = []
        for i, bb in enumerate(self.tiles):
            lines = self._lines(self._inside(bb))
            big = [ln for ln in lines if ln["size"] >= 18]
            small = [ln for ln in lines if ln["size"] < 18]
            out.append({"tile": i + 1, "printed": big[0]["text"] if big else "", "size": big[0]["size"] if big else 0,
                        "caption": " ".join(ln["text"] for ln in small), "bbox": [round(x, 1) for x in bb]})
        return out

    def tile(self, caption):
        ts = [t for t in self.tile_figures() if t["caption"] == caption]
        if len(ts) != 1:
            raise LookupError(f"tile {caption!r}: {len(ts)}")
        return ts[0]

    # ---------------------------------------------------------------------------------------------- boxes
    def sections(self):
        """per content box: its titled sections (title, lines under it)"""
        out = []
        for bi, bb in enumerate(self.boxes):
            lines = self._lines(self._inside(bb))
            cur = None
            for ln in lines:
                if ln["bold"] and ln["size"] >= 9.5:
                    cur = {"box": bi + 1, "box_title": None, "title": ln["text"], "lines": [], "top": ln["top"]}
                    out.append(cur)
                    continue
                if cur is not None:
                    cur["lines"].append(ln)
            first = [s for s in out if s["box"] == bi + 1]
            for s in first:
                s["box_title"] = first[0]["title"]
        return out

    def section(self, title):
        ss = [s for s in self.sections() if s["title"] == title]
        if len(ss) != 1:
            raise LookupError(f"section {title!r}: {len(ss)}")
        return ss[0]

    @staticmethod
    def _header_cols(ln):
        cols, cur = [], None
        for w in ln["words"]:
            if cur and w["x0"] - cur["x1"] < 4.5:
                cur["name"] += " " + w["text"]
                cur["x1"] = w["x1"]
            else:
                cur = {"name": w["text"], "x0": w["x0"], "x1": w["x1"]}
                cols.append(cur)
        return cols

    def table(self, title):
        s = self.section(title)
        lines = s["lines"]
        if not lines:
            raise LookupError(f"{title}: empty")
        scale = lines[0]["text"] if re.match(r"(?i)^bedragen", lines[0]["text"]) else None
        hi = 1 if scale else 0
        hdr = lines[hi]
        if not hdr["bold"]:
            raise LookupError(f"{title}: no bold header line")
        cols = self._header_cols(hdr)
        rows = []
        for ln in lines[hi + 1:]:
            cells = {c["name"]: "" for c in cols}
            label = []
            for w in ln["words"]:
                if w["x1"] <= cols[1]["x0"] - 2:
                    label.append(w["text"])
                    continue
                c = min(cols[1:], key=lambda c: abs(c["x1"] - w["x1"]))
                cells[c["name"]] = (cells[c["name"]] + " " + w["text"]).strip()
            cells[cols[0]["name"]] = " ".join(label)
            rows.append({"label": " ".join(label), "cells": cells, "bold": ln["bold"], "top": ln["top"],
                         "bottom": ln["bottom"]})
        return {"title": title, "box": s["box"], "box_title": s["box_title"], "scale_statement": scale,
                "scale": scale_of(scale), "cols": [c["name"] for c in cols], "rows": rows}

    def cell(self, title, row, col):
        t = self.table(title)
        rs = [r for r in t["rows"] if r["label"] == row]
        if len(rs) != 1:
            raise LookupError(f"{title}: row {row!r} {len(rs)} times")
        if col not in rs[0]["cells"]:
            raise LookupError(f"{title}: no column {col!r} in {t['cols']}")
        return {"printed": rs[0]["cells"][col], "row": row, "column": col, "box": t["box"],
                "box_title": t["box_title"], "scale_statement": t["scale_statement"], "scale": t["scale"],
                "bold": rs[0]["bold"], "top": round(rs[0]["top"], 1)}

    def bars(self, title):
        """the bar chart: label -> printed percentage"""
        s = self.section(title)
        out = {}
        for ln in s["lines"]:
            pct = [w["text"] for w in ln["words"] if re.fullmatch(r"\d+%", w["text"])]
            lab = " ".join(w["text"] for w in ln["words"] if not re.fullmatch(r"\d+%", w["text"]))
            if pct:
                out[lab] = pct[0]
        return out

    def paragraphs(self, title):
        """the prose of a section: lines joined, a vertical gap larger than the line spacing starts a new
        paragraph"""
        s = self.section(title)
        paras, cur, last = [], [], None
        for ln in s["lines"]:
            if last is not None and ln["top"] - last > 13:
                paras.append(" ".join(cur))
                cur = []
            cur.append(ln["text"])
            last = ln["top"]
        if cur:
            paras.append(" ".join(cur))
        return paras

    def section_text(self, title):
        """the paragraphs of a section joined (a text passage may run over several bullets)"""
        return " ".join(self.paragraphs(title))

    def prose(self, fragment):
        """titles of the sections whose paragraphs hold the fragment"""
        frag = clean(fragment)
        return [s["title"] for s in self.sections() if any(frag in p for p in self._paras(s))]

    def _paras(self, s):
        try:
            return self.paragraphs(s["title"])
        except LookupError:
            return []

    def footer(self):
        """the line(s) under the last content box"""
        bottom = max(b[3] for b in self.boxes)
        return [ln["text"] for ln in self._lines([w for w in self.words if w["top"] > bottom])]

    def band_text(self):
        return [ln["text"] for b in self.bands for ln in self._lines(self._inside(b))]

    @lru_cache(maxsize=None)
    def layout_text(self):
        return subprocess.run(["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True,
                              check=True).stdout

    def layout_line(self, label, printed):
        for ln in self.layout_text().splitlines():
            if label in ln and re.search(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d.,])", ln):
                return ln.rstrip()
        return None

    def all_text(self):
        raw = subprocess.run(["pdftotext", str(self.path), "-"], capture_output=True, text=True, check=True).stdout
        return raw + "\n" + self.layout_text()
