"""Read the FINISHED set-af documents back (used by gen_cases.py and check.py; never imports data.py).

PDF (pdfplumber geometry, pdftotext -layout for page text):
  * a table is found by its caption line ("Tabel 2.4.2 ..."); its header cells are the grey-filled rectangles
    right below the caption (and again at the top of a continuation page when the header row is repeated);
    the body is the run of 8.5 pt lines after the header, continued on the next page when that page opens
    with a repeated header;
  * a cell is found by row label (the words in the label column, possibly wrapped over several lines) and by
    column header text (the words inside the grey header rectangle); the value words are those inside the
    column's x-range whose vertical centre lies in the row label's band (numbers may be top- or middle-aligned);
  * prose is read per page with pdfplumber, column by column on two-column pages (the gutter rule).
HTML (stdlib html.parser over mammoth's output): headings, paragraphs, lists and tables (with colspan and
rowspan expanded into a grid; header names joined over the header rows).
"""
from __future__ import annotations

import html
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber

GREY = (0.882, 0.898, 0.925)        # header fill (225, 229, 236)
ZEBRA = (0.949, 0.957, 0.973)       # zebra fill (242, 244, 248)
TABLE_SIZE = 8.5


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


NUM_RE = re.compile(r"^(?:€\s*)?(-?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(-?)\s*%?$")


def parse_num(printed: str) -> float | None:
    """'1.234' -> 1234; '-1.234' and '1.234-' -> -1234; '€ 31,10' -> 31.1; '0,0874%' -> 0.0874; '-' -> 0; '' -> None."""
    s = clean(printed)
    if s == "":
        return None
    if s in ("-", "–"):
        return 0.0
    m = NUM_RE.match(s)
    if not m:
        raise ValueError(f"not a number: {printed!r}")
    lead, whole, dec, trail = m.groups()
    v = float(whole.replace(".", "") + ("." + dec if dec else ""))
    return -v if (lead or trail) else v


def _close(c, ref, tol=0.01) -> bool:
    if c is None or not isinstance(c, (tuple, list)) or len(c) != 3:
        return False
    return all(abs(a - b) <= tol for a, b in zip(c, ref))


# ---------------------------------------------------------------------------------------------------------------
class PdfDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.pages = []
        for i, pg in enumerate(self.pdf.pages):
            words = pg.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
            # on the /Rotate 90 page some cell rectangles come out as closed 5-point curves
            rects = [r for r in pg.rects] + [c for c in pg.curves if c.get("fill") and len(c.get("pts", [])) in (4, 5)]
            lines = [ln for ln in pg.lines] + [e for e in pg.edges if e.get("orientation") == "v" and e.get("object_type") == "line"]
            self.pages.append({"no": i + 1, "page": pg, "words": words, "rects": rects, "lines": lines,
                               "rotation": pg.rotation, "width": pg.width, "height": pg.height})

    # ---- generic helpers -----------------------------------------------------------------------------
    @staticmethod
    def group_lines(words, tol=2.0):
        lines = []
        for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
            if lines and abs(lines[-1][0]["top"] - w["top"]) <= tol:
                lines[-1].append(w)
            else:
                lines.append([w])
        return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]

    @staticmethod
    def line_text(ln) -> str:
        return " ".join(w["text"] for w in ln)

    def layout_text(self, pageno: int) -> str:
        return subprocess.run(["pdftotext", "-layout", "-f", str(pageno), "-l", str(pageno), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def gutter(self, pageno: int):
        """The vertical rule of a two-column band: (x, top, bottom) or None."""
        p = self.pages[pageno - 1]
        mid = p["width"] / 2
        for ln in p["page"].lines:
            if abs(ln["x0"] - ln["x1"]) < 0.5 and abs(ln["x0"] - mid) < 20 and (ln["bottom"] - ln["top"]) > 100:
                return ln["x0"], ln["top"], ln["bottom"]
        return None

    def page_text(self, pageno: int) -> str:
        """Reading-order text of a page: on a two-column page the band above the columns, then the left column,
        the right column and the rest below."""
        p = self.pages[pageno - 1]
        pg = p["page"]
        g = self.gutter(pageno)
        if not g:
            return pg.extract_text() or ""
        x, top, bottom = g
        parts = [pg.crop((0, 0, p["width"], top - 0.5)).extract_text() or "",
                 pg.crop((0, top - 0.5, x, bottom + 2)).extract_text() or "",
                 pg.crop((x, top - 0.5, p["width"], bottom + 2)).extract_text() or "",
                 pg.crop((0, bottom + 2, p["width"], p["height"])).extract_text() or ""]
        return "\n".join(parts)

    def full_text(self) -> str:
        return "\n".join(self.page_text(i + 1) for i in range(len(self.pages)))

    def find_line(self, startswith: str, pageno: int | None = None):
        """First line (page, words) whose text starts with the given text."""
        target = clean(startswith)
        for p in self.pages:
            if pageno and p["no"] != pageno:
                continue
            for ln in self.group_lines(p["words"]):
                if clean(self.line_text(ln)).startswith(target):
                    return p["no"], ln
        return None

    # ---- tables ----------------------------------------------------------------------------------------
    def header_cells(self, pageno: int, below: float):
        """Grey header rectangles of the first header band below y=below: [(name, x0, x1, top, bottom)]."""
        p = self.pages[pageno - 1]
        grey = [r for r in p["rects"] if _close(r.get("non_stroking_color"), GREY) and r["top"] >= below - 1
                and r["width"] > 3]
        if not grey:
            return None
        top = min(r["top"] for r in grey)
        band = sorted([r for r in grey if abs(r["top"] - top) < 1.5], key=lambda r: r["x0"])
        cells = []
        for r in band:
            ws = [w for w in p["words"] if r["x0"] - 0.5 <= (w["x0"] + w["x1"]) / 2 <= r["x1"] + 0.5
                  and r["top"] - 0.5 <= (w["top"] + w["bottom"]) / 2 <= r["bottom"] + 0.5]
            name = clean(" ".join(self.line_text(ln) for ln in self.group_lines(ws)))
            cells.append({"name": name, "x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"]})
        return cells

    def table(self, caption: str):
        """Segments of a table: [{'page', 'header', 'words'}] (continuation pages included)."""
        hit = self.find_line(caption)
        if not hit:
            raise KeyError(f"caption not found: {caption}")
        pageno, ln = hit
        self.last_caption = clean(self.line_text(ln))
        below = max(w["bottom"] for w in ln)
        segs = []
        while True:
            head = self.header_cells(pageno, below)
            if not head:
                break
            hb = max(c["bottom"] for c in head)
            if segs == [] and head[0]["top"] - below > 20:
                raise KeyError(f"no header right below caption {caption}")
            p = self.pages[pageno - 1]
            body = []
            for l in self.group_lines([w for w in p["words"] if w["top"] > hb]):
                if any(abs(w["size"] - TABLE_SIZE) > 0.2 for w in l):
                    break
                body.extend(l)
            segs.append({"page": pageno, "header": head, "words": body,
                         "bottom": max([w["bottom"] for w in body], default=hb)})
            # continuation: the next page must open with a repeated header (first words in the grey band)
            if pageno >= len(self.pages):
                break
            nxt = self.pages[pageno]
            first = [w for w in nxt["words"] if w["size"] > 8.2 and w["top"] > 40]
            if not first or segs[-1]["bottom"] < p["height"] - 110:
                break
            nh = self.header_cells(pageno + 1, 0)
            if not nh or min(w["top"] for w in first) < nh[0]["top"] - 1 or \
                    [c["name"] for c in nh] != [c["name"] for c in head]:
                break
            pageno, below = pageno + 1, 0
        return segs

    def table_scale(self, caption: str) -> tuple[int, str]:
        """(scale, statement): 'x € 1.000' in the first header cell -> 1000; 'euro' in the caption -> 1."""
        segs = self.table(caption)
        cap = self.last_caption
        first = segs[0]["header"][0]["name"]
        if "x € 1.000" in first:
            return 1000, f"header cell '{first}'"
        if "euro" in cap.lower():
            return 1, f"caption '{cap}'"
        if "€" in first:
            return 1, f"header cell '{first}'"
        return 1, "no scale statement (amounts as printed)"

    def cell(self, caption: str, row: str, col: str, after: str | None = None, label_col: int = 0, nth: int = 0):
        """Locate a table cell. Returns dict(page, caption, row, col, printed, label_lines)."""
        segs = self.table(caption)
        want = clean(row).split(" ")
        seen_after = after is None
        matches = []
        for seg in segs:
            head = seg["header"]
            lc = head[label_col]
            cols = [c for c in head if c["name"] == clean(col)]
            if not cols:
                raise KeyError(f"column {col!r} not in {caption}: {[c['name'] for c in head]}")
            cc = cols[0]
            lab = [w for w in seg["words"] if lc["x0"] - 0.5 <= w["x0"] and w["x1"] <= lc["x1"] + 0.5]
            llines = self.group_lines(lab)
            flat = [(li, wi, w) for li, ln in enumerate(llines) for wi, w in enumerate(ln)]
            toks = [w["text"] for _, _, w in flat]
            i = 0
            while i < len(flat):
                if not seen_after:
                    aw = clean(after).split(" ")
                    if toks[i:i + len(aw)] == aw and flat[i][1] == 0 and \
                            (i + len(aw) == len(flat) or flat[i + len(aw)][1] == 0):
                        seen_after = True
                        i += len(aw)
                        continue
                    i += 1
                    continue
                if toks[i:i + len(want)] == want and flat[i][1] == 0:
                    end = i + len(want) - 1
                    li_end = flat[end][0]
                    if end + 1 == len(flat) or flat[end + 1][1] == 0:      # the label ends a line
                        ws = [w for _, _, w in flat[i:end + 1]]
                        top, bot = min(w["top"] for w in ws), max(w["bottom"] for w in ws)
                        vals = [w for w in seg["words"]
                                if cc["x0"] - 0.5 <= (w["x0"] + w["x1"]) / 2 <= cc["x1"] + 0.5
                                and top - 1.5 <= (w["top"] + w["bottom"]) / 2 <= bot + 1.5]
                        printed = " ".join(w["text"] for w in sorted(vals, key=lambda w: w["x0"]))
                        nlines = li_end - flat[i][0] + 1
                        bold = all("Bold" in w["fontname"] for w in ws)
                        matches.append({"page": seg["page"], "caption": self.last_caption, "row": clean(row), "col": clean(col),
                                        "printed": printed, "label_lines": nlines, "bold": bold,
                                        "repeated_header_page": seg is not segs[0]})
                        i = end + 1
                        continue
                i += 1
        if len(matches) <= nth:
            raise KeyError(f"row {row!r} (after {after!r}) not found in {caption}")
        return matches[nth]

    def prose(self, phrase: str, pageno: int | None = None):
        """Pages whose reading-order text contains the phrase (whitespace-normalised)."""
        out = []
        for p in self.pages:
            if pageno and p["no"] != pageno:
                continue
            if clean(phrase) in clean(self.page_text(p["no"])):
                out.append(p["no"])
        return out


# ---------------------------------------------------------------------------------------------------------------
class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []          # dicts: {'type': h1/h2/p/ul/ol/table, ...}
        self.stack = []
        self.text = None
        self.bold = 0
        self.cell = None
        self.table = None
        self.row = None
        self.list = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "p", "li"):
            self.text = []
        elif tag == "strong":
            self.bold += 1
        elif tag == "table":
            self.table = []
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = {"parts": [], "bold_parts": [], "colspan": int(a.get("colspan", 1)),
                         "rowspan": int(a.get("rowspan", 1)), "th": tag == "th"}
        elif tag in ("ul", "ol"):
            self.list = {"type": tag, "items": []}

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "p", "li"):
            t = clean("".join(self.text or []))
            if self.cell is not None:
                self.cell["parts"].append(t)
            elif tag == "li" and self.list is not None:
                self.list["items"].append(t)
            elif tag in ("h1", "h2", "h3", "p"):
                self.blocks.append({"type": tag, "text": t})
            self.text = None
        elif tag == "strong":
            self.bold -= 1
        elif tag in ("td", "th"):
            c = self.cell
            txt = clean(" ".join(c["parts"]))
            self.row.append({"text": txt, "bold": bool(c["bold_parts"]) and clean(" ".join(c["bold_parts"])) == txt,
                             "colspan": c["colspan"], "rowspan": c["rowspan"]})
            self.cell = None
        elif tag == "tr":
            self.table.append(self.row)
            self.row = None
        elif tag == "table":
            self.blocks.append({"type": "table", "rows": self.table})
            self.table = None
        elif tag in ("ul", "ol"):
            self.blocks.append(self.list)
            self.list = None

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)
        if self.cell is not None and self.bold > 0:
            self.cell["bold_parts"].append(data)


class HtmlDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        ps = _Parser()
        ps.feed(self.raw)
        self.blocks = ps.blocks
        sec = None
        for b in self.blocks:
            if b["type"] in ("h1", "h2"):
                sec = b["text"]
            b["section"] = sec

    @staticmethod
    def grid(rows):
        """Expand colspan/rowspan: grid[r][c] = (text, bold, origin) with origin=(r0, c0) of the spanning cell."""
        out: dict = {}
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while (r, c) in out:
                    c += 1
                for dr in range(cell["rowspan"]):
                    for dc in range(cell["colspan"]):
                        out[(r + dr, c + dc)] = (cell["text"], cell["bold"], (r, c))
                c += cell["colspan"]
        nr = max(k[0] for k in out) + 1
        nc = max(k[1] for k in out) + 1
        return [[out.get((r, c), ("", False, (r, c))) for c in range(nc)] for r in range(nr)]

    def tables(self):
        out = []
        for i, b in enumerate(self.blocks):
            if b["type"] == "table":
                prev = self.blocks[i - 1] if i else None
                out.append({"index": len(out), "section": b["section"], "rows": b["rows"],
                            "caption": prev["text"] if prev and prev["type"] == "p" else None, "grid": self.grid(b["rows"])})
        return out

    def table(self, caption_prefix: str):
        for t in self.tables():
            if t["caption"] and t["caption"].startswith(caption_prefix):
                return t
        raise KeyError(f"no table with caption {caption_prefix!r}")

    @staticmethod
    def header_rows(t) -> int:
        """Header rows: the top rows that are entirely bold or empty and contain no number in the first column."""
        g = t["grid"]
        n = 0
        for r, row in enumerate(g):
            origin_above = all(cell[2][0] < r or cell[1] or cell[0] == "" for cell in row)
            if r == 0 or (origin_above and any(cell[2][0] < r for cell in row)):
                n = r + 1
            else:
                break
        return n

    def col_names(self, t) -> list[str]:
        g = t["grid"]
        nh = self.header_rows(t)
        names = []
        for c in range(len(g[0])):
            parts = []
            for r in range(nh):
                txt = g[r][c][0]
                if txt and txt not in parts:
                    parts.append(txt)
            names.append(" ".join(parts))
        return names

    def cell(self, caption_prefix: str, row: str, col: str, nth: int = 0):
        t = self.table(caption_prefix)
        names = self.col_names(t)
        if col not in names:
            raise KeyError(f"column {col!r} not in {names}")
        ci = names.index(col)
        hits = [r for r in t["grid"][self.header_rows(t):] if r[0][0] == row]
        if len(hits) <= nth:
            raise KeyError(f"row {row!r} not in table {caption_prefix!r}")
        cellv = hits[nth][ci]
        return {"section": t["section"], "table_index": t["index"], "caption": t["caption"], "row": row, "col": col,
                "printed": cellv[0], "bold": cellv[1], "header_rows": self.header_rows(t)}

    def section_text(self, heading: str) -> str:
        parts = []
        for b in self.blocks:
            if b["section"] == heading:
                if b["type"] in ("p", "h1", "h2"):
                    parts.append(b["text"])
                elif b["type"] in ("ul", "ol"):
                    parts.extend(b["items"])
                elif b["type"] == "table":
                    parts.extend(" ".join(c["text"] for c in r) for r in b["rows"])
        return "\n".join(parts)

    def full_text(self) -> str:
        parts = []
        for b in self.blocks:
            if b["type"] in ("p", "h1", "h2", "h3"):
                parts.append(b["text"])
            elif b["type"] in ("ul", "ol"):
                parts.extend(b["items"])
            elif b["type"] == "table":
                parts.extend(" ".join(c["text"] for c in r) for r in b["rows"])
        return "\n".join(parts)


def html_table_scale(caption: str) -> tuple[int, str]:
    """Scale from the caption paragraph above an HTML table."""
    c = caption or ""
    if "x € 1 miljoen" in c:
        return 1_000_000, f"caption '{c}'"
    if "x € 1.000" in c:
        return 1000, f"caption '{c}'"
    return 1, f"caption '{c}'"
