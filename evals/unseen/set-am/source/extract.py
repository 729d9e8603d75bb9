"""Read the finished documents back.  Never imports data.py.

TxtDoc  a plain-text web export (Twenterand): headings, the money table "Overzicht 3.1 ..." (label + whole-euro
        amounts per line, group lines "Lasten per doelenboom"), the indicator tables ("Beleidsdoelen Begroot 2021
        ... Bron" header line, one line per indicator: label, one value token per year column, then the source),
        paragraphs.
PdfDoc  a PDF with ruled tables (Wassenaar): pdfplumber tables with their caption ("Tabel n.m ...") from the line
        just above, column names built from the header rows (merged header cells carried to the right, "Vermeerde-"
        over "ringen 2025" joined), group rows (rows without amounts, e.g. "Programma:P2 Mens en Maatschappij" or
        "Reserves | Onttrekking | Toevoeging | Mutaties", which may rename the columns below them), continuation of a
        table on the next page (a table at the top of a page without a caption), the scale statement
        ("x € 1.000") from the caption line or a header cell, the heading path from the bold heading bars, and
        pdftotext for prose.
"""
from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

NB = "\u00a0"


def clean(s):
    return re.sub(r"\s+", " ", (s or "").replace(NB, " ")).strip()


NUM_RE = re.compile(r"^[-−]?\s*(?:€\s*)?[-−]?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?$|^[-−]?\d+(?:,\d+)?%?$")


def parse_num(s):
    """Dutch printed number -> float; '-' alone and text -> None.  Accepts '€ 354,90', '8,6%', '5,8% (2023)',
    '511(01-7)', '250*', '-38.934', '1.100'."""
    if s is None:
        return None
    t = clean(s).replace("−", "-")
    t = re.sub(r"\s*\((?:\d{1,2}[-/]\d{1,2}|\d{4})\)\s*$", "", t)     # trailing '(31/5)', '(2023)'
    t = t.rstrip("*").strip()
    t = t.replace("€", "").replace(" ", "")
    if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?|-?\d+(?:,\d+)?%?", t):
        return None
    t = t.rstrip("%").replace(".", "").replace(",", ".")
    return float(t)


def is_amount(s):
    return parse_num(s) is not None


PLACEHOLDERS = {"-", "n.v.t.", "n.n.b.", "nnb"}


def is_year(s):
    return bool(re.fullmatch(r"(19|20)\d\d", clean(s)))


# ====================================================================================================== text export
class TxtDoc:
    SUBHEADS = ("Inhoudelijk perspectief", "Beoogd maatschappelijk effect", "Beoogd Maatschappelijk effect:",
                "Metingen en verplichte indicatoren", "Metingen", "Financieel overzicht", "Wat willen we bereiken?",
                "Overzicht baten en lasten", "Inleiding")

    def __init__(self, path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        self.lines = self.raw.split("\n")
        self._sections()
        self._tables()

    def _sections(self):
        self.sec = []          # per line: "Top > Sub"
        top, sub = self.lines[0].strip(), ""
        for ln in self.lines:
            s = ln.strip()
            if re.match(r"^Doelenboom \S", s) or s == "Sociaal Domein - Wat mag het kosten":
                top, sub = s, ""
            elif s in self.SUBHEADS or s.startswith(("Doel: ", "Subdoel: ")):
                sub = s
            self.sec.append(f"{top} > {sub}" if sub else top)

    def _tables(self):
        self.tables = {}
        i = 0
        while i < len(self.lines):
            s = self.lines[i]
            m = re.match(r"^(Beleidsdoelen|Beleidsindicatoren) (.*)$", s)
            if m:
                cols = re.findall(r"Begroot \d{4}|\d{4}|Bron", m.group(2))
                top = self.sec[i].split(" > ")[0].replace("Doelenboom ", "")
                key = f"Indicatoren {top}"
                rows, j = [], i + 1
                group = None
                while j < len(self.lines) and self.lines[j].strip() and not self.lines[j].startswith(
                        ("Financieel overzicht",)):
                    ln = self.lines[j]
                    if ln.startswith(NB) or not re.search(r"\d", ln) and not re.search(r" (?:n\.n\.b\.|-)( |$)", ln):
                        group = clean(ln)
                    rows.append({"line_no": j + 1, "text": ln, "group": group})
                    j += 1
                self.tables[key] = {"key": key, "kind": "indicators", "header": s, "header_line": i + 1,
                                    "cols": [c for c in cols if c != "Bron"], "rows": rows, "end_line": j,
                                    "section": self.sec[i]}
                i = j
                continue
            if re.match(r"^Overzicht \d+\.\d+ ", s) and i + 1 < len(self.lines) and re.fullmatch(
                    r"(\d{4} ?)+", self.lines[i + 1].strip()):
                cols = self.lines[i + 1].split()
                rows, j, group = [], i + 2, None
                while j < len(self.lines) and self.lines[j].strip():
                    ln = self.lines[j]
                    m2 = re.match(r"^(.*?)((?: -?\d{1,3}(?:\.\d{3})*)+)$", ln)
                    if m2 and len(m2.group(2).split()) == len(cols):
                        rows.append({"line_no": j + 1, "text": ln, "group": group, "label": m2.group(1).strip(),
                                     "values": m2.group(2).split()})
                    else:
                        group = ln.strip()
                    j += 1
                key = re.match(r"^(Overzicht \d+\.\d+)", s).group(1)
                self.tables[key] = {"key": key, "kind": "money", "caption": s, "caption_line": i + 1,
                                    "cols": cols, "rows": rows, "end_line": j, "section": self.sec[i]}
                i = j
                continue
            i += 1

    def table(self, key):
        return self.tables[key]

    def cell(self, key, row, col, group=None):
        t = self.tables[key]
        if col not in t["cols"]:
            raise LookupError(f"{self.path.name} {key}: no column {col!r} in {t['cols']}")
        ci = t["cols"].index(col)
        if t["kind"] == "money":
            hits = [r for r in t["rows"] if r["label"] == row and (group is None or r["group"] == group)]
            if len(hits) != 1:
                raise LookupError(f"{self.path.name} {key}: row {row!r} group {group!r}: {len(hits)} hits")
            r = hits[0]
            printed = r["values"][ci]
            cap = t["caption"]
        else:
            hits = [r for r in t["rows"] if r["text"].startswith(row + " ") and (group is None or r["group"] == group)]
            if len(hits) != 1:
                raise LookupError(f"{self.path.name} {key}: row {row!r}: {len(hits)} hits")
            r = hits[0]
            vals = self.value_tokens(r["text"][len(row) + 1:])
            if ci >= len(vals):
                raise LookupError(f"{self.path.name} {key}: row {row!r} has no value for {col!r}")
            printed = vals[ci]
            cap = t["header"]
        return {"printed": printed, "line_no": r["line_no"], "line": r["text"], "group": r["group"],
                "table": cap, "section": t["section"], "scale": 1,
                "scale_statement": "no scale statement: whole euros" if t["kind"] == "money" else "counts as printed"}

    @staticmethod
    def value_tokens(rest):
        rest = rest.replace(NB, " ")
        return re.findall(r"n\.n\.b\.|--|(?<!\S)-(?!\S)|\d[\d.,]*%?\**(?:\s?\([\d/-]+\))?", rest)

    def prose(self, fragment):
        """1-based line numbers whose text contains the fragment"""
        f = clean(fragment)
        return [i + 1 for i, ln in enumerate(self.lines) if f in clean(ln)]

    def section_of(self, line_no):
        return self.sec[line_no - 1]

    def section_text(self, section):
        return "\n".join(ln for ln, s in zip(self.lines, self.sec) if s == section or s.startswith(section + " > "))

    def headings(self):
        return [ln.strip() for ln in self.lines if re.match(r"^Doelenboom \S", ln.strip()) or
                ln.strip() in ("Sociaal Domein - Wat mag het kosten", "Overzicht baten en lasten")]


# ====================================================================================================== PDF
def _norm_colname(parts):
    s = clean(" ".join(p for p in parts if p))
    s = re.sub(r"(\w)- (\w)", r"\1\2", s)
    return s


class PdfDoc:
    def __init__(self, path):
        import pdfplumber
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(path))
        self.npages = len(self.pdf.pages)
        self._tcache = {}

    # ------------------------------------------------------------------ text
    @functools.lru_cache(maxsize=None)
    def layout(self, page):
        return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    @functools.lru_cache(maxsize=None)
    def text(self, page):
        return clean(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(self.path), "-"],
                                    capture_output=True, text=True, check=True).stdout)

    def full_text(self):
        return "\n".join(self.text(p) for p in range(1, self.npages + 1))

    def prose(self, fragment):
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in self.text(p)]

    @functools.lru_cache(maxsize=None)
    def lines(self, page):
        """text lines of a page from pdfplumber words: (top, text, bold, size)"""
        pg = self.pdf.pages[page - 1]
        words = pg.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=True)
        rows = []
        for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
            if rows and abs(rows[-1]["top"] - w["top"]) < 3:
                rows[-1]["words"].append(w)
            else:
                rows.append({"top": w["top"], "words": [w]})
        out = []
        for r in rows:
            ws = sorted(r["words"], key=lambda w: w["x0"])
            out.append({"top": r["top"], "bottom": max(w["bottom"] for w in ws),
                        "text": clean(" ".join(w["text"] for w in ws)),
                        "bold": all("Bold" in w["fontname"] for w in ws), "size": max(w["size"] for w in ws)})
        return out

    @functools.lru_cache(maxsize=None)
    def headings(self):
        hs = []
        for p in range(1, self.npages + 1):
            for ln in self.lines(p):
                if ln["bold"] and ln["size"] >= 10 and not ln["text"].isdigit():
                    hs.append((p, ln["top"], ln["text"]))
        return hs

    def section_at(self, page, top):
        before = [h for h in self.headings() if (h[0], h[1]) < (page, top)]
        main = [h for h in before if not h[2].startswith("Wat ")]
        if not main:
            return ""
        path = [main[-1][2]]
        after = [h for h in before if (h[0], h[1]) > (main[-1][0], main[-1][1]) and h[2].startswith("Wat ")]
        if after:
            path.append(after[-1][2])
        return " > ".join(path)

    # ------------------------------------------------------------------ tables
    def _page_tables(self, page):
        pg = self.pdf.pages[page - 1]
        out = []
        for t in sorted(pg.find_tables(), key=lambda t: t.bbox[1]):
            x0, top, x1, bottom = t.bbox
            rows = [[("" if c is None else c) for c in r] for r in t.extract()]
            raw = t.extract()
            above = [ln for ln in self.lines(page) if ln["bottom"] <= top + 1 and top - ln["bottom"] < 40]
            cap = None
            for ln in reversed(above[-3:]):
                if re.match(r"^Tabel \d+\.\d+", ln["text"]):
                    cap = ln["text"]
                    break
            out.append({"page": page, "bbox": t.bbox, "rows": rows, "raw": raw, "caption": cap,
                        "top": top, "bottom": bottom, "page_height": pg.height})
        return out

    def find_caption_page(self, num):
        pat = re.compile(rf"(^| )Tabel {re.escape(num)}( |$)")
        return [p for p in range(1, self.npages + 1) if pat.search(self.text(p))]

    def table(self, num):
        """num like '2.3' (the caption number); a table continued on the next page is joined"""
        if num in self._tcache:
            return self._tcache[num]
        for p in self.find_caption_page(num):
            for t in self._page_tables(p):
                if t["caption"] and re.match(rf"^Tabel {re.escape(num)}\b", t["caption"]) and \
                        not re.match(rf"^Tabel {re.escape(num)}\.\d", t["caption"]):
                    parts = [t]
                    q = p
                    while parts[-1]["bottom"] > parts[-1]["page_height"] - 120 and q < self.npages:
                        nxt = self._page_tables(q + 1)
                        if nxt and nxt[0]["caption"] is None and nxt[0]["top"] < 110:
                            parts.append(nxt[0])
                            q += 1
                        else:
                            break
                    tab = self._structure(num, parts)
                    self._tcache[num] = tab
                    return tab
        raise LookupError(f"{self.path.name}: no table 'Tabel {num}'")

    def _structure(self, num, parts):
        first = parts[0]
        allrows = []
        for k, part in enumerate(parts):
            for r, rr in zip(part["rows"], part["raw"]):
                allrows.append((part["page"], k > 0, r, rr))
        ncol = max(len(r[2]) for r in allrows)

        def is_data(r):
            return any(is_amount(c) and not is_year(c) or clean(c) in PLACEHOLDERS for c in r[1:])

        # header rows
        head = []
        for page, cont, r, rr in allrows:
            if is_data(r) or (head and all(not clean(c) for c in r[1:])):
                break
            head.append((r, rr))
        cols = self._colnames([h[1] for h in head], ncol)
        scale_src = " ".join(clean(c) for h in head for c in h[0]) + " " + (first["caption"] or "")
        scale = 1000 if re.search(r"x\s*€\s*1\.000", scale_src) else 1
        stmt = None
        m = re.search(r"[^|]*x\s*€\s*1\.000[,\-)]*", first["caption"] or "")
        if m and scale == 1000:
            stmt = "caption: " + clean(m.group(0))
        elif scale == 1000:
            stmt = "header: " + [clean(c) for h in head for c in h[0] if re.search(r"x\s*€\s*1\.000", c)][0]
        else:
            stmt = "no scale statement: whole euros or units as printed"
        top_group = ""
        if head and clean(head[0][0][0]).startswith("Programma:"):
            top_group = clean(head[0][0][0])
        rows, group, gcols = [], top_group, cols
        i = len(head)
        while i < len(allrows):
            page, cont, r, rr = allrows[i]
            if not is_data(r):
                # a block of group rows
                blk = []
                while i < len(allrows) and not is_data(allrows[i][2]):
                    blk.append(allrows[i])
                    i += 1
                group = clean(blk[0][2][0]) or group or ""
                if any(clean(c) for b in blk for c in b[2][1:]):
                    gcols = self._colnames([b[3] for b in blk], ncol)
                continue
            rows.append({"label": clean(r[0]), "cells": [clean(c) for c in r], "page": page, "continuation": cont,
                         "group": group, "cols": gcols})
            i += 1
        return {"num": num, "caption": first["caption"], "page": first["page"], "cols": cols, "rows": rows,
                "scale": scale, "scale_statement": stmt, "section": self.section_at(first["page"], first["top"]),
                "pages": [p["page"] for p in parts]}

    @staticmethod
    def _colnames(raw_rows, ncol):
        filled = []
        for rr in raw_rows:
            row, last = [], ""
            for j in range(ncol):
                c = rr[j] if j < len(rr) else None
                if c is None:
                    c = last if j > 0 else ""
                else:
                    last = c
                row.append(c)
            filled.append(row)
        return [_norm_colname([filled[i][j] for i in range(len(filled))]) for j in range(ncol)]

    def cell(self, num, row, col, group=None, keycol=0):
        """group None = any group, '' = rows before any group row; col '#j' = the j-th column"""
        t = self.table(num)
        hits = [r for r in t["rows"] if clean(r["cells"][keycol]) == row and (group is None or r["group"] == group)]
        if len(hits) != 1:
            raise LookupError(f"{self.path.name} Tabel {num}: row {row!r} group {group!r}: {len(hits)} hits "
                              f"(groups {sorted({str(r['group']) for r in t['rows'] if r['label'] == row})})")
        r = hits[0]
        cands = [int(col[1:])] if col.startswith("#") else [j for j, c in enumerate(r["cols"]) if c == col]
        if len(cands) != 1:
            raise LookupError(f"{self.path.name} Tabel {num}: column {col!r} not unique/absent in {r['cols']}")
        return {"printed": r["cells"][cands[0]], "page": r["page"], "continuation_page": r["continuation"],
                "table": t["caption"], "section": t["section"], "scale": t["scale"],
                "scale_statement": t["scale_statement"], "group": r["group"], "row": row, "column": col}

    def header_texts(self, num):
        t = self.table(num)
        return sorted({c for r in t["rows"] for c in r["cols"]} | set(t["cols"]))
