"""Read the finished set-au documents back (never imports data.py or the generators).

PdfDoc(path, style) reads a PDF with pdfplumber (words with font and size, ruling lines, filled rectangles) and
`pdftotext -layout`:
  - running header / footer: words in the top or bottom margin band of a page;
  - text segments: words on one baseline, split where the gap between two words exceeds 9 pt (so the two prose
    columns of the GGD document and the cells of a table row are separate segments);
  - tables, style "ggd" (ruled grid, Typst): chains of horizontal rules joined by vertical rules; rows are the
    bands between full-width rules, columns the vertical rules that cross a row; header rows are the rows with the
    tinted header fill; a partial rule inside the header marks a spanning parent cell ("Meerjarenraming"); a row
    with a single spanning cell is a group row; caption "Tabel n ..." and the italic scale line above the table;
    a table without caption at the top of a page whose header equals the previous table's header continues it;
  - tables, style "dk" (horizontal rules only, reportlab): a 1 pt rule, the header, a 0,6 pt rule, the body,
    a closing 1 pt rule; header columns are clusters of header words; a row is a baseline; a value is given to the
    column whose header has the nearest right edge (amounts are right-aligned); a label-only line in italics is a
    group row, otherwise the continuation of the previous row's label (labels running over two lines);
  - headings by size and weight -> section path; reading order with the two-column rule (within a band between
    full-width items: left column first, then the right column); prose paragraphs by vertical gaps, continued over
    a page break when the next page starts with prose.
RealText(path) reads a text export of the corpus (line numbers, tokens).
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pdfplumber

MINUS = "\u2212"
NUM_TOKEN = re.compile(r"^\(?[-\u2212]?(?:€\s?)?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?\)?$")


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def clean_lead(s: str) -> str:
    return s.replace("\u00a0", " ").strip()


def parse_num(s):
    """'−1.234' -> -1234; '38.585 V' -> 38585; '89%' -> 89; '0,1012%' -> 0.1012; '€ 1.234' -> 1234;
    '(1.234)' -> -1234; anything else -> None"""
    if s is None:
        return None
    t = clean(s).replace(MINUS, "-").replace("€", "").strip()
    t = re.sub(r"\s+[VN]$", "", t).strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    t = t.rstrip("%").strip()
    if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+(?:,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    if neg:
        v = -v
    return int(v) if v.is_integer() and "," not in t else v


def figure_token(cell_text):
    """the figure of a cell: the whole cell, or the number in front of a year in parentheses ('89% (2016)')"""
    if parse_num(cell_text) is not None:
        return cell_text
    m = re.fullmatch(r"(\S+) \((\d{4})\)", clean(cell_text or ""))
    if m and parse_num(m.group(1)) is not None:
        return m.group(1)
    return None


def vn_of(s):
    m = re.search(r"\s([VN])$", clean(s or ""))
    return m.group(1) if m else None


def scale_of(stmt: str):
    s = stmt.lower()
    if "x € 1.000" in s:
        return 1000
    if "in euro" in s:
        return 1
    return 1


def _layout_pages(path):
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def _raw_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _close(a, b, tol):
    return abs(a - b) <= tol


class Seg:
    __slots__ = ("page", "x0", "x1", "top", "bottom", "words", "text", "size", "bold", "italic", "kind", "level")

    def __init__(self, page, words):
        self.page = page
        self.words = words
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.text = " ".join(w["text"] for w in words)
        self.size = max(round(w["size"], 1) for w in words)
        self.bold = all("Bold" in w["fontname"] for w in words)
        self.italic = all("Italic" in w["fontname"] or "Oblique" in w["fontname"] for w in words)
        self.kind = "prose"
        self.level = 0

    def __repr__(self):
        return f"Seg(p{self.page} {self.top:.0f} {self.kind} {self.text[:40]!r})"


class PdfDoc:
    GAP = 9.0

    def __init__(self, path, style):
        self.path = Path(path)
        self.style = style
        self.pdf = pdfplumber.open(str(path))
        self.layout = _layout_pages(path)
        self.raw = _raw_text(path)
        self.npages = len(self.pdf.pages)
        self.pages = []
        for i, p in enumerate(self.pdf.pages, start=1):
            words = p.extract_words(extra_attrs=["size", "fontname"], x_tolerance=1.5, y_tolerance=2)
            lines = p.lines
            hl = [l for l in lines if abs(l["top"] - l["bottom"]) < 0.6 and l["x1"] - l["x0"] > 15]
            vl = [l for l in lines if abs(l["x0"] - l["x1"]) < 0.6 and l["bottom"] - l["top"] > 3]
            self.pages.append({"no": i, "width": float(p.width), "height": float(p.height), "words": words,
                               "hl": hl, "vl": vl, "rects": p.rects})
        self.head_y = 58 if style == "ggd" else 48
        self.tables = []
        self._running = {}
        self._segments()
        if style == "ggd":
            self._tables_grid()
        else:
            self._tables_rules()
        self._link_continuations()
        self._flow()

    # ------------------------------------------------------------------------------------------- segments
    def _segments(self):
        self.segs = {}
        for pg in self.pages:
            foot_y = pg["height"] - 42
            body, run = [], []
            for w in pg["words"]:
                (run if (w["top"] < self.head_y or w["top"] > foot_y) else body).append(w)
            self._running[pg["no"]] = {"header": " ".join(w["text"] for w in sorted(
                [w for w in run if w["top"] < self.head_y], key=lambda w: (round(w["top"]), w["x0"]))),
                "footer": " ".join(w["text"] for w in sorted(
                [w for w in run if w["top"] > foot_y], key=lambda w: (round(w["top"]), w["x0"])))}
            body.sort(key=lambda w: (w["top"], w["x0"]))
            ylines, cur = [], []
            for w in body:
                if cur and abs(w["top"] - cur[0]["top"]) > 2.0:
                    ylines.append(cur)
                    cur = []
                cur.append(w)
            if cur:
                ylines.append(cur)
            segs = []
            for yl in ylines:
                yl.sort(key=lambda w: w["x0"])
                part = [yl[0]]
                for w in yl[1:]:
                    lone_bullet = len(part) == 1 and part[0]["text"] in ("•", "–", "-")
                    if w["x0"] - part[-1]["x1"] > self.GAP and not lone_bullet:
                        segs.append(Seg(pg["no"], part))
                        part = []
                    part.append(w)
                segs.append(Seg(pg["no"], part))
            self.segs[pg["no"]] = segs

    def running(self, page):
        return self._running[page]

    # ------------------------------------------------------------------------------------------- captions
    def _caption_above(self, page, top, x0, x1):
        """the caption "Tabel ..." (bold) and the scale line right above a table top"""
        cands = [s for s in self.segs[page] if s.bottom <= top + 1 and top - s.bottom < 48 and s.x0 < x1 and
                 s.x1 > x0]
        cands.sort(key=lambda s: s.top)
        cap = [s for s in cands if s.bold and re.match(r"Tabel \d", s.text)]
        if not cap:
            return None, None
        c = cap[-1]
        scale = [s for s in cands if s.top > c.top and s.italic]
        return c, (scale[0] if scale else None)

    # ------------------------------------------------------------------------------------------- grid tables
    def _tables_grid(self):
        for pg in self.pages:
            hls = sorted(pg["hl"], key=lambda l: (l["top"], l["x0"]))
            vls = pg["vl"]
            groups = []
            for h in hls:
                placed = False
                for gtab in groups:
                    last = gtab[-1]
                    if h["top"] - last["top"] > 60 or h["top"] < last["top"] - 0.5:
                        continue
                    xs0, xs1 = min(x["x0"] for x in gtab), max(x["x1"] for x in gtab)
                    if h["x1"] < xs0 or h["x0"] > xs1:
                        continue
                    if abs(h["top"] - last["top"]) < 0.6 or any(
                            v["top"] <= last["top"] + 1 and v["bottom"] >= h["top"] - 1 and xs0 - 1 <= v["x0"] <= xs1 + 1
                            for v in vls):
                        gtab.append(h)
                        placed = True
                        break
                if not placed:
                    groups.append([h])
            for gtab in groups:
                if len(gtab) < 2:
                    continue
                tx0, tx1 = min(h["x0"] for h in gtab), max(h["x1"] for h in gtab)
                full = sorted({round(h["top"], 1) for h in gtab if _close(h["x0"], tx0, 2) and _close(h["x1"], tx1, 2)})
                ys = []
                for y in full:
                    if not ys or y - ys[-1] > 1.5:
                        ys.append(y)
                if len(ys) < 2:
                    continue
                partial = [h for h in gtab if not (_close(h["x0"], tx0, 2) and _close(h["x1"], tx1, 2))]
                tv = [v for v in vls if tx0 - 1 <= v["x0"] <= tx1 + 1 and v["bottom"] > ys[0] and v["top"] < ys[-1]]
                allx = sorted({round(v["x0"], 1) for v in tv})
                xs = []
                for x in allx:
                    if not xs or x - xs[-1] > 1.5:
                        xs.append(x)
                words = [w for w in pg["words"] if tx0 <= (w["x0"] + w["x1"]) / 2 <= tx1 and ys[0] <= (
                    w["top"] + w["bottom"]) / 2 <= ys[-1]]
                head_fill = [r for r in pg["rects"] if r.get("non_stroking_color") and
                             _close(r["non_stroking_color"][0], 0.81, 0.03) and r["x1"] - r["x0"] > 10]
                rows = []
                for a, b in zip(ys, ys[1:]):
                    mid = (a + b) / 2
                    bx = sorted({round(v["x0"], 1) for v in tv if v["top"] <= mid <= v["bottom"]})
                    bounds = []
                    for x in bx:
                        if not bounds or x - bounds[-1] > 1.5:
                            bounds.append(x)
                    rw = [w for w in words if a <= (w["top"] + w["bottom"]) / 2 <= b]
                    is_head = any(r["top"] <= mid <= r["bottom"] for r in head_fill)
                    rows.append({"top": a, "bottom": b, "bounds": bounds, "words": rw, "head": is_head})
                nh = 0
                while nh < len(rows) and rows[nh]["head"]:
                    nh += 1
                # column names from the header band(s); partial rules mark spanning parents
                ncol = len(xs) - 1
                names, parents = [""] * ncol, [""] * ncol
                for r in rows[:nh]:
                    pr = [h for h in partial if r["top"] < h["top"] < r["bottom"]]
                    for ci in range(ncol):
                        cx0, cx1 = xs[ci], xs[ci + 1]
                        cw = [w for w in r["words"] if cx0 <= (w["x0"] + w["x1"]) / 2 <= cx1]
                        under = [h for h in pr if h["x0"] - 1 <= cx0 and h["x1"] + 1 >= cx1]
                        if under:
                            py = under[0]["top"]
                            pw = [w for w in r["words"] if w["bottom"] <= py + 0.5 and
                                  under[0]["x0"] <= (w["x0"] + w["x1"]) / 2 <= under[0]["x1"]]
                            parents[ci] = " ".join(w["text"] for w in sorted(pw, key=lambda w: (w["top"], w["x0"])))
                            cw = [w for w in cw if w["top"] >= py - 0.5]
                        t = " ".join(w["text"] for w in sorted(cw, key=lambda w: (round(w["top"]), w["x0"])))
                        names[ci] = clean((names[ci] + " " + t))
                body = []
                for r in rows[nh:]:
                    if len(r["bounds"]) <= 2:
                        txt = " ".join(w["text"] for w in sorted(r["words"], key=lambda w: (w["top"], w["x0"])))
                        body.append({"group": True, "label": clean(txt), "top": r["top"]})
                        continue
                    cells = []
                    for ci in range(len(r["bounds"]) - 1):
                        cx0, cx1 = r["bounds"][ci], r["bounds"][ci + 1]
                        cw = sorted([w for w in r["words"] if cx0 <= (w["x0"] + w["x1"]) / 2 <= cx1],
                                    key=lambda w: (round(w["top"]), w["x0"]))
                        cells.append(cw)
                    lab = cells[0]
                    first_line = [w for w in lab if abs(w["top"] - lab[0]["top"]) < 2] if lab else []
                    body.append({"group": False, "label": clean(" ".join(w["text"] for w in lab)),
                                 "label_first_line": clean(" ".join(w["text"] for w in first_line)),
                                 "label_lines": len({round(w["top"]) for w in lab}),
                                 "values": [clean(" ".join(w["text"] for w in c)) for c in cells[1:]],
                                 "bold": bool(lab) and all("Bold" in w["fontname"] for w in lab), "top": r["top"]})
                cap, scale = self._caption_above(pg["no"], ys[0], tx0, tx1)
                self.tables.append({"page": pg["no"], "top": ys[0], "bottom": ys[-1], "x0": tx0, "x1": tx1,
                                    "caption": clean(cap.text) if cap else None,
                                    "scale_statement": clean(scale.text) if scale else None,
                                    "columns": names, "parents": parents, "header_rows": nh, "rows": body,
                                    "ncols": ncol, "vlines": len(xs), "hrules": len(ys),
                                    "row_vlines": [len(r["bounds"]) for r in rows[nh:]]})

    # ------------------------------------------------------------------------------------------- rule tables
    def _tables_rules(self):
        for pg in self.pages:
            hls = sorted(pg["hl"], key=lambda l: l["top"])
            thick = [h for h in hls if _close(h.get("linewidth", 0), 1.0, 0.05)]
            mid = [h for h in hls if _close(h.get("linewidth", 0), 0.6, 0.05)]
            used = set()
            for t in thick:
                if id(t) in used:
                    continue
                hb = [m for m in mid if 0 < m["top"] - t["top"] < 45 and _close(m["x0"], t["x0"], 1)]
                if not hb:
                    continue
                hb = hb[0]
                closing = [c for c in thick if c["top"] > hb["top"] and _close(c["x0"], t["x0"], 1)]
                if not closing:
                    continue
                cl = closing[0]
                used.add(id(t))
                used.add(id(cl))
                tx0, tx1 = t["x0"], t["x1"]
                inside = [w for w in pg["words"] if tx0 - 1 <= w["x0"] and w["x1"] <= tx1 + 1]
                head = [w for w in inside if t["top"] < w["top"] < hb["top"]]
                bodyw = [w for w in inside if hb["top"] < w["top"] < cl["top"]]
                # header clusters
                hs = sorted(head, key=lambda w: w["x0"])
                clusters = []
                for w in hs:
                    if clusters and w["x0"] <= clusters[-1]["x1"] + 4:
                        clusters[-1]["x1"] = max(clusters[-1]["x1"], w["x1"])
                        clusters[-1]["words"].append(w)
                    else:
                        clusters.append({"x0": w["x0"], "x1": w["x1"], "words": [w]})
                names = [clean(" ".join(w["text"] for w in sorted(c["words"], key=lambda w: (round(w["top"]), w["x0"]))))
                         for c in clusters]
                # body rows
                bodyw.sort(key=lambda w: (w["top"], w["x0"]))
                ylines, cur = [], []
                for w in bodyw:
                    if cur and abs(w["top"] - cur[0]["top"]) > 2.0:
                        ylines.append(cur)
                        cur = []
                    cur.append(w)
                if cur:
                    ylines.append(cur)
                rows = []
                for yl in ylines:
                    yl.sort(key=lambda w: w["x0"])
                    parts = [[yl[0]]]
                    for w in yl[1:]:
                        if w["x0"] - parts[-1][-1]["x1"] > 6:
                            parts.append([])
                        parts[-1].append(w)
                    label, vals = [], [""] * len(clusters)
                    for prt in parts:
                        if prt[0]["x0"] < clusters[0]["x1"] + 6 and not label and not any(vals):
                            label = prt
                            continue
                        x1 = max(w["x1"] for w in prt)
                        ci = min(range(1, len(clusters)), key=lambda i: abs(clusters[i]["x1"] - x1))
                        vals[ci] = clean(vals[ci] + " " + " ".join(w["text"] for w in prt))
                    ltxt = clean(" ".join(w["text"] for w in label))
                    if not any(vals[1:]):
                        if label and all("Italic" in w["fontname"] for w in label):
                            rows.append({"group": True, "label": ltxt, "top": yl[0]["top"]})
                        elif rows and not rows[-1]["group"]:
                            rows[-1]["label"] = clean(rows[-1]["label"] + " " + ltxt)
                            rows[-1]["label_lines"] += 1
                        else:
                            rows.append({"group": False, "label": ltxt, "label_first_line": ltxt, "label_lines": 1,
                                         "values": vals[1:], "bold": False, "top": yl[0]["top"]})
                        continue
                    rows.append({"group": False, "label": ltxt, "label_first_line": ltxt, "label_lines": 1,
                                 "values": vals[1:], "top": yl[0]["top"],
                                 "bold": bool(label) and all("Bold" in w["fontname"] for w in label)})
                cap, scale = self._caption_above(pg["no"], t["top"], tx0, tx1)
                self.tables.append({"page": pg["no"], "top": t["top"], "bottom": cl["top"], "x0": tx0, "x1": tx1,
                                    "caption": clean(cap.text) if cap else None,
                                    "scale_statement": clean(scale.text) if scale else None,
                                    "columns": names, "parents": [""] * len(names), "header_rows": 1,
                                    "rows": rows, "ncols": len(names), "vlines": 0, "hrules": 0, "row_vlines": []})

    # ------------------------------------------------------------------------------------------- continuation
    def _link_continuations(self):
        self.tables.sort(key=lambda t: (t["page"], t["top"]))
        prev = None
        for t in self.tables:
            t["continues"] = None
            if t["caption"] is None and prev is not None and prev["page"] == t["page"] - 1 and \
                    prev["columns"] == t["columns"]:
                base = prev if prev["caption"] else prev["base"]
                t["continues"] = base["caption"]
                t["base"] = base
                t["caption"] = None
            elif t["caption"] is not None:
                t["base"] = t
            else:
                t["base"] = None
            prev = t
        self.by_caption = {}
        for t in self.tables:
            b = t.get("base")
            if b is None:
                continue
            self.by_caption.setdefault(b["caption"], []).append(t)

    # ------------------------------------------------------------------------------------------- reading order
    def _heading_level(self, s):
        if self.style == "ggd":
            if s.size >= 16 and s.bold:
                return 1
            if 12 <= s.size < 16 and s.bold:
                return 2
            if s.bold and 9 <= s.size < 10 and not s.text.startswith("Tabel "):
                return 3
        else:
            f = s.words[0]["fontname"]
            if s.size >= 15 and s.bold:
                return 1
            if 12 <= s.size < 15 and s.bold:
                return 2
            if s.bold and 10.3 <= s.size < 11 and "Sans" in f:
                return 3
            if s.bold and 10.3 <= s.size < 11 and "Serif" in f:
                return 4
        return 0

    def _flow(self):
        self.items = []          # reading order: ("seg", Seg) / ("table", table)
        for pg in self.pages:
            no = pg["no"]
            if no == 1:
                continue
            tabs = [t for t in self.tables if t["page"] == no]
            segs = []
            for s in self.segs[no]:
                if any(t["top"] - 1 <= s.top <= t["bottom"] + 1 and t["x0"] - 2 <= s.x0 <= t["x1"] + 2 for t in tabs):
                    continue
                segs.append(s)
            mid = pg["width"] / 2
            entries = [("table", t["top"], "F", t) for t in tabs]
            for s in segs:
                side = "L" if s.x1 < mid - 2 else ("R" if s.x0 > mid + 2 else "F")
                if self.style != "ggd":
                    side = "F"
                entries.append(("seg", s.top, side, s))
            entries.sort(key=lambda e: e[1])
            ordered, band = [], []

            def flush():
                ordered.extend([e for e in band if e[2] == "L"] + [e for e in band if e[2] == "R"])
                band.clear()
            for e in entries:
                if e[2] == "F":
                    flush()
                    ordered.append(e)
                else:
                    band.append(e)
            flush()
            for e in ordered:
                self.items.append((e[0], e[3]))
        # classify and build sections and paragraphs
        slots = ["", "", "", ""]
        self.paragraphs = []
        cur = None
        last_seg = None
        toc_page = None
        for kind, obj in self.items:
            if kind == "table":
                obj["section"] = " > ".join(x for x in slots if x)
                cur = None
                last_seg = None
                continue
            s = obj
            if s.text == "Inhoud" and s.size >= 15:
                toc_page = s.page
            if s.page == toc_page:
                s.kind = "toc"
                continue
            lvl = self._heading_level(s)
            if re.match(r"Tabel \d", s.text) and s.bold:
                s.kind = "caption"
                cur = None
                last_seg = s
                continue
            if s.italic and last_seg is not None and last_seg.kind == "caption":
                s.kind = "scale"
                last_seg = s
                continue
            if lvl:
                s.kind, s.level = "heading", lvl
                slots[lvl - 1] = clean(s.text)
                for j in range(lvl, 4):
                    slots[j] = ""
                cur = None
                last_seg = s
                continue
            s.kind = "prose"
            txt = clean(s.text)
            bullet = txt.startswith("•")
            txt = clean(txt.lstrip("•"))
            if cur is None or bullet or last_seg is None or last_seg.kind != "prose":
                new_par = True
            elif s.page != last_seg.page:
                new_par = False                      # a paragraph continued on the next page
            elif s.top < last_seg.top - 5:
                new_par = False                      # continued in the right-hand column
            else:
                new_par = s.top - last_seg.bottom > 0.5 * s.size
            if new_par:
                cur = {"text": txt, "pages": [s.page], "section": " > ".join(x for x in slots if x), "bullet": bullet}
                self.paragraphs.append(cur)
            else:
                cur["text"] = clean(cur["text"] + " " + txt)
                if s.page not in cur["pages"]:
                    cur["pages"].append(s.page)
            last_seg = s

    # ------------------------------------------------------------------------------------------- API
    def table(self, caption):
        parts = self.by_caption.get(caption)
        if not parts:
            raise LookupError(f"no table {caption!r}")
        return parts

    def captions(self):
        return list(self.by_caption)

    def cell(self, caption, row, col, group=None, occurrence=0):
        parts = self.table(caption)
        cols = parts[0]["columns"]
        if col not in cols:
            raise LookupError(f"{caption}: no column {col!r} in {cols}")
        ci = cols.index(col) - 1
        hits = []
        for t in parts:
            g = None
            for r in t["rows"]:
                if r["group"]:
                    g = r["label"]
                    continue
                if r["label"] == row and (group is None or g == group):
                    hits.append((t, r, g))
        if len(hits) <= occurrence:
            raise LookupError(f"{caption}: no row {row!r} (group {group!r})")
        if group is None and len(hits) > 1 and occurrence == 0:
            raise LookupError(f"{caption}: row {row!r} is ambiguous, give the group")
        t, r, g = hits[occurrence]
        return {"printed": r["values"][ci], "page": t["page"], "group": g, "row": r["label"],
                "continued": t["caption"] is None, "label_first_line": r["label_first_line"],
                "label_lines": r["label_lines"], "bold": r["bold"], "section": parts[0].get("section", ""),
                "scale_statement": parts[0]["scale_statement"], "pages": sorted({p["page"] for p in parts})}

    def rows(self, caption):
        out, g = [], None
        for t in self.table(caption):
            for r in t["rows"]:
                if r["group"]:
                    g = r["label"]
                    continue
                out.append(dict(r, group=g, page=t["page"]))
        return out

    def layout_lines(self, page, label_first_line, printed):
        """the `pdftotext -layout` lines of a page that start with the row label and hold the printed cell"""
        return [ln.rstrip() for ln in self.layout[page - 1].splitlines()
                if re.match(re.escape(label_first_line) + r"(?:\s{2,}|\s*$)", clean_lead(ln)) and re.search(
                    r"(?:^|\s)" + re.escape(printed) + r"(?:\s|$)", ln)]

    def layout_line(self, page, label_first_line, printed):
        hits = self.layout_lines(page, label_first_line, printed)
        return hits[0] if hits and len(set(hits)) == 1 else None

    def prose(self, fragment):
        f = clean(fragment)
        return [{"section": p["section"], "pages": p["pages"]} for p in self.paragraphs if f in p["text"]]

    def paragraph_with(self, fragment):
        f = clean(fragment)
        hits = [p for p in self.paragraphs if f in p["text"]]
        return hits

    def section_text(self, section):
        return " ".join(p["text"] for p in self.paragraphs if p["section"] == section)

    def headings(self):
        return [(s.page, s.level, clean(s.text)) for k, s in self.items if k == "seg" and s.kind == "heading"]

    def text(self):
        lay = "\n".join(self.layout)
        return self.raw + "\n" + lay


class RealText:
    """a text export of the corpus: lines, the unique line holding a label, its tokens"""

    def __init__(self, path):
        self.path = Path(path)
        self.lines = self.path.read_text(encoding="utf-8").splitlines()

    def find(self, label):
        hits = [i + 1 for i, ln in enumerate(self.lines) if label in ln]
        if len(hits) != 1:
            raise LookupError(f"{self.path.name}: {label!r} on lines {hits}")
        return hits[0]

    def line(self, no):
        return self.lines[no - 1]

    def tokens(self, no):
        return self.lines[no - 1].split()

    def header_above(self, no, pattern):
        for i in range(no - 1, 0, -1):
            if re.search(pattern, self.lines[i - 1]):
                return i
        return None

    def text(self):
        return "\n".join(self.lines)
