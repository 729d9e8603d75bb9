"""Read the FINISHED set-ak documents back (never imports data.py or the generators).

WordPdf(path) -- the programmabegroting (.pdf, Word -> LibreOffice), read with pdfplumber and pdftotext:
  tables = pdfplumber's ruled tables (Word's 'Table Grid' borders); a table's title is the caption line
      'Tabel n ...' just above it, its scale the first header cell ('x € 1.000', '(x € 1.000)', 'Bedragen in €')
      or the line between caption and table ('Bedragen x € 1.000', "Bedragen in euro's"); header rows = the leading
      rows with two or more filled cells and no amounts; a column's name = the header texts above its centre
      (merged cells included: 'Meerjarenraming 2045', '2044 Lasten'); a table without a caption at the top of a
      page whose header rows equal those of the last table on the previous page is its continuation (Word's
      repeated header row); a one-cell row without amounts is a group ('Lasten', 'Baten')
  headings = lines in bold Arial of 11 pt and more (Heading 1-3); .section(page, y) = the heading path above y
  .cell(title, row, col, group=None) -> printed text, page, table caption, column, scale, section ...
  .prose(fragment) -> pages whose pdftotext text contains the fragment (whitespace normalised)

MdDoc(path) -- the jaarstukken (.md, pandoc Markdown), parsed as plain text (no pandoc):
  front matter, headings '# Titel {#anchor}', grid tables (+---+ borders, +===+ under the header, multi-line
  cells joined), pipe tables, simple tables and multiline tables (columns from the dashed separator line), each
  with its caption ': Tabel n. ...' after it; the scale from the caption ('bedragen x € 1.000' / 'bedragen in €');
  bold markers (**) are stripped from cell texts; footnotes '[^n]: ...'.
  .cell(key, row, col, group=None) with key = 'Tabel n'; .prose(fragment) -> the headings whose text holds it
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def parse_num(s: str):
    """Dutch numbers: '1.234' 1234; '-1.234' / '-/- 1.234' / '(1.234)' -1234; '12,4' 12.4; '0,0712%' 0.0712;
    '€ 279,60' 279.6; '**612**' 612; anything else None"""
    if s is None:
        return None
    t = clean(s).replace("**", "").replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("-/-"):
        neg, t = True, t[3:].strip()
    elif t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1].strip()
    elif t.startswith(("-", "\u2212")):
        neg, t = True, t[1:]
    if not re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def is_amount(s):
    return bool(s) and parse_num(s) is not None and not re.fullmatch(r"(19|20)\d\d", clean(s))


def dehyphen(s):
    """join words LibreOffice broke at a hyphen inside a cell: 'niet- woningen' -> 'niet-woningen'"""
    return re.sub(r"(\w)- (\w)", r"\1-\2", s)


def scale_of(text):
    t = clean(text).lower()
    if "x € 1.000" in t:
        return 1000
    if "in euro's" in t or "in €" in t or "bedragen in euro" in t:
        return 1
    return None


# ================================================================================================ Word PDF
class WordPdf:
    HEAD_MIN = 10.8           # heading font size threshold (body 10 pt, tables 8.5 pt, captions 9 pt)

    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self._tables = None

    # ----------------------------------------------------------------------------------------- text
    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    @lru_cache(maxsize=None)
    def text(self, p):
        return clean(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(self.path), "-"],
                                    capture_output=True, text=True, check=True).stdout)

    def full_text(self):
        return "\n".join(self.text(p) for p in range(1, self.npages + 1))

    def prose(self, fragment):
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in self.text(p)]

    def page_size(self, p):
        pg = self.pdf.pages[p - 1]
        return float(pg.width), float(pg.height)

    @lru_cache(maxsize=None)
    def lines(self, p):
        """text lines of a page: (top, bottom, text, max font size, all bold)"""
        pg = self.pdf.pages[p - 1]
        words = pg.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=True)
        rows = {}
        for w in words:
            key = round(w["top"] / 2)
            rows.setdefault(key, []).append(w)
        out = []
        for key in sorted(rows):
            ws = sorted(rows[key], key=lambda w: w["x0"])
            out.append({"top": min(w["top"] for w in ws), "bottom": max(w["bottom"] for w in ws),
                        "text": clean(" ".join(w["text"] for w in ws)), "size": max(w["size"] for w in ws),
                        "bold": all("Bold" in w["fontname"] for w in ws), "x0": ws[0]["x0"]})
        return tuple(out)

    @lru_cache(maxsize=None)
    def headings(self):
        """all headings in reading order: (page, top, level, text); pages 1-2 (cover, contents) excluded"""
        out = []
        for p in range(3, self.npages + 1):
            for ln in self.lines(p):
                if ln["bold"] and ln["size"] >= self.HEAD_MIN:
                    lvl = 1 if ln["size"] >= 15 else 2 if ln["size"] >= 12 else 3
                    out.append((p, ln["top"], lvl, ln["text"]))
        return tuple(out)

    def section(self, p, y):
        path = {}
        for hp, top, lvl, text in self.headings():
            if (hp, top) > (p, y):
                break
            path[lvl] = text
            for deeper in (2, 3):
                if deeper > lvl:
                    path.pop(deeper, None)
        return " > ".join(path[k] for k in sorted(path))

    def footer(self, p):
        h = self.page_size(p)[1]
        return clean(" ".join(ln["text"] for ln in self.lines(p) if ln["top"] > h - 60))

    # ----------------------------------------------------------------------------------------- tables
    @lru_cache(maxsize=None)
    def ptables(self, p):
        res = []
        for t in self.pdf.pages[p - 1].find_tables():
            txt = t.extract()
            rows = []
            for r, tr in zip(t.rows, txt):
                rows.append({"cells": list(r.cells),
                             "text": [dehyphen(clean(x)) if x is not None else None for x in tr]})
            res.append({"page": p, "bbox": t.bbox, "rows": rows})
        return res

    @staticmethod
    def _nhead(t):
        n = 0
        for r in t["rows"]:
            filled = [x for x in r["text"] if x]
            if len(filled) >= 2 and not any(is_amount(x) for x in filled):
                n += 1
            else:
                break
        return n

    @staticmethod
    def _colnames(rows, nh):
        body = [r for r in rows[nh:] if all(c is not None for c in r["cells"])]
        ref = body[0]["cells"] if body else rows[nh]["cells"]
        names = []
        for bb in ref:
            if bb is None:
                names.append("")
                continue
            xc = (bb[0] + bb[2]) / 2
            parts = []
            for r in rows[:nh]:
                for cb, tx in zip(r["cells"], r["text"]):
                    if cb is not None and cb[0] <= xc <= cb[2] and tx:
                        parts.append(tx)
            names.append(clean(" ".join(parts)))
        return names

    def _above(self, p, top, n=3):
        """the text lines just above a table (nearest last)"""
        ls = [ln for ln in self.lines(p) if ln["bottom"] <= top + 1 and ln["bottom"] >= top - 48]
        return ls[-n:]

    def tables(self):
        if self._tables is not None:
            return self._tables
        out = []
        prev = None
        for p in range(1, self.npages + 1):
            for t in self.ptables(p):
                nh = self._nhead(t)
                above = self._above(p, t["bbox"][1])
                caps = [ln for ln in above if re.match(r"Tabel \d+ ", ln["text"])]
                head_sig = [r["text"] for r in t["rows"][:nh]]
                if not caps:
                    if prev and nh and head_sig == prev["head_sig"] and p == prev["pages"][-1] + 1:
                        prev["pages"].append(p)
                        prev["head_repeated"] = True
                        self._add_rows(prev, t, nh, p)
                        continue
                    raise LookupError(f"page {p}: a table without caption that continues nothing")
                cap = caps[-1]
                m = re.match(r"Tabel (\d+) (.*)", cap["text"])
                between = [ln["text"] for ln in above if ln["top"] > cap["top"]]
                first = t["rows"][0]["text"][0] or ""
                scale, stmt = None, None
                if scale_of(first) is not None:
                    scale, stmt = scale_of(first), f"first header cell: '{first}'"
                else:
                    for ln in between:
                        if scale_of(ln) is not None:
                            scale, stmt = scale_of(ln), f"line above the table: '{ln}'"
                tb = {"number": int(m.group(1)), "title": m.group(2), "caption": cap["text"], "pages": [p],
                      "bbox": t["bbox"], "nhead": nh, "head_sig": head_sig,
                      "cols": self._colnames(t["rows"], nh), "rows": [], "scale": scale, "scale_statement": stmt,
                      "section": self.section(p, cap["top"]), "head_repeated": False, "group": None}
                self._add_rows(tb, t, nh, p)
                out.append(tb)
                prev = tb
        self._tables = out
        return out

    @staticmethod
    def _add_rows(tb, t, nh, p):
        for r in t["rows"][nh:]:
            tx = [x or "" for x in r["text"]]
            if tx[0] and not any(tx[1:]):
                tb["group"] = tx[0]
                continue
            label = tx[0] or (tx[1] if len(tx) > 1 else "")
            tb["rows"].append({"label": label, "text": tx, "group": tb["group"], "page": p, "cells": r["cells"]})

    def table(self, title):
        hits = [t for t in self.tables() if t["title"] == title]
        if len(hits) != 1:
            raise LookupError(f"table {title!r}: {len(hits)} hits")
        return hits[0]

    def cell(self, title, row, col, group=None):
        t = self.table(title)
        ci = [i for i, c in enumerate(t["cols"]) if c == col]
        if len(ci) != 1:
            raise LookupError(f"{title}: column {col!r}: {len(ci)} hits in {t['cols']}")
        rs = [r for r in t["rows"] if r["label"] == row and (group is None or r["group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"{title}: row {row!r} group {group!r}: {len(rs)} hits")
        r = rs[0]
        return {"printed": r["text"][ci[0]], "page": r["page"], "table": t["caption"], "title": t["title"],
                "column": col, "row": row, "group": r["group"], "scale": t["scale"] or 1,
                "scale_statement": t["scale_statement"], "section": t["section"],
                "continuation_page": r["page"] != t["pages"][0], "row_text": r["text"]}


# ================================================================================================ Markdown
class MdDoc:
    HEAD = re.compile(r"^(#{1,6}) (.*?)(?: \{#([\w-]+)\})?\s*$")
    FULL_DASH = re.compile(r"^\s*-{10,}\s*$")
    SEP_GROUPS = re.compile(r"^\s*-+( +-+)+\s*$")

    def __init__(self, path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        self.lines = self.raw.split("\n")
        self.front = {}
        self.headings = []           # (line, level, text, anchor)
        self.tables = []
        self.footnotes = {}
        self.paragraphs = []         # (line, heading path, text)
        self._parse()

    # ----------------------------------------------------------------------------------------- parsing
    def _parse(self):
        L = self.lines
        i = 0
        if L and L[0] == "---":
            j = L.index("---", 1)
            for ln in L[1:j]:
                if ":" in ln:
                    k, v = ln.split(":", 1)
                    self.front[k.strip()] = v.strip()
            i = j + 1
        path = {}
        while i < len(L):
            ln = L[i]
            m = self.HEAD.match(ln)
            if m:
                lvl = len(m.group(1))
                path = {k: v for k, v in path.items() if k < lvl}
                path[lvl] = (m.group(2), m.group(3))
                self.headings.append((i + 1, lvl, m.group(2), m.group(3)))
                i += 1
                continue
            kind = self._table_kind(i)
            if kind:
                i = self._read_table(i, kind, dict(path))
                continue
            fm = re.match(r"^\[\^(\d+)\]: (.*)$", ln)
            if fm:
                txt = [fm.group(2)]
                i += 1
                while i < len(L) and L[i].startswith("    "):
                    txt.append(L[i].strip())
                    i += 1
                self.footnotes[fm.group(1)] = clean(" ".join(txt))
                continue
            if ln.strip():
                start = i
                buf = []
                while i < len(L) and L[i].strip() and not self.HEAD.match(L[i]) and not self._table_kind(i):
                    buf.append(L[i].strip())
                    i += 1
                self.paragraphs.append((start + 1, self._path_str(path), clean(" ".join(buf))))
                continue
            i += 1

    @staticmethod
    def _path_str(path):
        return " > ".join(f"{path[k][0]} {{#{path[k][1]}}}" if path[k][1] else path[k][0] for k in sorted(path))

    def _table_kind(self, i):
        L = self.lines
        ln = L[i]
        nxt = L[i + 1] if i + 1 < len(L) else ""
        if re.match(r"^\+[-=:+]+\+\s*$", ln):
            return "grid"
        if ln.startswith("|") and re.match(r"^\|\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|\s*$", nxt):
            return "pipe"
        if self.FULL_DASH.match(ln) and i + 1 < len(L) and L[i + 1].strip() and not self.SEP_GROUPS.match(nxt):
            return "multiline"
        if ln.strip() and not self.FULL_DASH.match(ln) and self.SEP_GROUPS.match(nxt) and not ln.startswith("|"):
            return "simple"
        return None

    @staticmethod
    def _spans(sep):
        return [(m.start(), m.end()) for m in re.finditer(r"-+", sep)]

    @staticmethod
    def _slice(line, spans, wide=False):
        """cells of a line by column spans; wide: a cell runs from its span start to the next span's start"""
        out = []
        for k, (a, b) in enumerate(spans):
            end = spans[k + 1][0] if (wide and k + 1 < len(spans)) else b
            start = a if not wide or k == 0 else spans[k - 1][1]
            out.append(line[start:end] if start < len(line) else "")
        return out

    def _read_table(self, i, kind, path):
        L = self.lines
        start = i
        header, rows, aligns = [], [], []
        if kind == "grid":
            block = []
            while i < len(L) and (L[i].startswith("+") or L[i].startswith("|")):
                block.append(L[i])
                i += 1
            cuts = [m.start() for m in re.finditer(r"\+", block[0])]
            cur, seen_head = [], False
            groups = []
            for ln in block[1:]:
                if ln.startswith("+"):
                    groups.append((cur, "=" in ln))
                    if "=" in ln:
                        aligns = ["r" if ln[b - 1] == ":" else "l" for b in cuts[1:]]
                    cur = []
                else:
                    cur.append([ln[a + 1:b] for a, b in zip(cuts, cuts[1:])])
            for g, is_head in groups:
                cells = [clean(" ".join(seg[c] for seg in g)) for c in range(len(cuts) - 1)]
                if is_head:
                    header = cells
                    seen_head = True
                else:
                    rows.append(cells)
        elif kind == "pipe":
            block = []
            while i < len(L) and L[i].startswith("|"):
                block.append(L[i])
                i += 1
            split = lambda s: [clean(c) for c in s.strip().strip("|").split("|")]
            header = split(block[0])
            aligns = ["r" if c.endswith(":") else "l" for c in split(block[1])]
            rows = [split(b) for b in block[2:]]
        elif kind == "simple":
            spans = self._spans(L[i + 1])
            header = [clean(c) for c in self._slice(L[i], spans, wide=True)]
            i += 2
            while i < len(L) and L[i].strip():
                rows.append([clean(c) for c in self._slice(L[i], spans, wide=True)])
                i += 1
        elif kind == "multiline":
            i += 1
            hl = []
            while not self.SEP_GROUPS.match(L[i]):
                hl.append(L[i])
                i += 1
            spans = self._spans(L[i])
            header = [clean(" ".join(self._slice(h, spans, wide=True)[c] for h in hl)) for c in range(len(spans))]
            i += 1
            block = []
            while not self.FULL_DASH.match(L[i]):
                if L[i].strip():
                    block.append(L[i])
                elif block:
                    rows.append([clean(" ".join(self._slice(b, spans, wide=True)[c] for b in block))
                                 for c in range(len(spans))])
                    block = []
                i += 1
            if block:
                rows.append([clean(" ".join(self._slice(b, spans, wide=True)[c] for b in block))
                             for c in range(len(spans))])
            i += 1
        end = i
        while i < len(L) and not L[i].strip():
            i += 1
        caption = None
        if i < len(L) and L[i].strip().startswith(": "):
            cap = [L[i].strip()[2:]]
            i += 1
            while i < len(L) and L[i].strip():
                cap.append(L[i].strip())
                i += 1
            caption = clean(" ".join(cap))
        m = re.match(r"(Tabel \d+)\. ", caption or "")
        tb = {"kind": kind, "line": start + 1, "end_line": end, "caption": caption, "key": m.group(1) if m else None,
              "header": [h.replace("**", "") for h in header], "aligns": aligns, "rows": [],
              "section": self._path_str(path), "scale": scale_of(caption or ""), "raw_header": header}
        group = None
        for r in rows:
            plain = [c.replace("**", "") for c in r]
            if plain[0] and not any(plain[1:]):
                group = plain[0]
                continue
            tb["rows"].append({"label": plain[0], "text": plain, "raw": r, "group": group})
        self.tables.append(tb)
        return i

    # ----------------------------------------------------------------------------------------- lookups
    def table(self, key):
        hits = [t for t in self.tables if t["key"] == key]
        if len(hits) != 1:
            raise LookupError(f"{key}: {len(hits)} hits")
        return hits[0]

    def cell(self, key, row, col, group=None):
        t = self.table(key)
        ci = [i for i, c in enumerate(t["header"]) if c == col]
        if len(ci) != 1:
            raise LookupError(f"{key}: column {col!r}: {len(ci)} hits in {t['header']}")
        rs = [r for r in t["rows"] if r["label"] == row and (group is None or r["group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"{key}: row {row!r}: {len(rs)} hits")
        r = rs[0]
        stmt = None
        if t["scale"] is not None:
            stmt = "caption: '" + re.search(r"\(([^)]*)\)\s*$", t["caption"]).group(1) + "'"
        return {"printed": r["text"][ci[0]], "raw": r["raw"][ci[0]], "table": t["caption"], "table_kind": t["kind"],
                "line": t["line"], "section": t["section"], "row": row, "group": r["group"], "column": col,
                "scale": t["scale"] or 1, "scale_statement": stmt}

    def full_text(self):
        return self.raw

    def plain_text(self):
        """the text without markup: bold markers and table rules removed, whitespace normalised"""
        return clean(re.sub(r"[+|=]{2,}|-{3,}|\*\*", " ", self.raw.replace("|", " ")))

    def prose(self, fragment):
        """headings (paths) of the paragraphs and footnotes that contain the fragment"""
        f = clean(fragment)
        hits = [sec for _, sec, txt in self.paragraphs if f in txt.replace("**", "")]
        hits += [f"footnote {n}" for n, txt in self.footnotes.items() if f in txt]
        return hits

    def section_text(self, section):
        return " ".join(txt.replace("**", "") for _, sec, txt in self.paragraphs if sec == section)
