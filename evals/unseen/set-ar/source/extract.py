"""Read the finished set-ar documents back.  Never imports data.py or the generators.

GrPdf    the two-column PDF (pdfplumber words with size, font and colour, and the thin filled rectangles that
         Chromium draws for table borders):
         - running header/footer: grey words in the top and bottom margins;
         - tables: a caption line starting with 'Tabel' right above a thick rule (1,5 pt); the table ends at the
           next thick rule of the same width; the rules of the same width in between separate the rows (a label
           may run over two lines); the per-cell segments of the closing rule give the columns; a shorter rule
           inside the header marks a spanning header cell, whose text is put in front of the names of the
           columns under it; a column of only '€' signs is a currency sign set apart and belongs to the amount
           column to its right; a table is 'wide' when it spans both text columns, otherwise it sits in one;
         - running text in reading order: per page, the full-width bands (wide tables, chapter headings) cut the
           page into segments; inside a segment the left column is read before the right one (a segment with a
           line crossing the gutter is read as one column); lines are joined into one stream (a line ending in a
           hyphen joins the next without a space, unless the next word is 'en'/'of'); headings by size and weight
           give the section path;
         - the `pdftotext -layout` line of a table row.
HtmlPage the saved web page (BeautifulSoup): navigation, breadcrumb, cookie banner, accordion sections, tables
         with caption, header rows (colspan), row headers, cells and the note under the table; paragraphs and
         list items with their section path; the visible text.
doc_text the text of any corpus document (pdftotext for PDFs, the visible text and the raw source for HTML,
         the file itself for text exports), for the refusal rules.
"""
from __future__ import annotations

import re
import subprocess
from functools import cached_property
from pathlib import Path

GREY = (0.4392, 0.4392, 0.4392)
THICK = 1.2          # rule height (pt) above which a rule is a table's top or bottom rule


# ------------------------------------------------------------------------------------------------ numbers and text
def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


NUM_RE = re.compile(r"^\(?-?€?\s?-?\d{1,3}(?:\.\d{3})*(?:,\d+)?\)?(?:\s?%)?(?:\s[VN])?$|^-?\d+(?:,\d+)?%?$")


def parse_num(s):
    """Dutch printed number -> float: '1.234' 1234, '-1.234', '86,9', '14,60%', '1.034 N' (letter dropped),
    '€ 1.234', '(672)'; '-' and '' -> None"""
    if s is None:
        return None
    t = norm(s).replace("€", "").strip()
    t = re.sub(r"\s+[VN]$", "", t)
    neg = t.startswith("(") and t.endswith(")")
    t = t.strip("()").replace("%", "").strip()
    if t in ("", "-"):
        return None
    if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+(?:,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def vn_of(s):
    m = re.search(r"\s([VN])$", norm(s or ""))
    return m.group(1) if m else None


WORD_AMOUNTS = {"een half miljoen euro": 500_000, "anderhalf miljoen euro": 1_500_000, "een miljoen euro": 1_000_000}


def parse_words_amount(s):
    """an amount written in words ('een half miljoen euro') or in 'ton' ('ruim 3 ton') -> euros"""
    t = norm(s).lower()
    if t in WORD_AMOUNTS:
        return float(WORD_AMOUNTS[t])
    m = re.fullmatch(r"(?:ruim |bijna |ongeveer )?(\d+(?:,\d+)?) ton", t)
    if m:
        return float(m.group(1).replace(",", ".")) * 100_000
    m = re.fullmatch(r"(?:ruim |bijna |ongeveer )?€ ?(\d+(?:,\d+)?) miljoen", t)
    if m:
        return float(m.group(1).replace(",", ".")) * 1_000_000
    return None


def join_lines(lines):
    """join wrapped lines: a line ending in a hyphen after a letter joins the next without a space, unless the
    next word is 'en' or 'of' ('loon- en prijsontwikkeling')"""
    out = ""
    for ln in lines:
        if not out:
            out = ln
        elif re.search(r"[A-Za-zë0-9]-$", out) and not re.match(r"(en|of)\b", ln):
            out += ln
        else:
            out += " " + ln
    return out


def scale_of(text):
    t = norm(text or "").lower()
    if "x € 1.000" in t or "x €1.000" in t or "x 1.000 euro" in t:
        return 1000
    if "in euro" in t or "in €" in t:
        return 1
    return None


# ------------------------------------------------------------------------------------------------ the PDF
class GrPdf:
    def __init__(self, path):
        import pdfplumber
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(path))
        self.n = len(self.pdf.pages)
        self.width = float(self.pdf.pages[0].width)
        self.height = float(self.pdf.pages[0].height)
        self._words, self._rules = {}, {}

    # ---- raw material
    def words(self, pno):
        """all words of page pno (1-based), with a 'running' flag for the header and footer"""
        if pno not in self._words:
            page = self.pdf.pages[pno - 1]
            ws = page.extract_words(extra_attrs=["size", "fontname", "non_stroking_color"], keep_blank_chars=False)
            for w in ws:
                w["text"] = norm(w["text"])
                col = tuple(round(c, 4) for c in (w.get("non_stroking_color") or ()))
                w["grey"] = col == GREY
                w["running"] = w["grey"] and (w["top"] < 62 or w["bottom"] > self.height - 55)
                w["bold"] = "Bold" in w["fontname"]
                w["xc"] = (w["x0"] + w["x1"]) / 2
            self._words[pno] = [w for w in ws if w["text"]]
        return self._words[pno]

    def rules(self, pno):
        """horizontal rules: thin filled rectangles grouped by their top; each keeps its per-cell segments"""
        if pno not in self._rules:
            page = self.pdf.pages[pno - 1]
            segs = [r for r in page.rects if r["height"] < 2.5 and r["width"] > 2]
            groups = {}
            for r in segs:
                groups.setdefault((round(r["top"], 1), round(r["height"], 2)), []).append(r)
            out = []
            for (top, h), rs in sorted(groups.items()):
                rs = sorted(rs, key=lambda r: r["x0"])
                out.append({"top": top, "bottom": top + h, "h": h, "x0": rs[0]["x0"], "x1": max(r["x1"] for r in rs),
                            "segments": [(r["x0"], r["x1"]) for r in rs]})
            # two groups at the same top (thick and thin segments) stay separate; merge those of equal height
            self._rules[pno] = out
        return self._rules[pno]

    def running(self, pno):
        ws = [w for w in self.words(pno) if w["running"]]
        head = " ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]) if w["top"] < 62)
        foot = " ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]) if w["top"] > 62)
        return head, foot

    @cached_property
    def layout_pages(self):
        out = subprocess.run(["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True,
                             check=True).stdout
        return out.split("\f")

    @cached_property
    def mid(self):
        return self.width / 2

    # ---- tables
    @staticmethod
    def _lines_of(ws, tol=2.0):
        lines = []
        for w in sorted(ws, key=lambda w: (w["top"], w["x0"])):
            if lines and abs(lines[-1][0]["top"] - w["top"]) <= tol:
                lines[-1].append(w)
            else:
                lines.append([w])
        return [sorted(l, key=lambda w: w["x0"]) for l in lines]

    def _tables_on(self, pno):
        ws = [w for w in self.words(pno) if not w["running"]]
        rules = self.rules(pno)
        out = []
        used = set()
        for i, r in enumerate(rules):
            if r["h"] < THICK or i in used:
                continue
            cap = [w for w in ws if r["top"] - 34 <= w["bottom"] <= r["top"] + 0.5 and w["x0"] >= r["x0"] - 1
                   and w["x1"] <= r["x1"] + 1]
            cap_lines = self._lines_of(cap)
            starts = [k for k, l in enumerate(cap_lines) if l[0]["text"] == "Tabel" and l[0]["bold"]]
            if not starts:
                continue
            cap_lines = cap_lines[starts[-1]:]
            if not all(w["bold"] for l in cap_lines for w in l):
                continue
            caption = join_lines([" ".join(w["text"] for w in l) for l in cap_lines])
            same = [j for j in range(i + 1, len(rules)) if abs(rules[j]["x0"] - r["x0"]) < 2
                    and abs(rules[j]["x1"] - r["x1"]) < 2]
            ends = [j for j in same if rules[j]["h"] >= THICK]
            if not ends:
                raise LookupError(f"page {pno}: table {caption!r} has no closing rule")
            end = ends[0]
            used.add(end)
            full = [i] + [j for j in same if j < end] + [end]
            partial = [rules[j] for j in range(i + 1, end) if j not in full and rules[j]["x0"] >= r["x0"] - 1
                       and rules[j]["x1"] <= r["x1"] + 1]
            cols = [list(s) for s in rules[end]["segments"]]
            box = (r["x0"], cap_lines[0][0]["top"], r["x1"], rules[end]["bottom"])
            tw = [w for w in ws if box[0] - 1 <= w["xc"] <= box[2] + 1 and r["bottom"] - 0.5 <= w["top"]
                  and w["bottom"] <= rules[end]["top"] + 0.5]
            bands = []
            for a, b in zip(full, full[1:]):
                ya, yb = rules[a]["bottom"], rules[b]["top"]
                bands.append((ya, yb, [w for w in tw if ya - 0.5 <= w["top"] and w["bottom"] <= yb + 0.5]))

            def cells_of(bw):
                cells = []
                for x0, x1 in cols:
                    cw = [w for w in bw if x0 - 0.5 <= w["xc"] <= x1 + 0.5]
                    cells.append(join_lines([" ".join(w["text"] for w in l) for l in self._lines_of(cw)]))
                return cells

            head_ws = bands[0][2]
            names = cells_of([w for w in head_ws if not any(
                pr["x0"] - 1 <= w["xc"] <= pr["x1"] + 1 and w["bottom"] <= pr["top"] + 0.5 for pr in partial)])
            for pr in partial:
                sw = [w for w in head_ws if pr["x0"] - 1 <= w["xc"] <= pr["x1"] + 1 and w["bottom"] <= pr["top"] + 0.5]
                st = " ".join(w["text"] for w in sw)
                for k, (x0, x1) in enumerate(cols):
                    if pr["x0"] - 1 <= (x0 + x1) / 2 <= pr["x1"] + 1:
                        names[k] = (st + " " + names[k]).strip()
            rows = []
            for ya, yb, bw in bands[1:]:
                cells = cells_of(bw)
                lines = self._lines_of(bw)
                rows.append({"cells": cells, "top": ya, "bottom": yb, "n_lines": len(lines),
                             "bold": all(w["bold"] for w in bw) if bw else False})
            # currency columns: only '€' signs -> merged into the column to the right
            cur = [k for k in range(1, len(cols)) if rows and all(rw["cells"][k] in ("€", "") for rw in rows)
                   and any(rw["cells"][k] == "€" for rw in rows)]
            keep = [k for k in range(len(cols)) if k not in cur]
            names2 = []
            for k in keep:
                nm = names[k]
                if k - 1 in cur and not nm:
                    nm = names[k - 1]
                names2.append(nm)
            trows = []
            for rw in rows:
                cells = [rw["cells"][k] for k in keep]
                label = cells[0]
                vals = dict(zip(names2[1:], cells[1:]))
                trows.append({"label": label, "cells": vals, "group": False, "bold": rw["bold"],
                              "n_lines": rw["n_lines"], "top": rw["top"], "bottom": rw["bottom"],
                              "currency_apart": {names2[keep.index(k + 1)] for k in cur if k + 1 in keep}})
            grp = None
            for rw in trows:
                if rw["label"] and not any(rw["cells"].values()):
                    rw["group"] = True
                    grp = rw["label"]
                    rw["in_group"] = None
                else:
                    rw["in_group"] = grp
            header_text = " ".join(w["text"] for w in head_ws)
            wide = (r["x1"] - r["x0"]) > 0.7 * (self.width - 2 * 48)
            column = None if wide else ("L" if r["x1"] <= self.mid else "R")
            out.append({"caption": caption, "caption_lines": len(cap_lines), "page": pno, "box": box, "wide": wide,
                        "column": column,
                        "cols": names2, "rows": trows, "header_text": header_text,
                        "scale": scale_of(caption) or scale_of(header_text), "n_rules": len(full),
                        "spans": [" ".join(w["text"] for w in head_ws if pr["x0"] - 1 <= w["xc"] <= pr["x1"] + 1
                                           and w["bottom"] <= pr["top"] + 0.5) for pr in partial]})
        return out

    @cached_property
    def tables(self):
        out = []
        for pno in range(1, self.n + 1):
            out += self._tables_on(pno)
        return out

    def table(self, caption):
        ts = [t for t in self.tables if t["caption"] == caption]
        if len(ts) != 1:
            raise LookupError(f"table {caption!r}: {len(ts)} found")
        return ts[0]

    def row(self, caption, label, group=None):
        t = self.table(caption)
        rs = [r for r in t["rows"] if r["label"] == label and (group is None or r["in_group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"{caption}: row {label!r} (group {group}): {len(rs)} found")
        return rs[0]

    def cell(self, caption, label, col, group=None):
        t = self.table(caption)
        r = self.row(caption, label, group)
        if col not in r["cells"]:
            raise LookupError(f"{caption}: no column {col!r} (columns {t['cols']})")
        printed = r["cells"][col]
        unit_scale = None
        if "Eenheid" in r["cells"]:
            unit_scale = scale_of(r["cells"]["Eenheid"]) or 1
        return {"printed": printed, "page": t["page"], "row": r, "table": t,
                "scale": unit_scale if unit_scale is not None else (t["scale"] or 1)}

    def layout_region(self, pno, box):
        """`pdftotext -layout` of a region of page pno (box in points: x0, top, x1, bottom)"""
        x0, top, x1, bottom = box
        out = subprocess.run(["pdftotext", "-layout", "-f", str(pno), "-l", str(pno), "-x", str(int(x0) - 2),
                              "-y", str(int(top) - 2), "-W", str(int(x1 - x0) + 4), "-H", str(int(bottom - top) + 4),
                              str(self.path), "-"], capture_output=True, text=True, check=True).stdout
        return [norm(ln) for ln in out.splitlines() if ln.strip()]

    def layout_line(self, table, label, printed):
        """the `pdftotext -layout` line of a table row (the table's region cut out of the page) holding the row
        label (its first words, or its last word when the label wraps) and the printed cell"""
        num = re.compile(r"(?<![\d.,])" + re.escape(norm(printed)) + r"(?![\d.,])")
        lines = self.layout_region(table["page"], table["box"])
        words = label.split(" ")
        for key in (" ".join(words[:3]), words[-1]):
            cand = [ln for ln in lines if key in ln and num.search(ln)]
            if len(cand) == 1:
                return cand[0]
        return None

    # ---- running text in reading order
    @cached_property
    def flow(self):
        """list of line dicts in reading order: page, col ('L','R','W'), top, text, size, bold, kind
        ('h1','h2','h3','text','table'), and for kind 'table' the caption"""
        out = []
        tabs_by_page = {}
        for t in self.tables:
            tabs_by_page.setdefault(t["page"], []).append(t)
        for pno in range(1, self.n + 1):
            tabs = tabs_by_page.get(pno, [])
            ws = [w for w in self.words(pno) if not w["running"] and not any(
                t["box"][0] - 1 <= w["xc"] <= t["box"][2] + 1 and t["box"][1] - 1 <= w["top"] <= t["box"][3] + 1
                for t in tabs)]
            bands = [(t["box"][1], t["box"][3], t) for t in tabs if t["wide"]]
            for l in self._lines_of([w for w in ws if w["size"] > 15]):
                bands.append((min(w["top"] for w in l) - 1, max(w["bottom"] for w in l) + 1, l))
            bands.sort(key=lambda b: b[0])
            edges = [0.0] + [y for b in bands for y in (b[0], b[1])] + [self.height]
            segs = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
            items = []
            for si, (ya, yb) in enumerate(segs):
                sw = [w for w in ws if ya <= w["top"] < yb and w["size"] <= 15]
                stabs = [t for t in tabs if not t["wide"] and ya <= t["box"][1] < yb]
                single = any(w["x0"] < self.mid - 4 and w["x1"] > self.mid + 4 for w in sw)
                parts = [("W", sw)] if single else [("L", [w for w in sw if w["xc"] < self.mid]),
                                                     ("R", [w for w in sw if w["xc"] >= self.mid])]
                for col, cw in parts:
                    entries = [(l[0]["top"], "line", l) for l in self._lines_of(cw)]
                    entries += [(t["box"][1], "table", t) for t in stabs
                                if col == "W" or t["column"] == col]
                    for top, kind, obj in sorted(entries, key=lambda e: e[0]):
                        items.append((pno, col, top, kind, obj))
                if si < len(bands):
                    b = bands[si]
                    if isinstance(b[2], dict):
                        items.append((pno, "W", b[0], "table", b[2]))
                    else:
                        items.append((pno, "W", b[0], "line", b[2]))
            for pno_, col, top, kind, obj in items:
                if kind == "table":
                    out.append({"page": pno_, "col": col, "top": top, "kind": "table", "text": obj["caption"],
                                "size": 8, "bold": True})
                    continue
                size = max(w["size"] for w in obj)
                bold = all(w["bold"] for w in obj)
                k = "text"
                if size > 15:
                    k = "h1"
                elif bold and size > 10.5:
                    k = "h2"
                elif bold:
                    k = "h3"
                out.append({"page": pno_, "col": col, "top": top, "kind": k, "size": round(size, 1), "bold": bold,
                            "text": " ".join(w["text"] for w in obj)})
        return out

    @cached_property
    def sections(self):
        """section path per flow index"""
        path, out = [None, None, None], []
        for ln in self.flow:
            if ln["kind"] == "h1":
                path = [ln["text"], None, None]
            elif ln["kind"] == "h2":
                path = [path[0], ln["text"], None]
            elif ln["kind"] == "h3":
                path = [path[0], path[1], ln["text"]]
            out.append(" > ".join(x for x in path if x))
        return out

    @cached_property
    def stream(self):
        """the running text as one string; heading and table entries act as hard separators (' ¶ ')"""
        parts, spans, pos = [], [], 0
        prev_text, prev_size = False, None
        for i, ln in enumerate(self.flow):
            if ln["kind"] == "text" and prev_text and abs(ln["size"] - prev_size) > 1:
                parts.append(" ¶ ")
                spans.append((pos, pos + 3, i))
                pos += 3
                prev_text = False
            prev_size = ln["size"]
            if ln["kind"] != "text":
                piece = " ¶ "
                prev_text = False
            else:
                t = ln["text"]
                if prev_text and parts and re.search(r"[A-Za-zë]-$", parts[-1]) and not re.match(r"(en|of)\b", t):
                    piece = t
                else:
                    piece = (" " if prev_text else "") + t
                prev_text = True
            spans.append((pos, pos + len(piece), i))
            parts.append(piece)
            pos += len(piece)
        return "".join(parts), spans

    def find_prose(self, fragment):
        """all occurrences of fragment in the running text: list of (first flow index, last flow index)"""
        text, spans = self.stream
        frag = norm(fragment)
        out, start = [], 0
        while True:
            k = text.find(frag, start)
            if k < 0:
                break
            idx = [i for a, b, i in spans if a < k + len(frag) and b > k]
            out.append((idx[0], idx[-1]))
            start = k + 1
        return out

    def flow_at(self, i):
        ln = self.flow[i]
        return {"page": ln["page"], "column": ln["col"], "section": self.sections[i]}

    def table_section(self, caption):
        idx = [i for i, ln in enumerate(self.flow) if ln["kind"] == "table" and ln["text"] == caption]
        if len(idx) != 1:
            raise LookupError(f"table {caption!r} in the flow: {idx}")
        return self.sections[idx[0]]

    def headings(self, kind):
        return [(ln["page"], ln["text"]) for ln in self.flow if ln["kind"] == kind]

    def text_all(self):
        return "\n".join(self.layout_pages)


# ------------------------------------------------------------------------------------------------ the HTML page
class HtmlPage:
    def __init__(self, path):
        from bs4 import BeautifulSoup
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        self.soup = BeautifulSoup(self.raw, "html.parser")

    @cached_property
    def main(self):
        m = self.soup.find("main")
        if m is None:
            raise LookupError("no <main>")
        return m

    def section_of(self, el):
        """'h1 > accordion title > nearest h3 before el inside the same accordion'"""
        acc = el.find_parent("section", class_="accordion")
        title = norm(acc.find(class_="accordion__title").get_text(" ")) if acc else None
        head = None
        for h in el.find_all_previous(["h3", "h4"]):
            if h.find_parent("main") is None:
                break
            if h.find_parent("section", class_="accordion") is acc:
                head = norm(h.get_text(" "))
            break
        h1 = norm(self.main.find("h1").get_text(" "))
        return " > ".join(x for x in (h1, title, head) if x)

    @cached_property
    def tables(self):
        out = []
        for t in self.main.find_all("table"):
            cap = norm(t.find("caption").get_text(" ")) if t.find("caption") else None
            thead = t.find("thead")
            head_rows = thead.find_all("tr") if thead else []
            # expand colspans into column names
            grid = []
            for hr in head_rows:
                row = []
                for th in hr.find_all(["th", "td"]):
                    row += [norm(th.get_text(" "))] * int(th.get("colspan", 1))
                grid.append(row)
            ncol = max(len(r) for r in grid) if grid else 0
            names = [" ".join(x for x in dict.fromkeys(r[k] for r in grid if k < len(r)) if x) for k in range(ncol)]
            rows = []
            grp = None
            for tr in t.find("tbody").find_all("tr"):
                cells = tr.find_all(["th", "td"])
                texts = [norm(c.get_text(" ")) for c in cells]
                if len(cells) == 1 or (cells[0].get("colspan") and int(cells[0]["colspan"]) == ncol):
                    grp = texts[0]
                    rows.append({"label": texts[0], "group": True, "in_group": None, "cells": {}, "classes":
                                 tr.get("class", []), "tr": tr})
                    continue
                rows.append({"label": texts[0], "group": False, "in_group": grp,
                             "cells": dict(zip(names[1:], texts[1:])), "classes": tr.get("class", []),
                             "text_line": " | ".join(texts), "tr": tr})
            tf = t.find("tfoot")
            if tf:
                for tr in tf.find_all("tr"):
                    texts = [norm(c.get_text(" ")) for c in tr.find_all(["th", "td"])]
                    rows.append({"label": texts[0], "group": False, "in_group": "tfoot",
                                 "cells": dict(zip(names[1:], texts[1:])), "classes": tr.get("class", []),
                                 "text_line": " | ".join(texts), "tr": tr})
            wrap = t.find_parent(class_="table-wrapper") or t
            note_el = wrap.find_next_sibling()
            note = norm(note_el.get_text(" ")) if note_el is not None and "table-note" in (note_el.get("class") or []) \
                else None
            out.append({"caption": cap, "cols": names, "rows": rows, "note": note, "el": t,
                        "section": self.section_of(t),
                        "scale": scale_of(cap) or scale_of(note) or (1 if any("(€)" in n for n in names) else None),
                        "index": len(out) + 1})
        return out

    def table(self, caption):
        ts = [t for t in self.tables if t["caption"] == caption]
        if len(ts) != 1:
            raise LookupError(f"html table {caption!r}: {len(ts)} found")
        return ts[0]

    def cell(self, caption, label, col, group=None):
        t = self.table(caption)
        rs = [r for r in t["rows"] if not r["group"] and r["label"] == label and (group is None or r["in_group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"html {caption}: row {label!r}: {len(rs)}")
        if col not in rs[0]["cells"]:
            raise LookupError(f"html {caption}: no column {col!r} in {t['cols']}")
        return {"printed": rs[0]["cells"][col], "row": rs[0], "table": t}

    @cached_property
    def blocks(self):
        """paragraphs and list items inside <main>, outside tables: (text, section)"""
        out = []
        for el in self.main.find_all(["p", "li", "dd"]):
            if el.find_parent("table") is not None or el.find_parent("nav") is not None:
                continue
            if el.name == "p" and el.find_parent("li") is not None:
                continue
            out.append((norm(el.get_text(" ")), self.section_of(el), el))
        return out

    def find_prose(self, fragment):
        frag = norm(fragment)
        return [(t, s) for t, s, _ in self.blocks if frag in t]

    @cached_property
    def visible_text(self):
        from copy import copy
        s = copy(self.soup)
        for x in s.find_all(["script", "style", "template", "noscript"]):
            x.decompose()
        return norm(s.get_text(" "))

    def text_all(self):
        return self.raw + "\n" + self.visible_text

    def occurrences_outside(self, text, allowed=("nav",)):
        """elements (text nodes) holding text that are not inside one of the allowed element names/roles"""
        bad = []
        for node in self.soup.find_all(string=re.compile(re.escape(text), re.I)):
            par = node.parent
            if any(par.find_parent(a) is not None or par.name == a for a in allowed):
                continue
            bad.append(norm(str(node)))
        return bad


def doc_text(path):
    p = Path(path)
    if p.suffix == ".pdf":
        raw = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout
        return raw + "\n" + lay
    if p.suffix in (".html", ".htm"):
        return HtmlPage(p).text_all()
    return p.read_text(encoding="utf-8")
