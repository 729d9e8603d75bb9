"""Read the FINISHED set-ag PDFs back (never imports data.py or the generators).

Tables: pdfplumber's ruled-table finder (both documents draw cell borders: WeasyPrint `border` on th/td, tbl
`allbox`). Cell text is rebuilt from the characters inside the cell bbox; superscript footnote markers (characters
clearly smaller than the cell's main size) are split off the row label. Header rows are the leading rows whose
filled cells are all bold (and that have at least two filled cells); a leading full-width row starting with "Tabel"
is the caption (tbl); otherwise the caption is the "Tabel ..." line just above the table (WeasyPrint). Column names
join the header cells above each column (spanned cells included). A captionless table at the top of a page whose
columns equal those of the previous page's last table is a continuation (repeated thead). A ruled table that has
only an outer frame (tbl `box`) is read from its words: header names are clusters of header words, values are the
numeric tokens at the right of each body line, assigned to the nearest header cluster.

Prose: `pdftotext` per page (reading order, also for two-column pages), whitespace-normalised.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pdfplumber

NUM_RE = re.compile(r"^\(?[-\u2212]?(€\s?)?\d{1,3}(\.\d{3})*(,\d+)?%?\)?$")


def clean(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2010", "-").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def parse_num(s: str | None):
    """'1.234' -> 1234; '(1.234)' -> -1234; '-1.234' / '−1.234' -> -1234; '0,0738%' -> 0.0738; '€ 279,60' -> 279.6;
    '-' -> 0; anything else -> None"""
    if s is None:
        return None
    t = clean(s).replace("€", "").replace(" ", "")
    if t in ("-", "\u2013"):
        return 0
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.rstrip("%")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    v = -v if neg else v
    return int(v) if v.is_integer() and "," not in t else v


def _bold(chars) -> bool:
    return bool(chars) and all("Bold" in c["fontname"] for c in chars if c["text"].strip())


class PdfDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(path))
        self.npages = len(self.pdf.pages)
        self._text: dict[int, str] = {}
        self._layout: dict[int, str] = {}
        self.tables: list[dict] = []
        for pno, page in enumerate(self.pdf.pages, 1):
            lines = page.extract_text_lines(strip=True)
            for t in page.find_tables():
                tb = self._read_table(page, pno, t, lines)
                if tb:
                    self._append(tb)

    # ------------------------------------------------------------------ cells
    @staticmethod
    def _chars(page, bbox):
        x0, top, x1, bottom = bbox
        return [c for c in page.chars if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5
                and top - 0.5 <= (c["top"] + c["bottom"]) / 2 <= bottom + 0.5]

    @staticmethod
    def _join(chars) -> str:
        """chars -> text: lines by top, words split at gaps"""
        if not chars:
            return ""
        out = []
        rows: list[list] = []
        for c in sorted(chars, key=lambda c: c["top"]):
            if rows and abs(rows[-1][0]["top"] - c["top"]) < 2.5:
                rows[-1].append(c)
            else:
                rows.append([c])
        for r in rows:
            r.sort(key=lambda c: c["x0"])
            s = ""
            for i, c in enumerate(r):
                if i and c["x0"] - r[i - 1]["x1"] > 0.22 * c["size"] and not s.endswith(" "):
                    s += " "
                s += c["text"]
            out.append(s)
        return clean(" ".join(out))

    def _cell(self, page, bbox) -> dict:
        chars = [c for c in self._chars(page, bbox) if c["text"].strip()]
        if not chars:
            return {"text": "", "marker": "", "bold": False, "bbox": bbox}
        main = max(c["size"] for c in chars)
        body = [c for c in chars if c["size"] >= 0.85 * main]
        sup = [c for c in chars if c["size"] < 0.85 * main]
        return {"text": self._join(body), "marker": "".join(c["text"] for c in sorted(sup, key=lambda c: c["x0"])),
                "bold": _bold(body), "bbox": bbox}

    # ------------------------------------------------------------------ tables
    def _read_table(self, page, pno, t, lines) -> dict | None:
        rows = [[(self._cell(page, c) if c else None) for c in r.cells] for r in t.rows]
        if not rows:
            return None
        caption, cap_where = None, None
        if max(len(r) for r in rows) < 2:
            return self._read_boxed(page, pno, t)
        first = [c for c in rows[0] if c is not None]
        if len(first) == 1 and first[0]["text"].startswith("Tabel"):
            caption, cap_where = first[0]["text"], "first table row"
            rows = rows[1:]
            t_top = t.rows[1].bbox[1]
        else:
            t_top = t.bbox[1]
            above = [ln for ln in lines if t.bbox[1] - 22 <= ln["bottom"] <= t.bbox[1] + 1 and ln["text"].startswith("Tabel")]
            if above:
                caption, cap_where = clean(above[-1]["text"]), "line above table"
        ncols = max(len(r) for r in rows)
        nhead = 0
        for r in rows:
            filled = [c for c in r if c and c["text"]]
            if len(filled) >= 2 and all(c["bold"] for c in filled) and nhead < 3:
                nhead += 1
            elif nhead and len([c for c in r if c is not None]) < ncols and all(c["bold"] for c in filled):
                nhead += 1          # a header row made of spanned cells only
            else:
                break
        if nhead == 0:
            return None
        body_rows = rows[nhead:]
        # column x-ranges from the body rows (their cells are never spanned)
        cols = None
        for r in t.rows[len(t.rows) - len(body_rows):]:
            if all(c is not None for c in r.cells):
                cols = [(c[0], c[2]) for c in r.cells]
                break
        head_cells = [self._cell(page, c) for c in t.cells if c[1] >= t_top - 0.5 and c[3] <= t.rows[len(t.rows) - len(body_rows)].bbox[1] + 0.5]
        names = []
        for x0, x1 in cols:
            mid = (x0 + x1) / 2
            parts = sorted([h for h in head_cells if h["bbox"][0] - 0.5 <= mid <= h["bbox"][2] + 0.5 and h["text"]],
                           key=lambda h: h["bbox"][1])
            names.append(" ".join(h["text"] for h in parts))
        out_rows = []
        for r, rr in zip(body_rows, t.rows[len(t.rows) - len(body_rows):]):
            cells = {}
            for (x0, x1), nm in zip(cols, names):
                mid = (x0 + x1) / 2
                hit = [c for c in r if c and c["bbox"][0] - 0.5 <= mid <= c["bbox"][2] + 0.5]
                cells[nm] = hit[0]["text"] if hit else ""
            lab = r[0]
            out_rows.append({"label": lab["text"] if lab else "", "marker": lab["marker"] if lab else "",
                             "label_bold": bool(lab and lab["bold"]), "cells": cells, "page": pno,
                             "top": rr.bbox[1]})
        return {"page": pno, "pages": [pno], "bbox": t.bbox, "caption": caption, "caption_where": cap_where,
                "columns": names, "rows": out_rows, "kind": "ruled", "header_rows": nhead}

    def _read_boxed(self, page, pno, t) -> dict | None:
        """a table with an outer frame and a rule under the header only (tbl `box` + `_`); a first line starting
        with "Tabel" is the caption"""
        x0, top, x1, bottom = t.bbox
        caption, cap_where, t_top = None, None, top
        first = sorted(page.crop((x0, top, x1, bottom)).extract_text_lines(strip=True), key=lambda ln: ln["top"])
        if first and first[0]["text"].startswith("Tabel"):
            caption, cap_where, t_top = clean(first[0]["text"]), "first table row", first[0]["bottom"] + 0.5
        hr = sorted(ln["top"] for ln in page.lines + page.rects if abs(ln["x0"] - x0) < 2 and abs(ln["x1"] - x1) < 2
                    and top + 2 < ln["top"] < bottom - 2)
        words = page.crop((x0, t_top, x1, bottom)).extract_words(extra_attrs=["size"], keep_blank_chars=False)
        if not hr:
            return None
        rule = hr[-1]
        head = [w for w in words if w["bottom"] <= rule + 0.5]
        head.sort(key=lambda w: w["x0"])
        clusters: list[list] = []
        for w in head:
            if clusters and w["x0"] - clusters[-1][-1]["x1"] < 6:
                clusters[-1].append(w)
            else:
                clusters.append([w])
        names = [" ".join(w["text"] for w in c) for c in clusters]
        centers = [((c[0]["x0"] + c[-1]["x1"]) / 2) for c in clusters]
        body = [w for w in words if w["top"] > rule]
        lines: list[list] = []
        for w in sorted(body, key=lambda w: w["top"]):
            if lines and abs(lines[-1][0]["top"] - w["top"]) < 2.5:
                lines[-1].append(w)
            else:
                lines.append([w])
        out_rows = []
        for ln in lines:
            ln.sort(key=lambda w: w["x0"])
            vals = []
            while ln and (parse_num(ln[-1]["text"]) is not None or ln[-1]["text"] == "n.v.t."):
                vals.insert(0, ln.pop())
            cells = {names[0]: clean(" ".join(w["text"] for w in ln))}
            for w in vals:
                xc = w["x1"]
                i = min(range(1, len(names)), key=lambda i: abs(centers[i] - (w["x0"] + w["x1"]) / 2))
                cells[names[i]] = w["text"]
            out_rows.append({"label": cells[names[0]], "marker": "", "label_bold": False, "cells": cells,
                             "page": pno, "top": ln[0]["top"] if ln else 0})
        return {"page": pno, "pages": [pno], "bbox": t.bbox, "caption": caption, "caption_where": cap_where,
                "columns": names, "rows": out_rows, "kind": "boxed", "header_rows": 1}

    def _append(self, tb: dict):
        prev = self.tables[-1] if self.tables else None
        if (tb["caption"] is None and prev and prev["columns"] == tb["columns"] and tb["page"] == prev["pages"][-1] + 1):
            prev["rows"].extend(tb["rows"])
            prev["pages"].append(tb["page"])
            prev.setdefault("repeated_header_pages", []).append(tb["page"])
            return
        self.tables.append(tb)

    # ------------------------------------------------------------------ look-ups
    def table(self, caption_prefix: str) -> dict:
        hits = [t for t in self.tables if t["caption"] and (t["caption"] == caption_prefix or
                                                          t["caption"].startswith(caption_prefix + " "))]
        if len(hits) != 1:
            raise KeyError(f"table {caption_prefix}: {len(hits)} matches")
        return hits[0]

    def cell(self, caption_prefix: str, row: str, col: str, after: str | None = None) -> dict:
        t = self.table(caption_prefix)
        if col not in t["columns"]:
            raise KeyError(f"column {col!r} not in {t['columns']}")
        rows = t["rows"]
        if after:
            idx = [i for i, r in enumerate(rows) if r["label"] == after]
            if not idx:
                raise KeyError(f"sub-heading {after!r}")
            rows = rows[idx[0] + 1:]
        hit = [r for r in rows if r["label"] == row]
        if not hit:
            raise KeyError(f"row {row!r} in {caption_prefix}")
        r = hit[0]
        return {"page": r["page"], "caption": t["caption"], "printed": r["cells"][col], "marker": r["marker"],
                "bold": r["label_bold"], "continuation": r["page"] != t["page"]}

    def table_scale(self, caption_prefix: str) -> tuple[int, str]:
        t = self.table(caption_prefix)
        cap = t["caption"] or ""
        if "x € 1.000" in cap:
            return 1000, "caption: x € 1.000"
        if "x € 1.000" in t["columns"][0]:
            return 1000, "first header cell: x € 1.000"
        if "bedragen in €" in cap or any("(€)" in c for c in t["columns"]):
            return 1, "bedragen in €"
        return 1, "no scale stated (whole units)"

    # ------------------------------------------------------------------ text
    def page_text(self, n: int) -> str:
        if n not in self._text:
            self._text[n] = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(self.path), "-"],
                                           capture_output=True, text=True, check=True).stdout
        return self._text[n]

    def layout_text(self, n: int) -> str:
        if n not in self._layout:
            self._layout[n] = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(self.path), "-"],
                                             capture_output=True, text=True, check=True).stdout
        return self._layout[n]

    def full_text(self) -> str:
        return "\n".join(self.page_text(i) for i in range(1, self.npages + 1))

    def column_texts(self, n: int) -> list[str]:
        """left and right half of a page (for two-column pages), each in reading order"""
        page = self.pdf.pages[n - 1]
        mid = page.width / 2
        return [page.crop((0, 0, mid, page.height)).extract_text() or "",
                page.crop((mid, 0, page.width, page.height)).extract_text() or ""]

    def two_column(self, n: int) -> bool:
        """a page with body text in two columns: many text lines end left of the centre while other lines at
        the same heights start right of it, and no body word crosses the centre"""
        page = self.pdf.pages[n - 1]
        mid = page.width / 2
        lines = page.extract_text_lines(strip=True)
        body = [ln for ln in lines if ln["top"] > 90 and len(ln["text"]) > 25]
        left = [ln for ln in body if ln["x1"] < mid - 4]
        right = [ln for ln in body if ln["x0"] > mid + 4]
        return len(left) >= 10 and len(right) >= 10

    def prose(self, phrase: str) -> list[int]:
        p = clean(phrase)
        out = []
        for i in range(1, self.npages + 1):
            if p in clean(self.page_text(i)) or any(p in clean(t) for t in self.column_texts(i)):
                out.append(i)
        return out


if __name__ == "__main__":
    import sys
    doc = PdfDoc(Path(sys.argv[1]))
    for t in doc.tables:
        print(f"p{t['pages']} [{t['kind']}] {t['caption']!r} ({t['caption_where']}) cols={t['columns']}")
        for r in t["rows"][: int(sys.argv[2]) if len(sys.argv) > 2 else 3]:
            print("    ", r["label"], r["marker"] and f"<sup {r['marker']}>", list(r["cells"].values())[1:])
