"""Read the FINISHED set-ah documents back (never imports data.py or the generators).

PdfDoc (the LaTeX PDF): pdfplumber words and the booktabs rules (drawn as horizontal lines). A table is a caption
line "Tabel n.m ..." followed by its rules: the header lies between the first and the second full-width rule, the body
between the second and the last rule above the next caption. Body columns are built from the x-ranges of the cells
right of the row labels; each column is named by the header phrases above it (a \\multicolumn header such as
"Begroting 2039" prefixes both columns under it). Row labels: the phrase at the table's left edge; a label line
without cells (a \\multirow label, vertically centred between its two rows) is the group label of the rows directly
above and below it that have only a sub-label ("Lasten" / "Baten"). A longtable continues on the next page under a
caption ending in "(vervolg)". Scale from the caption: "x € 1.000", "x € 1 mln", "bedragen in €". Prose via
`pdftotext` per page; `pdftotext -layout` per page for the running header/footer and row lines.

HtmlDoc (the web page): stdlib html.parser into a small tree; tables with thead/tbody/tfoot, colspan/rowspan resolved
into a grid; row keys from the th cells of a row (rowgroup th + row th, joined with " / "); column names from the
thead grid; KPI cards; prose per section; the nav and footer are site furniture and are kept apart.
"""
from __future__ import annotations

import re
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber

NUM_RE = re.compile(r"^[+\-−]?(€\s?)?[+\-−]?\d{1,3}(\.\d{3})*(,\d+)?%?(\s?mln)?$|^[–-]$")


def clean(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def parse_num(s: str):
    """Dutch printed number -> float: '1.234' -> 1234, '−2,4' -> -2.4, '€ 131,52' -> 131.52, '0,0244%' -> 0.0244,
    '–' -> 0; None if not a number"""
    t = clean(s).replace("€", "").replace("mln", "").replace("%", "").replace(" ", "").replace("+", "")
    t = t.replace("−", "-")
    if t in ("–", "-"):
        return 0.0
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return float(t.replace(".", "").replace(",", "."))


def is_num(s: str) -> bool:
    return bool(NUM_RE.match(clean(s)))


def scale_of(caption: str):
    c = clean(caption)
    if "x € 1 mln" in c:
        return 1_000_000, "caption: x € 1 mln"
    if "x € 1.000" in c:
        return 1000, "caption: x € 1.000"
    if "bedragen in €" in c or "bedragen in euro" in c:
        return 1, "caption: bedragen in € (whole euros)"
    if "in %" in c:
        return 1, "caption: in %"
    return 1, "no scale stated (units as printed)"


# ================================================================================================= PDF
class PdfDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(path))
        self.npages = len(self.pdf.pages)
        self._lay, self._txt = {}, {}
        self.tables = []
        for i in range(1, self.npages + 1):
            self.tables += self._page_tables(i)
        self._join_continuations()

    # -------------------------------------------------------------- text
    def layout_text(self, i: int) -> str:
        if i not in self._lay:
            self._lay[i] = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(self.path), "-"],
                                          capture_output=True, text=True, check=True).stdout
        return self._lay[i]

    def page_text(self, i: int) -> str:
        if i not in self._txt:
            self._txt[i] = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(self.path), "-"],
                                          capture_output=True, text=True, check=True).stdout
        return self._txt[i]

    def full_text(self) -> str:
        return "\n".join(self.page_text(i) for i in range(1, self.npages + 1))

    def running_header(self, i: int) -> str:
        lines = [ln for ln in self.layout_text(i).splitlines() if ln.strip()]
        return clean(lines[0]) if lines else ""

    def footer(self, i: int) -> str:
        lines = [ln for ln in self.layout_text(i).splitlines() if ln.strip()]
        return clean(lines[-1]) if lines else ""

    def printed_page(self, i: int):
        m = re.fullmatch(r"Pagina (\d+)", self.footer(i))
        return int(m.group(1)) if m else None

    def prose(self, phrase: str) -> list[int]:
        ph = clean(phrase)
        return [i for i in range(1, self.npages + 1) if ph in clean(self.page_text(i))]

    # -------------------------------------------------------------- tables
    @staticmethod
    def _lines(words):
        rows = []
        for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
            if rows and abs(rows[-1]["top"] - w["top"]) < 1.0:
                rows[-1]["words"].append(w)
            else:
                rows.append({"top": w["top"], "bottom": w["bottom"], "words": [w]})
        for r in rows:
            r["words"].sort(key=lambda w: w["x0"])
            r["text"] = clean(" ".join(w["text"] for w in r["words"]))
            ph, cur = [], None
            for w in r["words"]:
                if cur and w["x0"] - cur["x1"] <= 5.0:
                    cur["text"] += " " + w["text"]
                    cur["x1"] = w["x1"]
                else:
                    cur = {"text": w["text"], "x0": w["x0"], "x1": w["x1"]}
                    ph.append(cur)
            for p in ph:
                p["text"] = clean(p["text"])
            r["phrases"] = ph
        return rows

    def _page_tables(self, i: int):
        page = self.pdf.pages[i - 1]
        words = page.extract_words(x_tolerance=1.5, keep_blank_chars=False)
        lines = self._lines(words)
        rules = sorted([ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 1.5 and ln["x1"] - ln["x0"] > 40],
                       key=lambda ln: ln["top"])
        caps = [ln for ln in lines if re.match(r"^Tabel \d+\.\d+ ", ln["text"])]
        out = []
        for ci, cap in enumerate(caps):
            limit = caps[ci + 1]["top"] if ci + 1 < len(caps) else page.height
            rs = [r for r in rules if cap["bottom"] < r["top"] < limit]
            if len(rs) < 2:
                continue
            width = max(r["x1"] - r["x0"] for r in rs)
            full = [r for r in rs if r["x1"] - r["x0"] > 0.9 * width]
            left = min(r["x0"] for r in full)
            partial = [r for r in rs if r not in full]
            top_, head_end = full[0]["top"], full[1]["top"]
            end = full[-1]["top"]
            head = [ln for ln in lines if top_ < ln["top"] < head_end]
            body = [ln for ln in lines if head_end < ln["top"] < end]
            out.append(self._build(i, cap, head, body, left, partial))
        return out

    def _build(self, page_no, cap, head, body, left, partial):
        # row labels: phrases left of the first numeric cell; text columns clustered by x0
        nums = [p for ln in body for p in ln["phrases"] if is_num(p["text"])]
        first_x = min(p["x0"] for p in nums) if nums else 1e9
        lab_x0 = sorted({round(p["x0"]) for ln in body for p in ln["phrases"] if p["x1"] < first_x - 1})
        text_cols = []
        for x in lab_x0:
            if not text_cols or x - text_cols[-1][-1] > 4:
                text_cols.append([x])
            else:
                text_cols[-1].append(x)
        text_cols = [(min(c) - 1, max(c) + 1) for c in text_cols]
        # header phrases
        hph = [(ln["top"], p) for ln in head for p in ln["phrases"]]

        def head_names(x0, x1):
            return clean(" ".join(p["text"] for _, p in sorted(hph, key=lambda t: (t[0], t[1]["x0"]))
                                  if p["x0"] < x1 + 2 and p["x1"] > x0 - 2))
        # text columns after the first: named by a header phrase -> a cell column, else a sub-label
        sub_cols, cell_text_cols = [], []
        for c in text_cols[1:]:
            xs = [p for ln in body for p in ln["phrases"] if c[0] <= p["x0"] <= c[1] and p["x1"] < first_x - 1]
            x1 = max(p["x1"] for p in xs)
            (cell_text_cols if head_names(c[0], x1) else sub_cols).append((c[0], x1))
        # value columns: merged x-ranges of the phrases right of the labels
        ivs = sorted([(p["x0"], p["x1"]) for ln in body for p in ln["phrases"] if p["x1"] >= first_x - 1])
        cols = []
        for a, b in ivs:
            if cols and a <= cols[-1][1] + 1:
                cols[-1][1] = max(cols[-1][1], b)
            else:
                cols.append([a, b])
        colspec = [(a, b, "text") for a, b in cell_text_cols] + [(a, b, "value") for a, b in cols]
        colspec.sort()
        names = [head_names(a, b) for a, b, _ in colspec]
        label_head = head_names(left, text_cols[0][1] + 30) if text_cols else ""
        rows, groups = [], []
        for ln in body:
            lab, sub, cells = "", "", {}
            for p in ln["phrases"]:
                if text_cols and text_cols[0][0] <= p["x0"] <= text_cols[0][1] and p["x1"] < first_x - 1:
                    lab = p["text"]
                    continue
                if any(a - 1 <= p["x0"] <= b for a, b in sub_cols) and p["x1"] < first_x - 1:
                    sub = p["text"]
                    continue
                for (a, b, _), nm in zip(colspec, names):
                    if p["x0"] < b + 1 and p["x1"] > a - 1:
                        cells[nm] = p["text"]
                        break
            if lab and not sub and not cells:
                groups.append({"label": lab, "top": ln["top"]})
                continue
            rows.append({"label": lab, "sub": sub, "cells": cells, "top": ln["top"], "page": page_no,
                         "line": ln["text"]})
        for r in rows:
            if r["sub"] and not r["label"]:
                near = [g for g in groups if abs(g["top"] - r["top"]) < 9]
                if near:
                    r["label"] = min(near, key=lambda g: abs(g["top"] - r["top"]))["label"]
            r["key"] = f"{r['label']} / {r['sub']}" if r["sub"] else r["label"]
        caption = cap["text"]
        return {"page": page_no, "pages": [page_no], "caption": caption, "columns": names, "label_head": label_head,
                "rows": rows, "groups": [g["label"] for g in groups], "continuation": caption.endswith("(vervolg)"),
                "partial_rules": len(partial), "head_lines": len(head), "left": left}

    def _join_continuations(self):
        for t in self.tables:
            if t["continuation"]:
                base = t["caption"][: -len("(vervolg)")].strip()
                for b in self.tables:
                    if b["caption"] == base:
                        b["pages"].append(t["page"])
                        b.setdefault("continued_on", []).append(t)

    def table(self, key: str) -> dict:
        hits = [t for t in self.tables if key in t["caption"] and not t["continuation"]]
        if len(hits) != 1:
            raise KeyError(f"table {key!r}: {len(hits)} matches")
        return hits[0]

    def cell(self, key: str, row: str, col: str) -> dict:
        t = self.table(key)
        for part in [t] + t.get("continued_on", []):
            for r in part["rows"]:
                if r["key"] == row:
                    if col not in r["cells"]:
                        raise KeyError(f"{key} / {row}: no column {col!r} in {list(r['cells'])}")
                    scale, stmt = scale_of(t["caption"])
                    return {"page": part["page"], "printed_page": self.printed_page(part["page"]),
                            "caption": t["caption"], "printed": r["cells"][col], "continuation": part["continuation"],
                            "continued_caption": part["caption"] if part["continuation"] else None,
                            "scale": scale, "scale_statement": stmt, "line": r["line"],
                            "multirow_group": bool(r["sub"])}
        raise KeyError(f"{key}: no row {row!r}")


# ================================================================================================= HTML
VOID = {"meta", "link", "br", "img", "input", "hr", "col", "source", "wbr"}


class _Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag):
        for c in self.children:
            if isinstance(c, _Node):
                if c.tag == tag:
                    yield c
                yield from c.find_all(tag)

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = _Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        p = self.cur
        while p is not None and p.tag != tag:
            p = p.parent
        if p is not None:
            self.cur = p.parent

    def handle_data(self, data):
        self.cur.children.append(data)


class HtmlDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        pr = _Parser()
        pr.feed(self.raw)
        self.root = pr.root
        self.tables = [self._table(t) for t in self.root.find_all("table")]

    def furniture(self) -> str:
        out = []
        for tag in ("header", "nav", "footer"):
            for n in self.root.find_all(tag):
                if n.tag != "header" or "site-header" in n.attrs.get("class", ""):
                    out.append(clean(n.text()))
        return "\n".join(out)

    def full_text(self) -> str:
        body = next(self.root.find_all("body"))
        return clean(body.text())

    def content_text(self) -> str:
        return clean(next(self.root.find_all("main")).text())

    def section_of(self, node) -> str:
        for a in node.ancestors():
            if a.tag == "section":
                h2 = next(a.find_all("h2"), None)
                return f"section#{a.attrs.get('id', '')} '{clean(h2.text()) if h2 else ''}'"
        return "?"

    def headings_before(self, node) -> str:
        """the nearest h3 (or h2) preceding the node in document order"""
        last = None
        for n in self._walk(self.root):
            if n is node:
                break
            if isinstance(n, _Node) and n.tag in ("h2", "h3"):
                last = n
        return clean(last.text()) if last else ""

    def _walk(self, n):
        yield n
        if isinstance(n, _Node):
            for c in n.children:
                yield from self._walk(c)

    def kpis(self) -> dict:
        out = {}
        for div in self.root.find_all("div"):
            if div.attrs.get("class") == "kpi":
                spans = {s.attrs.get("class"): clean(s.text()) for s in div.find_all("span")}
                out[spans.get("label")] = spans.get("value")
        return out

    def prose(self, phrase: str) -> list[str]:
        """the sections (and the element) holding the phrase in one p / summary / li element"""
        ph = clean(phrase)
        hits = []
        for tag in ("p", "summary", "li"):
            for n in self.root.find_all(tag):
                if ph in clean(n.text()):
                    inside = "details" if any(a.tag == "details" for a in n.ancestors()) else tag
                    hits.append(f"{self.section_of(n)} > {inside}")
        return hits

    def _table(self, t):
        cap = next(t.find_all("caption"), None)
        res = {"caption": clean(cap.text()) if cap else "", "id": t.attrs.get("id", ""), "rows": [],
               "section": self.section_of(t), "raw_nbsp": False}
        # thead grid
        thead = next(t.find_all("thead"), None)
        grid: dict = {}
        for ri, tr in enumerate(thead.find_all("tr") if thead else []):
            ci = 0
            for th in [c for c in tr.children if isinstance(c, _Node) and c.tag in ("th", "td")]:
                while (ri, ci) in grid:
                    ci += 1
                cs, rs = int(th.attrs.get("colspan", 1)), int(th.attrs.get("rowspan", 1))
                for dr in range(rs):
                    for dc in range(cs):
                        grid[(ri + dr, ci + dc)] = clean(th.text())
                ci += cs
        ncols = max((c for _, c in grid), default=-1) + 1
        nrows = max((r for r, _ in grid), default=-1) + 1
        names = []
        for c in range(ncols):
            parts = []
            for r in range(nrows):
                v = grid.get((r, c), "")
                if v and v not in parts:
                    parts.append(v)
            names.append(" ".join(parts))
        res["columns"] = names
        res["spans"] = [(th.attrs.get("colspan"), th.attrs.get("rowspan"), clean(th.text()))
                        for th in t.find_all("th") if th.attrs.get("colspan") or th.attrs.get("rowspan")]
        for part in ("tbody", "tfoot"):
            for sec in t.find_all(part):
                pend: dict = {}
                for tr in sec.find_all("tr"):
                    cells = [c for c in tr.children if isinstance(c, _Node) and c.tag in ("th", "td")]
                    grid_row, ci = {}, 0
                    for k_, v in list(pend.items()):
                        grid_row[k_] = v[0]
                        pend[k_] = (v[0], v[1] - 1)
                        if pend[k_][1] == 0:
                            del pend[k_]
                    for c in cells:
                        while ci in grid_row:
                            ci += 1
                        cs, rs = int(c.attrs.get("colspan", 1)), int(c.attrs.get("rowspan", 1))
                        sup = "".join(clean(s.text()) for s in c.find_all("sup"))
                        txt = clean("".join(x if isinstance(x, str) else ("" if x.tag == "sup" else x.text())
                                            for x in c.children))
                        entry = {"tag": c.tag, "text": txt, "sup": sup, "scope": c.attrs.get("scope", "")}
                        for dc in range(cs):
                            grid_row[ci + dc] = entry
                            if rs > 1:
                                pend[ci + dc] = (entry, rs - 1)
                        ci += cs
                    ths, seen = [], set()
                    for k_ in sorted(grid_row):
                        e = grid_row[k_]
                        if e["tag"] == "th" and id(e) not in seen:
                            seen.add(id(e))
                            ths.append(e)
                    key = " / ".join(e["text"] for e in ths)
                    vals = {}
                    for k_ in sorted(grid_row):
                        e = grid_row[k_]
                        if e["tag"] == "td" and k_ < len(names):
                            vals[names[k_]] = e["text"]
                    res["rows"].append({"key": key, "part": part, "cells": vals,
                                        "markers": [e["sup"] for e in ths if e["sup"]],
                                        "rowspan_group": any(e["scope"] == "rowgroup" for e in ths)})
        return res

    def table(self, key: str) -> dict:
        hits = [t for t in self.tables if key in t["caption"]]
        if len(hits) != 1:
            raise KeyError(f"table {key!r}: {len(hits)} matches")
        return hits[0]

    def cell(self, key: str, row: str, col: str) -> dict:
        t = self.table(key)
        for r in t["rows"]:
            if r["key"] == row:
                if col not in r["cells"]:
                    raise KeyError(f"{key} / {row}: no column {col!r} in {list(r['cells'])}")
                scale, stmt = scale_of(t["caption"])
                return {"caption": t["caption"], "section": t["section"], "part": r["part"],
                        "printed": r["cells"][col], "scale": scale, "scale_statement": stmt,
                        "footnote_marker": r["markers"][0] if r["markers"] else "", "rowspan_group": r["rowspan_group"]}
        raise KeyError(f"{key}: no row {row!r} in {[r['key'] for r in t['rows']]}")


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:]:
        if f.endswith(".pdf"):
            D = PdfDoc(Path(f))
            for t in D.tables:
                print(f"p{t['page']} {t['caption']} | cols={t['columns']} | pages={t['pages']} | groups={len(t['groups'])}")
                for r in t["rows"][:60]:
                    print("    ", r["key"], r["cells"])
        else:
            D = HtmlDoc(Path(f))
            print(D.kpis())
            for t in D.tables:
                print(t["caption"], t["columns"], t["section"], t["spans"])
                for r in t["rows"]:
                    print("    ", r["part"], r["key"], r["cells"], r["markers"])
