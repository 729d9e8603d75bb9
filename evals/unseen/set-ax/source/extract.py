"""Reads the finished PDFs back (pdfplumber words, pdftotext) for gen_cases.py and check.py (set-ax).

Never imports data.py or the content models: everything here works on the printed documents.
"""
import functools
import re
import subprocess

import pdfplumber

HEADER_CUT = 46      # running header above this top (pt)
FOOTER_CUT = 44      # footer within this distance of the page bottom (pt)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@functools.lru_cache(maxsize=None)
def _pdf(path):
    return pdfplumber.open(path)


@functools.lru_cache(maxsize=None)
def page_lines(path, page):
    """Lines of a page (1-based) without running header/footer: list of dicts(top, text, words)."""
    pg = _pdf(path).pages[page - 1]
    words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])
    words = [w for w in words if HEADER_CUT < w["top"] < pg.height - FOOTER_CUT]
    words.sort(key=lambda w: (round(w["top"], 1), w["x0"]))
    lines = []
    for w in words:
        if lines and abs(lines[-1]["top"] - w["top"]) <= 2.0:
            lines[-1]["words"].append(w)
        else:
            lines.append({"top": w["top"], "words": [w]})
    for ln in lines:
        ln["words"].sort(key=lambda w: w["x0"])
        ln["text"] = norm(" ".join(w["text"] for w in ln["words"]))
    return lines


def n_pages(path):
    return len(_pdf(path).pages)


@functools.lru_cache(maxsize=None)
def page_text(path, page):
    """Whole page as one normalised string (pdftotext reading order), running header/footer included."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), path, "-"], capture_output=True,
                         text=True).stdout
    return norm(out)


@functools.lru_cache(maxsize=None)
def layout_text(path, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-"],
                          capture_output=True, text=True).stdout


def doc_body_text(path):
    """All pages joined in order (pdfplumber lines without header/footer), one string."""
    return norm(" ".join(ln["text"] for p in range(1, n_pages(path) + 1) for ln in page_lines(path, p)))


def table_region(path, caption, header_line):
    """The lines of a table: from its caption to the next caption on the page, continued on following pages
    whose first line repeats the table header. Returns list of (page, line_index, line)."""
    hits = [(p, i) for p in range(1, n_pages(path) + 1) for i, ln in enumerate(page_lines(path, p))
            if ln["text"] == caption]
    assert len(hits) == 1, (caption, hits)
    p, i = hits[0]
    cap_lines = page_lines(path, p)
    heads = {header_line.split(" || ")[0]} if header_line else {l["text"] for l in cap_lines[i + 1:i + 4]}
    region = []
    while True:
        lines = page_lines(path, p)
        for j in range(i, len(lines)):
            if j > i and lines[j]["text"].startswith("Tabel ") and j != i:
                return region
            region.append((p, j, lines[j]))
        # continued on the next page?
        if p < n_pages(path):
            nxt = page_lines(path, p + 1)
            if nxt and nxt[0]["text"] in heads:
                p, i = p + 1, 0
                continue
        return region


def find_row(path, caption, header_line, label, cells, group=None, occurrence=0, group_labels=()):
    """Locate a table row. A row starts on a line that begins with the first word of its label; it spans that
    line and the next m lines (m = 0..3) whose words, together, are exactly the words of the label and of its
    non-empty cells (a label or a text cell may wrap; amounts are on the first line, cells being top-aligned).
    Returns (dict(page, line, label_first_line, label_lines, group, pages, row_lines), number of matches)."""
    from collections import Counter
    want = Counter(label.split() + [w for c in cells if c != "" for w in c.split()])
    lw = label.split()
    region = table_region(path, caption, header_line)
    found = []
    cur_group = None
    for k, (p, j, ln) in enumerate(region):
        t = ln["text"]
        if t in group_labels:
            cur_group = t
        ws = t.split()
        if not ws or ws[0] != lw[0]:
            continue
        acc = Counter()
        for m in range(0, 4):
            if k + m >= len(region) or region[k + m][0] != p:
                break
            acc += Counter(region[k + m][2]["text"].split())
            if acc == want:
                n = 0
                while n < len(lw) and n < len(ws) and ws[n] == lw[n]:
                    n += 1
                first = " ".join(lw[:n])
                # how many lines the label takes: its words not on the first line are on the next lines
                used, rest = 1, lw[n:]
                for q in range(1, m + 1):
                    if not rest:
                        break
                    nxt = region[k + q][2]["text"].split()
                    if nxt[: len(rest)] == rest[: len(nxt)] or nxt[0] == rest[0]:
                        take = 0
                        while take < len(nxt) and take < len(rest) and nxt[take] == rest[take]:
                            take += 1
                        rest = rest[take:]
                        used += 1
                found.append({"page": p, "line": t, "label_first_line": first, "label_lines": used,
                              "group": cur_group if t not in group_labels else cur_group,
                              "pages": sorted({r[0] for r in region}),
                              "row_lines": [region[k + q][2]["text"] for q in range(m + 1)]})
                break
    if group is not None:
        found = [f for f in found if f["group"] == group]
    assert len(found) > occurrence, (caption, label, cells, group, found)
    return found[occurrence], len(found)


def value_words(path, page, line_text):
    """The words of a line, for token checks."""
    for ln in page_lines(path, page):
        if ln["text"] == line_text:
            return [w["text"] for w in ln["words"]]
    return None


def parse_amount(s):
    """'-/- 1.234' / '-1.234' / '€ 1.234' / '12,5%' / '416,59' -> float (signed)."""
    t = s.replace("€", "").replace("%", "").strip()
    neg = t.startswith("-/-") or t.startswith("-") or t.startswith("\u2212")
    t = t.replace("-/-", "").replace("-", "").replace("\u2212", "").strip()
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


@functools.lru_cache(maxsize=None)
def _body_index(path):
    parts, spans, pos = [], [], 0
    for p in range(1, n_pages(path) + 1):
        for ln in page_lines(path, p):
            t = ln["text"]
            parts.append(t)
            spans.append((pos, pos + len(t), p))
            pos += len(t) + 1
    return " ".join(parts), spans


def find_prose(path, anchor):
    """Pages on which a sentence (whitespace-normalised, possibly broken over lines and pages) is printed;
    the running header and footer are left out. Returns the list of pages of each occurrence."""
    text, spans = _body_index(path)
    a = norm(anchor)
    out, start = [], 0
    while True:
        i = text.find(a, start)
        if i < 0:
            return out
        out.append(sorted({p for s, e, p in spans if s < i + len(a) and e > i}))
        start = i + 1
