"""Read the finished documents of set-as back (never imports data.py or the generators).

- `PdfDoc`: pdfplumber words (font, size, colour) of a generated PDF -> lines, phrases (words closer than 4 pt),
  running text (grey header/footer), headings (by size and weight) and the section path at any point, prose search,
  and tables: a table is a block of header lines in the table-header colour, followed by body lines in the table's
  font size; the header phrases are clustered by their right edge into columns (a header wrapped over two lines
  gives one column name), body phrases go to the column whose right edge they share, the left phrase is the row
  label (a label wrapped over two lines is joined: the figures stand on its last line), bold lines without figures
  are group rows.  A table is named by its caption line above the header ("Overzicht 3.7 ...", Twenterand) or by
  the first header cell (Collectie Overijssel, house style of the jaarstukken).  A table whose header block opens a
  page under the same name as the table that closed the previous page is a continuation.
- `CoBegroting` / `TwJaarstukken`: the style parameters of the two generated documents.
- `LayoutPdf`: `pdftotext -layout` lines per page of any PDF (the real Jaarstukken 2023) and the figures on a line.
- `SeedText`: the real Programmabegroting 2020 text export: a line, its figures, the column header above.
"""
from __future__ import annotations

import re
import subprocess
from functools import cached_property
from pathlib import Path

import pdfplumber

NUM = r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?(?: [VN])?"
NUM_RE = re.compile(rf"^(?:{NUM}|<\s?0|-)$")


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def parse_num(s):
    """'1.234.567' -> 1234567; '-1.234' -> -1234; '4,1%' -> 4.1; '412.317 N' -> 412317; '1,20' -> 1.2"""
    if s is None:
        return None
    t = clean(s).replace("€", "").strip()
    t = re.sub(r"\s+[VN]$", "", t).rstrip("%").strip()
    if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+(?:,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return int(v) if v.is_integer() else v


def vn_of(s):
    m = re.search(r"\s([VN])$", clean(s or ""))
    return m.group(1) if m else None


def _rgb(c):
    if c is None:
        return (0.0, 0.0, 0.0)
    if isinstance(c, (int, float)):
        c = (c,)
    c = tuple(float(x) for x in c)
    if len(c) == 1:
        return (c[0],) * 3
    if len(c) == 4:                                   # cmyk
        k = c[3]
        return tuple(round((1 - x) * (1 - k), 3) for x in c[:3])
    return tuple(round(x, 3) for x in c[:3])


def near(a, b, tol=0.03):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


class PdfDoc:
    # style parameters, set by the subclasses
    HEADER_COLOR = (0, 0, 0)
    TABLE_SIZE = 9.0
    HEADING_SIZES: dict = {}
    CAPTION = None                                    # regex of a caption line above a table, or None
    GAP = 4.0

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(path))
        self.npages = len(self.pdf.pages)
        self._words = {}

    def size(self, p):
        pg = self.pdf.pages[p - 1]
        return (float(pg.width), float(pg.height))

    # ------------------------------------------------------------------------------------------------ words + lines
    def all_words(self, p):
        if p not in self._words:
            pg = self.pdf.pages[p - 1]
            ws = pg.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"], x_tolerance=1.5,
                                  keep_blank_chars=False, use_text_flow=False)
            for w in ws:
                w["rgb"] = _rgb(w.get("non_stroking_color"))
                w["bold"] = "Bold" in w["fontname"]
                w["italic"] = "Italic" in w["fontname"] or "Oblique" in w["fontname"]
                w["size"] = round(float(w["size"]), 1)
            self._words[p] = ws
        return self._words[p]

    def is_running(self, w, p):
        r, g, b = w["rgb"]
        h = self.size(p)[1]
        return abs(r - g) < 0.02 and abs(g - b) < 0.02 and 0.4 <= r <= 0.6 and (w["top"] < 62 or w["top"] > h - 62)

    def running_words(self, p):
        return [w for w in self.all_words(p) if self.is_running(w, p)]

    def words(self, p):
        return [w for w in self.all_words(p) if not self.is_running(w, p)]

    @staticmethod
    def group_lines(words, tol=2.0):
        lines = []
        for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
            for ln in lines:
                if abs(ln["top"] - w["top"]) <= tol:
                    ln["words"].append(w)
                    break
            else:
                lines.append({"top": w["top"], "words": [w]})
        out = []
        for ln in lines:
            ws = sorted(ln["words"], key=lambda w: w["x0"])
            out.append({"top": min(w["top"] for w in ws), "bottom": max(w["bottom"] for w in ws),
                        "x0": ws[0]["x0"], "x1": ws[-1]["x1"], "words": ws,
                        "text": clean(" ".join(w["text"] for w in ws)),
                        "bold": all(w["bold"] for w in ws), "italic": all(w["italic"] for w in ws),
                        "size": max(w["size"] for w in ws), "rgb": ws[0]["rgb"]})
        return sorted(out, key=lambda ln: ln["top"])

    def lines(self, p):
        return self.group_lines(self.words(p))

    def phrases(self, ln):
        out, cur = [], [ln["words"][0]]
        for w in ln["words"][1:]:
            if w["x0"] - cur[-1]["x1"] > self.GAP:
                out.append(cur)
                cur = [w]
            else:
                cur.append(w)
        out.append(cur)
        return [{"text": clean(" ".join(w["text"] for w in ws)), "x0": ws[0]["x0"], "x1": ws[-1]["x1"],
                 "bold": all(w["bold"] for w in ws)} for ws in out]

    def page_text(self, p):
        return "\n".join(ln["text"] for ln in self.lines(p))

    @cached_property
    def layout_pages(self):
        out = subprocess.run(["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True,
                             check=True).stdout
        return out.split("\f")

    def layout_line(self, p, label_line, printed):
        """the `pdftotext -layout` line of page p that starts with the label and carries the printed figure"""
        for ln in self.layout_pages[p - 1].splitlines():
            s = clean(ln)
            if s.startswith(label_line) and re.search(rf"(?<![\d.,-]){re.escape(printed)}(?![\d.,%])",
                                                       s[len(label_line):]):
                return s
        return None

    # ------------------------------------------------------------------------------------------------ headings
    def heading_level(self, ln):
        if not ln["bold"] or ln["size"] <= self.TABLE_SIZE + 0.3:
            return None
        for (lo, hi), lev in self.HEADING_SIZES.items():
            if lo <= ln["size"] <= hi:
                return lev
        return None

    @cached_property
    def headings(self):
        out = []
        for p in range(1, self.npages + 1):
            for ln in self.lines(p):
                lev = self.heading_level(ln)
                if lev is not None and self.is_heading_page(p):
                    prev = out[-1] if out else None
                    if prev and prev["page"] == p and prev["level"] == lev and ln["top"] - prev["bottom"] < 4:
                        prev["text"] = clean(prev["text"] + " " + ln["text"])      # a heading wrapped over lines
                        prev["bottom"] = ln["bottom"]
                        continue
                    out.append({"page": p, "top": ln["top"], "bottom": ln["bottom"], "level": lev,
                                "text": ln["text"]})
        return out

    def is_heading_page(self, p):
        return True

    def section_at(self, p, top):
        stack = []
        for h in self.headings:
            if (h["page"], h["top"]) > (p, top + 0.5):
                break
            stack = [x for x in stack if x["level"] < h["level"]] + [h]
        return " > ".join(x["text"] for x in stack)

    # ------------------------------------------------------------------------------------------------ prose
    def prose_texts(self, p):
        lines = [ln for ln in self.lines(p) if self.heading_level(ln) is None]
        full = clean(" ".join(ln["text"] for ln in lines))
        return [full]

    def prose(self, fragment):
        """pages whose running text contains the fragment"""
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if any(f in t for t in self.prose_texts(p))]

    def prose_top(self, p, fragment):
        head = clean(fragment)[:24]
        for ln in self.lines(p):
            if head[:12] in ln["text"]:
                return ln["top"]
        return 0.0

    # ------------------------------------------------------------------------------------------------ tables
    def is_header_line(self, ln):
        return ln["bold"] and near(ln["rgb"], self.HEADER_COLOR) and abs(ln["size"] - self.TABLE_SIZE) <= 0.3 \
            and all(near(w["rgb"], self.HEADER_COLOR) for w in ln["words"])

    def is_body_line(self, ln):
        return abs(ln["size"] - self.TABLE_SIZE) <= 0.3 and not near(ln["rgb"], self.HEADER_COLOR) \
            and all(abs(w["size"] - self.TABLE_SIZE) <= 0.3 for w in ln["words"]) and not ln["italic"]

    def tables(self, p):
        lines = self.lines(p)
        out, i = [], 0
        while i < len(lines):
            if not self.is_header_line(lines[i]):
                i += 1
                continue
            j = i
            while j < len(lines) and self.is_header_line(lines[j]):
                j += 1
            head = lines[i:j]
            left = min(ln["x0"] for ln in head)
            caption = None
            if self.CAPTION and i > 0 and re.match(self.CAPTION, lines[i - 1]["text"]) and \
                    head[0]["top"] - lines[i - 1]["bottom"] < 16:
                caption = lines[i - 1]["text"]
            # columns: header phrases clustered by right edge; the phrase(s) at the left edge name the table/label
            left_ph, cols = [], []
            for ln in head:
                for ph in self.phrases(ln):
                    if abs(ph["x0"] - left) < 3:
                        left_ph.append(ph["text"])
                        continue
                    for c in cols:
                        if abs(c["x1"] - ph["x1"]) <= 4:
                            c["parts"].append(ph["text"])
                            break
                    else:
                        cols.append({"x1": ph["x1"], "parts": [ph["text"]]})
            cols.sort(key=lambda c: c["x1"])
            for c in cols:
                c["name"] = re.sub(r"- ", "-", " ".join(c["parts"]))          # 'Saldo 31-12-' / '2021
            body, k = [], j
            while k < len(lines) and self.is_body_line(lines[k]) and lines[k]["x0"] >= left - 2:
                body.append(lines[k])
                k += 1
            name = caption or (left_ph[0] if left_ph else None)
            out.append({"page": p, "name": name, "caption": caption, "left": left_ph, "head": head, "cols": cols,
                        "body": body, "top": head[0]["top"], "first_on_page": all(
                            self.heading_level(x) is None and not self.is_body_line(x) and False
                            for x in lines[:i]) or i == 0,
                        "ends_page": k == len(lines)})
            i = k
        return out

    def parse_rows(self, t):
        rows, group, pending = [], None, []
        for ln in t["body"]:
            phs = self.phrases(ln)
            lab = [ph for ph in phs if not any(abs(ph["x1"] - c["x1"]) <= 4 for c in t["cols"])]
            cells = {}
            for ph in phs:
                for c in t["cols"]:
                    if abs(ph["x1"] - c["x1"]) <= 4 and ph not in lab:
                        cells[c["name"]] = ph["text"]
            label_line = clean(" ".join(ph["text"] for ph in lab))
            if not cells:
                if ln["bold"]:
                    group, pending = label_line, []
                    rows.append({"label": label_line, "group": None, "cells": {}, "is_group": True,
                                 "bold": True, "page": t["page"], "top": ln["top"], "label_line": label_line})
                else:
                    pending.append(label_line)
                continue
            label = clean(" ".join(pending + [label_line]))
            rows.append({"label": label, "group": group, "cells": {c["name"]: cells.get(c["name"], "")
                                                                     for c in t["cols"]},
                         "is_group": False, "bold": ln["bold"], "page": t["page"], "top": ln["top"],
                         "label_line": label_line, "label_first_line": pending[0] if pending else label_line})
            pending = []
        return rows

    @cached_property
    def all_tables(self):
        """every table with its continuation pages merged: name -> list of page parts"""
        out, last = {}, None
        for p in range(1, self.npages + 1):
            tabs = self.tables(p)
            for n, t in enumerate(tabs):
                cont = (n == 0 and last is not None and last["ends_page"] and last["page"] == p - 1 and
                        t["caption"] is None and [c["name"] for c in t["cols"]] == [c["name"] for c in last["cols"]]
                        and (t["name"] == last["name"] or self.CAPTION))
                if cont:
                    t["name"], t["caption"], t["continued"] = last["name"], last["caption"], True
                    out[t["name"]].append(t)
                else:
                    t["continued"] = False
                    if t["name"] in out:
                        raise ValueError(f"two tables named {t['name']!r}")
                    out[t["name"]] = [t]
                last = t
            if not tabs:
                last = None
        return out

    def find_table(self, name):
        if name not in self.all_tables:
            raise LookupError(f"{self.path.name}: no table {name!r}")
        return self.all_tables[name]

    def table_rows(self, name):
        rows = []
        group = None
        for part in self.find_table(name):
            for r in self.parse_rows(part):
                if r["is_group"]:
                    group = r["label"]
                elif r["group"] is None:
                    r["group"] = group
                r["continued"] = part["continued"]
                rows.append(r)
        return rows

    def cell(self, name, row, col, group=None):
        hits = [r for r in self.table_rows(name) if not r["is_group"] and r["label"] == row and
                (group is None or r["group"] == group)]
        if len(hits) != 1:
            raise LookupError(f"{self.path.name} {name!r}: row {row!r} group {group!r}: {len(hits)} hits")
        r = hits[0]
        if col not in r["cells"]:
            raise LookupError(f"{self.path.name} {name!r}: no column {col!r} ({list(r['cells'])})")
        return {**r, "printed": r["cells"][col], "column": col}

    def scale_statement(self, name):
        return None


class CoBegroting(PdfDoc):
    """Collectie Overijssel, Begroting 2025 (reportlab): blue bold 9 pt table headers whose first cell names the
    table and whose second line's first cell states the unit; headings 20/15/12/10,5 pt bold."""
    HEADER_COLOR = (0.12, 0.25, 0.45)
    TABLE_SIZE = 9.0
    HEADING_SIZES = {(19.5, 20.5): 1, (14.5, 15.5): 2, (11.5, 12.5): 3, (10.3, 10.7): 4}
    CAPTION = None
    RIGHT_COL_X = 190.0                                      # the description column of the 'onderdeel' blocks

    def is_heading_page(self, p):
        return p > 2                                         # the title page and the table of contents

    def prose_texts(self, p):
        lines = [ln for ln in self.lines(p) if self.heading_level(ln) is None]
        full = clean(" ".join(ln["text"] for ln in lines))
        right = clean(" ".join(w["text"] for ln in lines for w in ln["words"] if w["x0"] >= self.RIGHT_COL_X))
        return [full, right]

    def scale_statement(self, name):
        part = self.find_table(name)[0]
        return part["left"][1] if len(part["left"]) > 1 else None


class TwJaarstukken(PdfDoc):
    """Twenterand, Jaarstukken 2021 Sociaal Domein (Chromium): white bold 8,5 pt table headers on teal, a bold
    caption 'Overzicht 3.n ...' above each table; headings 19/14/11,5/10 pt bold."""
    HEADER_COLOR = (1.0, 1.0, 1.0)
    TABLE_SIZE = 8.5
    HEADING_SIZES = {(18.5, 19.5): 1, (13.5, 14.5): 2, (11, 12): 3, (9.8, 10.2): 4}
    CAPTION = r"^Overzicht 3\.\d+ "

    def heading_level(self, ln):
        if re.match(self.CAPTION, ln["text"]):
            return None
        return super().heading_level(ln)

    def scale_statement(self, name):
        return None                                          # the leeswijzer: "Bedragen zijn in hele euro's"


class LayoutPdf:
    """`pdftotext -layout` of a PDF we did not make (the real Jaarstukken 2023 of Collectie Overijssel)"""

    def __init__(self, path):
        self.path = Path(path)
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        self.pages = out.split("\f")

    def lines(self, p):
        return self.pages[p - 1].splitlines()

    @staticmethod
    def figures(rest):
        return re.findall(r"(?<![\w.,])(?:<\s?0|-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?|-)(?![\w.,])", rest)

    def find(self, p, label, after=None):
        """the first line of page p whose text starts with label (below the line containing `after`)"""
        lines = self.lines(p)
        start = 0
        if after:
            start = next(i for i, ln in enumerate(lines) if after in ln) + 1
        for i in range(start, len(lines)):
            s = clean(lines[i])
            rest = s[len(label):]
            if s.startswith(label) and (rest == "" or rest[0] == " ") and self.figures(rest) and \
                    re.match(r"\s*(?:<\s?0|-?\d|-)", rest):
                return i, lines[i]
        raise LookupError(f"{self.path.name} p{p}: no line {label!r}")

    def figure(self, p, label, index, after=None):
        i, ln = self.find(p, label, after)
        s = clean(ln)
        figs = self.figures(s[len(label):])
        return i, ln, figs[index]

    def header_above(self, p, line_index, must):
        """the nearest line above line_index containing all strings of `must` (the column header)"""
        lines = self.lines(p)
        for i in range(line_index - 1, -1, -1):
            if all(m in lines[i] for m in must):
                return i, lines[i]
        raise LookupError(f"{self.path.name} p{p}: no header {must} above line {line_index}")


class SeedText:
    """the real Programmabegroting 2020 text export of Twenterand"""

    def __init__(self, path):
        self.path = Path(path)
        self.text = self.path.read_text(encoding="utf-8")
        self.lines_ = self.text.splitlines()

    def line(self, label, after=None):
        start = 0
        if after:
            start = next(i for i, ln in enumerate(self.lines_) if ln.startswith(after)) + 1
        for i in range(start, len(self.lines_)):
            if self.lines_[i].startswith(label + " "):
                return i + 1, self.lines_[i]
        raise LookupError(f"seed: no line {label!r} after {after!r}")

    def figure(self, label, index, after=None):
        n, ln = self.line(label, after)
        toks = ln[len(label):].split()
        return n, ln, toks[index]

    def header_above(self, line_no, pattern):
        for i in range(line_no - 2, -1, -1):
            if re.match(pattern, self.lines_[i]):
                return i + 1, self.lines_[i]
        raise LookupError(f"seed: no header {pattern!r} above {line_no}")
