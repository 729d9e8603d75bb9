"""Read the finished documents back (never imports data.py): used by gen_cases.py to locate every expected
figure and by check.py to verify it again.

PdfDoc   pdfplumber words with their colour, grouped into lines by baseline; tables found by caption (also
         'caption (vervolg)' on a following page), header cells by right-aligned header words above a
         column, rows by their label (wrapped labels are joined over lines; the figures sit on the line that
         has numbers), cells by the header word whose right edge meets the figure's right edge; cards by
         their white title in a coloured bar and the box around it; prose by the page text.
RealPdf  pdftotext -layout lines of a real PDF page.
RealText the lines of a real text export.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache

import pdfplumber

NUM = re.compile(r"^[+-]?\d{1,3}(?:[.']\d{3})*(?:,\d+)?%?$")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def parse_num(tok):
    t = tok.replace("k€", "").replace("€", "").replace(" ", "").replace("%", "")
    t = t.replace(".", "").replace("'", "").replace(",", ".")
    return float(t)


def is_num(w):
    return bool(NUM.match(w))


class Line:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: w["x0"])
        self.bottom = max(w["bottom"] for w in words)
        self.top = min(w["top"] for w in words)
        self.text = " ".join(w["text"] for w in self.words)

    def __repr__(self):
        return f"<{self.top:.1f} {self.text!r}>"


def color_of(w):
    c = w.get("non_stroking_color")
    if c is None:
        return (0.0, 0.0, 0.0)
    if isinstance(c, (int, float)):
        return (float(c),) * 3
    c = tuple(float(x) for x in c)
    if len(c) == 1:
        return c * 3
    return c[:3]


class PdfDoc:
    def __init__(self, path):
        self.path = str(path)
        self.pdf = pdfplumber.open(self.path)
        self.n = len(self.pdf.pages)

    @lru_cache(maxsize=None)
    def words(self, p):
        page = self.pdf.pages[p - 1]
        ws = page.extract_words(x_tolerance=1.5, y_tolerance=1.5, keep_blank_chars=False,
                                extra_attrs=["fontname", "size", "non_stroking_color"])
        for w in ws:
            w["color"] = color_of(w)
        return ws

    @lru_cache(maxsize=None)
    def lines(self, p):
        ws = sorted(self.words(p), key=lambda w: (round(w["bottom"], 0), w["x0"]))
        out, cur = [], []
        for w in ws:
            if cur and abs(w["bottom"] - cur[-1]["bottom"]) > 1.2:
                out.append(Line(cur))
                cur = []
            cur.append(w)
        if cur:
            out.append(Line(cur))
        out.sort(key=lambda ln: ln.top)
        return out

    @lru_cache(maxsize=None)
    def page_text(self, p):
        return norm(" ".join(ln.text for ln in self.lines(p)))

    def page_size(self, p):
        pg = self.pdf.pages[p - 1]
        return pg.width, pg.height

    # ------------------------------------------------------------------------------------------- tables
    def caption_hits(self, caption):
        hits = []
        for p in range(1, self.n + 1):
            for i, ln in enumerate(self.lines(p)):
                t = ln.text
                if t.startswith(caption + " (vervolg)"):
                    hits.append((p, i, True))
                elif t == caption or t.startswith(caption + " "):
                    hits.append((p, i, False))
        return hits

    def region(self, p, i):
        """Lines of the table whose caption is line i of page p: up to the next caption, the first line of
        body text (9 pt or more) or the page footer."""
        lines = self.lines(p)
        h = self.page_size(p)[1]
        out = []
        for ln in lines[i + 1:]:
            if ln.text.startswith("Tabel ") or ln.top > h - 50:
                break
            if max(w["size"] for w in ln.words) >= 9.0:
                break
            out.append(ln)
        return out

    def table(self, caption):
        hits = self.caption_hits(caption)
        if not hits:
            raise LookupError(f"{self.path}: no caption {caption!r}")
        if hits[0][2]:
            raise LookupError(f"{caption!r}: first occurrence is a continuation")
        if any(not c for _, _, c in hits[1:]):
            raise LookupError(f"{caption!r}: caption printed more than once")
        return [(p, cont, self.region(p, i), self.lines(p)[i]) for p, i, cont in hits]

    def cell(self, caption, label, header, span=None, group=None, nth=None):
        """Locate the figure of row `label` under the column whose header lines are `header` (list).
        label '' means a bold total row printed without a label (the nth such row of the table)."""
        parts = self.table(caption)
        found = []
        cur_group = None
        if label == "":
            for p, cont, region, capline in parts:
                edge = self._edge(region)
                for ln in region:
                    if any(w["x1"] <= edge for w in ln.words):
                        continue
                    if ln.words and all(w["fontname"].endswith("Bold") for w in ln.words) and \
                            any(is_num(w["text"]) for w in ln.words):
                        found.append((p, cont, region, [ln], capline))
            if nth is None and len(found) != 1:
                raise LookupError(f"{caption!r}: {len(found)} unlabelled bold rows")
            found = [found[(nth or 1) - 1]]
        for p, cont, region, capline in (parts if label != "" else []):
            nums = [w for ln in region for w in ln.words if is_num(w["text"])]
            if not nums:
                continue
            label_edge = self._edge(region)
            i = 0
            while i < len(region):
                ln = region[i]
                lab_words = [w for w in ln.words if w["x1"] <= label_edge]
                lab = " ".join(w["text"] for w in lab_words)
                numeric = [w for w in ln.words if w["x1"] > label_edge]
                if lab and not numeric and lab_words[0]["fontname"].endswith("BoldItalic"):
                    cur_group = lab
                if not lab or not norm(label).startswith(norm(lab)):
                    i += 1
                    continue
                # accumulate wrapped label lines
                acc, used = lab, [ln]
                j = i + 1
                while norm(acc) != norm(label) and j < len(region):
                    nxt = region[j]
                    nl_words = [w for w in nxt.words if w["x1"] <= label_edge]
                    nxt_lab = " ".join(w["text"] for w in nl_words)
                    if not nxt_lab or not norm(label).startswith(norm(acc + " " + nxt_lab)):
                        break
                    acc = acc + " " + nxt_lab
                    used.append(nxt)
                    j += 1
                has_cells = any(w["x1"] > label_edge for u in used for w in u.words)
                if norm(acc) == norm(label) and has_cells and (group is None or cur_group == group):
                    found.append((p, cont, region, used, capline))
                i = j if norm(acc) == norm(label) else i + 1
        if len(found) != 1:
            raise LookupError(f"{caption!r} row {label!r} group {group!r}: {len(found)} matches")
        p, cont, region, used, capline = found[0]
        figline_idx = [k for k, ln in enumerate(used) if any(w["x1"] > self._edge(region) for w in ln.words)]
        if len(figline_idx) != 1:
            raise LookupError(f"{caption!r} row {label!r}: figures on {len(figline_idx)} lines")
        fl = used[figline_idx[0]]
        x1 = self._header_x(region, used[0].top, header, span, p, parts)
        ws = [w for w in fl.words if abs(w["x1"] - x1) < 2.0]
        if len(ws) != 1:
            raise LookupError(f"{caption!r} row {label!r} col {header}: {len(ws)} words at x1={x1:.1f}: {fl.text}")
        w = ws[0]
        k = fl.words.index(w)
        tok_words = [w]
        if k > 0 and fl.words[k - 1]["text"] in ("+", "-", "k€", "€") and w["x0"] - fl.words[k - 1]["x1"] < 5:
            tok_words.insert(0, fl.words[k - 1])
        tok = " ".join(t["text"] for t in tok_words)
        return dict(page=p, continued=cont, caption_printed=capline.text,
                    label_lines=[" ".join(x["text"] for x in ln.words if x["x1"] <= self._edge(region))
                                 for ln in used],
                    figures_line=figline_idx[0] + 1, line_text=fl.text, printed=tok, color=w["color"],
                    bold=w["fontname"].endswith("Bold"), x1=round(w["x1"], 1))

    def _edge(self, region):
        """Left edge of the figures: numbers right-aligned in a column (two or more sharing a right edge)."""
        nums = [w for ln in region for w in ln.words if is_num(w["text"])]
        col = [w for w in nums if sum(1 for v in nums if abs(v["x1"] - w["x1"]) < 1.0) >= 2]
        return min(w["x0"] for w in (col or nums)) - 1

    def _header_x(self, region, row_top, header, span, p, parts):
        above = [ln for ln in region if ln.bottom < row_top - 0.5]
        last = header[-1].split()[-1]
        cands = [w for ln in above for w in ln.words if w["text"] == last]
        good = []
        for c in cands:
            ok = True
            for hl in header:
                lw = hl.split()[-1]
                line_hit = None
                for ln in above:
                    ws = [w for w in ln.words if w["text"] == lw and abs(w["x1"] - c["x1"]) < 1.5]
                    if ws:
                        # the whole header line must be printed right-aligned at this edge
                        end = ln.words.index(ws[0])
                        n = len(hl.split())
                        got = " ".join(w["text"] for w in ln.words[max(0, end - n + 1):end + 1])
                        st = end - n + 1
                        apart = st <= 0 or ln.words[st]["x0"] - ln.words[st - 1]["x1"] > 6
                        if got == hl and apart:
                            line_hit = ln
                            break
                if line_hit is None:
                    ok = False
                    break
            if ok and span is not None:
                span_lines = [ln for ln in above if span in ln.text]
                if not span_lines:
                    ok = False
                else:
                    # the span text nearest to the column (by centre) must be the asked one
                    centres = []
                    for ln in above:
                        for s_txt in self._span_texts(ln):
                            centres.append(s_txt)
                    xc = c["x1"] - 20
                    best = min(centres, key=lambda s: abs(s[1] - xc)) if centres else None
                    ok = best is not None and best[0] == span
            if ok:
                good.append(c)
        xs = sorted({round(c["x1"], 1) for c in good})
        if len(xs) != 1:
            raise LookupError(f"page {p}: header {header} span {span}: {len(xs)} columns {xs}")
        return good[0]["x1"]

    SPANS = ("Begroting 2024 na wijziging", "Realisatie 2024", "Basistaken", "Plustaken", "Totaal bijdrage")

    def _span_texts(self, ln):
        out = []
        for s in self.SPANS:
            n = len(s.split())
            for k in range(len(ln.words) - n + 1):
                if " ".join(w["text"] for w in ln.words[k:k + n]) == s:
                    out.append((s, (ln.words[k]["x0"] + ln.words[k + n - 1]["x1"]) / 2))
        return out

    # -------------------------------------------------------------------------------------------- cards
    def card(self, title, label, header):
        hits = []
        for p in range(1, self.n + 1):
            for ln in self.lines(p):
                groups, cur = [], []
                for w in ln.words:
                    if w["color"] != (1.0, 1.0, 1.0):
                        continue
                    if cur and w["x0"] - cur[-1]["x1"] > 8:
                        groups.append(cur)
                        cur = []
                    cur.append(w)
                if cur:
                    groups.append(cur)
                for ws in groups:
                    if " ".join(w["text"] for w in ws) == title:
                        hits.append((p, ws))
        if len(hits) != 1:
            raise LookupError(f"card {title!r}: {len(hits)} title bars")
        p, tws = hits[0]
        page = self.pdf.pages[p - 1]
        boxes = [r for r in page.rects if r["x0"] <= tws[0]["x0"] <= r["x1"] and r["top"] <= tws[0]["top"]
                 and r["bottom"] > tws[0]["bottom"] + 60]
        if len(boxes) != 1:
            raise LookupError(f"card {title!r}: {len(boxes)} boxes")
        b = boxes[0]
        inside = [ln for ln in self.lines(p) if ln.top > tws[0]["bottom"] and ln.bottom < b["bottom"]]
        sub = []
        for ln in inside:
            ws = [w for w in ln.words if b["x0"] < w["x0"] and w["x1"] < b["x1"]]
            if ws:
                sub.append(Line(ws))
        hdr = [w for ln in sub for w in ln.words if w["text"] == header]
        rows = [ln for ln in sub if ln.words[0]["text"] == label]
        if len(hdr) != 1 or len(rows) != 1:
            raise LookupError(f"card {title!r} {label!r} {header!r}: {len(hdr)} headers, {len(rows)} rows")
        fl = rows[0]
        ws = [w for w in fl.words if abs(w["x1"] - hdr[0]["x1"]) < 2.0]
        if len(ws) != 1:
            raise LookupError(f"card {title!r} {label!r} {header!r}: {fl.text}")
        k = fl.words.index(ws[0])
        tok = ws[0]["text"]
        if k > 0 and fl.words[k - 1]["text"] == "k€":
            tok = "k€ " + tok
        return dict(page=p, box=[round(b["x0"], 1), round(b["x1"], 1)], line_text=fl.text, printed=tok,
                    bold=ws[0]["fontname"].endswith("Bold"))

    # -------------------------------------------------------------------------------------------- prose
    def prose(self, fragment):
        f = norm(fragment)
        return [p for p in range(1, self.n + 1) if f in self.page_text(p)]


class RealPdf:
    def __init__(self, path):
        self.path = str(path)
        out = subprocess.run(["pdftotext", "-layout", self.path, "-"], capture_output=True, text=True,
                             check=True).stdout
        self.pages = [pg.splitlines() for pg in out.split("\f")]

    def caption_pages(self, caption):
        return [i + 1 for i, pg in enumerate(self.pages) if any(caption in ln for ln in pg)]

    def find(self, caption, label, index):
        """The row `label` under `caption` (pdftotext -layout): its numeric tokens and the one at `index`."""
        pages = self.caption_pages(caption)
        if len(pages) != 1:
            raise LookupError(f"{self.path}: caption {caption!r} on pages {pages}")
        p = pages[0]
        lines = self.pages[p - 1]
        start = next(i for i, ln in enumerate(lines) if caption in ln)
        hits = [ln for ln in lines[start:] if norm(ln).startswith(label + " ")]
        if not hits:
            raise LookupError(f"{self.path} p{p}: no row {label!r} under {caption!r}")
        ln = norm(hits[0])
        toks = [t for t in ln[len(label):].split() if is_num(t)]
        return dict(page=p, line=ln, printed=toks[index], tokens=toks)

    def find_on_page(self, p, label, index, must_contain=None):
        """A row printed on page p (for a table continued from the page before)."""
        hits = [norm(ln) for ln in self.pages[p - 1] if norm(ln).startswith(label + " ")
                and (must_contain is None or must_contain in ln)]
        if len(hits) != 1:
            raise LookupError(f"{self.path} p{p}: {len(hits)} rows {label!r} ({must_contain!r})")
        ln = hits[0]
        toks = [t for t in ln[len(label):].split() if is_num(t)]
        return dict(page=p, line=ln, printed=toks[index], tokens=toks)

    def text(self):
        return norm(" ".join(" ".join(pg) for pg in self.pages))


class RealText:
    def __init__(self, path):
        self.path = str(path)
        self.lines = open(path, encoding="utf-8").read().splitlines()

    def find(self, label, index=None, contains=None):
        hits = [i for i, ln in enumerate(self.lines) if norm(ln).startswith(label)]
        if contains is not None:
            hits = [i for i in hits if contains in self.lines[i]]
        if len(hits) < 1:
            raise LookupError(f"{self.path}: no line {label!r}")
        i = hits[0]
        ln = norm(self.lines[i])
        toks = [t for t in ln[len(label):].split() if is_num(t)]
        return dict(line_no=i + 1, line=ln, tokens=toks, printed=toks[index] if index is not None else None)
