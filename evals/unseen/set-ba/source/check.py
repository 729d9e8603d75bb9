"""Verify set-ba from the finished files only (never imports data.py).

1. cases.yaml follows FORMAT.md version 1 (keys, kinds, ids, no 'signed', municipalities from the manifest).
2. corpus/: the four real documents are byte-identical to /work/main/corpus, the manifest keeps their entries,
   the two new PDFs say FICTIEF on page 1, their producers are Ghostscript and pdf-lib.
3. provenance.json matches cases.yaml; the comment above every case is the one rendered from its provenance.
4. Every figure (value, accepted and NOT-accepted printings) is located again in the PDFs with pdfplumber
   (extract.py): page, caption (or its '(vervolg)'), row label and its printed lines, column header (and the
   span above it), printed token and colour; the same line is also found in `pdftotext -layout` of that page.
   Derivations are recomputed.  Prose figures are found in their sentence on their page.
5. Refusal rules (texts absent from the documents), text include items inside their passages, `any` excludes
   printed in the wrong document and not in the right one.
6. The two new documents add up as printed (tables re-read from the PDFs).
7. The layout features the brief asked for are present (printed as a checklist).
Usage: python check.py SET_DIR
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from comments import comment_for
from extract import PdfDoc, RealPdf, RealText, is_num, norm, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
REAL_CORPUS = Path("/work/main/corpus")
WF, OF = "wassenaar-jaarstukken-2024.pdf", "omgevingsdienst-twente-begroting-2026.pdf"
WBF, COF = "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"
DKF, TWF = "dinkelland-begroting-2020-inclusieve-samenleving.txt", "twenterand-programmabegroting-2020-sociaal-domein.txt"
REAL = [COF, DKF, TWF, WBF]
W, O = PdfDoc(CORPUS / WF), PdfDoc(CORPUS / OF)
NEW = {WF: W, OF: O}
WB = RealPdf(CORPUS / WBF)
ERR = []
N_OK = 0


def ok(cond, msg):
    global N_OK
    if cond:
        N_OK += 1
    else:
        ERR.append(msg)
    return cond


# --------------------------------------------------------------------------------------------- texts
def pdftotext(path, layout=False, page=None):
    args = ["pdftotext"] + (["-layout"] if layout else []) + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


DOC_TEXT = {}
for f in REAL + [WF, OF]:
    p = CORPUS / f
    DOC_TEXT[f] = norm(p.read_text(encoding="utf-8") if f.endswith(".txt") else pdftotext(p))

# --------------------------------------------------------------------------------------------- 1. format
raw = (SET / "cases.yaml").read_text(encoding="utf-8")
cases = yaml.safe_load(raw)
manifest_text = (CORPUS / "manifest.yaml").read_text(encoding="utf-8")
manifest = yaml.safe_load(manifest_text)["documents"]
MUNIS = {m["municipality"] for m in manifest}
ok(cases.get("version") == 1 and isinstance(cases.get("cases"), list), "version 1 / cases list")
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
ids = [c["id"] for c in cases["cases"]]
ok(len(ids) == len(set(ids)), "duplicate ids")
turns_all = []
for c in cases["cases"]:
    allowed = {"id", "question", "municipality", "kind", "expect", "turns"}
    ok(set(c) <= allowed, f"{c['id']}: keys {set(c) - allowed}")
    if "municipality" in c:
        ok(c["municipality"] in MUNIS, f"{c['id']}: scope {c['municipality']}")
    ts = c["turns"] if "turns" in c else [c]
    ok(("turns" in c) != ("question" in c), f"{c['id']}: question xor turns")
    for t in ts:
        ok(t["kind"] in ("figure", "text", "refusal", "any"), f"{c['id']}: kind {t['kind']}")
        e = t.get("expect") or {}
        ok(set(e) <= EXPECT_KEYS, f"{c['id']}: expect keys {set(e) - EXPECT_KEYS}")
        ok("signed" not in e, f"{c['id']}: 'signed' set")
        if "municipality" in e:
            ok(e["municipality"] in MUNIS, f"{c['id']}: expect municipality {e['municipality']}")
        if t["kind"] == "figure":
            ok("value" in e and "unit" in e and "municipality" in e, f"{c['id']}: figure expect incomplete")
            ok(e.get("unit") in ("EUR", "count", "percent", "grade"), f"{c['id']}: unit {e.get('unit')}")
        if t["kind"] == "refusal":
            ok(not e, f"{c['id']}: refusal with expect")
        if t["kind"] == "text":
            ok(e.get("include") and "municipality" in e, f"{c['id']}: text expect")
        if t["kind"] == "any":
            ok(e.get("exclude"), f"{c['id']}: any without exclude")
        turns_all.append((c["id"], t))

# --------------------------------------------------------------------------------------------- 2. corpus
for f in REAL:
    a = hashlib.sha256((CORPUS / f).read_bytes()).hexdigest()
    b = hashlib.sha256((REAL_CORPUS / f).read_bytes()).hexdigest()
    ok(a == b, f"{f} is not a byte-identical copy")
real_manifest = yaml.safe_load((REAL_CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
ok(manifest[:len(real_manifest)] == real_manifest, "manifest: real entries changed")
ok(sorted(m["file"] for m in manifest) == sorted(REAL + [WF, OF, ]) and len(manifest) == 6, "manifest files")
for m in manifest:
    ok(all(k in m for k in ("file", "municipality", "year", "type", "title")), f"manifest entry {m.get('file')}")
ok("FICTIONAL" in manifest_text.split("documents:")[0], "manifest header does not say FICTIONAL")
for f, doc in NEW.items():
    ok("FICTIEF DOCUMENT" in doc.page_text(1), f"{f}: page 1 does not say FICTIEF")
info = {f: subprocess.run(["pdfinfo", str(CORPUS / f)], capture_output=True, text=True).stdout for f in NEW}
ok("GPL Ghostscript" in info[WF], "Wassenaar PDF not produced by Ghostscript")
ok("pdf-lib" in info[OF], "ODT PDF not produced by pdf-lib")

# --------------------------------------------------------------------------------------------- 3. provenance
prov = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))
ok(list(prov) == ids, "provenance ids differ from cases.yaml")
blocks, cur = {}, []
for ln in raw.splitlines():
    if ln.startswith("# "):
        cur.append(ln[2:])
    elif ln.startswith("- id: "):
        blocks[ln[6:].strip()] = cur
        cur = []
    elif ln.strip() and not ln.startswith("  "):
        cur = []
for c in cases["cases"]:
    pv = prov[c["id"]]
    ts = c["turns"] if "turns" in c else [c]
    ok(len(pv) == len(ts), f"{c['id']}: provenance turns")
    want = comment_for(c["id"], pv, "turns" in c)
    ok(blocks.get(c["id"]) == want, f"{c['id']}: comment differs from provenance")
    for t, p in zip(ts, pv):
        ok(t["kind"] == p["kind"], f"{c['id']}: kind vs provenance")


# --------------------------------------------------------------------------------------------- 4. figures
def layout_has(path, page, line_text):
    toks = line_text.split()
    for ln in pdftotext(path, True, page).splitlines():
        if ln.split() == toks:
            return True
    return False


def verify_src(cid, s):
    f = s["document"]
    if s["kind"] == "cell":
        c = NEW[f].cell(s["table"], s["row"], s["column"], span=s.get("span"), group=s.get("group"), nth=s.get("nth"))
        for key in ("page", "continued", "label_lines", "figures_line", "printed", "line_text"):
            ok(c[key] == s[key], f"{cid}: {s['table']}/{s['row']}/{s['column']}: {key} {c[key]!r} != {s[key]!r}")
        ok(c["caption_printed"].startswith(s["table"] + (" (vervolg)" if s["continued"] else "")),
           f"{cid}: caption {c['caption_printed']!r}")
        red = all(abs(a - b) < 0.02 for a, b in zip(c["color"], (0.85, 0, 0)))
        ok(("red" if red else "black") == s["color"], f"{cid}: colour")
        ok(abs(abs(parse_num(c["printed"])) * s["scale"] - s["value"]) < 1e-6, f"{cid}: value of {c['printed']}")
        ok(layout_has(CORPUS / f, c["page"], c["line_text"]), f"{cid}: pdftotext line {c['line_text']!r}")
    elif s["kind"] == "card":
        c = O.card(s["card"], s["row"], s["column"])
        ok(c["page"] == s["page"] and c["printed"] == s["printed"] and c["line_text"] == s["line_text"],
           f"{cid}: card {s['card']}/{s['row']}")
        ok(abs(abs(parse_num(c["printed"])) * 1000 - s["value"]) < 1e-6, f"{cid}: card value")
    elif s["kind"] == "prose":
        pages = NEW[f].prose(s["fragment"])
        ok(pages == [s["page"]] and s["printed"] in s["fragment"], f"{cid}: prose {s['fragment']!r}")
        ok(abs(abs(parse_num(s["printed"])) * s["scale"] - s["value"]) < 1e-6, f"{cid}: prose value")
    elif s["kind"] == "real_pdf":
        r = WB.pages[s["page"] - 1]
        hits = [norm(x) for x in r if norm(x) == s["line_text"]]
        ok(len(hits) == 1, f"{cid}: real line {s['line_text']!r} on p{s['page']}")
        toks = [t for t in s["line_text"][len(s["row"]):].split() if is_num(t)]
        ok(toks[s["index"]] == s["printed"], f"{cid}: real token")
        cap_page = WB.caption_pages(s["table"])[0]
        ok(s["page"] in (cap_page, cap_page + 1), f"{cid}: real page vs caption")
        ok(abs(abs(parse_num(s["printed"])) * s["scale"] - s["value"]) < 1e-6, f"{cid}: real value")
    elif s["kind"] == "real_text":
        lines = (CORPUS / f).read_text(encoding="utf-8").splitlines()
        ok(norm(lines[s["line_no"] - 1]) == s["line_text"], f"{cid}: text line {s['line_no']}")
        ok(s["printed"] in s["line_text"] and s["line_text"].startswith(s["row"]), f"{cid}: text token")
        ok(abs(parse_num(s["printed"]) - s["value"]) < 1e-6, f"{cid}: text value")
    else:
        ERR.append(f"{cid}: unknown source {s['kind']}")


def recompute(op, vals):
    if op == "diff":
        return round(abs(vals[0] - vals[1]), 6)
    if op == "sum":
        return round(sum(vals), 6)
    if op == "share":
        return round(vals[0] / vals[1] * 100, 2)
    if op == "per":
        return round(vals[0] / vals[1], 2)
    raise ValueError(op)


STATS = {"computed": 0, "continued": 0, "red": 0, "card": 0, "prose": 0, "real": 0, "multi_line_label": 0,
         "nolabel": 0, "apostrophe": 0, "spaced_sign": 0, "cross": 0}
for c in cases["cases"]:
    ts = c["turns"] if "turns" in c else [c]
    munis_in_case = set()
    for t, p in zip(ts, prov[c["id"]]):
        e = t.get("expect") or {}
        if p["kind"] != "figure":
            continue
        munis_in_case.add(e["municipality"])
        tol = e.get("tolerance", 0)
        srcs = ([p["main"]] if p["main"] else []) + p["uses"]
        for s in srcs + [a for a in p["accept"] if not a.get("op")] + [o["src"] for o in p["other"]]:
            verify_src(c["id"], s)
        for a in p["accept"]:
            for u in a.get("uses", []):
                verify_src(c["id"], u)
        if p["op"]:
            STATS["computed"] += 1
            v = recompute(p["op"], [u["value"] for u in p["uses"]])
            ok(abs(v - e["value"]) < 1e-9, f"{c['id']}: derivation gives {v}, expect {e['value']}")
            ok(p["derivation"] and p["derivation"] in "\n".join(blocks[c["id"]]), f"{c['id']}: derivation comment")
        else:
            ok(abs(p["main"]["value"] - e["value"]) < 1e-9, f"{c['id']}: value {e['value']} vs {p['main']['value']}")
        acc_vals = []
        for a in p["accept"]:
            av = recompute(a["op"], [u["value"] for u in a["uses"]]) if a.get("op") else a["value"]
            acc_vals.append(av)
        want_acc = sorted({v for v in acc_vals if abs(v - e["value"]) > 1e-9})
        ok(sorted(e.get("accept", [])) == want_acc, f"{c['id']}: accept {e.get('accept')} vs {want_acc}")
        for o in p["other"]:
            v = o["src"]["value"]
            ok(all(abs(v - x) > tol + 1e-9 for x in [e["value"]] + e.get("accept", [])),
               f"{c['id']}: a NOT-accepted printing ({v}) equals an accepted value")
        docs = {s["document"] for s in srcs}
        muni_of = {m["file"]: m["municipality"] for m in manifest}
        ok(any(muni_of[x] == e["municipality"] for x in docs), f"{c['id']}: municipality {e['municipality']}")
        for s in srcs + [a for a in p["accept"] if not a.get("op")]:
            STATS["continued"] += bool(s.get("continued"))
            STATS["red"] += s.get("color") == "red"
            STATS["card"] += s["kind"] == "card"
            STATS["prose"] += s["kind"] == "prose"
            STATS["real"] += s["kind"] in ("real_pdf", "real_text")
            STATS["multi_line_label"] += len(s.get("label_lines", [])) > 1
            STATS["nolabel"] += s.get("row") == ""
            STATS["apostrophe"] += "'" in s.get("printed", "")
            STATS["spaced_sign"] += bool(re.match(r"^[+-] \d", s.get("printed", "")))
    if len(munis_in_case) > 1:
        STATS["cross"] += 1


# --------------------------------------------------------------------------------------------- 5. others
def doc_has(f, txt):
    return txt.lower() in DOC_TEXT[f].lower()


for c in cases["cases"]:
    ts = c["turns"] if "turns" in c else [c]
    for t, p in zip(ts, prov[c["id"]]):
        if p["kind"] == "refusal":
            ok(p["rules"], f"{c['id']}: refusal without rules")
            for r in p["rules"]:
                for f in r["documents"]:
                    if r["rule"] == "absent_text":
                        ok(not doc_has(f, r["text"]), f"{c['id']}: '{r['text']}' is printed in {f}")
                    elif r["rule"] == "absent_regex":
                        ok(not re.search(r["text"], DOC_TEXT[f]), f"{c['id']}: /{r['text']}/ matches in {f}")
                    elif r["rule"] == "absent_in_table":
                        parts = NEW[f].table(r["table"])
                        txt = " ".join(ln.text for _, _, reg, _ in parts for ln in reg)
                        ok(txt and r["text"].lower() not in txt.lower(), f"{c['id']}: '{r['text']}' in {r['table']}")
        elif p["kind"] == "text":
            passages = []
            for w_ in p["where"]:
                pages = NEW[w_["document"]].prose(w_["passage"])
                ok(pages == [w_["page"]], f"{c['id']}: passage {w_['passage'][:40]!r} on {pages}")
                passages.append(w_["passage"].lower())
            blob = " ".join(passages)
            for item in t["expect"]["include"]:
                alts = item if isinstance(item, list) else [item]
                ok(any(a.lower() in blob for a in alts), f"{c['id']}: include {item} not in its passages")
            ok(t["expect"]["include"] == p["include"], f"{c['id']}: include vs provenance")
        elif p["kind"] == "any":
            for x in t["expect"]["exclude"]:
                ok(doc_has(p["exclude_present_in"], x) and not doc_has(p["exclude_absent_in"], x),
                   f"{c['id']}: exclude {x!r}")


# --------------------------------------------------------------------------------------------- 6. add-ups
def read_table(doc, caption):
    """Rows of a table as (label, [numbers], [colours]); wrapped labels joined; red numbers negative."""
    out = []
    for p, cont, region, cap in doc.table(caption):
        edge = doc._edge(region)
        pending = ""
        seen_data = False
        for ln in region:
            if not seen_data and all(w["fontname"].endswith("-Bold") for w in ln.words):
                pending = ""          # header lines
                continue
            if all("Italic" in w["fontname"] for w in ln.words):
                pending = ""          # group rows and footnote rows
                continue
            lab = " ".join(w["text"] for w in ln.words if w["x1"] <= edge)
            cells = [w for w in ln.words if w["x1"] > edge]
            nums, k = [], 0
            while k < len(cells):
                w = cells[k]
                t = w["text"]
                if t in ("+", "-") and k + 1 < len(cells) and is_num(cells[k + 1]["text"]) and \
                        cells[k + 1]["x0"] - w["x1"] < 5:
                    nums.append((float(t + "1") * parse_num(cells[k + 1]["text"]), cells[k + 1]["color"]))
                    k += 2
                    continue
                if t == "k€":
                    k += 1
                    continue
                if is_num(t):
                    v = parse_num(t)
                    if all(abs(a - b) < 0.02 for a, b in zip(w["color"], (0.85, 0, 0))):
                        v = -v
                    nums.append((v, w["color"]))
                elif t == "-":
                    nums.append((0.0, w["color"]))
                k += 1
            if nums:
                out.append(((pending + " " + lab).strip(), [n for n, _ in nums]))
                pending = ""
                seen_data = True
            elif lab:
                pending = (pending + " " + lab).strip()
    return out


def rows(doc, caption):
    r = {}
    for lab, nums in read_table(doc, caption):
        key = lab
        n = 2
        while key in r:
            key = f"{lab}#{n}"
            n += 1
        r[key] = nums
    return r


def eq(a, b, msg, tol=0.5):
    ok(abs(a - b) <= tol, f"add-up: {msg}: {a} != {b}")


# Wassenaar programme tables
progs = ["P1 Veiligheid en Handhaving", "P2 Mens en Maatschappij", "P3 Bestuur en Middelen", "P4 Fysieke Leefomgeving",
         "P5 Natuur, Klimaat en Mobiliteit"]
recap = rows(W, "Tabel 11.1 - Overzicht van baten en lasten 2024")
sum_nw = [0, 0, 0]
sum_re = [0, 0, 0]
for i, pname in enumerate(progs, start=1):
    t = rows(W, f"Tabel {i}.1 - Baten en lasten {pname}")
    for col in (0, 1, 2):
        tol = 1 if col == 0 else 0
        eq(t["Baten"][col] + t["Lasten"][col], t["Saldo van baten en lasten"][col], f"{pname} saldo col {col}", tol)
        eq(t["Onttrekking reserves"][col] + t["Toevoeging reserves"][col], t["Mutaties reserves"][col],
           f"{pname} mutaties col {col}")
        eq(t["Saldo van baten en lasten"][col] + t["Mutaties reserves"][col], t["Resultaat"][col],
           f"{pname} resultaat col {col}", tol)
    for r_, v in t.items():
        eq(v[2] - v[1], v[3], f"{pname} {r_} verschil")
    rc = recap[pname]
    eq(rc[0], t["Baten"][1], f"recap {pname} baten nw")
    eq(rc[1], t["Lasten"][1], f"recap {pname} lasten nw")
    eq(rc[2], t["Saldo van baten en lasten"][1], f"recap {pname} saldo nw")
    eq(rc[3], t["Baten"][2], f"recap {pname} baten re")
    eq(rc[4], t["Lasten"][2], f"recap {pname} lasten re")
    eq(rc[5], t["Saldo van baten en lasten"][2], f"recap {pname} saldo re")
    for k_ in range(3):
        sum_nw[k_] += rc[k_]
        sum_re[k_] += rc[k_ + 3]
for lab, v in recap.items():
    eq(v[0] + v[1], v[2], f"recap {lab} nw baten-lasten")
    eq(v[3] + v[4], v[5], f"recap {lab} re baten-lasten")
eq(sum_nw[2], recap["Saldo van baten en lasten"][2], "recap saldo nw = sum")
eq(sum_re[2], recap["Saldo van baten en lasten"][5], "recap saldo re = sum")
eq(recap["Saldo van baten en lasten"][5] + recap["Mutaties reserves"][5], recap["Resultaat"][5], "recap resultaat")
res = rows(W, "Tabel 11.2 - Resultaat 2024")
eq(sum(v[1] for k_, v in res.items() if not k_.startswith("Resultaat")), res["Resultaat na mutaties reserves"][1],
   "Tabel 11.2 resultaat")
eq(res["Resultaat na mutaties reserves"][1], recap["Resultaat"][5], "Tabel 11.2 = 11.1")
m = re.search(r"positief resultaat van € ([\d.]+) na mutaties", W.page_text(3))
eq(round(parse_num(m.group(1)) / 1000), res["Resultaat na mutaties reserves"][1], "prose resultaat")
best = re.search(r"resultaat over 2024 van € ([\d.]+) als volgt te bestemmen: € ([\d.]+) .*?; € ([\d.]+) .*?"
                 r"het restant van € ([\d.]+)", " ".join(W.page_text(p) for p in range(1, W.n + 1)))
eq(parse_num(best.group(2)) + parse_num(best.group(3)) + parse_num(best.group(4)), parse_num(best.group(1)),
   "resultaatbestemming")
ok(best.group(1) == m.group(1), "resultaatbestemming amount = resultaat")
# reserves
rs = rows(W, "Tabel 13.1 - Verloop van de reserves 2024")
for lab, v in rs.items():
    eq(v[0] + v[1] - v[2], v[3], f"reserve {lab}")
plain = {k_: v for k_, v in rs.items() if not k_.startswith("Totaal")}
for i in range(4):
    eq(sum(v[i] for v in plain.values()), rs["Totaal reserves"][i], f"reserves total col {i}")
eq(rs["Totaal reserves"][2], recap["Mutaties reserves"][3], "reserves onttrekkingen = recap")
eq(rs["Totaal reserves"][1], -recap["Mutaties reserves"][4], "reserves toevoegingen = recap")
# balance
bal = rows(W, "Tabel 12.1 - Balans per 31 december (voor resultaatbestemming)")
items = list(bal.items())
ia = [k_ for k_, _ in items].index("Totaal activa")
for col in (0, 1):
    eq(sum(v[col] for _, v in items[:ia]), bal["Totaal activa"][col], f"activa col {col}")
    eq(sum(v[col] for _, v in items[ia + 1:-1]), bal["Totaal passiva"][col], f"passiva col {col}")
    eq(bal["Totaal activa"][col], bal["Totaal passiva"][col], "activa = passiva")
eq(bal["Algemene reserves"][0], rs["Totaal algemene reserves"][3], "balans algemene reserves")
eq(bal["Bestemmingsreserves"][0], rs["Totaal bestemmingsreserves"][3], "balans bestemmingsreserves")
eq(bal["Bestemmingsreserves"][1], rs["Totaal bestemmingsreserves"][0], "balans bestemmingsreserves 2023")
eq(bal["Gerealiseerd resultaat"][0], recap["Resultaat"][5], "balans resultaat")
eq(bal["Algemene reserves"][1] + bal["Gerealiseerd resultaat"][1], rs["Totaal algemene reserves"][0],
   "stand 1-1-2024 = 31-12-2023 + bestemming 2023")
ken = rows(W, "Tabel 8.2 - Financiële kengetallen")
for col, kc in ((0, 2), (1, 0)):
    ev = bal["Algemene reserves"][col] + bal["Bestemmingsreserves"][col] + bal["Gerealiseerd resultaat"][col]
    eq(round(100 * ev / bal["Totaal activa"][col]), ken["2. Solvabiliteitsratio"][kc], f"solvabiliteit col {col}")
# investments
inv = rows(W, "Tabel 15.1 - Investeringen: krediet en uitgaven")
body = {k_: v for k_, v in inv.items() if k_ != "Totaal"}
for lab, v in body.items():
    eq(v[1] + v[2], v[3], f"investering {lab} t/m 2024")
    eq(v[0] - v[3], v[4], f"investering {lab} restant")
for i in range(5):
    eq(sum(v[i] for v in body.values()), inv["Totaal"][i], f"investeringen totaal col {i}")
eq(len(body), 24, "24 investments read over two pages")
vp = rows(W, "Tabel 9.1 - Bijdragen aan verbonden partijen 2024")
for i in range(3):
    eq(sum(v[i] for k_, v in vp.items() if k_ != "Totaal"), vp["Totaal"][i], f"verbonden partijen col {i}")
for lab, v in vp.items():
    eq(v[1] - v[0], v[2], f"verbonden partij {lab} verschil")
hef = rows(W, "Tabel 7.1 - Opbrengst belastingen en heffingen")
for lab, v in hef.items():
    eq(v[1] - v[0], v[2], f"heffing {lab}")
risk = rows(W, "Tabel 8.1 - Benodigde weerstandscapaciteit (x € 1.000)")
eq(sum(v[0] for k_, v in risk.items() if k_ != "Totaal"), risk["Totaal"][0], "risico's", 0.05)
alltext = " ".join(W.page_text(p) for p in range(1, W.n + 1))
m = re.search(r"Beschikbare weerstandscapaciteit € ([\d.]+) gedeeld door de benodigde weerstandscapaciteit "
              r"€ ([\d.]+) geeft een ratio weerstandsvermogen van ([\d,]+)", alltext)
eq(parse_num(m.group(1)), rs["Totaal algemene reserves"][3] * 1000, "beschikbare capaciteit = algemene reserves")
eq(parse_num(m.group(2)), risk["Totaal"][0] * 1000, "benodigde capaciteit = risico's", 1)
eq(round(parse_num(m.group(1)) / parse_num(m.group(2)), 1), parse_num(m.group(3)), "ratio", 0.001)
kg = rows(W, "Tabel 0.1 - Kerngegevens")
ok(kg["Aantal inwoners op 1 januari"] == [26985, 27214], "kerngegevens inwoners")

# ODT overview
ov = rows(O, "Tabel 3.1 Overzicht van baten en lasten 2024-2029")
keys = list(ov)
L = ["VTH-basistaken", "VTH-plustaken", "Bedrijfsvoering"]
B = ["Bijdragen deelnemers basistaken", "Bijdragen deelnemers plustaken", "Projecten en subsidies", "Overige baten"]
tot_l, tot_b = ov[keys[3]], ov[keys[8]]
ok(keys[3] == "" and keys[8] == "#2", f"unlabelled total rows read: {keys}")
for y in range(6):
    eq(sum(ov[x][y] for x in L), tot_l[y], f"ODT lasten {y}")
    eq(sum(ov[x][y] for x in B), tot_b[y], f"ODT baten {y}")
    eq(tot_b[y] - tot_l[y], ov["Saldo van baten en lasten"][y], f"ODT saldo {y}")
    eq(ov["Saldo van baten en lasten"][y] - ov["Toevoeging aan reserves"][y] + ov["Onttrekking aan reserves"][y],
       ov["Resultaat"][y], f"ODT resultaat {y}")
# cards
cards = {}
for name in ("VTH-basistaken", "VTH-plustaken", "Bedrijfsvoering"):
    for r_ in ("Lasten", "Baten", "Saldo"):
        for yi, yr in ((1, "2025"), (2, "2026")):
            cards[(name, r_, yi)] = parse_num(O.card(name, r_, yr)["printed"])
for yi in (1, 2):
    for name in L:
        eq(cards[(name, "Lasten", yi)], ov[name][yi], f"card {name} lasten {yi}")
        eq(cards[(name, "Baten", yi)] - cards[(name, "Lasten", yi)], cards[(name, "Saldo", yi)], f"card {name} saldo")
    eq(cards[("VTH-basistaken", "Baten", yi)], ov[B[0]][yi], "card basistaken baten")
    eq(cards[("VTH-plustaken", "Baten", yi)], ov[B[1]][yi] + ov[B[2]][yi], "card plustaken baten")
    eq(cards[("Bedrijfsvoering", "Baten", yi)], ov[B[3]][yi], "card bedrijfsvoering baten")
    eq(sum(cards[(n, "Saldo", yi)] for n in L), ov["Saldo van baten en lasten"][yi], "cards saldo")
# members
mem = rows(O, "Tabel 6.1 Uren en bijdragen per deelnemer 2026")
mtot = mem.pop("")
tarief = None
for lab, v in mem.items():
    uren_b, t_b, bij_b, uren_p, t_p, bij_p, tot26, tot25 = v
    tarief = t_b
    ok(t_b == t_p, f"{lab} uurtarief")
    eq(round(uren_b * t_b, 2), bij_b, f"{lab} basistaken = uren x tarief", 0.001)
    eq(round(uren_p * t_p, 2), bij_p, f"{lab} plustaken = uren x tarief", 0.001)
    eq(bij_b + bij_p, tot26, f"{lab} totaal 2026")
for i, ci in enumerate([0, 2, 3, 5, 6, 7]):
    eq(sum(v[ci] for v in mem.values()), mtot[i], f"deelnemers totaal col {ci}")
eq(round(mtot[1] / 1000), ov[B[0]][2], "bijdragen basistaken 2026 = overview")
eq(round(mtot[3] / 1000), ov[B[1]][2], "bijdragen plustaken 2026 = overview")
eq(round(mtot[5] / 1000), ov[B[0]][1] + ov[B[1]][1], "bijdragen 2025 = overview", 1)
mj = rows(O, "Tabel 6.2 Bijdragen per deelnemer 2026-2029")
mjtot = mj.pop("")
for i in range(4):
    eq(sum(v[i] for v in mj.values()), mjtot[i], f"meerjarig col {i}")
    eq(mjtot[i], ov[B[0]][2 + i] + ov[B[1]][2 + i], f"meerjarig {i} = overview")
for lab, v in mj.items():
    eq(v[0], mem[lab][6] / 1000, f"{lab} 2026 k€ vs euros", 1)
otext = " ".join(O.page_text(p) for p in range(1, O.n + 1))
m = re.search(r"tarief 2025 van € ([\d,]+), verhoogd met de gewogen indexatie van ([\d,]+)% tot € ([\d,]+), plus "
              r"€ ([\d,]+)", otext)
t25, idx, tidx, vth = (parse_num(m.group(i)) for i in range(1, 5))
eq(round(t25 * (1 + idx / 100), 2), tidx, "geïndexeerd tarief", 0.006)
eq(round(tidx + vth, 2), tarief, "uurtarief 2026", 0.001)
ind = rows(O, "Tabel 5.1 Indexatie 2026")
eq(round(sum(v[0] * v[1] / 100 for k_, v in ind.items() if k_ != "Gewogen indexatie"), 1),
   ind["Gewogen indexatie"][1], "gewogen indexatie", 0.001)
eq(ind["Gewogen indexatie"][1], idx, "indexatie in prose = table", 0.001)
ores = rows(O, "Tabel 7.1 Verloop reserves 2026 (k€)")
for lab, v in ores.items():
    eq(v[0] + v[1] - v[2], v[3], f"ODT reserve {lab}")
eq(ores["Totaal reserves"][2], ov["Onttrekking aan reserves"][2], "ODT onttrekking = overview")
ork = rows(O, "Tabel 8.1 Risico's (k€)")
for lab, v in ork.items():
    if lab != "Benodigde weerstandscapaciteit":
        eq(v[0] * v[1] / 100, v[2], f"risico {lab}")
eq(sum(v[2] for k_, v in ork.items() if k_ != "Benodigde weerstandscapaciteit"),
   ork["Benodigde weerstandscapaciteit"][0], "ODT benodigd")
wv = rows(O, "Tabel 8.2 Weerstandsvermogen 2026")
eq(wv["Beschikbare weerstandscapaciteit (k€)"][0], ores["Algemene reserve"][3], "ODT beschikbaar = algemene reserve")
eq(wv["Benodigde weerstandscapaciteit (k€)"][0], ork["Benodigde weerstandscapaciteit"][0], "ODT benodigd 8.2")
eq(round(wv["Beschikbare weerstandscapaciteit (k€)"][0] / wv["Benodigde weerstandscapaciteit (k€)"][0], 2),
   wv["Ratio weerstandsvermogen"][0], "ODT ratio", 0.001)
fte = rows(O, "Tabel 9.1 Formatie per programma (fte)")
ftot = fte.pop("")
for i in range(2):
    eq(round(sum(v[i] for v in fte.values()), 1), ftot[i], f"fte col {i}", 0.001)

# --------------------------------------------------------------------------------------------- 7. features
def any_red(doc):
    return any(all(abs(a - b) < 0.02 for a, b in zip(w["color"], (0.85, 0, 0))) and is_num(w["text"])
               for p in range(1, doc.n + 1) for w in doc.words(p))


features = [
    ("Wassenaar: PDF from hand-written PostScript by Ghostscript", "GPL Ghostscript" in info[WF]),
    ("ODT: PDF drawn with pdf-lib", "pdf-lib" in info[OF]),
    ("Wassenaar: negatives in red without sign, '(rood = nadeel)' under the table",
     any_red(W) and "(rood = nadeel)" in W.page_text(12)),
    ("Wassenaar: Verschil printed '+ 125' / '- 40' with a space after the sign",
     bool(re.search(r"(?<!\S)[+] \d", alltext)) and bool(re.search(r"(?<![\w\d.]) - \d{2,}", alltext))),
    ("Wassenaar: table continued on the next page, header repeated, '(vervolg)' in the caption",
     len(W.table("Tabel 15.1 - Investeringen: krediet en uitgaven")) == 2),
    ("Wassenaar: two-line row labels whose second line holds the figures", STATS["multi_line_label"] > 0),
    ("Wassenaar: footnote rows inside tables (kengetallen, reserves)",
     any("Structurele exploitatieruimte: het structurele" in ln.text
         for _, _, reg, _ in W.table("Tabel 8.2 - Financiële kengetallen") for ln in reg)),
    ("Wassenaar: transposed WNT table (persons as columns)", "Verbeek-Smit" in alltext),
    ("ODT: amounts with 'k€' as the unit", "k€" in otext),
    ("ODT: 'Rekening 2024*' with a footnote saying it is unaudited",
     "2024*" in otext and "nog niet door de accountant gecontroleerd" in otext),
    ("ODT: programme cards (one box per programme, lasten/baten/saldo beneath each other)", STATS["card"] > 0),
    ("ODT: totals in bold with a rule above and no 'Totaal' label", STATS["nolabel"] > 0),
    ("ODT: hours and an uurtarief beside euros in one table", "Uurtarief" in O.page_text(6)),
    ("ODT: thousands separator as an apostrophe in one table", STATS["apostrophe"] > 0),
    ("ODT: a landscape page", any(O.page_size(p)[0] > O.page_size(p)[1] for p in range(1, O.n + 1))),
]
kinds = {}
for _, t in turns_all:
    kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
convs = [c for c in cases["cases"] if "turns" in c]
print(f"set-ba: {len(cases['cases'])} cases, {len(turns_all)} turns {kinds}, {len(convs)} conversations")
print(f"figure sources: {STATS}")
for name, present in features:
    print(f"  [{'x' if present else ' '}] {name}")
    ok(present, f"feature missing: {name}")
ok(30 <= kinds.get("figure", 0) <= 40 and 8 <= kinds.get("refusal", 0) <= 10 and 10 <= kinds.get("text", 0) <= 12
   and kinds.get("any", 0) == 2, f"turn mix {kinds}")
ok(len(convs) >= 6, "conversations")
if ERR:
    print(f"{len(ERR)} problems:")
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print(f"check.py: all {N_OK} checks passed")
