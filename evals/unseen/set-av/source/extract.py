"""Reads the finished documents of set-av back (never imports data.py).

PdfDoc: pdfplumber words per page grouped into lines; tables located by caption (or by a continuation page),
columns identified by the x position of header anchor words; prose located by normalized text; tiles by position.
RealText: the two real text exports of the corpus (lines, labels, numeric tokens).
"""
import re
import subprocess
import unicodedata

import pdfplumber

NUM_RE = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?%?$")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).strip()


def parse_nl(tok):
    """'-/- 1.234' / '-335' / '12,5%' / '€ 1.234' -> float; None if not a number."""
    t = tok.replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("-/-"):
        neg, t = True, t[3:].strip()
    elif t.startswith("-") and len(t) > 1:
        neg, t = True, t[1:]
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


class Line:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: w["x0"])
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.text = norm(" ".join(w["text"] for w in self.words))

    def __repr__(self):
        return f"<Line {self.top:.1f} {self.text!r}>"


class PdfDoc:
    def __init__(self, path):
        self.path = path
        self.pdf = pdfplumber.open(path)
        self.n = len(self.pdf.pages)
        self._words, self._lines, self._layout = {}, {}, {}

    def page_size(self, p):
        pg = self.pdf.pages[p - 1]
        return pg.width, pg.height

    def words(self, p):
        if p not in self._words:
            pg = self.pdf.pages[p - 1]
            ws = pg.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, use_text_flow=False,
                                  extra_attrs=["size"])
            for w in ws:
                w["text"] = norm(w["text"])
            self._words[p] = [w for w in ws if w["text"]]
        return self._words[p]

    def lines(self, p, x0=None, x1=None):
        key = (p, x0, x1)
        if key not in self._lines:
            ws = [w for w in self.words(p) if (x0 is None or w["x0"] >= x0 - 0.5) and (x1 is None or w["x1"] <= x1 + 0.5)]
            # group normal-size words by their vertical centre (running mean, 3.2 pt); small words (footnote marks,
            # size < 7 pt) are attached afterwards to the line they overlap, so a raised mark does not split a row
            small = [w for w in ws if w["size"] < 7.0]
            ws = sorted([w for w in ws if w["size"] >= 7.0], key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"]))
            groups = []
            for w in ws:
                c = (w["top"] + w["bottom"]) / 2
                if groups and abs(groups[-1][0] - c) <= 3.2:
                    groups[-1][1].append(w)
                    groups[-1][0] = sum((v["top"] + v["bottom"]) / 2 for v in groups[-1][1]) / len(groups[-1][1])
                else:
                    groups.append([c, [w]])
            for w in small:
                c = (w["top"] + w["bottom"]) / 2
                best = None
                for g in groups:
                    t, b = min(v["top"] for v in g[1]), max(v["bottom"] for v in g[1])
                    if t - 2 <= c <= b + 1 and (best is None or abs(g[0] - c) < abs(best[0] - c)):
                        best = g
                if best is None:
                    groups.append([c, [w]])
                else:
                    best[1].append(w)
            groups.sort(key=lambda g: g[0])
            self._lines[key] = [Line(g[1]) for g in groups]
        return self._lines[key]

    def layout_text(self, p):
        if p not in self._layout:
            r = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), self.path, "-"],
                               capture_output=True, text=True)
            self._layout[p] = r.stdout
        return self._layout[p]

    def text(self, p, column=None):
        """normalized text of a page (or of its left/right half)."""
        w, _ = self.page_size(p)
        if column == "left":
            ls = self.lines(p, None, w / 2)
        elif column == "right":
            ls = self.lines(p, w / 2, None)
        else:
            ls = self.lines(p)
        return norm(" ".join(l.text for l in ls))

    def all_text(self):
        return norm(" ".join(self.text(p) for p in range(1, self.n + 1)))

    # ------------------------------------------------------------------ tables
    def running_header(self):
        if not hasattr(self, "_rh"):
            firsts = [self.lines(p)[0].text for p in range(1, self.n + 1) if self.lines(p)]
            best = max(set(firsts), key=firsts.count)
            self._rh = best if firsts.count(best) * 2 >= self.n else None
        return self._rh

    def body_top(self, p):
        ls = self.lines(p)
        if ls and self.running_header() and ls[0].text == self.running_header():
            return ls[0].bottom
        return 0

    def find_caption(self, p, caption):
        for l in self.lines(p):
            if l.text.startswith(norm(caption)):
                return l
        return None

    def table_zone(self, p, caption=None):
        """(top, bottom) of a table on page p: from its caption (or the page top for a continuation) to the next
        caption / heading-like 'Tabel' line or the page end."""
        ls = self.lines(p)
        if caption:
            cl = self.find_caption(p, caption)
            if cl is None:
                return None
            top = cl.bottom
        else:
            top = self.body_top(p)      # a continuation page: below the running header, if any
        bottom = self.page_size(p)[1]
        for l in ls:
            if l.top > top + 1 and (l.text.startswith("Tabel ") or re.match(r"^\d+(\.\d+)* [A-Z]", l.text) and l.words[0]["size"] > 11):
                bottom = l.top
                break
        return top, bottom

    def find_phrase(self, p, phrase, top=0, bottom=1e9, first=True, extend=False):
        """words of a phrase (consecutive words on one line) between top and bottom -> (x0, x1, top, bottom) list.
        extend: stretch the hit to the right over words closer than 5 pt (the rest of the same header cell)."""
        target = norm(phrase).split(" ")
        hits = []
        for l in self.lines(p):
            if l.top < top - 0.5 or l.top > bottom:
                continue
            ws = l.words
            for i in range(len(ws) - len(target) + 1):
                if [w["text"] for w in ws[i:i + len(target)]] == target:
                    j = i + len(target) - 1
                    if extend:
                        while j + 1 < len(ws) and ws[j + 1]["x0"] - ws[j]["x1"] < 5:
                            j += 1
                    hits.append((ws[i]["x0"], ws[j]["x1"], ws[i]["top"], ws[i]["bottom"]))
        return hits[:1] if first else hits

    def anchors(self, p, caption, anchors, zone=None):
        """x ranges of the header anchors (one phrase per column, in order) of a table."""
        zone = zone or self.table_zone(p, caption)
        if zone is None:
            return None
        out = []
        for a in anchors:
            phrase, _, nth = a.partition("#")
            hs = sorted(self.find_phrase(p, phrase, zone[0], zone[0] + 62, first=False, extend=True),
                        key=lambda h: (round(h[2]), h[0]))
            if nth:
                if len(hs) < int(nth):
                    return None
                out.append(hs[int(nth) - 1])
                continue
            if not hs:
                return None
            out.append(max(hs, key=lambda h: h[2]))     # the lowest header line holding the phrase
        return out

    def find_row(self, p, zone, label, group=None, occurrence=1):
        top, bottom = zone
        if group:
            gl = [l for l in self.lines(p) if top <= l.top <= bottom and l.text == norm(group)]
            if not gl:
                return None
            top = gl[0].bottom
        n = 0
        lab = norm(label)
        for l in self.lines(p):
            if top <= l.top <= bottom and (l.text == lab or l.text.startswith(lab + " ")):
                n += 1
                if n == occurrence:
                    return l
        return None

    def cell(self, spec):
        """locate a table cell; returns dict with the row line, the cell's words and the nearest anchor index,
        or raises AssertionError with a reason."""
        p = spec["page"]
        cap_page = spec.get("caption_page", p)
        anch_page = spec.get("anchors_page", p)
        cap_zone = self.table_zone(cap_page, spec["caption"])
        assert cap_zone, f"caption {spec['caption']!r} not on page {cap_page}"
        zone = cap_zone if p == cap_page else self.table_zone(p, None)
        a_zone = cap_zone if anch_page == cap_page else self.table_zone(anch_page, None)
        anc = self.anchors(anch_page, None, spec["anchors"], zone=a_zone)
        assert anc, f"anchors {spec['anchors']} not found on page {anch_page}"
        row = self.find_row(p, zone, spec["row"], spec.get("group"), spec.get("occurrence", 1))
        assert row, f"row {spec['row']!r} (group {spec.get('group')!r}) not found on page {p}"
        printed = norm(spec["token"]).split(" ")
        mark = spec.get("mark", "")
        ws = row.words
        hits = []
        for i in range(len(ws) - len(printed) + 1):
            if [w["text"] for w in ws[i:i + len(printed)]] == printed[:-1] + [printed[-1] + mark]:
                hits.append(i)          # mark extracted glued to the figure
            elif mark and [w["text"] for w in ws[i:i + len(printed)]] == printed and i + len(printed) < len(ws):
                m = ws[i + len(printed)]
                if m["text"] == mark and m["size"] < 7.0 and m["x0"] - ws[i + len(printed) - 1]["x1"] < 1.5:
                    hits.append(i)      # mark extracted as a small word right after the figure
            elif not mark and [w["text"] for w in ws[i:i + len(printed)]] == printed:
                hits.append(i)
        shown = " ".join(printed) + mark
        assert hits, f"token {shown!r} not in row line {row.text!r} (page {p})"
        results = []
        for i in hits:
            w = ws[i + len(printed) - 1]
            xc = (w["x0"] + w["x1"]) / 2
            def dist(a):
                return min(abs(w["x1"] - a[1]), abs(xc - (a[0] + a[1]) / 2))
            best = min(range(len(anc)), key=lambda j: dist(anc[j]))
            results.append(best)
        assert spec["col"] in results, (f"token {shown!r} in row {spec['row']!r} is under column "
                                        f"{[spec['anchors'][r] for r in results]}, not {spec['anchors'][spec['col']]!r}")
        lay = self.layout_text(p)
        lay_line = None
        for ln in lay.splitlines():
            n = norm(ln)
            bare_row = row.text.replace(" ", "")
            if mark:
                # the mark may be glued, set apart, or (pdftotext) printed on the line above the row
                bare_row = bare_row.replace(printed[-1] + mark, printed[-1])
                n_cmp = n.replace(" ", "").replace(printed[-1] + mark, printed[-1])
                # other marks of the same row may also have moved: drop single digits glued after figures
                n_cmp2 = re.sub(r"(\d{3})\d(?=€|$|-)", r"\1", n_cmp)
                b_cmp2 = re.sub(r"(\d{3})\d(?=€|$|-)", r"\1", bare_row)
                match = (n_cmp == bare_row or n_cmp2 == b_cmp2) and " ".join(printed) in n
            else:
                match = n.replace(" ", "") == bare_row and shown in n
            if match:
                lay_line = n
                break
        assert lay_line, f"pdftotext -layout has no line with {spec['row']!r} and {shown!r} on page {p}"
        return {"row_text": row.text, "layout_line": lay_line}

    def read_table(self, p, caption, anchors, caption_page=None, anchors_page=None):
        """rows of a table region as (label, {col_index: value}) using the anchors; label = the words before the first
        figure. Footnote marks (small words) are skipped; '-/- 1.234' and '€ 1.234' are read as one figure.
        Used by check.py for the add-up checks."""
        cap_page = caption_page or p
        cap_zone = self.table_zone(cap_page, caption)
        assert cap_zone, f"caption {caption!r} not on page {cap_page}"
        zone = cap_zone if p == cap_page else self.table_zone(p, None)
        ap = anchors_page or p
        a_zone = cap_zone if ap == cap_page else self.table_zone(ap, None)
        anc = self.anchors(ap, None, anchors, zone=a_zone)
        assert anc, f"anchors of {caption!r} not found on page {ap}"
        if ap == p:
            header_bottom = max(a[3] for a in anc)
        else:
            header_bottom = zone[0] - 1
        rows = []
        for l in self.lines(p):
            if not (header_bottom < l.top <= zone[1]):
                continue
            ws = [w for w in l.words if w["size"] >= 7.0]
            toks, i = [], 0
            while i < len(ws):
                w = ws[i]
                if w["text"] in ("-/-", "€") and i + 1 < len(ws):
                    nx = ws[i + 1]
                    toks.append({"text": w["text"] + " " + nx["text"], "x0": w["x0"], "x1": nx["x1"]})
                    i += 2
                    continue
                toks.append(w)
                i += 1
            label, vals = [], {}
            x_min = min(a[0] for a in anc) - 45      # figures stand in the columns, not in the label
            for t in toks:
                v = parse_nl(t["text"]) if t["x1"] > x_min else None
                if v is None:
                    if not vals:
                        label.append(t["text"])
                    continue
                xc = (t["x0"] + t["x1"]) / 2
                j = min(range(len(anc)), key=lambda j: min(abs(t["x1"] - anc[j][1]), abs(xc - (anc[j][0] + anc[j][1]) / 2)))
                vals[j] = v
            rows.append((" ".join(label), vals))
        return rows

    @staticmethod
    def dehyphen(t):
        """a compound broken after its hyphen at a line end ('open- eindekarakter') compares as 'open-eindekarakter'."""
        return re.sub(r"(\w)- (?=\w)", r"\1-", t)

    def find_prose(self, snippet, pages=None, column=None):
        sn = self.dehyphen(norm(snippet))
        for p in (pages or range(1, self.n + 1)):
            if sn in self.dehyphen(self.text(p, column)):
                return p
        return None

    def tile(self, p, label, value):
        lab = self.find_phrase(p, label)
        assert lab, f"tile label {label!r} not on page {p}"
        x0, x1, top, bottom = lab[0]
        vals = self.find_phrase(p, value, first=False)
        for v in vals:
            if v[2] > bottom - 0.5 and v[2] - bottom < 45 and v[0] < x1 and v[1] > x0:
                return True
        raise AssertionError(f"tile value {value!r} not under {label!r} on page {p}")


class RealText:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.lines = [norm(l) for l in f.read().splitlines()]
        self.all = norm(" ".join(self.lines))

    def row(self, label, after=None):
        """first line starting with label (after the line starting with 'after', if given)."""
        start = 0
        if after:
            start = next(i for i, l in enumerate(self.lines) if l.startswith(norm(after)))
        for i in range(start, len(self.lines)):
            if self.lines[i].startswith(norm(label) + " "):
                return i, self.lines[i]
        return None, None

    def numbers(self, line, label):
        rest = line[len(norm(label)):].strip().split(" ")
        return [t for t in rest if parse_nl(t) is not None]
