"""Read the finished documents back.  Never imports data.py: everything here comes from the files themselves.

TxtDoc  a Dinkelland web export (plain text, one paragraph per line, NBSP for empty table cells): lines, the
        section path of a line, prose lookup, the money table of "Wat is er in ... nodig?" (header
        "Omschrijving <years>", rows of "€ 98.000" cells), indicator rows (trailing percentage tokens under the
        header "... Meetmoment IST IST SOLL 2022") and indicator blocks (an anchor line, the measurement year and
        the value on the lines below it).
PdfDoc  a Collectie Overijssel jaarstukken PDF (the 2023 original and the fictional 2024 edition): pdfplumber
        words grouped into lines; a table is found by the text of its first header cell, its columns from the
        header rows (column name over year, right-aligned), its rows as label + cells whose right edge sits under
        a column; the bijlage "in cijfers" blocks (caption, year row, optional sub-header, value row, left
        aligned); the section heading ("2.1. Baten en Lasten", "Kerncijfers", ...) above a place; pdftotext for
        prose and `pdftotext -layout` for the printed line.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

NBSP = "\u00a0"


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace(NBSP, " ")).strip()


def parse_num(s):
    """Dutch printed number -> float: '1.234' -> 1234, '-3.512' -> -3512, '7,9' -> 7.9, '90%' -> 90,
    '€ 98.000' -> 98000, '€ 12,81' -> 12.81; None when not a number ('-', 'N.v.t.', '<0')"""
    t = clean(str(s)).replace("€", "").replace("%", "").strip()
    if t.endswith(",-"):
        t = t[:-2]
    if t.endswith("k"):
        t = t[:-1]
    t = t.replace(" ", "")
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return float(t.replace(".", "").replace(",", "."))


# ====================================================================================================== text export
TXT_SECTIONS = ["Inleiding Ambitie Inclusieve samenleving", "Aanpak sociaal domein", "Meetbaarheid", "Langer gezond",
                "Versterken sociale basis", "Zorg meer nabij", "Meer inwoners kunnen meedoen",
                "Inclusieve samenleving - financieel"]
TXT_SUBSECTIONS = ["Wat willen we bereiken", "Wat willen we bereiken?", "Wat gaan we hiervoor als gemeente doen?",
                   "Wat gaan we daarvoor doen", "Indicatoren", "Financiën", "Financiële kaders",
                   "Besluiten betrokkenen, gebied", "Financiële kaders Ambitie Inclusieve samenleving"]
TXT_SUB_RE = re.compile(r"^(Financiële kaders uit begroting \d{4}|Wat is er in \d{4} nodig\?|"
                        r"Wat gaan we (daarvoor )?(in )?\d{4}( doen)?\?)$")


class TxtDoc:
    def __init__(self, path):
        self.path = Path(path)
        self.raw = self.path.read_text(encoding="utf-8")
        self.lines = self.raw.split("\n")
        self.norm = [clean(x) for x in self.lines]
        self._sections = self._section_index()

    # ---------------------------------------------------------------------------------------- structure
    def _section_index(self):
        out, sec, sub = [], "", ""
        for i, ln in enumerate(self.norm):
            if ln in TXT_SECTIONS and (i == 0 or self.norm[i - 1] == "") and \
                    (i + 1 >= len(self.norm) or self.norm[i + 1] == ""):
                sec, sub = ln, ""
            elif (ln in TXT_SUBSECTIONS or TXT_SUB_RE.match(ln)) and (i + 1 >= len(self.norm) or
                                                                       self.norm[i + 1] == ""):
                sub = ln
            out.append(f"{sec} > {sub}" if sub else sec)
        return out

    def section_of(self, line_no):
        return self._sections[line_no - 1]

    def headings(self):
        return [ln for i, ln in enumerate(self.norm) if ln in TXT_SECTIONS and (i == 0 or self.norm[i - 1] == "")]

    def prose(self, fragment):
        f = clean(fragment)
        return [i + 1 for i, ln in enumerate(self.norm) if f in ln]

    # ---------------------------------------------------------------------------------------- money table
    def money_table(self):
        """the table under 'Wat is er in YYYY nodig?': header 'Omschrijving <years>'"""
        for i, ln in enumerate(self.norm):
            m = re.fullmatch(r"Omschrijving((?: \d{4})+)", ln)
            if m:
                cols = m.group(1).split()
                rows = []
                j = i + 1
                while j < len(self.lines) and self.norm[j]:
                    raw = self.lines[j]
                    cells = re.findall(r"€ -?[\d.]+|" + NBSP, raw)
                    cells = cells[-len(cols):]
                    head = raw
                    for c in reversed(cells):               # strip the cells from the end
                        k = head.rstrip(" ").rfind(c)
                        head = head[:k]
                    rows.append({"label": clean(head), "cells": [clean(c) for c in cells], "line_no": j + 1})
                    j += 1
                return {"key": "Wat is er nodig", "header": ln, "cols": cols, "rows": rows, "line_no": i + 1,
                        "section": self.section_of(i + 1)}
        return None

    def cell(self, row, col):
        t = self.money_table()
        if t is None:
            raise LookupError(f"{self.path.name}: no money table")
        if col not in t["cols"]:
            raise LookupError(f"{self.path.name}: no column {col!r}")
        for r in t["rows"]:
            if r["label"] == row:
                printed = r["cells"][t["cols"].index(col)]
                return {"printed": printed, "line_no": r["line_no"], "section": t["section"], "table": t["header"],
                        "scale": 1, "scale_statement": "amounts printed in euros ('€ 98.000')"}
        raise LookupError(f"{self.path.name}: no row {row!r}")

    # ---------------------------------------------------------------------------------------- indicators
    def indicator_row(self, label):
        """an indicator row of the table 'Ambitie: ... Meetmoment IST IST SOLL 2022': trailing % tokens"""
        hdr = [i for i, ln in enumerate(self.norm) if ln.startswith("Ambitie: Inclusieve samenleving Indicator")]
        if not hdr:
            raise LookupError("no indicator table")
        for i in range(hdr[0] + 1, min(hdr[0] + 90, len(self.norm))):
            ln = self.norm[i]
            if ln.startswith(label + " "):
                toks = ln[len(label):].split()
                pct = []
                while toks and re.fullmatch(r"\d+(,\d+)?%", toks[-1]):
                    pct.insert(0, toks.pop())
                names = {3: ["IST 1", "IST 2", "SOLL 2022"], 2: ["IST", "SOLL 2022"], 1: ["IST"]}.get(len(pct), [])
                mm = []
                while toks and re.fullmatch(r"\d{4}|en", toks[-1]):
                    mm.insert(0, toks.pop())
                # the year run is 'Wanneer actuele gegevens beschikbaar' followed by the 'Meetmoment'
                return {"line_no": i + 1, "cells": dict(zip(names, pct)), "meetmoment": " ".join(mm[1:]),
                        "beschikbaar": mm[0] if mm else "",
                        "header": self.norm[hdr[0]], "section": self.section_of(i + 1)}
        raise LookupError(f"{self.path.name}: no indicator row {label!r}")

    def indicator_block(self, anchor, year, printed, within=10):
        """an indicator written as a block: the anchor line, then (within a few lines) a line holding the
        measurement year and the value line holding the printed token"""
        hits = self.prose(anchor)
        for a in hits:
            yline = None
            for j in range(a, min(a + within, len(self.norm))):
                toks = self.norm[j].split()
                if yline is None and year in toks:
                    yline = j + 1
                if yline is not None and printed in toks:
                    return {"anchor_line": a, "year_line": yline, "line_no": j + 1,
                            "section": self.section_of(j + 1)}
        raise LookupError(f"{self.path.name}: indicator block {anchor!r} {year} {printed}")


# ====================================================================================================== PDF
HEAD_RE = re.compile(r"^(\d\.\d\.?(\d\.)?\s+\S.*|Voorwoord|Inleiding|Kerncijfers|BIJLAGE \d.*|\d\. JAAR\w+)$")


class PdfDoc:
    def __init__(self, path):
        import pdfplumber
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)
        self._lines = {}

    # ---------------------------------------------------------------------------------------- text
    @lru_cache(maxsize=None)
    def text(self, p):
        return subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(self.path), "-"], capture_output=True,
                              text=True, check=True).stdout

    @lru_cache(maxsize=None)
    def layout(self, p):
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def full_text(self):
        return "\n".join(self.text(p) for p in range(1, self.npages + 1))

    def prose(self, fragment):
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in clean(self.text(p))]

    # ---------------------------------------------------------------------------------------- lines
    def lines(self, p):
        if p not in self._lines:
            ws = self.pdf.pages[p - 1].extract_words(extra_attrs=["fontname", "size"])
            ws.sort(key=lambda w: (w["top"], w["x0"]))
            out = []
            for w in ws:
                if out and abs(w["top"] - out[-1]["top"]) <= 2.5:
                    out[-1]["words"].append(w)
                else:
                    out.append({"top": w["top"], "words": [w]})
            for ln in out:
                ln["words"].sort(key=lambda w: w["x0"])
                ln["text"] = " ".join(w["text"] for w in ln["words"])
            self._lines[p] = out
        return self._lines[p]

    @staticmethod
    def groups(words, gap=9.0):
        """words of a line -> cell groups split at horizontal gaps wider than `gap`"""
        out = []
        for w in words:
            if out and w["x0"] - out[-1][-1]["x1"] <= gap:
                out[-1].append(w)
            else:
                out.append([w])
        return [{"text": " ".join(x["text"] for x in g), "x0": g[0]["x0"], "x1": g[-1]["x1"]} for g in out]

    def headings(self):
        out = []
        for p in range(1, self.npages + 1):
            for ln in self.lines(p):
                if HEAD_RE.match(ln["text"]) and "..." not in ln["text"] and ln["words"][0]["x0"] < 80:
                    out.append((p, ln["top"], ln["text"]))
        return out

    def section_of(self, p, top):
        cur = None
        for hp, ht, txt in self.headings():
            if (hp, ht) <= (p, top):
                cur = txt
        return cur

    # ---------------------------------------------------------------------------------------- tables
    def table(self, p, title, header_lines=2, occurrence=0):
        lines = self.lines(p)
        def is_header(ln):
            g = self.groups(ln["words"], gap=6)
            return g[0]["text"] == title and len(g) >= 2 and \
                all(re.fullmatch(r"\d{4}|Ult\.\d{4}|[A-Za-z].*", x["text"]) for x in g[1:])
        starts = [i for i, ln in enumerate(lines) if is_header(ln)]
        if len(starts) <= occurrence:
            raise LookupError(f"{self.path.name} p{p}: no table {title!r}")
        i0 = starts[occurrence]
        h1 = self.groups(lines[i0]["words"], gap=6)
        if header_lines == 2:
            h2 = self.groups(lines[i0 + 1]["words"], gap=6)
            left = h2[0]["x0"]
            scale_stmt = h2[0]["text"] if h2[0]["x1"] < h1[1]["x0"] - 20 else ""
            anchors = h2[1:] if scale_stmt else h2
        else:
            scale_stmt = ""
            anchors = h1[1:]
            left = h1[0]["x0"]
        cols = []
        for a in anchors:
            name = a["text"]
            if header_lines == 2:
                tops = [g for g in h1[1:] if abs(g["x1"] - a["x1"]) <= 6 or (g["x0"] <= a["x1"] and g["x1"] >= a["x0"])]
                if tops:
                    t = tops[0]["text"]
                    name = (t[:-1] + name) if t.endswith("-") else f"{t} {name}"
            cols.append({"name": name, "x1": a["x1"]})
        if header_lines == 2:                              # a header-1 cell without a header-2 word under it
            for g in h1[1:]:
                if not any(abs(g["x1"] - c["x1"]) <= 6 or (g["x0"] <= c["x1"] and g["x1"] >= c["x1"] - 25)
                           for c in cols):
                    cols.append({"name": g["text"], "x1": g["x1"]})
            cols.sort(key=lambda c: c["x1"])
        rows = []
        j = i0 + header_lines
        prev_top = lines[j - 1]["top"]
        size = lines[i0]["words"][0]["size"]
        while j < len(lines):
            ln = lines[j]
            if ln["top"] - prev_top > 34 or ln["words"][0]["x0"] < left - 12 or ln["words"][0]["x0"] > 280 or \
                    abs(ln["words"][0]["size"] - size) > 1.2 or len(ln["text"]) > 85 or \
                    any(re.fullmatch(r"Realisatie|Begroting|Ultimo|Ult\.\d{4}|Impact", w["text"]) for w in ln["words"]):
                break                                       # page furniture, another font, prose, a new header
            cells, label = {}, []
            ws = ln["words"]
            used = set()
            for c in cols:
                hit = [k for k, w in enumerate(ws) if abs(w["x1"] - c["x1"]) <= 4.5 and w["x0"] > left + 100]
                if hit:
                    k = hit[-1]
                    ks = [k]
                    while k - 1 >= 0 and ws[k]["x0"] - ws[k - 1]["x1"] <= 4 and (k - 1) not in used and \
                            ws[k - 1]["x0"] > left + 100:
                        k -= 1
                        ks.insert(0, k)
                    used.update(ks)
                    cells[c["name"]] = " ".join(ws[x]["text"] for x in ks)
            right = max(c["x1"] for c in cols) + 3            # words right of the last column: a note column
            label = " ".join(w["text"] for k, w in enumerate(ws) if k not in used and w["x0"] <= right)
            if cells and not any(re.match(r"[-\d<(€]|N\.v\.t\.$|Ja$|Directeur$", x) for x in cells.values()):
                break                                       # words of a prose line that happen to line up
            if not cells:
                nxt = lines[j + 1] if j + 1 < len(lines) else None
                if nxt is None or nxt["top"] - ln["top"] > 20 or len(label) > 70:
                    break
                nxt_cells = [w["text"] for w in nxt["words"] if w["x0"] > left + 100 and
                             any(abs(w["x1"] - c["x1"]) <= 4.5 for c in cols)]
                if not nxt_cells or any(re.fullmatch(r"Realisatie|Begroting|Ultimo|\d{4}", x) for x in nxt_cells):
                    break                     # a group label must be followed by a row with cells of this table
            rows.append({"label": label, "cells": cells, "top": ln["top"]})
            prev_top = ln["top"]
            j += 1
        while rows and not rows[-1]["cells"]:
            rows.pop()
        return {"title": title, "page": p, "cols": [c["name"] for c in cols], "scale_statement": scale_stmt,
                "rows": rows, "top": lines[i0]["top"], "section": self.section_of(p, lines[i0]["top"])}

    def cell(self, p, title, row, col, header_lines=2, occurrence=0, row_occurrence=0):
        t = self.table(p, title, header_lines, occurrence)
        if col not in t["cols"]:
            raise LookupError(f"{self.path.name} p{p} {title!r}: no column {col!r} in {t['cols']}")
        hits = [r for r in t["rows"] if r["label"] == row]
        if len(hits) <= row_occurrence:
            raise LookupError(f"{self.path.name} p{p} {title!r}: no row {row!r} in {[r['label'] for r in t['rows']]}")
        r = hits[row_occurrence]
        if col not in r["cells"]:
            raise LookupError(f"{self.path.name} p{p} {title!r}/{row!r}: empty cell {col!r}")
        return {"printed": r["cells"][col], "page": p, "table": title, "section": t["section"],
                "scale_statement": t["scale_statement"], "top": r["top"]}

    # ---------------------------------------------------------------------------------------- bijlage blocks
    def block(self, p, caption, year, sub=None):
        """a 'in cijfers' block: caption line, year row, optional sub-header row, value row (left aligned)"""
        lines = self.lines(p)
        first = " ".join(caption.split()[:4])
        for i, ln in enumerate(lines):
            k = ln["text"].find(first)
            if k < 0:
                continue
            # x-range of the block: from the caption's first word to the next caption on the same line
            wi = len(ln["text"][:k].split())
            x_start = ln["words"][wi]["x0"]
            rest = [g for g in self.groups(ln["words"][wi:], gap=20)]
            x_end = rest[1]["x0"] if len(rest) > 1 else 9999
            for j in range(i + 1, min(i + 4, len(lines))):
                ys = [w for w in lines[j]["words"] if x_start - 2 <= w["x0"] < x_end and w["text"] == year]
                if not ys:
                    continue
                x = ys[0]["x0"]
                later = sorted(w["x0"] for w in lines[j]["words"] if w["x0"] > x + 5 and w["x0"] < x_end and
                               re.fullmatch(r"\d{4}", w["text"]))
                x_next = later[0] if later else x_end
                v = j + 1
                if sub:
                    subs = [w for w in lines[v]["words"] if x - 2 <= w["x0"] < x_next - 2 and w["text"] ==
                            sub.split()[0]]
                    if not subs:
                        raise LookupError(f"{self.path.name} p{p}: sub-header {sub!r} under {year}")
                    x = subs[0]["x0"]
                    v += 1
                for v in range(v, min(v + 3, len(lines))):    # skip the second line of a wrapped sub-header
                    vals = self.groups([w for w in lines[v]["words"] if w["x0"] >= x - 3], gap=4)
                    if vals and abs(vals[0]["x0"] - x) <= 3 and \
                            re.fullmatch(r"(€ )?-?[\d.,]+%?\*?|Niet beschikbaar", vals[0]["text"]):
                        break
                else:
                    raise LookupError(f"{self.path.name} p{p}: no value under {caption!r} {year} {sub or ''}")
                return {"printed": vals[0]["text"], "page": p, "caption": caption, "year": year, "sub": sub,
                        "top": lines[v]["top"], "section": self.section_of(p, lines[v]["top"])}
        raise LookupError(f"{self.path.name} p{p}: no block {caption!r} / {year}")

    def layout_line(self, p, label, printed):
        """the line of `pdftotext -layout` of page p that starts with label and holds printed as a token"""
        for ln in self.layout(p).splitlines():
            c = clean(ln)
            if c.startswith(label) and printed in c[len(label):].split():
                return c
        return None
