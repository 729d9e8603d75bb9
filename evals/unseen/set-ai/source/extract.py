"""Read the FINISHED corpus PDFs back (never imports data.py or the generators).

PdfDoc(path):
  .npages, .text(p) (pdftotext, whitespace normalised), .layout(p) (pdftotext -layout), .full_text()
  .lines(p, xmin, xmax): pdfplumber words clustered into lines (with font names, so bold header rows are known)
  .cell(title, row, col, group=None, half=None, strip=()): locate one table cell:
      - the caption line that starts with `title` ("Tabel 2.1"); `half` = "left"/"right" restricts the page to one
        half (the side-by-side tables);
      - the scale line below it ("bedragen x € 1.000" -> 1000, "bedragen in €"/"in euro's" -> 1);
      - the header = the consecutive all-bold lines after it; the column = the header word equal to `col`;
        the label zone = everything left of the leftmost header word that is not a label-column word;
      - body lines until a vertical gap > 19 pt, a new caption, or the page end; on the next page the body goes on
        when the same header is repeated there (the table broke over the page);
      - grouped tables (a merged programme cell over Lasten/Baten/Saldo rows): blocks start at a "Lasten" row; the
        group name is the text in the group column inside the block, also when the block continues on the next page;
      - other tables: a row is a line with numbers plus the label lines that follow it without numbers (wrapped
        labels); `strip` removes words of a merged group column from the label;
      - the value is the word in the row whose right edge (numbers are right-aligned) is closest to the header
        word's right edge.
  .prose(fragment): pages whose running text contains the fragment.
"""
from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pdfplumber

SUBS = ("Lasten", "Baten", "Saldo")
# header words of label columns (the first column of the tables in both documents)
LABEL_HEAD = ("Programma", "Taakveld", "Indicator", "Heffing", "Kengetal", "Investering", "Reserve", "Omschrijving",
              "Onderdeel", "Deelnemer", "Balanspost", "Activa", "Passiva", "Naam", "Kerncijfer", "Tarief",
              "Bestemming")
FURNITURE = re.compile(r"^(Pagina \d+ van \d+|Gemeente Tolsterveld \| Programmabegroting 2041|"
                       r"Recreatieschap Zandmeren · Jaarrekening 2040 pagina \d+)$")


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def parse_num(s: str):
    """'1.234' 1234; '-1.234' -1234; '(1.234)' -1234; '0,0701%' 0.0701; '€ 6,50' 6.5; else None"""
    t = s.replace("\u00a0", " ").replace("€", "").replace("%", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.startswith(("-", "\u2212")):
        neg, t = True, t[1:]
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", t):
        return None
    v = float(t.replace(".", "").replace(",", "."))
    return -v if neg else v


class PdfDoc:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.pdf = pdfplumber.open(str(self.path))
        self.npages = len(self.pdf.pages)

    # ---------------------------------------------------------------- text
    @lru_cache(maxsize=None)
    def text(self, p: int) -> str:
        out = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(self.path), "-"], capture_output=True,
                             text=True, check=True).stdout
        return clean(out)

    @lru_cache(maxsize=None)
    def layout(self, p: int) -> str:
        return subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(self.path), "-"],
                              capture_output=True, text=True, check=True).stdout

    def full_text(self) -> str:
        return "\n".join(self.text(p) for p in range(1, self.npages + 1))

    def prose(self, fragment: str) -> list[int]:
        f = clean(fragment)
        return [p for p in range(1, self.npages + 1) if f in self.text(p)]

    def page_size(self, p: int):
        pg = self.pdf.pages[p - 1]
        return float(pg.width), float(pg.height)

    # ---------------------------------------------------------------- words and lines
    @lru_cache(maxsize=None)
    def words(self, p: int):
        pg = self.pdf.pages[p - 1]
        return tuple(pg.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"]))

    def lines(self, p: int, xmin: float = -1, xmax: float = 1e9) -> list[dict]:
        ws = sorted([w for w in self.words(p) if w["x0"] >= xmin and w["x1"] <= xmax],
                    key=lambda w: (round(w["top"], 1), w["x0"]))
        out: list[dict] = []
        for w in ws:
            if out and abs(w["top"] - out[-1]["top"]) <= 2.5:
                out[-1]["words"].append(w)
            else:
                out.append({"top": w["top"], "words": [w], "page": p})
        for ln in out:
            ln["words"].sort(key=lambda w: w["x0"])
            ln["text"] = " ".join(w["text"] for w in ln["words"])
            ln["bottom"] = max(w["bottom"] for w in ln["words"])
            ln["bold"] = all("Bold" in w["fontname"] for w in ln["words"])
        return [ln for ln in out if not FURNITURE.match(ln["text"])]

    def crop(self, p: int, half):
        w, _ = self.page_size(p)
        if half == "left":
            return -1, w / 2
        if half == "right":
            return w / 2, 1e9
        return -1, 1e9

    # ---------------------------------------------------------------- tables
    def find_caption(self, title: str, half=None):
        hits = []
        for p in range(1, self.npages + 1):
            lo, hi = self.crop(p, half)
            for i, ln in enumerate(self.lines(p, lo, hi)):
                if ln["bold"] and (ln["text"] == title or ln["text"].startswith(title + " ")):
                    hits.append((p, i, ln))
        if len(hits) != 1:
            raise LookupError(f"caption {title!r}: {len(hits)} hits")
        return hits[0]

    @lru_cache(maxsize=None)
    def table(self, title: str, half=None, label_head: tuple = ()):
        """parse a table into header words, scale and body lines (over a page break)"""
        p, i, cap = self.find_caption(title, half)
        lo, hi = self.crop(p, half)
        lines = self.lines(p, lo, hi)
        j = i + 1
        scale, scale_line = None, None
        if j < len(lines) and "bedragen" in lines[j]["text"]:
            st = lines[j]["text"]
            scale_line = st
            scale = 1000 if "x € 1.000" in st else (1 if ("in €" in st or "euro" in st) else None)
            j += 1
        head = []
        while j < len(lines) and lines[j]["bold"]:
            head.append(lines[j])
            j += 1
        if not head:
            raise LookupError(f"{title}: no header")
        hwords = [w for ln in head for w in ln["words"]]
        lab_words = set(LABEL_HEAD) | set(label_head)
        label_max = min(w["x0"] for w in hwords if w["text"] not in lab_words) - 2
        body = []
        pages = [p]
        prev_bottom = head[-1]["bottom"]
        cur_p, cur_lines, k = p, lines, j
        while True:
            stopped = False
            while k < len(cur_lines):
                ln = cur_lines[k]
                if ln["top"] - prev_bottom > 19 or ln["text"].startswith("Tabel "):
                    stopped = True
                    break
                body.append(ln)
                prev_bottom = ln["bottom"]
                k += 1
            if stopped or cur_p == self.npages:
                break
            # continued on the next page with a repeated header?
            nxt = self.lines(cur_p + 1, *self.crop(cur_p + 1, half))
            nh = []
            m = 0
            while m < len(nxt) and nxt[m]["bold"]:
                nh.append(nxt[m])
                m += 1
            if not nh or [w["text"] for ln in nh for w in ln["words"]] != [w["text"] for w in hwords]:
                break
            cur_p, cur_lines, k = cur_p + 1, nxt, m
            prev_bottom = nh[-1]["bottom"]
            pages.append(cur_p)
        return {"page": p, "caption": cap["text"], "scale": scale, "scale_line": scale_line, "head": head,
                "hwords": hwords, "label_max": label_max, "body": body, "pages": pages}

    @staticmethod
    def _split(ln, label_max):
        lab = [w for w in ln["words"] if w["x1"] <= label_max]
        val = [w for w in ln["words"] if w["x1"] > label_max]
        return lab, val

    def cell(self, title: str, row: str, col: str, group: str | None = None, half=None, strip: tuple = (),
             label_head: tuple = ()):
        t = self.table(title, half, tuple(label_head))
        hw = [w for w in t["hwords"] if w["text"] == col]
        if len(hw) != 1:
            raise LookupError(f"{title}: column {col!r} found {len(hw)} times in the header")
        hw = hw[0]
        lm = t["label_max"]
        target = None
        info = {}
        if group is not None or any(self._split(ln, lm)[0] and self._split(ln, lm)[0][-1]["text"] == "Lasten"
                                    for ln in t["body"]):
            # grouped table
            lasts = [self._split(ln, lm)[0][-1] for ln in t["body"] if self._split(ln, lm)[0]]
            subx = min((w["x0"] for w in lasts if w["text"] in SUBS), default=None)
            blocks, cur = [], None
            for ln in t["body"]:
                lab, val = self._split(ln, lm)
                sub = [w for w in lab if w["text"] in SUBS and w["x0"] >= subx - 1]
                grp = [w for w in lab if w["x1"] < subx - 1]
                if sub and sub[-1]["text"] == "Lasten":
                    cur = {"group": [], "rows": {}, "pages": set()}
                    blocks.append(cur)
                if cur is not None and (sub or (grp and not val)):
                    cur["group"] += [w["text"] for w in grp]
                    cur["pages"].add(ln["page"])
                    if sub:
                        cur["rows"][sub[-1]["text"]] = ln
                    continue
                cur = None
                if group is None and clean(" ".join(w["text"] for w in lab)) == clean(row):
                    target = ln
            if group is not None or (target is None and row in SUBS):
                bl = [b for b in blocks if clean(" ".join(b["group"])) == clean(group or "")]
                if len(bl) != 1 or row not in bl[0]["rows"]:
                    raise LookupError(f"{title}: group {group!r} / {row!r} not found ({len(bl)} blocks of {[clean(' '.join(b['group'])) for b in blocks]})")
                target = bl[0]["rows"][row]
                gpages = sorted(bl[0]["pages"])
                info["group_label"] = group
                if group and target["page"] != gpages[0]:
                    info["group_label_on_previous_page"] = True
        else:
            rows = []
            for ln in t["body"]:
                lab, val = self._split(ln, lm)
                lab_t = [w["text"] for w in lab if w["text"] not in strip and w["text"] != "€"]
                has_num = any(parse_num(w["text"]) is not None for w in val)
                if has_num or not rows:
                    rows.append({"label": lab_t, "line": ln})
                elif lab_t:
                    rows[-1]["label"] += lab_t
            hits = [r for r in rows if clean(" ".join(r["label"])) == clean(row)]
            if len(hits) != 1:
                raise LookupError(f"{title}: row {row!r}: {len(hits)} hits; rows: "
                                  f"{[' '.join(r['label']) for r in rows]}")
            target = hits[0]["line"]
        lab, val = self._split(target, lm)
        cand = sorted(val, key=lambda w: abs(w["x1"] - hw["x1"]))
        if not cand or abs(cand[0]["x1"] - hw["x1"]) > 6:
            cand = sorted(val, key=lambda w: abs((w["x0"] + w["x1"]) / 2 - (hw["x0"] + hw["x1"]) / 2))
            if not cand or abs((cand[0]["x0"] + cand[0]["x1"]) / 2 - (hw["x0"] + hw["x1"]) / 2) > 10:
                raise LookupError(f"{title}: no value under {col!r} in row {row!r}")
        w = cand[0]
        printed = w["text"]
        before = [x for x in val if x["x1"] <= w["x0"] + 0.1 and w["x0"] - x["x1"] < 6 and x["text"] == "€"]
        res = {"page": target["page"], "caption": t["caption"], "scale": t["scale"], "scale_line": t["scale_line"],
               "printed": printed, "euro_sign_in_cell": bool(before), "bold": "Bold" in w["fontname"],
               "table_pages": t["pages"], "continuation_page": target["page"] != t["page"], "line": target["text"]}
        res.update(info)
        return res
