"""Read the finished set-ap documents back.  Never imports data.py: everything comes from the PDFs.

PdfDoc        pdfplumber words (size, font, colour).  Running text (print header, footer, the margin breadcrumb) is
              recognised by its grey colour and kept apart from the body.  Body words are grouped into lines;
              headings are recognised by size and weight and give the section path of any place.  A table is found
              by its caption line: the filled header cells right under it give the columns (a cell spanning others
              contributes its text to the name of the columns under it), the horizontal rules below give the rows
              (a row's label may run over two lines), a rule in the closing colour ends the table; if the page ends
              first, the table continues on the next page under its repeated header.  Every word goes to the column
              whose x-range holds its centre.  A row without any figure cell is a group row.
Jaarstukken   Twenterand, Jaarstukken 2020 (WeasyPrint): the breadcrumb in the left margin of each page.
Raadsvoorstel Dinkelland, raadsvoorstel (Chromium): portrait and landscape pages.
SeedText      the seed Programmabegroting 2020 text export (a line by its label).
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


def join_words(ws):
    """join words in reading order; a word ending in '-' at a line end joins the next without a space"""
    out = ""
    for i, w in enumerate(ws):
        t = w["text"]
        if not out:
            out = t
        elif out.endswith(("-", "/")) and i > 0 and w.get("_newline"):
            out += t
        else:
            out += " " + t
    return clean(out)


def parse_num(s):
    """Dutch printed number -> float: '1.234' -> 1234, '-3.512' -> -3512, '12,9' -> 12.9, '86%' -> 86,
    '€ 3.250.000' -> 3250000, '1.418.527 N' -> 1418527 (V/N dropped), '-' -> None"""
    t = clean(s).replace("€", "").replace("%", "").strip()
    t = re.sub(r"\s+[VN]$", "", t).replace(" ", "")
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return float(t.replace(".", "").replace(",", "."))


def vn_of(s):
    m = re.search(r"\s([VN])$", clean(s))
    return m.group(1) if m else None


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


class PdfDoc:
    RUNNING = [(0.4, 0.4, 0.4)]          # colours of print header, footer and margin text
    HEADER_FILL = (0.851, 0.894, 0.933)  # table header cells
    RULES = [(0.541, 0.604, 0.659)]      # row rules
    END_RULE = (0.184, 0.267, 0.341)     # the closing rule of a table
    CAPTION = r"^(Tabel \d+(\.\d+)?|Bijlage \d+) "
    HEADING_SIZES = [(16.0, 1), (12.4, 2), (10.4, 3)]

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)

    def size(self, p):
        pg = self.pdf.pages[p - 1]
        return float(pg.width), float(pg.height)

    # ------------------------------------------------------------------------------------------ words and lines
    @lru_cache(maxsize=None)
    def all_words(self, p):
        ws = self.pdf.pages[p - 1].extract_words(extra_attrs=["size", "fontname", "non_stroking_color"],
                                                 x_tolerance=1.5, keep_blank_chars=False)
        for w in ws:
            w["text"] = w["text"].replace(NBSP, " ")
            w["rgb"] = _rgb(w["non_stroking_color"])
            w["bold"] = "Bold" in w["fontname"]
            w["italic"] = "Italic" in w["fontname"] or "Oblique" in w["fontname"]
            w["running"] = any(_near(w["rgb"], c) for c in self.RUNNING)
        return ws

    def words(self, p):
        return [w for w in self.all_words(p) if not w["running"]]

    def running_words(self, p):
        return [w for w in self.all_words(p) if w["running"]]

    @staticmethod
    def group_lines(words, tol=2.0):
        lines = []
        for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
            for ln in lines:
                if abs(ln["top"] - w["top"]) <= tol and abs(ln["size"] - w["size"]) < 3:
                    ln["words"].append(w)
                    break
            else:
                lines.append({"top": w["top"], "size": w["size"], "words": [w]})
        out = []
        for ln in lines:
            ws = sorted(ln["words"], key=lambda w: w["x0"])
            out.append({"top": min(w["top"] for w in ws), "bottom": max(w["bottom"] for w in ws),
                        "x0": ws[0]["x0"], "x1": ws[-1]["x1"], "words": ws,
                        "text": clean(" ".join(w["text"] for w in ws)), "size": max(w["size"] for w in ws),
                        "bold": all(w["bold"] for w in ws), "italic": all(w["italic"] for w in ws)})
        return sorted(out, key=lambda l_: l_["top"])

    @lru_cache(maxsize=None)
    def lines(self, p):
        return self.group_lines(self.words(p))

    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def layout_line(self, p, label_start, printed):
        """the line of `pdftotext -layout` of page p that holds the start of the row label and the printed figure"""
        pat = re.escape(clean(label_start)) + r".*?(?<![\d.,])" + re.escape(clean(printed)) + r"(?![\d.,])"
        for ln in self.layout(p).splitlines():
            c = clean(ln)
            if re.search(pat, c):
                return c
        return None

    # ------------------------------------------------------------------------------------------ headings, sections
    def heading_level(self, p, ln):
        if not ln["bold"] or self.in_table(p, ln):
            return None
        for s, lv in self.HEADING_SIZES:
            if ln["size"] >= s:
                return lv
        if ln["italic"] and ln["size"] >= 9.2:
            return 4
        return None

    def in_table(self, p, ln):
        return any(t["top"] - 1 <= ln["top"] <= t["bottom"] + 1 for t in self.tables(p))

    @lru_cache(maxsize=None)
    def headings(self, p):
        out = []
        prev = None
        for ln in self.lines(p):
            lv = self.heading_level(p, ln)
            if lv is None:
                prev = None
                continue
            if prev is not None and prev["level"] == lv and ln["top"] - prev["bottom"] < 6.5:
                prev["text"] = clean(prev["text"] + " " + ln["text"])      # a heading over two lines
                prev["bottom"] = ln["bottom"]
                continue
            prev = {"page": p, "top": ln["top"], "bottom": ln["bottom"], "level": lv, "text": ln["text"]}
            out.append(prev)
        return out

    def section_at(self, p, top):
        """heading path in force at (page p, y top)"""
        stack = {}
        for q in range(1, p + 1):
            for h in self.headings(q):
                if q == p and h["top"] > top:
                    break
                stack[h["level"]] = h["text"]
                for lv in [k for k in stack if k > h["level"]]:
                    del stack[lv]
        return " > ".join(stack[k] for k in sorted(stack))

    # ------------------------------------------------------------------------------------------ prose
    @lru_cache(maxsize=None)
    def page_text(self, p):
        return clean(" ".join(ln["text"] for ln in self.lines(p)))

    def prose(self, fragment):
        """pages whose body text holds the fragment (whitespace-normalised)"""
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in self.page_text(p)]

    def prose_top(self, p, fragment):
        """y of the line where the fragment starts on page p"""
        f = clean(fragment)
        lines = self.lines(p)

        def cat(a, b):
            return clean(" ".join(ln["text"] for ln in lines[a:b]))
        for i in range(len(lines)):
            if f in cat(i, i + 12) and f not in cat(i + 1, i + 12):
                return lines[i]["top"]
        raise LookupError(f"p{p}: fragment not found: {fragment[:60]!r}")

    # ------------------------------------------------------------------------------------------ tables
    @lru_cache(maxsize=None)
    def fills(self, p):
        out = []
        for r in self.pdf.pages[p - 1].rects:
            c = _rgb(r.get("non_stroking_color"))
            if r.get("fill") and c is not None:
                out.append({"x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"], "rgb": c})
        return out

    def header_cells(self, p):
        cells = []
        for f in self.fills(p):
            if _near(f["rgb"], self.HEADER_FILL, 0.01) and f["bottom"] - f["top"] > 6:
                key = (round(f["x0"], 1), round(f["top"], 1), round(f["bottom"], 1))
                if all((round(c["x0"], 1), round(c["top"], 1), round(c["bottom"], 1)) != key for c in cells):
                    cells.append(f)
        return cells

    def rules(self, p, x0, x1):
        """y positions of horizontal rules across [x0, x1] and their kind ('row' / 'end')"""
        ys = []
        for f in self.fills(p):
            kind = "end" if _near(f["rgb"], self.END_RULE, 0.01) else \
                ("row" if any(_near(f["rgb"], c, 0.01) for c in self.RULES) else None)
            if kind is None or f["x1"] < x0 + 2 or f["x0"] > x1 - 2:
                continue
            ys.append((f["bottom"], kind))
        ys.sort()
        merged = []
        for y, k in ys:
            if merged and y - merged[-1][0] < 1.2:
                if k == "end":
                    merged[-1] = (merged[-1][0], "end")
                merged[-1] = (max(merged[-1][0], y), merged[-1][1])
            else:
                merged.append((y, k))
        return merged

    def captions(self, p):
        return [ln for ln in self.lines(p) if re.match(self.CAPTION, ln["text"]) and ln["bold"]]

    def _header_groups(self, p):
        """header blocks on page p: lists of header cells that touch each other vertically"""
        cells = sorted(self.header_cells(p), key=lambda c: (c["top"], c["x0"]))
        blocks = []
        for c in cells:
            for b in blocks:
                if c["top"] <= max(x["bottom"] for x in b) + 2.5 and c["bottom"] >= min(x["top"] for x in b) - 2.5:
                    b.append(c)
                    break
            else:
                blocks.append([c])
        return blocks

    def _columns(self, p, block):
        bottom = max(c["bottom"] for c in block)
        words = self.words(p)

        def text_in(c):
            ws = [w for w in words if c["x0"] - 0.5 <= (w["x0"] + w["x1"]) / 2 <= c["x1"] + 0.5
                  and c["top"] - 0.5 <= (w["top"] + w["bottom"]) / 2 <= c["bottom"] + 0.5]
            ws = sorted(ws, key=lambda w: (round(w["top"]), w["x0"]))
            last = None
            for w in ws:
                w["_newline"] = last is not None and abs(w["top"] - last) > 2
                last = w["top"]
            return join_words(ws)
        leaves = sorted([c for c in block if abs(c["bottom"] - bottom) < 2.5], key=lambda c: c["x0"])
        cols = []
        for lf in leaves:
            parents = [c for c in block if c is not lf and c["x0"] <= lf["x0"] + 1 and c["x1"] >= lf["x1"] - 1
                       and c["bottom"] <= lf["top"] + 2.5]
            name = " ".join([text_in(c) for c in sorted(parents, key=lambda c: c["top"])] + [text_in(lf)])
            cols.append({"name": clean(name), "own": text_in(lf), "x0": lf["x0"], "x1": lf["x1"]})
        # neighbouring leaf cells share their border: split at the midpoint of the gap
        return cols, min(c["top"] for c in block), bottom

    @lru_cache(maxsize=None)
    def tables(self, p):
        """table parts on page p: dicts with caption (None for a continuation), cols, rows, top, bottom, ends"""
        out = []
        caps = self.captions(p)
        for block in self._header_groups(p):
            cols, htop, hbottom = self._columns(p, block)
            x0, x1 = min(c["x0"] for c in cols), max(c["x1"] for c in cols)
            cap = [c for c in caps if 0 <= htop - c["bottom"] <= 14]
            rules = [r for r in self.rules(p, x0, x1) if r[0] > hbottom + 1]
            rows, prev, ends = [], hbottom, False
            for y, kind in rules:
                if y - prev > 60:
                    break
                rows.append(self._row(p, cols, prev, y))
                prev = y
                if kind == "end":
                    ends = True
                    break
            out.append({"page": p, "caption": cap[0]["text"] if cap else None,
                        "caption_top": cap[0]["top"] if cap else None, "cols": [c["name"] for c in cols],
                        "colspec": cols, "top": htop, "header_bottom": hbottom, "bottom": prev, "rows": rows,
                        "ends": ends, "x0": x0, "x1": x1})
        return sorted(out, key=lambda t: t["top"])

    def _row(self, p, cols, top, bottom):
        ws = [w for w in self.words(p) if top - 0.5 < (w["top"] + w["bottom"]) / 2 < bottom + 0.5
              and cols[0]["x0"] - 1 <= (w["x0"] + w["x1"]) / 2 <= cols[-1]["x1"] + 1]
        cells = {c["name"]: [] for c in cols}
        for w in ws:
            cx = (w["x0"] + w["x1"]) / 2
            best = min(cols, key=lambda c: 0 if c["x0"] <= cx <= c["x1"] else min(abs(cx - c["x0"]), abs(cx - c["x1"])))
            cells[best["name"]].append(w)
        txt = {}
        for name, cw in cells.items():
            cw = sorted(cw, key=lambda w: (round(w["top"]), w["x0"]))
            last = None
            for w in cw:
                w["_newline"] = last is not None and abs(w["top"] - last) > 2
                last = w["top"]
            txt[name] = join_words(cw)
        label_col = self.label_col(cols)
        first_top = min((w["top"] for w in ws), default=top)
        first_line = [w for w in sorted(ws, key=lambda w: w["x0"]) if abs(w["top"] - first_top) < 2
                      and w in cells[label_col]]
        figures = [n for n, t in txt.items() if n != label_col and parse_num(t) is not None]
        is_group = not figures and not any(t in ("-",) for t in txt.values()) and bool(ws)
        if is_group:           # a group row spans the columns: its label is all of its words
            srt = sorted(ws, key=lambda w: (round(w["top"]), w["x0"]))
            txt = {n: "" for n in txt}
            txt[label_col] = join_words(srt)
            first_line = [w for w in srt if abs(w["top"] - first_top) < 2]
        return {"label": txt[label_col], "label_first_line": clean(" ".join(w["text"] for w in first_line)),
                "cells": txt, "top": top, "bottom": bottom, "is_group": is_group,
                "bold": bool(ws) and all(w["bold"] for w in ws if w in cells[label_col])}

    def label_col(self, cols):
        return cols[0]["name"]

    # ------------------------------------------------------------------------------------------ table lookup
    def find_table(self, caption):
        """all parts of the table with this caption: the captioned part and its continuations"""
        for p in range(1, self.npages + 1):
            for t in self.tables(p):
                if t["caption"] and clean(t["caption"]) == clean(caption):
                    parts = [t]
                    q = p
                    while not parts[-1]["ends"] and q < self.npages:
                        q += 1
                        nxt = [x for x in self.tables(q) if x["caption"] is None and x["cols"] == t["cols"]]
                        if not nxt:
                            break
                        parts.append(nxt[0])
                    return parts
        raise LookupError(f"no table {caption!r}")

    def table_rows(self, caption):
        """rows of the whole table, with the group they fall under and the page they are printed on"""
        out, group = [], None
        for part in self.find_table(caption):
            for r in part["rows"]:
                if r["is_group"]:
                    group = r["label"]
                rr = dict(r)
                rr["group"] = group
                rr["page"] = part["page"]
                rr["continued"] = part["caption"] is None
                out.append(rr)
        return out

    def cell(self, caption, row, col, group=None):
        rows = [r for r in self.table_rows(caption) if r["label"] == clean(row) and not r["is_group"]
                and (group is None or r["group"] == group)]
        if len(rows) != 1:
            raise LookupError(f"{caption!r}: row {row!r} (group {group!r}) found {len(rows)} times")
        r = rows[0]
        cols = [c for c in r["cells"] if c == col]
        if not cols:
            raise LookupError(f"{caption!r}: no column {col!r} (columns {list(r['cells'])})")
        return {"page": r["page"], "printed": r["cells"][col], "group": r["group"], "row": r["label"],
                "label_first_line": r["label_first_line"], "continued": r["continued"], "top": r["top"]}


class Jaarstukken(PdfDoc):
    """Twenterand, Jaarstukken 2020 programma Sociaal Domein (WeasyPrint)"""
    BODY_X0 = 150.0

    def crumb(self, p):
        """the breadcrumb in the left margin: running words left of the body"""
        ws = [w for w in self.running_words(p) if w["x1"] < self.BODY_X0]
        return [ln["text"] for ln in self.group_lines(ws)]

    def header_footer(self, p):
        w, h = self.size(p)
        ws = [x for x in self.running_words(p) if x["x1"] >= self.BODY_X0 or x["top"] < 60 or x["bottom"] > h - 60]
        ws = [x for x in ws if x["top"] < 60 or x["bottom"] > h - 60]
        return [ln["text"] for ln in self.group_lines(ws)]


class Raadsvoorstel(PdfDoc):
    """Dinkelland, raadsvoorstel investeringsplan (Chromium)"""
    RUNNING = [(0.373, 0.42, 0.353)]
    HEADER_FILL = (0.875, 0.914, 0.847)
    RULES = [(0.604, 0.659, 0.58)]
    END_RULE = (0.18, 0.353, 0.11)
    HEADING_SIZES = [(16.0, 1), (12.4, 2), (10.4, 3)]

    def label_col(self, cols):
        for c in cols:
            if c["name"] in ("Investering",):
                return c["name"]
        return cols[0]["name"]

    def header_footer(self, p):
        return [ln["text"] for ln in self.group_lines(self.running_words(p))]

    def meta(self):
        """the header block on page 1: label -> value (bold label cell, value to its right)"""
        out = {}
        for ln in self.lines(1):
            b = [w for w in ln["words"] if w["bold"]]
            r = [w for w in ln["words"] if not w["bold"]]
            if b and r and b[-1]["x1"] < r[0]["x0"] and ln["size"] < 10.5 and b[0]["x0"] < 80:
                out[clean(" ".join(w["text"] for w in b))] = clean(" ".join(w["text"] for w in r))
        return out


class SeedText:
    """a text export of the corpus (the seed Programmabegroting 2020 of Twenterand)"""

    def __init__(self, path):
        self.path = Path(path)
        self.text = self.path.read_text(encoding="utf-8")
        self.lines_ = self.text.splitlines()

    def line(self, label, after=None):
        """(line number, line) of the first line starting with `label ` (after the line holding `after`)"""
        start = 0
        if after:
            start = next(i for i, ln in enumerate(self.lines_) if after in ln)
        for i in range(start, len(self.lines_)):
            if self.lines_[i].startswith(label + " "):
                return i + 1, self.lines_[i]
        raise LookupError(f"seed: no line {label!r}")

    def figure(self, label, index, after=None):
        """the index-th figure printed on the line of `label` (figures are tokens after the label)"""
        n, ln = self.line(label, after)
        toks = ln[len(label):].split()
        return n, ln, toks[index]
