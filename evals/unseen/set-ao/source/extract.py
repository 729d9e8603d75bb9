"""Read the finished documents of set-ao back.  Never imports data.py: everything comes from the PDFs.

PdfBase       pdfplumber words grouped into lines (with font size and bold flag); filled rectangles; a table found
              by its caption line: the filled header cells right under the caption give the columns (x-range and
              name), the body rows follow until the type size changes or the rows stop; every word of a row goes to
              the column whose x-range holds its centre; a row without figures is a group row; `pdftotext -layout`
              of a page for the printed line.
TwoColumnDoc  the Wassenaar Kadernota 2025: chapter headings and tables span the page, the running text flows in
              two columns between them.  The reading order is band by band (the vertical stretch between two
              spanning blocks), left column before right column; prose is searched in that flow, across columns
              and pages; the section is the chapter heading plus the column sub-heading above the place.
BundleDoc     the Werkplein Noord-Twente meeting bundle: one column; the part of a page comes from its running
              header (or, on a title page, from the title); headings by type size; running page number from the
              footer, the number within the part from the header.
Begroting2024 the existing Wassenaar Begroting 2024 PDF: rows of Tabel 6.2 / Tabel 12.2 read from the
              `pdftotext -layout` line of the page (12 figures: baten, lasten, saldo for 2024-2027 under the year
              header), and any other printed line by label.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

NBSP = "\u00a0"


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", str(s).replace(NBSP, " ")).strip()


def parse_num(s):
    """Dutch printed number -> float: '1.234' -> 1234, '-3.512' -> -3512, '+248' -> 248, '4,5%' -> 4.5,
    '€ 450.000' -> 450000, '86.214 N' -> 86214 (V/N dropped); None when not a number"""
    t = clean(s).replace("€", "").replace("%", "").strip()
    t = re.sub(r"\s+[VN]$", "", t).replace(" ", "")
    if t.startswith("+"):
        t = t[1:]
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return float(t.replace(".", "").replace(",", "."))


def vn_of(s):
    m = re.search(r"\s([VN])$", clean(s))
    return m.group(1) if m else None


class PdfBase:
    HEADER_MAX = 48          # lines above this (pt from the top) are the running header
    FOOTER_MIN = 795         # lines below this are the running footer

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self.width = float(self.pdf.pages[0].width)
        self.height = float(self.pdf.pages[0].height)

    # ---------------------------------------------------------------------------------------- words, lines
    @lru_cache(maxsize=None)
    def words(self, p):
        ws = self.pdf.pages[p - 1].extract_words(extra_attrs=["size", "fontname"], x_tolerance=1.5,
                                                 keep_blank_chars=False)
        for w in ws:
            w["bold"] = "Bold" in w["fontname"]
        return ws

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
                        "x0": ws[0]["x0"], "x1": ws[-1]["x1"], "words": ws, "text": " ".join(w["text"] for w in ws),
                        "size": max(w["size"] for w in ws), "bold": all(w["bold"] for w in ws)})
        return sorted(out, key=lambda l_: l_["top"])

    @lru_cache(maxsize=None)
    def lines(self, p):
        return self.group_lines(self.words(p))

    def body_lines(self, p):
        return [ln for ln in self.lines(p) if self.HEADER_MAX < ln["top"] < self.FOOTER_MIN]

    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def layout_line(self, p, label, printed):
        """the line of `pdftotext -layout` of page p holding the row label and the printed figure"""
        for ln in self.layout(p).splitlines():
            c = clean(ln)
            if c.startswith(clean(label)) and re.search(r"(?<![\d.,])" + re.escape(clean(printed)) + r"(?![\d.,])", c):
                return c
        return None

    @lru_cache(maxsize=None)
    def fills(self, p):
        out = []
        for r in self.pdf.pages[p - 1].rects:
            col = r.get("non_stroking_color")
            if r.get("fill") and col and isinstance(col, (tuple, list)) and len(col) == 3 and min(col) < 0.985 and \
                    r["bottom"] - r["top"] > 6 and r["x1"] - r["x0"] > 20:
                out.append({"x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"],
                            "color": tuple(round(c, 3) for c in col)})
        return out

    # ---------------------------------------------------------------------------------------- tables
    def captions(self, p):
        return [ln for ln in self.body_lines(p) if re.match(r"Tabel \d+(\.\d+)?\b", ln["text"]) and ln["bold"]]

    def table(self, p, caption):
        """the table whose caption line is `caption` (exact, whitespace-normalised) on page p"""
        caps = [ln for ln in self.captions(p) if clean(ln["text"]) == clean(caption)]
        if not caps:
            raise LookupError(f"p{p}: no caption {caption!r}")
        cap = caps[0]
        cells = sorted([f for f in self.fills(p) if cap["bottom"] - 1 < f["top"] < cap["bottom"] + 9],
                       key=lambda f: f["x0"])
        if not cells:
            raise LookupError(f"p{p}: no header cells under {caption!r}")
        top0 = min(c["top"] for c in cells)
        cells = [c for c in cells if abs(c["top"] - top0) < 1.5 and c["color"] == cells[0]["color"]]
        hbottom = max(c["bottom"] for c in cells)
        x0, x1 = cells[0]["x0"], cells[-1]["x1"]
        lines = self.body_lines(p)
        hwords = [w for w in self.words(p) if top0 - 1 < w["top"] and w["bottom"] < hbottom + 1]
        cols = []
        for c in cells:
            ws = sorted([w for w in hwords if c["x0"] - 0.5 <= (w["x0"] + w["x1"]) / 2 <= c["x1"] + 0.5],
                        key=lambda w: (round(w["top"]), w["x0"]))
            name = ""
            for w in ws:
                name += w["text"] if (not name or name.endswith("-")) else " " + w["text"]
            cols.append({"x0": c["x0"], "x1": c["x1"], "name": clean(name)})
        body = [ln for ln in lines if ln["top"] > hbottom - 0.5 and ln["x0"] >= x0 - 2 and ln["x1"] <= x1 + 2]
        rows, note, prev, pitch, size0 = [], None, None, None, None
        for ln in body:
            if prev is not None:
                gap = ln["top"] - prev["top"]
                if pitch is None:
                    pitch = gap
                if gap > 2.3 * pitch:
                    break
            if size0 is None:
                size0 = ln["size"]
            if abs(ln["size"] - size0) > 0.4:
                if ln["size"] < size0 and note is None and (prev is None or ln["top"] - prev["bottom"] < 12):
                    note = clean(ln["text"])
                break
            if re.match(r"Tabel \d", ln["text"]):
                break
            prev = ln
            parts = ["" for _ in cols]
            for w in ln["words"]:
                cx = (w["x0"] + w["x1"]) / 2
                for i, c in enumerate(cols):
                    if c["x0"] - 0.5 <= cx <= c["x1"] + 0.5:
                        parts[i] = (parts[i] + " " + w["text"]).strip()
                        break
            rows.append({"label": clean(parts[0]), "cells": {c["name"]: clean(v) for c, v in zip(cols[1:], parts[1:])},
                         "top": ln["top"], "bottom": ln["bottom"], "bold": ln["bold"], "text": clean(ln["text"])})
        group = ""
        for r in rows:
            if not any(r["cells"].values()):
                group = r["label"]
                r["is_group"] = True
            else:
                r["is_group"] = False
            r["group"] = group
        first = cols[0]["name"]
        stmt = None
        for cand in (first, clean(cap["text"])):
            m = re.search(r"(bedragen\s+)?(x\s*€\s*1\.000|in\s*€|in euro's)", cand)
            if m:
                stmt = cand
                break
        return {"page": p, "caption": clean(cap["text"]), "cols": [c["name"] for c in cols[1:]],
                "label_header": first, "col_x": [(c["x0"], c["x1"]) for c in cols], "rows": rows,
                "scale_statement": stmt, "note": note, "top": cap["top"], "caption_bottom": cap["bottom"],
                "header_bottom": hbottom, "bottom": (rows[-1]["bottom"] if rows else hbottom), "x0": x0, "x1": x1}

    def tables(self, p):
        out = []
        for cap in self.captions(p):
            try:
                out.append(self.table(p, cap["text"]))
            except LookupError:
                pass
        return out

    def find_table(self, caption):
        hits = [p for p in range(1, self.npages + 1) if any(clean(c["text"]) == clean(caption) for c in self.captions(p))]
        if len(hits) != 1:
            raise LookupError(f"caption {caption!r} on pages {hits}")
        return self.table(hits[0], caption)

    @staticmethod
    def scale_of(tt, printed):
        stmt = tt["scale_statement"] or ""
        if re.search(r"x\s*€\s*1\.000", stmt):
            return 1000
        return 1

    def cell(self, p, caption, row, col, group=None, occ=0):
        tt = self.table(p, caption)
        rs = [r for r in tt["rows"] if r["label"] == row and not r["is_group"] and (group is None or r["group"] == group)]
        if len(rs) <= occ:
            raise LookupError(f"p{p} {caption!r}: no row {row!r} (group {group!r}, occ {occ})")
        r = rs[occ]
        if col not in r["cells"]:
            raise LookupError(f"p{p} {caption!r}: no column {col!r} in {list(r['cells'])}")
        return {"printed": r["cells"][col], "group": r["group"], "top": r["top"], "table": tt}


# ====================================================================================================== kadernota
class TwoColumnDoc(PdfBase):
    HEADER_MAX = 45
    FOOTER_MIN = 800

    def __init__(self, path):
        super().__init__(path)
        self.mid = self.width / 2
        self._flow = None

    def spanning(self, p):
        """spanning blocks of a page: chapter headings (type >= 13 pt) and tables (caption to note)"""
        blocks = []
        for ln in self.body_lines(p):
            if ln["size"] >= 13:
                blocks.append({"kind": "heading", "top": ln["top"] - 1, "bottom": ln["bottom"] + 4,
                               "text": clean(ln["text"]), "x0": ln["x0"], "x1": ln["x1"]})
        for tt in self.tables(p):
            bottom = tt["bottom"]
            if tt["note"]:
                nl_ = [ln for ln in self.body_lines(p) if clean(ln["text"]) == tt["note"] and ln["top"] > bottom - 1]
                bottom = nl_[0]["bottom"] if nl_ else bottom
            blocks.append({"kind": "table", "top": tt["top"] - 1, "bottom": bottom + 1, "text": tt["caption"],
                           "x0": tt["x0"], "x1": tt["x1"]})
        return sorted(blocks, key=lambda b: b["top"])

    def bands(self, p):
        """[(kind, payload)] in reading order: ('span', block) or ('col', side, band_index, lines)"""
        blocks = self.spanning(p)
        words = [w for w in self.words(p) if self.HEADER_MAX < w["top"] < self.FOOTER_MIN and
                 not any(b["top"] <= w["top"] <= b["bottom"] for b in blocks)]
        edges = [self.HEADER_MAX] + [y for b in blocks for y in (b["top"], b["bottom"])] + [self.FOOTER_MIN]
        out, bi = [], 0
        for k in range(0, len(edges), 2):
            lo, hi = edges[k], edges[k + 1]
            inband = [w for w in words if lo <= w["top"] < hi]
            left = self.group_lines([w for w in inband if w["x1"] <= self.mid + 1])
            right = self.group_lines([w for w in inband if w["x0"] >= self.mid - 1])
            if left or right:
                out.append(("col", "left", bi, left))
                out.append(("col", "right", bi, right))
                bi += 1
            if k // 2 < len(blocks):
                out.append(("span", blocks[k // 2]))
        return out

    def flow(self):
        """[(page, text, section)] for every line of running text, in reading order"""
        if self._flow is not None:
            return self._flow
        out, chapter, sub = [], "", ""
        for p in range(3, self.npages + 1):
            for item in self.bands(p):
                if item[0] == "span":
                    b = item[1]
                    if b["kind"] == "heading":
                        chapter, sub = b["text"], ""
                    continue
                for ln in item[3]:
                    if ln["bold"] and 9.8 <= ln["size"] < 12:
                        sub = clean(ln["text"])
                        continue
                    out.append((p, clean(ln["text"]), f"{chapter} > {sub}" if sub else chapter))
        self._flow = out
        return out

    def full_text(self):
        return "\n".join(self.pdf.pages[p - 1].extract_text() or "" for p in range(1, self.npages + 1))

    def flow_string(self):
        parts, idx, pos = [], [], 0
        for i, (p, t, s) in enumerate(self.flow()):
            parts.append(t)
            idx.append(pos)
            pos += len(t) + 1
        return " ".join(parts), idx

    def prose(self, fragment):
        """pages where the fragment starts in the running text (across line, column and page breaks)"""
        s, idx = self.flow_string()
        frag = clean(fragment)
        pages, start = [], 0
        while True:
            k = s.find(frag, start)
            if k < 0:
                return pages
            j = max(i for i, pos in enumerate(idx) if pos <= k)
            pages.append(self.flow()[j][0])
            start = k + 1

    def section_at(self, fragment):
        s, idx = self.flow_string()
        k = s.find(clean(fragment))
        if k < 0:
            return None
        j = max(i for i, pos in enumerate(idx) if pos <= k)
        return self.flow()[j][2]

    def section_of_table(self, p, caption):
        """the chapter heading above a table"""
        chapter = ""
        for q in range(3, p + 1):
            for item in self.bands(q):
                if item[0] == "span":
                    b = item[1]
                    if b["kind"] == "heading":
                        chapter = b["text"]
                    elif q == p and b["text"] == clean(caption):
                        return chapter
        return None


# ====================================================================================================== bundle
PART_TITLES = {
    "Agenda algemeen bestuur 3 juli 2025": "agenda", "Concept-besluitenlijst algemeen bestuur 3 april 2025": "besluiten",
    "Aanbiedingsbrief aan de gemeenteraden": "brief", "Jaarstukken 2024": "jaarstukken",
    "1e Bestuursrapportage 2025": "bestuursrapportage", "Ontwerpbegroting 2026": "ontwerpbegroting",
    "Voorstel zienswijzen begroting 2026": "voorstel zienswijzen", "Voorstel jaarstukken 2024": "voorstel jaarstukken",
    "Voorstel 1e bestuursrapportage 2025": "voorstel bestuursrapportage",
    "Bijlage bij het voorstel zienswijzen": "zienswijzen",
}


class BundleDoc(PdfBase):
    HEADER_MAX = 48
    FOOTER_MIN = 800

    def header(self, p):
        hs = [ln for ln in self.lines(p) if ln["top"] < self.HEADER_MAX]
        return clean(" ".join(ln["text"] for ln in hs)) if hs else ""

    def footer(self, p):
        fs = [ln for ln in self.lines(p) if ln["top"] > self.FOOTER_MIN]
        return clean(" ".join(ln["text"] for ln in fs)) if fs else ""

    def running_number(self, p):
        m = re.search(r"pagina (\d+)$", self.footer(p))
        return int(m.group(1)) if m else None

    def _header_title(self, p):
        """(part title, number within the part or None) from the running header"""
        m = re.match(r"Werkplein Noord-Twente \| (.+)$", self.header(p))
        if not m:
            return None, None
        t = m.group(1)
        if t in PART_TITLES:
            return t, None
        m2 = re.match(r"(.+) (\d+)$", t)
        if m2 and m2.group(1) in PART_TITLES:
            return m2.group(1), int(m2.group(2))
        return t, None

    def part_number(self, p):
        return self._header_title(p)[1]

    def is_title_page(self, p):
        bl = self.body_lines(p)
        return not self.header(p) and any(ln["size"] >= 28 for ln in bl) and len(bl) <= 8

    @lru_cache(maxsize=None)
    def part(self, p):
        t, _ = self._header_title(p)
        if t in PART_TITLES:
            return PART_TITLES[t]
        for ln in self.body_lines(p):
            if ln["size"] >= 28 and clean(ln["text"]) in PART_TITLES:
                return PART_TITLES[clean(ln["text"])]
        return "voorblad"

    def headings(self, p):
        return [ln for ln in self.body_lines(p) if ln["bold"] and ln["size"] >= 10.3 and not
                re.match(r"Tabel \d", ln["text"])]

    def section_of(self, p, top=9999):
        """part > the last heading above (page p, y top), searched back within the part"""
        part = self.part(p)
        q = p
        while q >= 1 and self.part(q) == part:
            hs = [h for h in self.headings(q) if q < p or h["top"] < top]
            big = [h for h in hs if h["size"] >= 12.5]
            if hs:
                last = hs[-1]
                if last["size"] >= 12.5:
                    return f"{part} > {clean(last['text'])}"
                # a sub-heading: find its chapter above
                chap = big[-1] if big else None
                r = q
                while chap is None and r > 1 and self.part(r - 1) == part:
                    r -= 1
                    bb = [h for h in self.headings(r) if h["size"] >= 12.5]
                    chap = bb[-1] if bb else None
                return f"{part} > {clean(chap['text']) + ' > ' if chap else ''}{clean(last['text'])}"
            q -= 1
        return part

    def table_regions(self, p):
        return [(t["top"] - 1, t["bottom"] + 1) for t in self.tables(p)]

    @lru_cache(maxsize=None)
    def page_prose(self, p):
        regs = self.table_regions(p)
        return clean(" ".join(ln["text"] for ln in self.body_lines(p)
                              if not any(a <= ln["top"] <= b for a, b in regs)))

    def prose(self, fragment):
        frag = clean(fragment)
        return [p for p in range(1, self.npages + 1) if frag in self.page_prose(p)]

    def prose_top(self, p, fragment):
        """y of the line where the fragment starts on page p"""
        frag = clean(fragment)
        regs = self.table_regions(p)
        lines = [ln for ln in self.body_lines(p) if not any(a <= ln["top"] <= b for a, b in regs)]
        acc, starts = "", []
        for ln in lines:
            starts.append((len(acc), ln["top"]))
            acc += clean(ln["text"]) + " "
        k = acc.find(frag)
        if k < 0:
            return None
        return max((s, t) for s, t in starts if s <= k)[1]

    def full_text(self):
        return "\n".join(self.pdf.pages[p - 1].extract_text() or "" for p in range(1, self.npages + 1))


# ====================================================================================================== begroting 2024
NUM = r"-?\d{1,3}(?:\.\d{3})*"


class Begroting2024(PdfBase):
    """the existing Wassenaar Begroting 2024 (read, never written)"""

    def page_of(self, text):
        hits = [p for p in range(1, self.npages + 1) if clean(text) in clean(self.layout(p))]
        return hits

    def recap_cell(self, caption, label, year, sub):
        """a cell of Tabel 6.2 / Tabel 12.2: the row's 12 figures under 'baten lasten saldo' x 2024..2027"""
        pages = self.page_of(caption)
        if len(pages) != 1:
            raise LookupError(f"{caption!r} on pages {pages}")
        p = pages[0]
        lines = [clean(x) for x in self.layout(p).splitlines()]
        k = [i for i, ln in enumerate(lines) if ln.startswith(clean(caption))][0]
        years = None
        for ln in lines[k:k + 8]:
            ys = re.findall(r"\b(20\d\d)\b", ln)
            if len(ys) == 4:
                years = ys
                break
        subs = [ln for ln in lines[k:k + 8] if ln.count("baten") == 4 and ln.count("lasten") == 4]
        if not years or not subs:
            raise LookupError(f"p{p}: no year/sub header under {caption!r}")
        row = [ln for ln in lines[k:] if ln.startswith(clean(label) + " ")][0]
        nums = re.findall(r"(?<![\w.])" + NUM + r"(?![\w.])", row[len(clean(label)):])
        if len(nums) != 12:
            raise LookupError(f"p{p}: row {label!r} has {len(nums)} figures")
        i = 3 * years.index(str(year)) + ["baten", "lasten", "saldo"].index(sub)
        return {"page": p, "printed": nums[i], "line": row, "years": years, "index": i}

    def printed_line(self, p, label, printed):
        return self.layout_line(p, label, printed)
