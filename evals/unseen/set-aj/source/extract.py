"""Read the FINISHED set-aj documents back (never imports data.py or the generators).

HtmlDoc(path)  -- the online begroting (.html), parsed with BeautifulSoup:
  .pages: the CMS pages (<section class="cms-page">) with number, id, h1 title, breadcrumb and normalised text
  .tables: every <table> and every ARIA table (role="table"); title = <caption>, else the element named by
      aria-labelledby, else aria-label, else the preceding <h3>; scale from the title ("x € 1.000" -> 1000,
      "€ mln" -> 1.000.000), else from a preceding <p class="eenheid">, overridden per row by "(x € 1.000)" in the
      row label; header grid expanded over colspan/rowspan, a column's name = its header texts joined
      ("Rekening 2038", "Meerjarenraming 2041"); a row = its row header; a one-cell row (colspan) is a group
      ("Lasten", "Baten")
  .cell(title_key, row, col, group=None) -> printed text, page, section, table title, scale ...
  .prose(fragment) -> page numbers whose text contains the fragment

SheetPdf(path) -- the spreadsheet export (.pdf), read with pdfplumber and pdftotext:
  .sheet(p): the sheet name printed as page header; .layout(p): pdftotext -layout
  tables = pdfplumber's ruled tables (the cell borders); header rows = the leading rows with two or more filled
      cells and no amounts; a column's name = the header texts above its centre (merged cells included), e.g.
      "Begroting 2039 na wijziging"; a table continues on the next page of the same sheet when that page starts
      with the same header (print titles); the scale = the nearest "Bedragen ..." line above the table
  .cell(sheet, key, row, col) with key = the first header cell ("Product", "Functie", "Personeelskosten")
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber
from bs4 import BeautifulSoup, NavigableString

MINUS = "\u2212"


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def parse_num(s: str):
    """'1.234' 1234; '-1.234' / '−1.234' / '(1.234)' -1234; '12,4' 12.4; '15,40%' 15.4; '€ 318' 318; else None"""
    if s is None:
        return None
    t = clean(s).replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.startswith(("-", MINUS)):
        neg, t = True, t[1:]
    if not re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def scale_of(text: str):
    t = clean(text)
    if "x € 1.000" in t:
        return 1000
    if "€ mln" in t:
        return 1_000_000
    return None


# ================================================================================================ HTML
class HtmlDoc:
    def __init__(self, path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        self.soup = BeautifulSoup(self.raw, "html.parser")
        self.pages = []
        for sec in self.soup.select("section.cms-page"):
            self.pages.append({"n": int(sec["data-pagina"]), "id": sec["id"], "title": clean(sec.find("h1").get_text()),
                               "breadcrumb": [clean(li.get_text()) for li in sec.select("nav.breadcrumbs li")],
                               "text": clean(sec.get_text(" ")), "el": sec})
        self.npages = len(self.pages)
        self.tables = [self._parse(t) for t in self.soup.find_all(lambda x: x.name == "table" or
                                                                   x.get("role") == "table")]

    def full_text(self):
        return clean(self.soup.get_text(" "))

    def page_of(self, el):
        sec = el.find_parent("section", class_="cms-page")
        return [p for p in self.pages if p["id"] == sec["id"]][0]

    # -------------------------------------------------------------- tables
    def _title(self, t):
        cap = t.find("caption") if t.name == "table" else None
        if cap:
            return clean(cap.get_text()), "caption"
        if t.get("aria-labelledby"):
            return clean(self.soup.find(id=t["aria-labelledby"]).get_text()), "aria-labelledby"
        h3 = t.find_previous("h3")
        if t.get("aria-label"):
            lab = clean(t["aria-label"])
            if h3 and lab in clean(h3.get_text()):
                return clean(h3.get_text()), "aria-label + h3"
            return lab, "aria-label"
        return clean(h3.get_text()), "h3"

    def _parse(self, t):
        title, title_src = self._title(t)
        scale, scale_stmt = scale_of(title), (title if scale_of(title) else None)
        if scale is None:
            prev = t.find_previous_sibling()
            if prev is not None and "eenheid" in (prev.get("class") or []):
                scale, scale_stmt = scale_of(prev.get_text()), clean(prev.get_text())
        if t.name == "table":
            head_trs = t.find("thead").find_all("tr")
            body_trs = [tr for part in t.find_all(["tbody", "tfoot"]) for tr in part.find_all("tr")]
            cell_of = lambda tr: tr.find_all(["th", "td"], recursive=False)
        else:
            rows = t.find_all(attrs={"role": "row"})
            head_trs = [r for r in rows if r.find(attrs={"role": "columnheader"})]
            body_trs = [r for r in rows if r not in head_trs]
            cell_of = lambda tr: tr.find_all(attrs={"role": ["rowheader", "cell", "columnheader"]}, recursive=False)
        # header grid with colspan/rowspan
        grid: dict[tuple[int, int], str] = {}
        for ri, tr in enumerate(head_trs):
            ci = 0
            for c in cell_of(tr):
                while (ri, ci) in grid:
                    ci += 1
                cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
                for dr in range(rs):
                    for dc in range(cs):
                        grid[(ri + dr, ci + dc)] = clean(c.get_text()) if dr == 0 else ""
                ci += cs
        ncol = max(c for _, c in grid) + 1
        cols = []
        for ci in range(ncol):
            parts = [grid.get((ri, ci), "") for ri in range(len(head_trs))]
            cols.append({"name": clean(" ".join(p for p in parts if p)), "last": parts[-1]})
        body, group = [], None
        for tr in body_trs:
            cells = cell_of(tr)
            if len(cells) == 1 and int(cells[0].get("colspan", 1)) > 1:
                group = clean(cells[0].get_text())
                continue
            label = clean(cells[0].get_text())
            body.append({"label": label, "group": group, "values": [clean(c.get_text()) for c in cells[1:]],
                         "spans": [bool(c.find("span", class_="bedrag")) for c in cells[1:]],
                         "foot": tr.find_parent("tfoot") is not None})
        pg = self.page_of(t)
        det = t.find_parent("details")
        return {"el": t, "kind": "table" if t.name == "table" else "aria", "id": t.get("id"), "title": title,
                "title_src": title_src, "scale": scale, "scale_statement": scale_stmt, "cols": cols, "body": body,
                "page": pg["n"], "page_title": pg["title"], "breadcrumb": pg["breadcrumb"],
                "details": clean(det.find("summary").get_text()) if det else None, "nhead": len(head_trs)}

    def table(self, key):
        hits = [t for t in self.tables if t["title"] == key or t["title"].startswith(key + " ")]
        if len(hits) != 1:
            raise LookupError(f"table {key!r}: {len(hits)} hits")
        return hits[0]

    def cell(self, key, row, col, group=None):
        t = self.table(key)
        ci = [i for i, c in enumerate(t["cols"]) if c["name"] == col]
        if not ci:
            ci = [i for i, c in enumerate(t["cols"]) if c["last"] == col]
        if len(ci) != 1:
            raise LookupError(f"{key}: column {col!r}: {len(ci)} hits in {[c['name'] for c in t['cols']]}")
        rows = [r for r in t["body"] if r["label"] == row and (group is None or r["group"] == group)]
        if len(rows) != 1:
            raise LookupError(f"{key}: row {row!r} group {group!r}: {len(rows)} hits")
        r = rows[0]
        printed = r["values"][ci[0] - 1]
        scale, stmt = t["scale"], t["scale_statement"]
        if scale_of(row):
            scale, stmt = scale_of(row), row
        return {"printed": printed, "page": t["page"], "page_title": t["page_title"], "breadcrumb": t["breadcrumb"],
                "table": t["title"], "table_id": t["id"], "table_kind": t["kind"], "details": t["details"],
                "column": t["cols"][ci[0]]["name"], "scale": scale or 1, "scale_statement": stmt,
                "in_span_bedrag": r["spans"][ci[0] - 1], "foot": r["foot"], "group": r["group"]}

    def prose(self, fragment):
        f = clean(fragment)
        return [p["n"] for p in self.pages if f in p["text"]]

    def page_text(self, n):
        return [p for p in self.pages if p["n"] == n][0]["text"]


# ================================================================================================ PDF
class SheetPdf:
    def __init__(self, path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)

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

    def page_size(self, p):
        pg = self.pdf.pages[p - 1]
        return float(pg.width), float(pg.height)

    @lru_cache(maxsize=None)
    def words(self, p):
        return tuple(self.pdf.pages[p - 1].extract_words(extra_attrs=["fontname", "size"]))

    def sheet(self, p):
        """the page header: the words in the top margin"""
        return clean(" ".join(w["text"] for w in self.words(p) if w["top"] < 45))

    def footer(self, p):
        h = self.page_size(p)[1]
        return clean(" ".join(w["text"] for w in self.words(p) if w["top"] > h - 60))

    def lines_above(self, p, y):
        ws = [w for w in self.words(p) if 45 <= w["bottom"] <= y]
        out = {}
        for w in ws:
            out.setdefault(round(w["top"]), []).append(w)
        return [clean(" ".join(x["text"] for x in sorted(v, key=lambda w: w["x0"]))) for _, v in sorted(out.items())]

    @lru_cache(maxsize=None)
    def ptables(self, p):
        res = []
        for t in self.pdf.pages[p - 1].find_tables():
            txt = t.extract()
            rows = []
            for r, tr in zip(t.rows, txt):
                rows.append({"cells": list(r.cells), "text": [clean(x) if x is not None else None for x in tr]})
            res.append({"page": p, "bbox": t.bbox, "rows": rows})
        return res

    @staticmethod
    def _is_amount(s):
        return s and parse_num(s) is not None and not re.fullmatch(r"\d{4}", s)

    def _split_head(self, t):
        n = 0
        for r in t["rows"]:
            filled = [x for x in r["text"] if x]
            if len(filled) >= 2 and not any(self._is_amount(x) for x in filled):
                n += 1
            else:
                break
        return n

    def _colnames(self, t, nh):
        body = [r for r in t["rows"][nh:] if all(c is not None for c in r["cells"])]
        ref = body[0]["cells"] if body else t["rows"][nh]["cells"]
        names = []
        for ci, bb in enumerate(ref):
            if bb is None:
                names.append("")
                continue
            xc = (bb[0] + bb[2]) / 2
            parts = []
            for r in t["rows"][:nh]:
                for cb, tx in zip(r["cells"], r["text"]):
                    if cb is not None and cb[0] <= xc <= cb[2] and tx:
                        parts.append(tx)
            names.append(re.sub(r"(\d)- (\d)", r"\1-\2", clean(" ".join(parts))))
        return names

    @lru_cache(maxsize=None)
    def table(self, sheet, key):
        hits = []
        for p in range(1, self.npages + 1):
            if self.sheet(p) != sheet:
                continue
            for i, t in enumerate(self.ptables(p)):
                nh = self._split_head(t)
                if nh and t["rows"][0]["text"][0] == key:
                    hits.append((p, i, t, nh))
        if not hits:
            raise LookupError(f"{sheet}/{key}: no table")
        p0, _, t0, nh0 = hits[0]
        names = self._colnames(t0, nh0)
        head_sig = [r["text"] for r in t0["rows"][:nh0]]
        rows, pages, repeated = [], [p0], False
        for r in t0["rows"][nh0:]:
            rows.append({"page": p0, **r})
        for p, _, t, nh in hits[1:]:
            if [r["text"] for r in t["rows"][:nh]] == head_sig and p == pages[-1] + 1:
                pages.append(p)
                repeated = True
                rows += [{"page": p, **r} for r in t["rows"][nh:]]
        scale_line = None
        for ln in reversed(self.lines_above(p0, t0["bbox"][1])):
            if ln.startswith("Bedragen"):
                scale_line = ln
                break
            if ln.startswith("Afvalschap") or ln == sheet:
                break
        return {"sheet": sheet, "key": key, "pages": pages, "cols": names, "nhead": nh0, "rows": rows,
                "bbox": t0["bbox"], "scale_line": scale_line, "head_repeated": repeated,
                "scale": (1000 if scale_line and "x € 1.000" in scale_line else 1 if scale_line else None)}

    def cell(self, sheet, key, row, col):
        t = self.table(sheet, key)
        ci = [i for i, c in enumerate(t["cols"]) if c == col]
        if len(ci) != 1:
            raise LookupError(f"{sheet}/{key}: column {col!r}: {len(ci)} hits in {t['cols']}")
        rs = [r for r in t["rows"] if r["text"][0] == row]
        if len(rs) != 1:
            raise LookupError(f"{sheet}/{key}: row {row!r}: {len(rs)} hits")
        r = rs[0]
        return {"printed": r["text"][ci[0]], "page": r["page"], "sheet": sheet, "table": key, "column": col,
                "scale": t["scale"] or 1, "scale_statement": t["scale_line"],
                "continuation_page": r["page"] != t["pages"][0]}

    def prose(self, fragment):
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in self.text(p)]
