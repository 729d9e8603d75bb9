"""Read the finished set-at documents back.  Never imports data.py or the generators: everything comes from the files.

PdfDoc      pdfplumber words (size, font, colour) and ruled tables.  The running footer is recognised by its place in
            the bottom margin and kept apart from the body.  Headings give the section path of any place on a page
            (Wassenaar: white text on the olive bars, 12 pt = level 1, 10 pt = level 2, bold body-size lines = level
            3; Dinkelland, printed by Chromium at 0.906 of the CSS sizes: white 17 pt text on the coloured ambitie
            bands = level 1, bold serif 11.3 pt = level 2, bold 9.1 pt = level 3).  Tables come from pdfplumber's ruling-line table finder; the header rows are the
            leading rows filled with the colour of the first header cell, a header cell spanning several columns
            (rowspan/colspan) contributes its text to the name of every column under it; a table without a caption
            at the top of a page whose header equals that of the last table of the previous page continues it.  A
            row whose other cells are all empty is a group row.  Footnotes are the small-type lines right under a
            table.  Prose is the body text outside tables, joined over page breaks.
RealPdf     the real Wassenaar Begroting 2024: `pdftotext -layout` lines per page; a figure is the n-th number on the
            first line under an anchor line that starts with the row label.
RealText    the real Dinkelland Begroting 2020 text export: a figure by anchor line, line pattern and token.
"""
from __future__ import annotations

import logging
import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

logging.getLogger("pdfminer").setLevel(logging.ERROR)

FIX = {"\u00a0": " ", "\ufb01": "fi", "\ufb02": "fl", "\u00ad": "", "\u2009": " ", "\u202f": " "}


def clean(s) -> str:
    s = str(s)
    for a, b in FIX.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def parse_num(s):
    """Dutch printed number -> float.  '1.234' 1234; '-1.234' -1234; '(1.234)' -1234; '€ 34.806.212'; '€ -35.000';
    '0,0975%' 0.0975; '5,3%'; '89% (2016)' 89; '7,7 (2018)' 7.7; '€ 7,5 mln' 7.5; '181 kg' 181; 'n.v.t.'/'-' None"""
    t = clean(s)
    t = re.sub(r"\s*\((?:19|20)\d\d\)$", "", t)
    t = t.replace("€", "").replace("%", "").replace("mln", "").replace("kg", "").strip()
    neg = False
    if re.fullmatch(r"\(.*\)", t):
        neg, t = True, t[1:-1].strip()
    t = t.replace(" ", "")
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?|-?\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


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
    if len(c) == 4:  # cmyk
        cc, m, y, k = (float(x) for x in c)
        return tuple(round((1 - a) * (1 - k), 3) for a in (cc, m, y))
    return None


def _inside(w, bb, pad=0.5):
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return bb[0] - pad <= cx <= bb[2] + pad and bb[1] - pad <= cy <= bb[3] + pad


def num_tokens(s):
    """numbers of a printed line (Dutch), after dropping '(2021)'-style years"""
    s = re.sub(r"\((?:19|20)\d\d\)", " ", s)
    return re.findall(r"(?<![\w.,])-?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?(?![\w.,])|(?<![\w.,])-?\d+(?:,\d+)?%?(?![\w.,])",
                      s)


class PdfDoc:
    FOOTER = 50.0          # the running footer lives in the bottom FOOTER points of a page
    KIND = "generic"

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self.meta = dict(self.pdf.metadata or {})

    # ---------------------------------------------------------------------------------------------- words, lines
    @lru_cache(maxsize=None)
    def all_words(self, p):
        pg = self.pdf.pages[p - 1]
        ws = pg.extract_words(extra_attrs=["size", "fontname", "non_stroking_color"], x_tolerance=1.5,
                              keep_blank_chars=False)
        h = float(pg.height)
        for w in ws:
            w["text"] = clean(w["text"])
            w["rgb"] = _rgb(w["non_stroking_color"])
            w["bold"] = "Bold" in w["fontname"]
            w["running"] = w["top"] > h - self.FOOTER
        return [w for w in ws if w["text"]]

    def words(self, p):
        return [w for w in self.all_words(p) if not w["running"]]

    def running_text(self, p):
        return clean(" ".join(w["text"] for w in sorted(self.all_words(p), key=lambda w: (round(w["top"]), w["x0"]))
                              if w["running"]))

    @staticmethod
    def group_lines(words, tol=2.5):
        lines = []
        for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
            for ln in lines:
                if abs(ln["top"] - w["top"]) <= tol:
                    ln["words"].append(w)
                    break
            else:
                lines.append({"top": w["top"], "words": [w]})
        out = []
        for ln in lines:
            ws = sorted(ln["words"], key=lambda w: w["x0"])
            out.append({"top": min(w["top"] for w in ws), "bottom": max(w["bottom"] for w in ws), "x0": ws[0]["x0"],
                        "x1": ws[-1]["x1"], "words": ws, "text": clean(" ".join(w["text"] for w in ws)),
                        "size": max(w["size"] for w in ws), "bold": all(w["bold"] for w in ws),
                        "white": all(w["rgb"] == (1.0, 1.0, 1.0) for w in ws),
                        "font": ws[0]["fontname"]})
        return sorted(out, key=lambda l_: l_["top"])

    @lru_cache(maxsize=None)
    def lines(self, p):
        return self.group_lines(self.words(p))

    @lru_cache(maxsize=None)
    def body_lines(self, p):
        """lines outside every table"""
        bbs = [t["bbox"] for t in self.raw_tables(p)]
        return [ln for ln in self.group_lines([w for w in self.words(p) if not any(_inside(w, b) for b in bbs)])]

    # ---------------------------------------------------------------------------------------------- headings
    def heading_level(self, ln):
        raise NotImplementedError

    @lru_cache(maxsize=None)
    def headings(self):
        out = []
        for p in range(1, self.npages + 1):
            for ln in self.body_lines(p):
                lv = self.heading_level(ln)
                if lv:
                    out.append((p, ln["top"], lv, ln["text"]))
        return out

    def section_at(self, p, top):
        stack = []
        for hp, ht, lv, txt in self.headings():
            if (hp, ht) > (p, top + 0.5):
                break
            stack = stack[:lv - 1] + [txt]
        return " > ".join(stack)

    # ---------------------------------------------------------------------------------------------- tables
    TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                      "join_tolerance": 3, "intersection_tolerance": 3}

    @lru_cache(maxsize=None)
    def fills(self, p):
        pg = self.pdf.pages[p - 1]
        out = []
        for r in pg.rects:
            if not r.get("fill"):
                continue
            if r["width"] < 3 or r["height"] < 3:
                continue
            out.append((r["x0"], r["top"], r["x1"], r["bottom"], _rgb(r["non_stroking_color"])))
        return out

    def fill_at(self, p, x, y):
        best = None
        for x0, t, x1, b, c in self.fills(p):
            if x0 - 0.5 <= x <= x1 + 0.5 and t - 0.5 <= y <= b + 0.5:
                a = (x1 - x0) * (b - t)
                if best is None or a < best[0]:
                    best = (a, c)
        return best[1] if best else None

    @lru_cache(maxsize=None)
    def raw_tables(self, p):
        pg = self.pdf.pages[p - 1]
        words = self.words(p)
        out = []
        for t in pg.find_tables(self.TABLE_SETTINGS):
            rows = [list(r.cells) for r in t.rows]
            if len(rows) < 2 or max(len(r) for r in rows) < 2:
                continue
            ncol = max(len(r) for r in rows)
            # column x-ranges from the row with the most cells
            full = max(rows, key=lambda r: sum(c is not None for c in r))
            xr = [(c[0], c[2]) if c else None for c in full]
            if None in xr:
                continue

            def txt(bb):
                ws = [w for w in words if _inside(w, bb)]
                return self.group_lines(ws), clean(" ".join(w["text"] for w in sorted(ws, key=lambda w: (
                    round(w["top"]), w["x0"]))))

            cells = []
            for r in rows:
                rc = []
                for j, c in enumerate(r):
                    if c is None:
                        rc.append(None)
                        continue
                    lns, tx = txt(c)
                    rc.append({"bbox": c, "text": " ".join(ln["text"] for ln in lns), "lines": lns,
                               "fill": self.fill_at(p, (c[0] + c[2]) / 2, (c[1] + c[3]) / 2),
                               "bold": bool(lns) and all(ln["bold"] for ln in lns)})
                cells.append(rc)
            first = next(c for c in cells[0] if c)
            hfill = first["fill"]
            nh = 0
            if hfill and hfill != (1.0, 1.0, 1.0):
                for rc in cells:
                    fc = next((c for c in rc if c), None)
                    if fc and fc["fill"] == hfill and all(c["bold"] or not c["text"] for c in rc if c):
                        nh += 1
                    else:
                        break
            cols = []
            for j, (a, b) in enumerate(xr):
                cx = (a + b) / 2
                parts = []
                for rc in cells[:nh]:
                    for c in rc:
                        if c and c["bbox"][0] - 0.5 <= cx <= c["bbox"][2] + 0.5 and c["text"] and \
                                c["text"] not in parts:
                            parts.append(c["text"])
                cols.append(clean(" ".join(parts)))
            body = []
            group = None
            for rc in cells[nh:]:
                vals = {}
                for j, (a, b) in enumerate(xr):
                    cx = (a + b) / 2
                    c = next((c for c in rc if c and c["bbox"][0] - 0.5 <= cx <= c["bbox"][2] + 0.5), None)
                    vals[cols[j]] = c["text"] if c else ""
                lab_cell = next(c for c in rc if c)
                label = vals[cols[0]]
                is_group = bool(label) and all(not vals[c] for c in cols[1:])
                if is_group:
                    group = label
                body.append({"label": label, "cells": vals, "is_group": is_group, "group": None if is_group else group,
                             "top": lab_cell["bbox"][1], "bottom": lab_cell["bbox"][3],
                             "label_first_line": lab_cell["lines"][0]["text"] if lab_cell["lines"] else "",
                             "bold": lab_cell["bold"]})
            out.append({"page": p, "bbox": tuple(t.bbox), "ncol": ncol, "nheader": nh, "header_fill": hfill,
                        "cols": cols, "rows": body, "header_cells": [[c["text"] if c else None for c in rc]
                                                                     for rc in cells[:nh]],
                        "header_spans": [[(c["bbox"][0], c["bbox"][2]) if c else None for c in rc]
                                         for rc in cells[:nh]], "col_x": xr})
        # captions
        bl = self.group_lines([w for w in words if not any(_inside(w, t["bbox"]) for t in out)])
        for t in out:
            above = [ln for ln in bl if ln["bottom"] <= t["bbox"][1] + 1 and ln["top"] >= t["bbox"][1] - 34]
            cap = [ln for ln in above if ln["text"].startswith("Tabel ")]
            t["caption"] = cap[-1]["text"] if cap else None
            below = [ln for ln in bl if ln["top"] >= t["bbox"][3] - 1]
            fns = []
            for ln in below:
                if ln["top"] - (fns[-1]["bottom"] if fns else t["bbox"][3]) > 8 or ln["size"] > self.FOOTNOTE_MAX:
                    break
                fns.append(ln)
            t["footnotes"] = [ln["text"] for ln in fns]
            t["footnote_sizes"] = [round(ln["size"], 1) for ln in fns]
        return out

    FOOTNOTE_MAX = 7.6

    @lru_cache(maxsize=None)
    def all_tables(self):
        """tables in document order with their continuations merged: list of lists of page parts"""
        merged = []
        prev = None
        for p in range(1, self.npages + 1):
            for i, t in enumerate(self.raw_tables(p)):
                if t["caption"] is None and i == 0 and prev is not None and prev["page"] == p - 1 and \
                        prev["header_cells"] == t["header_cells"] and t["nheader"] > 0:
                    merged[-1].append(t)
                else:
                    merged.append([t])
                prev = t
        for parts in merged:       # a continuation inherits the group row that was open at the page break
            group = None
            for part in parts:
                for r in part["rows"]:
                    if r["is_group"]:
                        group = r["label"]
                    elif r["group"] is None:
                        r["group"] = group
        return merged

    def find_table(self, caption):
        """the table whose caption equals `caption`, or ends with it / contains it once"""
        hits = [ts for ts in self.all_tables() if ts[0]["caption"] == caption]
        if not hits:
            hits = [ts for ts in self.all_tables() if ts[0]["caption"] and caption in ts[0]["caption"]]
        if len(hits) != 1:
            raise LookupError(f"{self.path.name}: {len(hits)} tables with caption {caption!r}")
        return hits[0]

    def table_rows(self, caption):
        out = []
        for part in self.find_table(caption):
            for r in part["rows"]:
                out.append({**r, "page": part["page"], "continued": part is not self.find_table(caption)[0]})
        return out

    def cell(self, caption, row, col, group=None):
        parts = self.find_table(caption)
        hits = []
        for part in parts:
            if col not in part["cols"]:
                raise LookupError(f"{caption!r}: no column {col!r} in {part['cols']}")
            for r in part["rows"]:
                if r["label"] == row and not r["is_group"] and (group is None or r["group"] == group):
                    hits.append((part, r))
        if len(hits) != 1:
            raise LookupError(f"{caption!r}: {len(hits)} rows {row!r} (group {group!r})")
        part, r = hits[0]
        return {"page": part["page"], "printed": r["cells"][col], "top": r["top"], "group": r["group"],
                "row": r["label"], "label_first_line": r["label_first_line"], "continued": part is not parts[0],
                "caption": parts[0]["caption"]}

    # ---------------------------------------------------------------------------------------------- prose
    @lru_cache(maxsize=None)
    def _flow(self):
        """body text outside tables, all pages joined; (text, [(start offset, page, line top)])"""
        txt, marks = "", []
        for p in range(1, self.npages + 1):
            for ln in self.body_lines(p):
                if txt:
                    txt += " "
                marks.append((len(txt), p, ln["top"]))
                txt += ln["text"]
        return txt, marks

    def _locate(self, fragment):
        txt, marks = self._flow()
        frag = clean(fragment)
        i = txt.find(frag)
        if i < 0:
            return None
        j = i + len(frag)
        pages, start_top = [], None
        for k_, (off, p, top) in enumerate(marks):
            nxt = marks[k_ + 1][0] if k_ + 1 < len(marks) else len(txt) + 1
            if nxt > i and off < j:
                if p not in pages:
                    pages.append(p)
                if start_top is None:
                    start_top = (p, top)
        return pages, start_top, txt.count(frag)

    def prose(self, fragment):
        loc = self._locate(fragment)
        return loc[0] if loc else []

    def prose_count(self, fragment):
        loc = self._locate(fragment)
        return loc[2] if loc else 0

    def prose_top(self, p, fragment):
        loc = self._locate(fragment)
        if not loc or loc[1][0] != p:
            raise LookupError(f"prose {fragment[:40]!r} does not start on page {p}")
        return loc[1][1]

    # ---------------------------------------------------------------------------------------------- layout text
    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def layout_line(self, p, label_first_line, printed):
        lab = clean(label_first_line)
        pat = re.compile(r"(?<![\d.,])" + re.escape(clean(printed)) + r"(?![\d.,])")
        for ln in self.layout(p).splitlines():
            c = clean(ln)
            if lab and c.startswith(lab[:40]) and pat.search(c):
                return c
        return None


class Jaarstukken(PdfDoc):
    """Wassenaar, Jaarstukken 2024 (Word document printed by LibreOffice)"""
    FOOTER = 52.0
    FOOTNOTE_MAX = 7.6

    def heading_level(self, ln):
        if ln["white"]:
            return 1 if ln["size"] >= 11.5 else 2
        if ln["bold"] and 8.2 <= ln["size"] <= 8.8 and not re.search(r"\.{5,}", ln["text"]):
            return 3
        return None


class Programmabegroting(PdfDoc):
    """Dinkelland, Programmabegroting 2023 (HTML printed by Chromium)"""
    FOOTER = 45.0
    FOOTNOTE_MAX = 7.2      # Chromium prints CSS sizes x 0.906: body 8.7, caption 7.7, note 6.8

    def heading_level(self, ln):
        if ln["white"] and ln["size"] >= 14:
            return 1
        if ln["bold"] and "Serif" in ln["font"] and 10.5 <= ln["size"] <= 12.5:
            return 2
        if ln["bold"] and 8.9 <= ln["size"] <= 9.4 and not ln["text"].startswith("Tabel "):
            return 3
        return None

    def bands(self):
        """(page, title, fill colour) of the coloured ambitie bands: white level-1 text on a wide filled rect"""
        out = []
        for p in range(1, self.npages + 1):
            for ln in self.body_lines(p):
                if self.heading_level(ln) == 1:
                    x = (ln["x0"] + ln["x1"]) / 2
                    y = (ln["top"] + ln["bottom"]) / 2
                    rect = [f for f in self.fills(p) if f[0] - 1 <= x <= f[2] + 1 and f[1] - 1 <= y <= f[3] + 1]
                    rect = min(rect, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])) if rect else None
                    out.append((p, ln["text"], rect[4] if rect else None,
                                (rect[2] - rect[0]) if rect else 0, float(self.pdf.pages[p - 1].width)))
        return out


class RealPdf:
    """the real Wassenaar Begroting 2024, read through `pdftotext -layout`"""

    def __init__(self, path):
        self.path = Path(path)
        out = subprocess.run(["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True,
                             check=True).stdout
        self.pages = out.split("\f")

    def lines(self, p):
        return self.pages[p - 1].splitlines()

    def figure(self, page, anchor, label, index):
        """the index-th number after the label on the first line under `anchor` (same or next page) that starts
        with `label`"""
        lines = [(page, i, ln) for i, ln in enumerate(self.lines(page))]
        lines += [(page + 1, i, ln) for i, ln in enumerate(self.lines(page + 1))]
        a = next((k for k, (_, _, ln) in enumerate(lines) if clean(anchor) in clean(ln)), None)
        if a is None:
            raise LookupError(f"anchor {anchor!r} not on page {page}")
        for pp, i, ln in lines[a + 1:]:
            c = clean(ln)
            if c.startswith(clean(label)):
                toks = num_tokens(c[len(clean(label)):])
                return {"page": pp, "line_no": i, "line": c, "tokens": toks, "token": toks[index],
                        "anchor_line": lines[a][1], "between": [clean(x[2]) for x in lines[a:lines.index((pp, i, ln))]]}
        raise LookupError(f"no line {label!r} under {anchor!r} on page {page}")


class RealText:
    """the real Dinkelland Begroting 2020 text export"""

    def __init__(self, path):
        self.path = Path(path)
        self.text = self.path.read_text(encoding="utf-8")
        self.lines_ = self.text.splitlines()

    def figure(self, anchor, line_regex, token_regex):
        a = next((i for i, ln in enumerate(self.lines_) if clean(anchor) in clean(ln)), None)
        if a is None:
            raise LookupError(f"anchor {anchor!r}")
        for i in range(a, len(self.lines_)):
            c = clean(self.lines_[i])
            if re.search(line_regex, c):
                m = re.search(token_regex, c)
                if not m:
                    raise LookupError(f"token {token_regex!r} not in {c!r}")
                return {"line_no": i + 1, "line": c, "token": m.group(1), "anchor_line_no": a + 1}
        raise LookupError(f"no line /{line_regex}/ after {anchor!r}")
