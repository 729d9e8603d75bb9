"""Verify set-bc from the finished files only (never imports data.py):

1. cases.yaml follows FORMAT.md version 1 (keys, kinds, ids, no 'signed', figure/text requirements);
2. corpus: manifest shape, the four real documents byte-identical to /work/main/corpus, the two new PDFs say
   FICTIEF on page 1 and come from the intended producers (TCPDF, Apache PDFBox);
3. every figure turn: each source of provenance.json is re-located in the documents (page, row, column header
   above the figure, printed cell, scale), its value recomputed, derivations recomputed, equal to cases.yaml;
   'other' values are not within the tolerance of the expected one;
4. refusals: the 'absent' patterns do not occur; text: every include group occurs in the passage; any: the
   excluded strings are figures printed in another document;
5. add-ups read from the PDFs: programme tables, overview, reserves, voorzieningen, balans, taakvelden, kerngegevens,
   investeringen, WNT, resultaatbestemming (Twenterand); overview, products, bijdragen and verdeelsleutel, formatie,
   personeelslasten, reserves, kapitaallasten, risks, weerstandsvermogen, overhead (Noaberkracht).
Usage: python check.py SET_DIR [SOURCE_CORPUS]
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

import pdfread as pr

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
SRC = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/main/corpus").resolve()
CORPUS = SET / "corpus"
T = "twenterand-jaarstukken-2024.pdf"
N = "noaberkracht-dinkelland-tubbergen-begroting-2026.pdf"
REALS = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
         "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
FAIL = []
NCHECK = [0]


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        FAIL.append(msg)


# ------------------------------------------------------------------------------------------- 1 format
cases_doc = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
ok(cases_doc.get("version") == 1 and isinstance(cases_doc.get("cases"), list), "version/cases")
CASE_KEYS = {"id", "question", "municipality", "kind", "expect", "turns"}
TURN_KEYS = {"question", "kind", "expect"}
EXP_KEYS = {"value", "accept", "tolerance", "unit", "municipality", "include", "exclude"}
KINDS = {"figure", "text", "refusal", "any"}
MUNIS = {"Twenterand", "Dinkelland", "Wassenaar", "Collectie Overijssel", "Noaberkracht Dinkelland Tubbergen"}
ids = set()
turns_all = []
for c in cases_doc["cases"]:
    ok(set(c) <= CASE_KEYS, f"{c.get('id')}: keys {set(c) - CASE_KEYS}")
    ok(c["id"] not in ids, f"duplicate id {c['id']}")
    ids.add(c["id"])
    ok(c.get("municipality", "Twenterand") in MUNIS, f"{c['id']}: scope")
    ts = c["turns"] if "turns" in c else [{k: c[k] for k in ("question", "kind", "expect") if k in c}]
    ok(("turns" in c) != ("question" in c), f"{c['id']}: question xor turns")
    for i, t in enumerate(ts):
        ok(set(t) <= TURN_KEYS, f"{c['id']}: turn keys")
        ok(t["kind"] in KINDS, f"{c['id']}: kind")
        e = t.get("expect", {})
        ok(set(e) <= EXP_KEYS, f"{c['id']}: expect keys {set(e) - EXP_KEYS}")
        ok("signed" not in e, f"{c['id']}: signed set")
        if t["kind"] == "figure":
            ok(isinstance(e.get("value"), (int, float)) and e.get("municipality") in MUNIS and
               e.get("unit") in ("EUR", "count", "percent", "grade"), f"{c['id']}: figure expect")
        if t["kind"] == "text":
            ok(isinstance(e.get("include"), list) and e["include"], f"{c['id']}: text include")
        if t["kind"] == "refusal":
            ok(not e, f"{c['id']}: refusal with expect")
        turns_all.append((c, i, t))

# ------------------------------------------------------------------------------------------- 2 corpus
man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
head = (CORPUS / "manifest.yaml").read_text(encoding="utf-8").splitlines()[0]
ok(head.startswith("#") and "FICTIONAL" in (CORPUS / "manifest.yaml").read_text(encoding="utf-8"), "manifest header")
ok(len(man["documents"]) == 6 and all(set(d) == {"file", "municipality", "year", "type", "title"}
                                      for d in man["documents"]), "manifest shape")
files = {d["file"]: d for d in man["documents"]}
ok(files.get(T, {}).get("municipality") == "Twenterand" and files[T]["year"] == 2024 and
   files[T]["type"] == "jaarstukken", "manifest Twenterand")
ok(files.get(N, {}).get("municipality") == "Noaberkracht Dinkelland Tubbergen" and files[N]["year"] == 2026 and
   files[N]["type"] == "begroting", "manifest Noaberkracht")
orig = yaml.safe_load((SRC / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
for o in orig:
    ok(all(files[o["file"]][k] == o[k] for k in ("municipality", "year", "type", "title")), f"manifest {o['file']}")
for f in REALS:
    ok(hashlib.sha256((CORPUS / f).read_bytes()).digest() == hashlib.sha256((SRC / f).read_bytes()).digest(),
       f"copy {f} differs")
ok(sorted(p.name for p in CORPUS.iterdir()) == sorted(REALS + [T, N, "manifest.yaml"]), "corpus files")
for f, prod in ((T, "TCPDF"), (N, "PDFBox")):
    info = subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout
    ok(prod in info, f"{f}: producer")
    ok("FICTIEF" in pr.load(str(CORPUS / f))[0].text, f"{f}: FICTIEF on page 1")

# ------------------------------------------------------------------------------------------- 3 figures
prov = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))
ok(set(prov) == ids, "provenance ids")


def relocate(s):
    if s["kind"] == "cell":
        pages = pr.load(str(CORPUS / s["document"]))
        capp = pr.find_caption(pages, s["table"])
        ok(capp == [s["caption_page"]], f"caption {s['table']} page")
        ok(s["page"] in (s["caption_page"], s["caption_page"] + 1), f"{s['table']}: page")
        try:
            r = pr.locate_cell(pages, s["page"], s["row"], s["printed"], s["column"], rotated=s["rotated"],
                               value_line_offset=s["value_line_offset"])
            ok(r["cell_text"] == s["cell_text"], f"cell text {s['row']}")
        except AssertionError as e:
            ok(False, f"relocate {s['table']} {s['row']}: {e}")
        lay = pr.layout(str(CORPUS / s["document"])).split("\f")[s["page"] - 1]
        ok(s["layout_line"] in lay.splitlines(), f"layout line {s['row']}")
        if s.get("scale_statement"):
            ok(pr.norm(s["scale_statement"].split(" (")[0]) in pr.norm(pages[s["caption_page"] - 1].text) or
               pr.norm(s["scale_statement"].split(" (")[0]) in pr.norm(pr.layout(str(CORPUS / s["document"]))),
               f"scale statement {s['scale_statement']}")
        if s["scale"] == 1000:
            ok("1.000" in s["scale_statement"], f"scale {s['table']}")
    elif s["kind"] == "prose":
        pages = pr.load(str(CORPUS / s["document"]))
        ok(pr.find_prose(pages, s["fragment"]) == [s["page"]], f"prose {s['fragment']}")
    elif s["kind"] == "real_prose":
        txt = (CORPUS / s["document"]).read_text(encoding="utf-8")
        ok(txt.count(s["fragment"]) == 1, f"real prose {s['fragment']}")
    else:
        lines = (CORPUS / s["document"]).read_text(encoding="utf-8").splitlines()
        ln = lines[s["line_no"] - 1]
        ok(ln == s["line"] and ln[len(s["row"]):].split()[s["index"]] == s["printed"], f"real line {s['row']}")
        ok(lines[s["header_line_no"] - 1].strip() == s["header_line"], "real header")
    v = pr.parse_nl(s["printed"]) * s.get("scale", 1)
    ok(abs(v - s["value"]) < 1e-6, f"value of {s['printed']}")
    return s["value"]


n_fig = 0
for c, i, t in turns_all:
    p = prov[c["id"]][i]
    ok(p["kind"] == t["kind"], f"{c['id']} turn {i}: kind")
    if t["kind"] == "figure":
        n_fig += 1
        m = p["main"]
        vals = [relocate(s) for s in m["sources"]]
        if m["op"] == "diff":
            v = abs(vals[0] - vals[1])
        elif m["op"] == "share":
            v = round(vals[0] / vals[1] * 100, 2)
        elif m["op"] == "per":
            v = round(vals[0] / vals[1], 2)
        else:
            ok(len({abs(x) for x in vals}) == 1, f"{c['id']}: sources disagree")
            v = abs(vals[0])
        e = t["expect"]
        tol = e.get("tolerance", 0) or 0
        ok(abs(v - e["value"]) <= max(tol, 1e-6), f"{c['id']} turn {i}: {v} != {e['value']}")
        if m["op"] in ("share", "per"):
            ok(tol > 0, f"{c['id']}: computed ratio needs a tolerance")
        for a in p.get("accept", []):
            avals = [relocate(s) for s in a["sources"]]
            ok(all(abs(abs(x) - a["value"]) < 1e-6 for x in avals) and a["value"] in e.get("accept", []),
               f"{c['id']}: accept {a['value']}")
        ok(len(p.get("accept", [])) == len(e.get("accept", [])), f"{c['id']}: accept list")
        for o in p["other"]:
            ok(abs(o["value"] - e["value"]) > tol and o["value"] not in e.get("accept", []),
               f"{c['id']}: other {o['value']} accepted")
        docs = {s["document"] for s in m["sources"]}
        muni = e["municipality"]
        ok(any(files[dd]["municipality"] == muni for dd in docs), f"{c['id']}: municipality vs document")
    elif t["kind"] == "refusal":
        for doc, rx in p["absent"]:
            txt = ("\n".join(pg.text for pg in pr.load(str(CORPUS / doc))) if doc.endswith(".pdf")
                   else (CORPUS / doc).read_text(encoding="utf-8"))
            ok(not re.search(rx, txt), f"{c['id']}: /{rx}/ found in {doc}")
    elif t["kind"] == "text":
        w = p["where"]
        pages = pr.load(str(CORPUS / w["document"]))
        ok(pr.find_prose(pages, w["anchor"]) == [w["page"]], f"{c['id']}: anchor")
        pt = pr.norm(" ".join(l.text for l in pages[w["page"] - 1].lines))
        ok(w["passage"] in pt, f"{c['id']}: passage")
        for g in t["expect"]["include"]:
            alts = g if isinstance(g, list) else [g]
            ok(any(a.lower() in w["passage"].lower() for a in alts), f"{c['id']}: include {g}")
    elif t["kind"] == "any":
        alltxt = "\n".join(pg.text for pg in pr.load(str(CORPUS / N))) + "\n".join(
            pg.text for pg in pr.load(str(CORPUS / T)))
        ok(any(x in alltxt for x in t["expect"]["exclude"]), f"{c['id']}: exclude")


# ------------------------------------------------------------------------------------------- 5 add-ups
def num(s):
    s = s.strip()
    if s in ("pm", "V", "N", ""):
        return s
    s = re.sub(r"\s?\d\)$", "", s) if re.search(r"\d\s\d\)$", s) else s
    try:
        return pr.parse_nl(s)
    except ValueError:
        return s


def table(doc, caption, stop=r"^(Tabel \d|\d+(\.\d+)* [A-Z]|Verschil =|\d\) |De |Het |Van |Er |Product \d|Totaal programma )"):
    """rows of a table read from the PDF: list of (label, [values]); continues onto the next page after the
    repeated header"""
    pages = pr.load(str(CORPUS / doc))
    p0 = pr.find_caption(pages, caption)[0]
    rows, started, out, pending = [], False, [], ""
    for pno in (p0, p0 + 1):
        if pno > len(pages):
            break
        lines = pages[pno - 1].lines
        if pno == p0:
            i0 = [k for k, l in enumerate(lines) if pr.norm(l.text).startswith(caption)][0] + 1
        else:
            i0 = 0
        hit_stop = False
        for l in lines[i0:]:
            t0 = l.cells[0][0] if l.cells else ""
            if (pno == p0 and l is not lines[i0] and re.match(stop, t0)) or (pno > p0 and re.match(stop, t0)):
                hit_stop = True
                break
            if re.match(r"^(Jaarstukken 2024|Pagina \d|Noaberkracht Dinkelland Tubbergen ·|Gemeente Twenterand \|)",
                        pr.norm(l.text)):
                continue
            vals = [num(x[0]) for x in l.cells[1:]]
            if l.cells and vals and all(isinstance(v, float) or v in ("pm", "V", "N") for v in vals):
                if all(isinstance(v, float) and 2019 <= v <= 2031 and v.is_integer() for v in vals):
                    continue  # a header line of years
                # a wrapped label: its continuation (holding the figures) starts in lower case
                out.append(((pending + " " + t0) if pending and t0[:1].islower() else t0, vals))
                pending = ""
            elif l.cells and len(l.cells) == 1 and not re.match(r"^(Lasten|Baten|Bedragen|bedragen)", t0):
                pending = (pending + " " + t0).strip() if pending else t0
            else:
                pending = ""
        if hit_stop:
            break
    return out


def rowv(rows, label, k=0):
    hits = [v for lab, v in rows if lab.startswith(label)]
    ok(len(hits) > k, f"row {label} missing")
    return hits[k] if len(hits) > k else []


def near(a, b, t=0.5):
    return abs(a - b) <= t


# --- Twenterand: programme tables
prog_tot = {}
for cap in ("Tabel 2.1 Wat heeft het gekost? Programma 1", "Tabel 3.2 Wat heeft het gekost? Programma 2 Sociaal Domein",
            "Tabel 4.1 Wat heeft het gekost? Programma 3"):
    rows = table(T, cap)
    names = [lab for lab, _ in rows]
    il, ib = names.index("Totaal lasten"), names.index("Totaal baten")
    L, B = rows[:il], rows[il + 1:ib]
    for j in range(3):
        ok(near(sum(v[j] for _, v in L), rows[il][1][j]), f"{cap}: lasten col {j}")
        ok(near(sum(v[j] for _, v in B), rows[ib][1][j]), f"{cap}: baten col {j}")
        ok(near(rows[ib][1][j] - rows[il][1][j], rowv(rows, "Saldo van baten en lasten")[j]), f"{cap}: saldo {j}")
    for k, (lab, v) in enumerate(rows):
        if lab.startswith("Saldo"):
            continue
        lasten = k <= il
        dd = (v[1] - v[2]) if lasten else (v[2] - v[1])
        ok(near(abs(dd), v[3]) and (v[-1] == ("V" if dd > 0 else "N") or dd == 0), f"{cap}: verschil {lab}")
        if len(v) == 6 and v[1]:
            ok(near(abs(dd) / v[1] * 100, v[4], 0.051), f"{cap}: verschil % {lab}")
    prog_tot[cap[6:9]] = (rows[il][1], rows[ib][1])
ov = table(T, "Tabel 7.1 Overzicht van baten en lasten in de jaarrekening 2024")
for j in range(3):
    lasten = [v[j] for lab, v in ov[:6]]
    baten = [v[j] for lab, v in ov[7:12]]
    ok(near(sum(lasten), rowv(ov, "Totaal lasten")[j]) and near(sum(baten), rowv(ov, "Totaal baten")[j]), "7.1 totals")
    saldo = rowv(ov, "Totaal baten")[j] - rowv(ov, "Totaal lasten")[j]
    ok(near(saldo, rowv(ov, "Gerealiseerd saldo")[j]), "7.1 saldo")
    ok(near(saldo - rowv(ov, "Toevoegingen aan reserves")[j] + rowv(ov, "Onttrekkingen aan reserves")[j],
            rowv(ov, "Gerealiseerd resultaat")[j]), "7.1 resultaat")
    for k, key in enumerate(("2.1", "3.2", "4.1")):
        ok(near(rowv(ov, f"Programma {k + 1}", 0)[j], prog_tot[key][0][j]) and
           near(rowv(ov, f"Programma {k + 1}", 1)[j], prog_tot[key][1][j]), f"7.1 = programme {k + 1}")
adm = table(T, "Tabel 5.1 Algemene dekkingsmiddelen, overhead en onvoorzien")
for j in range(3):
    ok(near(sum(v[j] for lab, v in adm[:4]), rowv(adm, "Totaal baten algemene")[j]) if rowv(adm, "Totaal baten algemene")
       else True, "5.1 totaal")
    ok(near(rowv(ov, "Overhead", 0)[j], rowv(adm, "Lasten overhead")[j]), "overhead lasten = 7.1")
res = table(T, "Tabel 7.2 Verloop van de reserves in 2024")
for lab, v in res:
    ok(near(v[0] + v[1] - v[2], v[3]), f"reserve {lab}")
for j in range(4):
    ok(near(sum(v[j] for lab, v in res[:-1]), res[-1][1][j]), f"reserves total {j}")
ok(near(res[-1][1][1], rowv(ov, "Toevoegingen aan reserves")[2]) and
   near(res[-1][1][2], rowv(ov, "Onttrekkingen aan reserves")[2]), "reserves = 7.1 mutaties")
vz = table(T, "Tabel 7.3 Verloop van de voorzieningen in 2024")
bal_pages = pr.load(str(CORPUS / T))
bal_p = pr.find_caption(bal_pages, "Tabel 7.5")[0]
bal_lines = [l for l in bal_pages[bal_p - 1].lines if l.top > [x for x in bal_pages[bal_p - 1].lines
                                                                  if x.text.startswith("Tabel 7.5")][0].top]
bal_nums = []
for l in bal_lines:
    cells_ = [(num(c[0]), c[1], c[2]) for c in l.cells if re.fullmatch(r"-?[\d.]+", c[0])]
    if cells_:
        bal_nums.append((l, cells_))
    if l.text.startswith("Totaal activa"):
        break
tot_line = [x[0] for x in bal_nums[-1][1]]
ok(bal_nums[-1][0].text.startswith("Totaal activa") and len(tot_line) == 4, "balans total line")
act = [[x[0] for x in n if x[2] < 290] for l, n in bal_nums[:-1]]
act = [a for a in act if a]
pas = [[x[0] for x in n if x[1] > 400] for l, n in bal_nums[:-1]]
pas = [p_ for p_ in pas if p_]
ok(all(len(a) == 2 for a in act) and all(len(p_) == 2 for p_ in pas) and len(act) == 7 and len(pas) == 8,
   "balans two column pairs")
ok(near(tot_line[0], tot_line[2]) and near(tot_line[1], tot_line[3]), "balans activa = passiva")
ok(near(sum(a[0] for a in act), tot_line[0]) and near(sum(a[1] for a in act), tot_line[1]), "balans activa sum")
ev = pas[0]
ok(near(pas[1][0] + pas[2][0] + pas[3][0], ev[0]) and near(pas[1][1] + pas[2][1] + pas[3][1], ev[1]), "balans EV")
ok(near(ev[0] + sum(p_[0] for p_ in pas[4:]), tot_line[2]), "balans passiva sum")
ok(near(pas[1][0], rowv(res, "Algemene reserve")[3]), "balans algemene reserve = reserves")
ok(near(pas[2][0], sum(v[3] for lab, v in res[1:-1])), "balans bestemmingsreserves")
ok(near(pas[3][0], rowv(ov, "Gerealiseerd resultaat")[2]), "balans resultaat")
ok(near(pas[4][0], vz[-1][1][4]) and near(pas[4][1], vz[-1][1][0]), "balans voorzieningen")
for lab, v in vz[:-1]:
    ok(near(v[0] + v[1] - v[2] - v[3], v[4]), f"voorziening {lab}")
kg = table(T, "Tabel 6.1 Financiële kengetallen")
ok(near(rowv(kg, "Solvabiliteitsratio")[2], round(ev[0] / tot_line[0] * 100, 1), 0.05) and
   near(rowv(kg, "Solvabiliteitsratio")[0], round(ev[1] / tot_line[1] * 100, 1), 0.05), "solvabiliteit = balans")
tv = table(T, "Tabel 3.3 Lasten en baten per taakveld, programma 2 Sociaal Domein", stop=r"^(Tabel \d|\d [A-Z])")
for j in range(3):
    ok(near(sum(v[j] for lab, v in tv[:-1]), tv[-1][1][j]), f"taakvelden col {j}")
ok(near(tv[-1][1][0], prog_tot["3.2"][0][1]) and near(tv[-1][1][1], prog_tot["3.2"][0][2]) and
   near(tv[-1][1][2], prog_tot["3.2"][1][2]), "taakvelden = programma 2")
for lab, v in tv:
    ok(near(v[2] - v[1], v[3]), f"taakveld saldo {lab}")
inw = table(T, "Tabel 1.1 Inwoners per kern op 1 januari 2025")
ok(near(sum(v[0] for lab, v in inw[:-1]), inw[-1][1][0]), "inwoners sum")
nl_ = table(T, "Tabel 1.2 Netto lasten per programma 2022-2024")
r24 = rowv(nl_, "Realisatie 2024")
for k, key in enumerate(("2.1", "3.2", "4.1")):
    ok(near(r24[k] * 1000, prog_tot[key][0][2] - prog_tot[key][1][2], 50), f"1.2 = programme {k + 1}")
ok(near(sum(r24) * 1000, -rowv(ov, "Gerealiseerd saldo")[2], 300), "1.2 sums to the saldo")
inv = table(T, "Tabel 7.4 Staat van lopende investeringskredieten")
for lab, v in inv:
    ok(near(v[0] - v[1] - v[2], v[3]), f"investering {lab}")
wnt = table(T, "Tabel 7.6 Bezoldiging topfunctionarissen 2024")
for j in range(2):
    ok(near(rowv(wnt, "Beloning plus")[j] + rowv(wnt, "Beloningen betaalbaar")[j], rowv(wnt, "Totale bezoldiging")[j]),
       "WNT")
tp_text = pr.norm(" ".join(pr.norm(l.text) for pg in bal_pages for l in pg.lines))
best = [pr.parse_nl(x) for x in re.findall(r"• € ([\d.]+) toevoegen", " ".join(
    l.text for pg in bal_pages for l in pg.lines))] or \
    [pr.parse_nl(x) for x in re.findall(r"€ ([\d.]+) toevoegen aan de", tp_text)]
ok(len(best) == 3 and near(sum(best), rowv(ov, "Gerealiseerd resultaat")[2]), f"bestemming {best}")

# --- Noaberkracht
nov = table(N, "Tabel 3.1 Overzicht van baten en lasten 2024-2029")
for j in range(6):
    lasten = [v[j] for lab, v in nov if lab.startswith("Programma")][:3]
    baten = [v[j] for lab, v in nov if lab.startswith("Programma")][3:6]
    onv = rowv(nov, "Onvoorzien")
    tl, tb = rowv(nov, "Totaal lasten")[j], rowv(nov, "Totaal baten")[j]
    o = onv[j - (6 - len(onv))] if j >= 6 - len(onv) else 0
    ok(near(sum(lasten) + o, tl) and near(sum(baten), tb), f"N overview totals {j}")
    ok(near(tb - tl, rowv(nov, "Saldo vóór")[j]), f"N saldo {j}")
    ok(near(rowv(nov, "Saldo vóór")[j] + rowv(nov, "Bijdrage gemeente Dinkelland")[j] +
            rowv(nov, "Bijdrage gemeente Tubbergen")[j] - rowv(nov, "Toevoegingen")[j] + rowv(nov, "Onttrekkingen")[j],
            rowv(nov, "Resultaat")[j]), f"N resultaat {j}")
bij = table(N, "Tabel 5.1 Bijdragen per gemeente 2024-2029")
dk, tb_, tot = rowv(bij, "Dinkelland"), rowv(bij, "Tubbergen"), rowv(bij, "Totaal bijdragen")
ok(near(dk[0] + tb_[0], 100, 0.01), "verdeelsleutel 100%")
for j in range(6):
    ok(near(dk[j + 1] + tb_[j + 1], tot[j + 1]), f"bijdragen sum {j}")
    ok(near(dk[j + 1], round(tot[j + 1] * dk[0] / 100), 0.5), f"verdeelsleutel Dinkelland {j}")
    ok(near(dk[j + 1], rowv(nov, "Bijdrage gemeente Dinkelland")[j]) and
       near(tb_[j + 1], rowv(nov, "Bijdrage gemeente Tubbergen")[j]), f"5.1 = 3.1 {j}")
npages = pr.load(str(CORPUS / N))
prod_rows = {}
for pg in npages:
    for k, l in enumerate(pg.lines):
        m = re.match(r"^(Product (\d)\.\d .*|Totaal programma (\d) .*)$", pr.norm(l.text))
        if m:
            rr = [x for x in pg.lines[k + 1:k + 6] if x.cells and x.cells[0][0] in ("Lasten", "Baten", "Saldo")]
            prod_rows[m.group(1)] = {x.cells[0][0]: [num(c[0]) for c in x.cells[1:]] for x in rr}
for p_ in ("1", "2", "3"):
    prods = [v for k, v in prod_rows.items() if k.startswith(f"Product {p_}.")]
    tot_p = [v for k, v in prod_rows.items() if k.startswith(f"Totaal programma {p_} ")][0]
    ok(len(prods) == 3, f"products of programma {p_}")
    for j in range(6):
        ok(near(sum(v["Lasten"][j] for v in prods), tot_p["Lasten"][j]), f"products lasten {p_} {j}")
        ok(near(sum(v["Baten"][j] for v in prods if isinstance(v["Baten"][j], float)), tot_p["Baten"][j]),
           f"products baten {p_} {j}")
        ok(near(tot_p["Baten"][j] - tot_p["Lasten"][j], tot_p["Saldo"][j]), f"programme saldo {p_} {j}")
        ok(near(tot_p["Lasten"][j], [v[j] for lab, v in nov if lab.startswith(f"Programma {p_}")][0]),
           f"programme = overview {p_} {j}")
ok(any("pm" in v["Baten"] for v in prod_rows.values()), "a pm cell")
fte = table(N, "Tabel 6.1 Formatie per afdeling")
for j in range(2):
    ok(near(sum(v[j] for lab, v in fte[:-1]), fte[-1][1][j], 0.01), f"formatie total {j}")
for lab, v in fte:
    ok(near(v[1] - v[0], v[2], 0.01), f"formatie mutatie {lab}")
pers = table(N, "Tabel 6.2 Personeelslasten")
ok(near(pers[-1][1][1], [v[2] for lab, v in nov if lab.startswith("Programma 3")][0]) and
   near(pers[-1][1][0], [v[1] for lab, v in nov if lab.startswith("Programma 3")][0]), "personeelslasten = programma 3")
for j in range(2):
    ok(near(sum(v[j] for lab, v in pers[:-1]), pers[-1][1][j]), "personeelslasten sum")
nres = table(N, "Tabel 8.1 Verloop van de reserves in 2026")
for lab, v in nres:
    ok(near(v[0] + v[1] - v[2], v[3]), f"N reserve {lab}")
ok(near(nres[-1][1][1], rowv(nov, "Toevoegingen")[2]) and near(nres[-1][1][2], rowv(nov, "Onttrekkingen")[2]),
   "N reserves = overview 2026")
kap = table(N, "Tabel 9.1 Investeringsplanning en kapitaallasten")
rente = 2.5
for lab, v in kap:
    if lab.startswith("Totaal") or "pm" in v:
        continue
    jaar, kr, term, af, r, kl = v
    ok(near(af, round(kr / term)) and near(r, int(kr * rente / 100 + 0.5)) and near(af + r, kl), f"kapitaallasten {lab}")
ok(any("pm" in v for lab, v in kap), "pm investering")
risk_lines = []
p_r = pr.find_caption(npages, "Tabel 10.1")[0]
rk = table(N, "Tabel 10.1 Risico's")
nodig = 0
for pg in (npages[p_r - 1],):
    for l in pg.lines:
        c = [x[0] for x in l.cells]
        if len(c) == 5 and c[1] in ("klein", "gemiddeld", "groot"):
            kans = pr.parse_nl(c[2])
            ok({"klein": 10, "gemiddeld": 50, "groot": 75}[c[1]] == kans, f"kans {c[0]}")
            ok(near(kans * pr.parse_nl(c[3]) / 100, pr.parse_nl(c[4]), 0.5), f"risk {c[0]}")
            nodig += pr.parse_nl(c[4])
ok(nodig > 0 and near(nodig, rowv(rk, "Benodigde weerstandscapaciteit")[0]), "risks sum")
wtxt = pr.norm(" ".join(l.text for l in npages[p_r - 1].lines))
m = re.search(r"algemene reserve \(€ ([\d ]+) duizend\) en de post onvoorzien \(€ (\d+) duizend\), samen € ([\d ]+) "
              r"duizend\. De ratio weerstandsvermogen is daarmee ([\d,]+)", wtxt)
ok(bool(m), "weerstand prose")
if m:
    a, b_, cap_, ratio = (pr.parse_nl(x) for x in m.groups())
    ok(near(a + b_, cap_) and near(cap_ / nodig, ratio, 0.005) and near(a, rowv(nres, "Algemene reserve")[0]),
       "weerstand ratio")
ovh = table(N, "Tabel 7.1 Overhead")
for j in range(3):
    ok(near(rowv(ovh, "Lasten overhead")[j], [v[j] for lab, v in nov if lab.startswith("Programma 1")][0]) and
       near(rowv(ovh, "Totale lasten")[j], rowv(nov, "Totaal lasten")[j]) and
       near(rowv(ovh, "Lasten overhead")[j] / rowv(ovh, "Totale lasten")[j] * 100, rowv(ovh, "Overhead in %")[j], 0.051),
       f"overhead {j}")
inwn = table(N, "Tabel 5.2 Kerngegevens deelnemers")
ok(near(inwn[0][1][0] + inwn[1][1][0], inwn[2][1][0]), "N inwoners")
ftxt = pr.norm(" ".join(l.text for pg in npages for l in pg.lines))
m = re.search(r"groeit van ([\d,]+) fte in 2025 naar ([\d,]+) fte in 2026", ftxt)
ok(bool(m) and near(pr.parse_nl(m.group(1)), fte[-1][1][0], 0.01) and near(pr.parse_nl(m.group(2)), fte[-1][1][1], 0.01),
   "formatie prose")

# ------------------------------------------------------------------------------------------- report
kinds = {}
for c, i, t in turns_all:
    kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
convs = sum(1 for c in cases_doc["cases"] if "turns" in c)
print(f"set-bc: {len(cases_doc['cases'])} cases, {len(turns_all)} turns {kinds}, {convs} conversations; "
      f"{NCHECK[0]} checks")
if FAIL:
    print("FAILED:")
    for f in FAIL:
        print("  -", f)
    sys.exit(1)
print("all checks passed")
