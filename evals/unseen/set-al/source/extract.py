"""Read the FINISHED set-al documents back (never imports data.py or the generators).

Pdf(path, kind) with kind "deck" (the LibreOffice Impress slides) or "typst" (the A4 jaarverslag), read with
pdfplumber and pdftotext:
  tables   pdfplumber's ruled tables (the deck's filled table cells, Typst's cell strokes); header rows = the leading
           rows without amounts that are not a one-cell group row; a column's name = the header texts whose cell
           covers the column centre, top to bottom ('Begroting 2046 primitief', 'Begroting 2047 Lasten'); a row's
           label = its first leading text cell that is not a code ('1.12'); a one-cell row without amounts is a
           group ('Lasten', 'Zuiveringsbeheer'); key/title: deck = the slide title; typst = the caption line
           'Tabel n: ...' below the table (key 'Tabel n'); a Typst table part without a caption whose next part
           opens the next page with the same header rows is continued there (repeated header)
  scale    from the title/caption ('(x € 1.000)', '(€ mln)', "(in euro's)"), else a header cell holding
           'x € 1.000', else the small line right under the table ('Bedragen x € 1.000'), else 1
  .cell(key, row, col, group=None) -> printed text, page, key, title, column, scale, scale statement, section ...
  .prose(fragment) -> pages whose pdftotext text holds the fragment (whitespace and narrow spaces normalised)
  .chart(page, orient) -> {category: printed data label} from the words of a chart page ('column' / 'bar')
  .tile(page, big, small) -> True when the KPI tile text `big` has its caption `small` right under it
  .headings() (typst) -> [(page, top, level, text)], .section(page, top) -> 'n Titel > n.m Titel'
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

SPACES = "\u00a0\u202f\u2009\u2007"


def clean(s: str) -> str:
    s = (s or "").replace("\u2019", "'")          # Typst's smart apostrophe
    for ch in SPACES:
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


NUM_RE = re.compile(r"\d{1,3}([. ]\d{3})+(,\d+)?|\d+(,\d+)?")


def parse_num(s):
    """Dutch numbers: '1.234' / '1 234' 1234; '-1.234' / '−1.234' / '(1.234)' -1234; '+3,5%' 3.5; '12,4' 12.4;
    '0,0829%' 0.0829; '€ 297,60' 297.6; '€ 149,0 mln' 149.0; anything else None"""
    if s is None:
        return None
    t = clean(s).replace("€", "").replace("%", "").replace("mln", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1].strip()
    elif t.startswith(("-", "\u2212")):
        neg, t = True, t[1:].strip()
    elif t.startswith("+"):
        t = t[1:].strip()
    if not NUM_RE.fullmatch(t):
        return None
    v = float(t.replace(".", "").replace(" ", "").replace(",", "."))
    return -v if neg else v


def is_amount(s):
    return bool(s) and parse_num(s) is not None and not re.fullmatch(r"(19|20)\d\d", clean(s))


def is_code(s):
    return bool(re.fullmatch(r"\d+(\.\d+)+", clean(s)))


def scale_of(text):
    t = clean(text).lower()
    if "x € 1.000" in t:
        return 1000
    if "€ mln" in t:
        return 1_000_000
    if "in euro" in t:
        return 1
    return None


class Pdf:
    def __init__(self, path, kind):
        self.path = Path(path)
        self.kind = kind
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self._tables = None

    # ------------------------------------------------------------------------------------------ text
    @lru_cache(maxsize=None)
    def text(self, p):
        """pdftotext (reading order) of page p, 1-based"""
        return subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(self.path), "-"], capture_output=True,
                              text=True, check=True).stdout

    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def full_text(self):
        return "\n".join(self.text(p) for p in range(1, self.npages + 1))

    def prose(self, fragment):
        """pages holding the fragment; pdftotext drops a hyphen at a line break ('Dorpsstraat-' + 'Noord' ->
        'DorpsstraatNoord'), so hyphens are compared away"""
        def norm(s):
            return clean(s).replace("-", "").replace("\u00ad", "")
        f = norm(fragment)
        return [p for p in range(1, self.npages + 1) if f in norm(self.text(p))]

    @lru_cache(maxsize=None)
    def words(self, p):
        return self.pdf.pages[p - 1].extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)

    def lines(self, p, tol=2.5):
        """words grouped into lines: [(top, x0, text, size, bold)]"""
        out = []
        for w in sorted(self.words(p), key=lambda w: (round(w["top"]), w["x0"])):
            if out and abs(out[-1]["top"] - w["top"]) <= tol and -1 <= w["x0"] - out[-1]["x1"] < 3 * w["size"]:
                o = out[-1]
                o["text"] += " " + w["text"]
                o["x1"] = w["x1"]
                o["bottom"] = max(o["bottom"], w["bottom"])
            else:
                out.append({"top": w["top"], "bottom": w["bottom"], "x0": w["x0"], "x1": w["x1"], "text": w["text"],
                            "size": w["size"], "bold": "Bold" in w["fontname"]})
        return out

    # ------------------------------------------------------------------------------------------ deck pieces
    def slide_title(self, p):
        top = [ln for ln in self.lines(p) if ln["top"] < 90]
        if not top:
            return ""
        big = max(ln["size"] for ln in top)
        return clean(" ".join(ln["text"] for ln in top if abs(ln["size"] - big) < 0.5))

    def chart(self, p, orient):
        """{category: printed label}; column: labels above the bars, categories in the band under them;
        bar: categories left of the bars, labels right of them"""
        ws = [w for w in self.words(p) if 95 < w["top"] < 500]
        def alone(n):       # a data label stands on its own, not inside a sentence of a text box
            return not any(o is not n and abs(o["top"] - n["top"]) < 3 and
                           (0 <= n["x0"] - o["x1"] < 15 or 0 <= o["x0"] - n["x1"] < 15) for o in ws)
        nums = [w for w in ws if re.fullmatch(r"\d+,\d", w["text"]) and alone(w)]
        txt = [w for w in ws if not re.fullmatch(r"\d+,\d", w["text"])]
        res = {}
        if orient == "column":
            low = max(n["bottom"] for n in nums)
            below = sorted([w for w in txt if low < w["top"] < low + 40], key=lambda w: w["top"])
            size = below[0]["size"]
            cats = [w for w in below if abs(w["size"] - size) < 0.5]
            per = {}
            for w in cats:              # each category word belongs to the bar whose label sits above it
                cx = (w["x0"] + w["x1"]) / 2
                n = min(nums, key=lambda n: abs((n["x0"] + n["x1"]) / 2 - cx))
                if abs((n["x0"] + n["x1"]) / 2 - cx) < 45:
                    per.setdefault(id(n), (n, []))[1].append(w)
            for n, wl in per.values():
                res[" ".join(w["text"] for w in sorted(wl, key=lambda w: (round(w["top"]), w["x0"])))] = n["text"]
        else:
            axis = min(n["x0"] for n in nums)
            for n in nums:
                cy = (n["top"] + n["bottom"]) / 2
                lab = [w for w in txt if w["x1"] < axis and abs((w["top"] + w["bottom"]) / 2 - cy) < 6]
                if lab:
                    res[" ".join(w["text"] for w in sorted(lab, key=lambda w: w["x0"]))] = n["text"]
        return res

    def tile(self, p, big, small):
        ls = self.lines(p)
        for i, ln in enumerate(ls):
            if clean(ln["text"]) == clean(big):
                cx = (ln["x0"] + ln["x1"]) / 2
                for m in ls:
                    mx = (m["x0"] + m["x1"]) / 2
                    if clean(m["text"]) == clean(small) and 0 < m["top"] - ln["top"] < 60 and abs(mx - cx) < 25:
                        return True
        return False

    # ------------------------------------------------------------------------------------------ typst headings
    @lru_cache(maxsize=None)
    def headings(self):
        out = []
        for p in range(1, self.npages + 1):
            ls = self.lines(p)
            for i, ln in enumerate(ls):
                m = re.match(r"^(\d+(?:\.\d+)*) (\S.*)$", clean(ln["text"]))
                if m and ln["bold"] and ln["size"] >= 12 and ln["top"] > 60:
                    text = clean(ln["text"])
                    nxt = ls[i + 1] if i + 1 < len(ls) else None      # a heading wrapped over two lines
                    if nxt and nxt["bold"] and abs(nxt["size"] - ln["size"]) < 0.2 and nxt["top"] - ln["top"] < 1.6 * ln["size"]:
                        text += " " + clean(nxt["text"])
                    out.append((p, ln["top"], m.group(1).count(".") + 1, text))
        return out

    def section(self, p, top):
        if self.kind == "deck":
            return self.slide_title(p)
        path = {}
        for hp, ht, lvl, text in self.headings():
            if (hp, ht) <= (p, top):
                path[lvl] = text
                for deeper in [k for k in path if k > lvl]:
                    del path[deeper]
        return " > ".join(path[k] for k in sorted(path))

    # ------------------------------------------------------------------------------------------ tables
    def _page_tables(self, p):
        page = self.pdf.pages[p - 1]
        out = []
        for t in page.find_tables():
            texts = [[None if c is None else clean(c) for c in r] for r in t.extract()]
            boxes = [r.cells for r in t.rows]
            if len(texts) < 2 or max(len(r) for r in texts) < 2:
                continue
            if not any(is_amount(x) for r in texts for x in r[1:] if x):
                continue                                    # a filled shape, not a table
            out.append({"page": p, "bbox": t.bbox, "texts": texts, "boxes": boxes})
        return out

    def _build(self, parts):
        first = parts[0]
        texts, boxes = first["texts"], first["boxes"]
        nc = max(len(r) for r in texts)
        full = [r for r in boxes if len(r) == nc and all(c is not None for c in r)]
        cols = [((c[0] + c[2]) / 2) for c in full[0]] if full else None
        nhead = 0
        for r in texts:
            filled = [x for x in r if x]
            if any(is_amount(x) for x in r[1:] if x) or len(filled) <= 1 and nhead > 0:
                break
            if len(filled) == 1 and r[0] and all(not x for x in r[1:]):
                break
            nhead += 1
        names = []
        for j in range(nc):
            parts_ = []
            for i in range(nhead):
                for c, x in zip(boxes[i], texts[i]):
                    if c is not None and x and c[0] - 1 <= cols[j] <= c[2] + 1 and x not in parts_:
                        parts_.append(x)
            names.append(" ".join(parts_))
        head_sig = [r for r in texts[:nhead]]
        rows = []
        group = None                    # a group runs on over a page break
        for part in parts:
            pt, pb = part["texts"], part["boxes"]
            start = nhead if pt[:nhead] == head_sig else 0
            for r, b in zip(pt[start:], pb[start:]):
                r = [x or "" for x in r]
                if any(is_amount(x) for x in r[1:]):
                    lab = next((x for x in r if x and not is_code(x) and not is_amount(x)), "")
                    code = r[0] if is_code(r[0]) else None
                    top = min(c[1] for c in b if c is not None)
                    rows.append({"label": lab, "code": code, "group": group, "text": r, "page": part["page"],
                                 "top": top})
                elif r[0] and not any(r[1:]):
                    group = r[0]
                elif any(r):
                    lab = next((x for x in r if x and not is_code(x)), "")
                    rows.append({"label": lab, "code": None, "group": group, "text": r, "page": part["page"],
                                 "top": min(c[1] for c in b if c is not None)})
        return {"cols": names, "nhead": nhead, "rows": rows, "pages": [x["page"] for x in parts],
                "parts": [(x["page"], x["bbox"]) for x in parts],
                "bbox": first["bbox"], "page": first["page"], "head_repeated": len(parts) > 1 and all(
                    x["texts"][:nhead] == head_sig for x in parts[1:]), "header_texts": head_sig}

    def _caption_below(self, part):
        x0, top, x1, bottom = part["bbox"]
        for ln in self.lines(part["page"]):
            if 0 <= ln["top"] - bottom < 30 and re.match(r"^Tabel \d+:", clean(ln["text"])):
                return clean(ln["text"])
        return None

    def _line_below(self, part):
        x0, top, x1, bottom = part["bbox"]
        for ln in self.lines(part["page"]):
            if 0 <= ln["top"] - bottom < 14 and ln["x0"] >= x0 - 2:
                return clean(ln["text"])
        return None

    def tables(self):
        if self._tables is not None:
            return self._tables
        parts = [t for p in range(1, self.npages + 1) for t in self._page_tables(p)]
        out = []
        i = 0
        while i < len(parts):
            group = [parts[i]]
            if self.kind == "typst":
                while (self._caption_below(group[-1]) is None and i + 1 < len(parts)
                       and parts[i + 1]["page"] == group[-1]["page"] + 1):
                    nxt = parts[i + 1]
                    first_on_page = all(x["bbox"][1] >= nxt["bbox"][1] for x in parts if x["page"] == nxt["page"])
                    if not first_on_page or nxt["texts"][0] != group[0]["texts"][0]:
                        break
                    group.append(nxt)
                    i += 1
            i += 1
            t = self._build(group)
            if self.kind == "typst":
                cap = self._caption_below(group[-1])
                t["caption"] = cap
                t["key"] = cap.split(":")[0] if cap else None
                t["title"] = cap.split(":", 1)[1].strip() if cap else None
            else:
                t["caption"] = None
                t["title"] = t["key"] = self.slide_title(t["page"])
            # scale
            sc, st = None, None
            if t["title"] and scale_of(t["title"]):
                sc = scale_of(t["title"])
                st = ("caption: " if self.kind == "typst" else "slide title: ") + t["title"]
            if sc is None:
                for x in [c for r in t["header_texts"] for c in r if c]:
                    if scale_of(x):
                        sc, st = scale_of(x), "header cell: " + x
                        break
            if sc is None and self.kind == "deck":
                below = self._line_below(group[-1])
                if below and scale_of(below):
                    sc, st = scale_of(below), "text box under the table: " + below
            if sc is None:
                sc, st = 1, "no scale stated"
            t["scale"], t["scale_statement"] = sc, st
            t["section"] = self.section(t["page"], t["bbox"][1])
            out.append(t)
        self._tables = out
        return out

    def table(self, key):
        ts = [t for t in self.tables() if t["key"] == key]
        if len(ts) != 1:
            raise LookupError(f"table {key!r}: {len(ts)} found")
        return ts[0]

    def cell(self, key, row, col, group=None):
        t = self.table(key)
        rs = [r for r in t["rows"] if r["label"] == row and (group is None or r["group"] == group)]
        if len(rs) != 1:
            raise LookupError(f"{key}: row {row!r} group {group!r}: {len(rs)} found")
        if t["cols"].count(col) != 1:
            raise LookupError(f"{key}: column {col!r} not unique in {t['cols']}")
        r = rs[0]
        j = t["cols"].index(col)
        return {"printed": r["text"][j], "page": r["page"], "key": key, "title": t["title"], "column": col,
                "row": row, "group": r["group"], "scale": t["scale"], "scale_statement": t["scale_statement"],
                "section": t["section"], "continuation_page": r["page"] != t["page"]}
