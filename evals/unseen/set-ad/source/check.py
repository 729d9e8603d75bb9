"""Verify set-ad against the finished documents, from their extracted text only.

1. Format: cases.yaml follows shared/evals/FORMAT.md; manifest names every document.
2. Every expected figure: each source cell/text in provenance.json is found in the extracted
   document at the recorded place (page, table, row, column) with the recorded printed text, and
   the expected value (and every accepted value) follows from the printed figures.
3. Refusals: what the question asks for is indeed absent. Text cases: the words to include occur in
   the document.
4. Arithmetic: all totals, subtotals, saldi, reserve movements, differences (V/N) and cross-table
   repeats add up, parsed from pdftotext -layout output and from the HTML tables.
5. Layout: the PDF has its TOC page numbers right, a landscape page, "Pagina X van Y", a repeated
   table header; the HTML has the Google-Docs export shape.

Does not import data.py. Usage: python check.py SET_DIR
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from extract import NUM_RE, HtmlDoc, PdfText, parse_num, vn_of

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
FAILS: list[str] = []
COUNT = {"ok": 0}


def ok(cond: bool, msg: str) -> None:
    if cond:
        COUNT["ok"] += 1
    else:
        FAILS.append(msg)


def eq(a: float, b: float, msg: str, tol: float = 1e-6) -> None:
    ok(a is not None and b is not None and abs(a - b) <= tol, f"{msg}: {a} != {b}")


# ---------------------------------------------------------------------------
manifest = yaml.safe_load((SET / "corpus" / "manifest.yaml").read_text(encoding="utf-8"))
docs = {m["file"]: m for m in manifest["documents"]}
bodies = {m["municipality"] for m in manifest["documents"]}
pdf_file = next(f for f in docs if f.endswith(".pdf"))
html_file = next(f for f in docs if f.endswith(".html"))
PDF = PdfText(SET / "corpus" / pdf_file)
HTML = HtmlDoc(SET / "corpus" / html_file)
RAW_HTML = (SET / "corpus" / html_file).read_text(encoding="utf-8")
BODY_DOC = {docs[pdf_file]["municipality"]: PDF.flat, docs[html_file]["municipality"]: HTML.text}

cases_doc = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
prov = json.loads((SET / "source" / "provenance.json").read_text(encoding="utf-8"))

# ---- 1. format ------------------------------------------------------------------
ok(cases_doc.get("version") == 1, "version must be 1")
ok(set(cases_doc) == {"version", "cases"}, "top-level keys")
for m in manifest["documents"]:
    ok(set(m) == {"file", "municipality", "year", "type", "title"}, f"manifest keys {m}")
    ok((SET / "corpus" / m["file"]).exists(), f"missing {m['file']}")
ids = [c["id"] for c in cases_doc["cases"]]
ok(len(ids) == len(set(ids)), "case ids unique")
TURN_KEYS = {"question", "kind", "expect"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
turns_by_kind: dict[str, int] = {}
all_turns = []
for c in cases_doc["cases"]:
    ok(set(c) <= {"id", "question", "municipality", "kind", "expect", "turns"}, f"{c['id']}: keys")
    if "municipality" in c:
        ok(c["municipality"] in bodies, f"{c['id']}: scope {c['municipality']} not in manifest")
    turns = c["turns"] if "turns" in c else [c]
    provs = prov[c["id"]] if "turns" in c else [prov[c["id"]]]
    ok(len(turns) == len(provs), f"{c['id']}: provenance per turn")
    for k, (t, p) in enumerate(zip(turns, provs)):
        tid = f"{c['id']}#{k}" if "turns" in c else c["id"]
        ok(t["kind"] in ("figure", "text", "refusal", "any"), f"{tid}: kind")
        ok(set(t["expect"]) <= EXPECT_KEYS, f"{tid}: expect keys")
        if "municipality" in t["expect"]:
            ok(t["expect"]["municipality"] in bodies, f"{tid}: expect.municipality")
        turns_by_kind[t["kind"]] = turns_by_kind.get(t["kind"], 0) + 1
        all_turns.append((tid, c.get("municipality"), t, p))

# ---- 2. figures ----------------------------------------------------------------------


def locate(src: dict) -> float | None:
    """Re-find one printed operand; return its value (after scale)."""
    doc = src["document"]
    try:
        if doc == pdf_file and "token_index" in src:
            start, end = src["region"]
            page, toks = PDF.row(PDF.region(start, end), src["row"])
            printed = toks[src["token_index"]]
            ok(page == src["page"], f"page of {src['row']}: {page} != {src['page']}")
        elif doc == pdf_file:
            page = PDF.find_text(src["text"])
            ok(page == src["page"], f"page of text {src['text']!r}: {page} != {src['page']}")
            printed = src["printed"]
        elif "heading" in src:
            printed = HTML.cell(src["heading"], src["row"], src["column"], src["table_index"])
        else:
            ok(src["text"] in HTML.text, f"HTML text {src['text']!r}")
            printed = src["printed"]
    except (KeyError, IndexError) as e:
        FAILS.append(f"not found: {src} ({e})")
        return None
    ok(printed == src["printed"], f"printed {printed!r} != recorded {src['printed']!r}")
    v = parse_num(printed)
    return None if v is None else v * src["scale"]


def evaluate(p: dict) -> float | None:
    if "derivation" in p:
        vals = [locate(o) for o in p["operands"]]
        if any(v is None for v in vals):
            return None
        return eval(p["derivation"], {}, {chr(97 + i): v for i, v in enumerate(vals)})  # noqa: S307
    return locate(p)


for tid, scope, t, p in all_turns:
    e = t["expect"]
    if t["kind"] == "figure":
        ok(p["kind"] == "figure", f"{tid}: provenance kind")
        ok(e.get("municipality") in bodies, f"{tid}: figure needs expect.municipality")
        signed = e.get("signed", False)
        tol = e.get("tolerance", 0) or 1e-6
        norm = (lambda v: v) if signed else abs
        primary = evaluate(p["value"])
        if primary is None:
            FAILS.append(f"{tid}: primary source not evaluated")
            continue
        eq(norm(primary), norm(e["value"]), f"{tid}: value", tol)
        sources = [primary] + [evaluate(a) for a in p.get("accept", [])]
        for acc in e.get("accept", []):
            ok(any(s is not None and abs(norm(s) - norm(acc)) <= tol for s in sources),
               f"{tid}: accepted value {acc} has no printed source")
        # the expected body's document must hold every operand
        body_file = next(f for f, m in docs.items() if m["municipality"] == e["municipality"])
        srcs = [p["value"]] + p.get("accept", [])
        for s in srcs:
            ops = s["operands"] if "derivation" in s else [s]
            ok(all(o["document"] == body_file for o in ops), f"{tid}: operand from another document")
        if scope:
            ok(scope == e["municipality"], f"{tid}: scope and expected body differ")
    elif t["kind"] == "text":
        body = BODY_DOC[e["municipality"]].lower()
        for item in e["include"]:
            alts = item if isinstance(item, list) else [item]
            ok(any(a.lower() in body for a in alts), f"{tid}: include {alts} not in document")
    elif t["kind"] == "refusal":
        ok(e == {} or set(e) <= {"municipality", "exclude"}, f"{tid}: refusal expect")
        for f, rules in p["absent"].items():
            text = PDF.flat if f == pdf_file else HTML.text
            for s in rules.get("not_in_text", []):
                ok(s not in text, f"{tid}: {s!r} is in {f}")
            for start, end, s in rules.get("not_in_region", []):
                ok(all(s not in line for _, line in PDF.region(start, end)), f"{tid}: {s!r} in {start}")
            for region, row in rules.get("no_row", []):
                try:
                    PDF.row(PDF.region("4.5 Overzicht baten en lasten per taakveld", None), row)
                    FAILS.append(f"{tid}: row {row} exists")
                except KeyError:
                    COUNT["ok"] += 1
            for region, row, idx, want in rules.get("cell_is", []):
                i = int(region.split("P")[1])
                page, toks = PDF.row(PDF.region(f"2.{i}.2 Beleidsindicatoren", f"2.{i}.3 Wat heeft het gekost?"), row)
                ok(toks[idx] == want, f"{tid}: {row} is {toks[idx]!r}")
            for hdr in rules.get("no_table_header", []):
                ok(all(hdr not in t.grid[h] for t in HTML.tables for h in range(t.header_rows)),
                   f"{tid}: header {hdr!r} exists")
            for section, header in rules.get("header_only", []):
                tb = HTML.table(section)
                ok(tb.grid[0] == header, f"{tid}: header of {section} is {tb.grid[0]}")

# ---- 3. arithmetic: PDF ---------------------------------------------------------------------


def reg(start: str, end: str | None):
    return PDF.region(start, end)


def row(region, label) -> list[str]:
    return PDF.row(region, label)[1]


def vals(region, label, k: int | None = None) -> list[float]:
    toks = row(region, label)
    toks = toks if k is None else toks[-k:]
    return [parse_num(t) for t in toks]


def signed_vn(tok: str) -> float:
    v = parse_num(tok)
    return v if vn_of(tok) != "N" else -v


headings = [line.strip() for line in PDF.pages[1].splitlines() if re.match(r"^\s*\d", line)]
toc = {}
for line in PDF.pages[1].splitlines():
    m = re.match(r"^\s*(\d[\d.]*\s.+?)\.{3,}\s*(\d+)\s*$", line)
    if m:
        toc[m.group(1).strip()] = int(m.group(2))
ok(len(toc) >= 20, f"TOC has {len(toc)} entries")
for title, page in toc.items():
    found = [pi for pi, p in enumerate(PDF.pages, start=1) if pi > 2 and any(l.strip() == title for l in p.splitlines())]
    ok(found and found[0] == page, f"TOC {title!r} -> {page}, heading on {found[:1]}")

prog_names = []
for line in toc:
    m = re.match(r"^2\.(\d) (Programma \d .+)$", line)
    if m:
        prog_names.append((int(m.group(1)), m.group(2)))
ok(len(prog_names) == 6, "six programmes in TOC")

ovz = reg("4.2 Overzicht van baten en lasten", "4.3 Overzicht reserves")
res13 = reg("1.3 Financieel resultaat 2029", "1.4 Voorstel resultaatbestemming")
PROG = {}
VAR_TEXTS: list[tuple[str, str]] = []
for i, name in prog_names:
    end = prog_names[i][1] if i < len(prog_names) else "Algemene dekkingsmiddelen en overhead"
    r = reg(f"2.{i}.3 Wat heeft het gekost?", f"2.{i + 1} {end}")
    t = {lbl: row(r, lbl) for lbl in ("Lasten", "Baten", "Saldo van baten en lasten", "Toevoegingen aan reserves",
                                      "Onttrekkingen aan reserves", "Mutaties reserves", "Resultaat")}
    PROG[name] = t
    num = {k: [parse_num(x) for x in v[:4]] for k, v in t.items()}
    for c in range(4):
        eq(num["Saldo van baten en lasten"][c], num["Baten"][c] - num["Lasten"][c], f"{name} saldo col {c}")
        eq(num["Mutaties reserves"][c], num["Onttrekkingen aan reserves"][c] - num["Toevoegingen aan reserves"][c],
           f"{name} mutaties col {c}")
        eq(num["Resultaat"][c], num["Saldo van baten en lasten"][c] + num["Mutaties reserves"][c],
           f"{name} resultaat col {c}")
    for lbl, sign in (("Lasten", -1), ("Baten", 1), ("Saldo van baten en lasten", 1),
                      ("Toevoegingen aan reserves", -1), ("Onttrekkingen aan reserves", 1), ("Mutaties reserves", 1),
                      ("Resultaat", 1)):
        eq(signed_vn(t[lbl][4]), sign * (num[lbl][3] - num[lbl][2]), f"{name} verschil {lbl}")
    # the overzicht repeats lasten and baten per column
    o = vals(ovz, name)
    for c in range(4):
        eq(o[c * 3], num["Lasten"][c], f"overzicht {name} lasten col {c}")
        eq(o[c * 3 + 1], num["Baten"][c], f"overzicht {name} baten col {c}")
    # 1.3: verschil per programma = resultaat verschil of the programme table
    eq(signed_vn(row(res13, name)[0]), signed_vn(t["Resultaat"][4]), f"1.3 verschil {name}")
    # the variance text: "De lasten zijn € X lager/hoger dan begroot" and its items add up
    sec = re.search(re.escape(f"2.{i}.3 Wat heeft het gekost?") + r"(.*?)" + re.escape(f"2.{i + 1} "), PDF.flat)
    for side, lbl in (("lasten", "Lasten"), ("baten", "Baten")):
        m = re.search(rf"De {side} zijn € ([\d.]+) (lager|hoger) dan begroot \((voordelig|nadelig)\)\. Dit bestaat "
                      rf"uit: ((?:[^€]*€ [\d.]+ [VN](?:; )?)+)\.", sec.group(1)) if sec else None
        if not m:
            continue
        VAR_TEXTS.append((name, side))
        total = parse_num(m.group(1)) * (1 if m.group(3) == "voordelig" else -1)
        eq(total, signed_vn(t[lbl][4]) * 1000, f"{name} text {side} difference")
        items = re.findall(r"€ ([\d.]+) ([VN])\b", m.group(4))
        eq(sum(parse_num(a) * (1 if v == "V" else -1) for a, v in items), total, f"{name} text {side} items")

ok(len(VAR_TEXTS) == 10, f"variance explanations found: {len(VAR_TEXTS)}")

# overzicht van baten en lasten: rows, subtotals, totals, resultaat
others = ["Algemene dekkingsmiddelen", "Overhead", "Heffing vennootschapsbelasting", "Bedrag voor onvoorzien"]
O = {n: vals(ovz, n) for _, n in prog_names}
O.update({n: vals(ovz, n) for n in others})
for lbl in ("Subtotaal programma's", "Saldo van baten en lasten", "Toevoegingen aan reserves",
            "Onttrekkingen aan reserves", "Resultaat"):
    O[lbl] = vals(ovz, lbl)
for lbl, v in O.items():
    ok(len(v) == 12, f"overzicht {lbl}: {len(v)} numbers")
    for c in range(4):
        eq(v[c * 3 + 2], v[c * 3 + 1] - v[c * 3], f"overzicht saldo {lbl} col {c}")
for j in range(12):
    eq(O["Subtotaal programma's"][j], sum(O[n][j] for _, n in prog_names), f"overzicht subtotaal col {j}")
    eq(O["Saldo van baten en lasten"][j], O["Subtotaal programma's"][j] + sum(O[n][j] for n in others),
       f"overzicht saldo b&l col {j}")
for c in range(4):
    L, B = O["Saldo van baten en lasten"][c * 3], O["Saldo van baten en lasten"][c * 3 + 1]
    toev, ontt = O["Toevoegingen aan reserves"][c * 3], O["Onttrekkingen aan reserves"][c * 3 + 1]
    eq(O["Resultaat"][c * 3], L + toev, f"resultaat lasten col {c}")
    eq(O["Resultaat"][c * 3 + 1], B + ontt, f"resultaat baten col {c}")
    ok(O["Toevoegingen aan reserves"][c * 3 + 1] == 0 and O["Onttrekkingen aan reserves"][c * 3] == 0,
       "reserve rows have one side")
    # programme tables' reserve rows are part of the overzicht totals
    eq(toev, sum(parse_num(PROG[n]["Toevoegingen aan reserves"][c]) for _, n in prog_names), f"toev col {c}")
res_cols = [O["Resultaat"][c * 3 + 2] for c in range(4)]
r13 = [vals(res13, "Resultaat begroting 2029 primitief")[0], vals(res13, "Resultaat begroting 2029 na wijziging")[0],
       vals(res13, "Resultaat rekening 2029")[0]]
eq(r13[0], res_cols[1], "1.3 primitief = overzicht")
eq(r13[1], res_cols[2], "1.3 na wijziging = overzicht")
eq(r13[2], res_cols[3], "1.3 rekening = overzicht")
verschil_rows = [signed_vn(row(res13, n)[0]) for _, n in prog_names] + [signed_vn(row(res13, n)[0]) for n in others]
eq(sum(verschil_rows), signed_vn(row(res13, "Totaal verschil")[0]), "1.3 totaal verschil = som")
eq(signed_vn(row(res13, "Totaal verschil")[0]), r13[2] - r13[1], "1.3 totaal verschil = rekening - begroting")

# taakvelden
tvr = reg("4.5 Overzicht baten en lasten per taakveld", None)
tv_rows, subtotals, total = [], {}, None
for page, line in tvr:
    s = line.strip()
    m = re.match(r"^(\d\.\d+)\s+(.+?)\s{2,}(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)$", s)
    if m:
        tv_rows.append((m.group(1), parse_num(m.group(3)), parse_num(m.group(4)), parse_num(m.group(5))))
        continue
    m = re.match(r"^Subtotaal (\d) .+?\s{2,}(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)$", s)
    if m:
        subtotals[m.group(1)] = tuple(parse_num(m.group(k)) for k in (2, 3, 4))
        continue
    m = re.match(r"^Totaal\s{2,}(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)$", s)
    if m:
        total = tuple(parse_num(m.group(k)) for k in (1, 2, 3))
ok(len(tv_rows) >= 45, f"taakvelden rows parsed: {len(tv_rows)}")
ok(len(subtotals) == 9 and total is not None, "taakvelden subtotals/total parsed")
for code, las, bat, sal in tv_rows:
    eq(sal, bat - las, f"taakveld {code} saldo")
for g, (sl, sb, ss) in subtotals.items():
    grp = [r for r in tv_rows if r[0].split(".")[0] == g]
    eq(sl, sum(r[1] for r in grp), f"subtotaal {g} lasten")
    eq(sb, sum(r[2] for r in grp), f"subtotaal {g} baten")
    eq(ss, sum(r[3] for r in grp), f"subtotaal {g} saldo")
if total:
    eq(total[0], sum(v[0] for v in subtotals.values()), "taakvelden totaal lasten")
    eq(total[1], sum(v[1] for v in subtotals.values()), "taakvelden totaal baten")
    eq(total[2], total[1] - total[0], "taakvelden totaal saldo")
    eq(round(total[0] / 1000), O["Resultaat"][9], "taakvelden lasten = overzicht (x 1.000)")
    eq(round(total[1] / 1000), O["Resultaat"][10], "taakvelden baten = overzicht (x 1.000)")
    eq(round(total[2] / 1000), O["Resultaat"][11], "taakvelden saldo = resultaat (x 1.000)")
    m = re.search(r"positief resultaat na bestemming van € ([\d.]+)", PDF.flat)
    eq(parse_num(m.group(1)), total[2], "text resultaat = taakvelden saldo")
    m = re.search(r"bedraagt daarmee € ([\d,]+) miljoen voordelig", PDF.flat)
    eq(parse_num(m.group(1)), round(total[2] / 1e6, 1), "text resultaat in miljoenen")
    m = re.search(r"Het resultaat over 2029 bedraagt € ([\d.]+) voordelig", PDF.flat)
    eq(parse_num(m.group(1)), total[2], "text under overzicht")
tv = {r[0]: r for r in tv_rows}
m = re.search(r"uitging van een tekort van € ([\d.]+)", PDF.flat)
eq(-parse_num(m.group(1)), r13[1] * 1000, "text tekort begroting na wijziging")
m = re.search(r"vóór mutaties in de reserves bedraagt € ([\d,]+) miljoen nadelig", PDF.flat)
eq(-parse_num(m.group(1)), round(O["Saldo van baten en lasten"][11] / 1000, 1), "text saldo in miljoenen")
m = re.search(r"Het verschil van € ([\d,]+) miljoen met de begroting", PDF.flat)
eq(parse_num(m.group(1)), round((r13[2] - r13[1]) / 1000, 1), "text verschil in miljoenen")
m = re.search(r"bedroegen € ([\d,]+) miljoen\. Dat is € ([\d.]+) per inwoner", PDF.flat)
kern = reg("1.2 Kerngegevens", "1.3 Financieel resultaat 2029")
inw = vals(kern, "Aantal inwoners")
eq(parse_num(m.group(1)), round(O["Saldo van baten en lasten"][9] / 1000, 1), "text lasten in miljoenen")
eq(parse_num(m.group(2)), O["Saldo van baten en lasten"][9] * 1000 / inw[1], "text lasten per inwoner", 1)
won = vals(kern, "Aantal woningen")
m = re.search(r"groeide de woningvoorraad met (\d+) woningen", PDF.flat)
eq(parse_num(m.group(1)), won[1] - won[0], "woninggroei text = kerngegevens")
m = re.search(r"Er zijn (\d+) nieuwbouwwoningen opgeleverd; met (\d+) woningen", PDF.flat)
eq(int(m.group(1)) + int(m.group(2)), won[1] - won[0], "nieuwbouw + transformatie")
jong = vals(kern, "waarvan jonger dan 18 jaar")
jh = vals(reg("2.4.2 Beleidsindicatoren", "2.4.3 Wat heeft het gekost?"), "Jongeren met jeugdhulp")
m = re.search(r"([\d.]+) jeugdigen ontvingen jeugdhulp", PDF.flat)
eq(parse_num(m.group(1)), round(jong[1] * jh[-1] / 100), "jeugdhulp aantal = indicator x inwoners 0-17")
m = re.search(r"bijstandsuitkering daalde naar (\d+)", PDF.flat)
eq(parse_num(m.group(1)), vals(kern, "Huishoudens met een bijstandsuitkering")[1], "bijstand text = kerngegevens")

# reserves
rr = reg("4.3 Overzicht reserves", "4.4 Investeringskredieten")
names = [l.strip() for _, l in rr if l.strip().startswith(("Algemene reserve", "Reserve "))]
R = {}
for line in names:
    lbl = re.match(r"^(.+?)\d?\s{2,}", line).group(1)
    if lbl != "Reserve":  # the header line
        R[lbl] = vals(rr, lbl)
ok(len(R) == 9, f"reserves parsed: {len(R)}")
for lbl, v in R.items():
    eq(v[4], v[0] + v[1] + v[2] - v[3], f"reserve {lbl} stand 31-12")
tb = vals(rr, "Totaal bestemmingsreserves")
ta = vals(rr, "Totaal reserves")
for j in range(5):
    eq(tb[j], sum(v[j] for k, v in R.items() if k != "Algemene reserve"), f"totaal bestemmingsreserves col {j}")
    eq(ta[j], sum(v[j] for v in R.values()), f"totaal reserves col {j}")
eq(round(ta[1] / 1000), O["Resultaat"][2], "bestemming resultaat 2028 = resultaat rekening 2028")
eq(round(ta[2] / 1000), O["Toevoegingen aan reserves"][9], "toevoegingen reserves = overzicht")
eq(round(ta[3] / 1000), O["Onttrekkingen aan reserves"][10], "onttrekkingen reserves = overzicht")
eq(tv["0.10"][1], ta[2], "taakveld 0.10 lasten = toevoegingen")
eq(tv["0.10"][2], ta[3], "taakveld 0.10 baten = onttrekkingen")
eq(O["Onttrekkingen aan reserves"][10],
   sum(parse_num(PROG[n]["Onttrekkingen aan reserves"][3]) for _, n in prog_names) + round(R["Algemene reserve"][3] / 1000),
   "onttrekkingen = programma's + algemene reserve")
m = re.search(r"resultaat na bestemming van € ([\d.]+) als volgt te bestemmen: € ([\d.]+) toevoegen aan de Reserve "
              r"sociaal domein.*?restant van € ([\d.]+) toevoegen", PDF.flat)
eq(parse_num(m.group(2)) + parse_num(m.group(3)), parse_num(m.group(1)), "resultaatbestemming voorstel")

# kredieten
kr = reg("4.4 Investeringskredieten", "4.5 Overzicht baten en lasten per taakveld")
K = []
for _, line in kr:
    s = line.strip()
    m = re.match(r"^([A-Za-z].+?)\s{2,}(20\d\d)\s+", s)
    if m:
        K.append((m.group(1), [parse_num(x) for x in NUM_RE.findall(s[m.end():])]))
ok(len(K) == 9, f"kredieten parsed {len(K)}")
for lbl, v in K:
    eq(v[3], v[1] + v[2], f"krediet {lbl} totaal uitgaven")
    eq(v[4], v[0] - v[3], f"krediet {lbl} restant")
kt = vals(kr, "Totaal")
for j in range(5):
    eq(kt[j], sum(v[j] for _, v in K), f"kredieten totaal col {j}")
m = re.search(r"Het krediet (.+?) is overschreden met € ([\d.]+)", PDF.flat)
eq(-parse_num(m.group(2)), dict(K)[m.group(1)][4], "overschrijding text")

# paragraphs
op = reg("Opbrengst lokale heffingen (bedragen in euro's)", "3.2 Weerstandsvermogen en risicobeheersing")
hef = ["OZB woningen", "OZB niet-woningen", "Parkeerbelasting", "Toeristenbelasting", "Afvalstoffenheffing",
       "Rioolheffing"]
H = {h: row(op, h) for h in hef}
for h, t in H.items():
    eq(signed_vn(t[2]), parse_num(t[1]) - parse_num(t[0]), f"heffing {h} verschil")
ht_ = row(op, "Totaal")
for j in range(2):
    eq(parse_num(ht_[j]), sum(parse_num(t[j]) for t in H.values()), f"heffingen totaal col {j}")
eq(signed_vn(ht_[2]), parse_num(ht_[1]) - parse_num(ht_[0]), "heffingen totaal verschil")
for h, code in (("OZB woningen", "0.61"), ("OZB niet-woningen", "0.62"), ("Parkeerbelasting", "0.63"),
                ("Toeristenbelasting", "3.4")):
    eq(parse_num(H[h][1]), tv[code][2], f"{h} = taakveld {code} baten")
m = re.search(r"de opbrengst OZB \(woningen en niet-woningen\) was € ([\d.]+)", PDF.flat)
eq(parse_num(m.group(1)), tv["0.61"][2] + tv["0.62"][2], "OZB text")
m = re.search(r"De algemene uitkering bedroeg in 2029 € ([\d.]+)", PDF.flat)
eq(parse_num(m.group(1)), tv["0.7"][2], "algemene uitkering text")

tar = reg("Tarieven en woonlasten", "Opbrengst lokale heffingen (bedragen in euro's)")
T = {}
for _, line in tar:
    s = line.strip()
    m = re.match(r"^(.+?)\d?\s{2,}", s)
    if m and not s.startswith("Heffing"):
        toks = NUM_RE.findall(s[m.end():])
        if len(toks) >= 3:
            T[m.group(1)] = [parse_num(x) for x in toks[-3:]]
for lbl, (a, b, st) in T.items():
    eq(st, round((b / a - 1) * 100, 1), f"tarief {lbl} stijging")
m = re.search(r"gemiddelde WOZ-waarde \(€ ([\d.]+) in 2028, € ([\d.]+) in 2029\)", PDF.flat)
woz = [parse_num(m.group(1)), parse_num(m.group(2))]
for j in range(2):
    ozb = woz[j] * T["OZB woningen eigenaar (% WOZ-waarde)"][j] / 100
    rio = T["Rioolheffing per aansluiting"][j]
    eq(T["Woonlasten eenpersoonshuishouden"][j], round(ozb + rio + T["Afvalstoffenheffing eenpersoonshuishouden"][j]),
       f"woonlasten een col {j}")
    eq(T["Woonlasten meerpersoonshuishouden"][j], round(ozb + rio + T["Afvalstoffenheffing meerpersoonshuishouden"][j]),
       f"woonlasten meer col {j}")
ind6 = reg("2.6.2 Beleidsindicatoren", "2.6.3 Wat heeft het gekost?")
for lbl in ("Woonlasten eenpersoonshuishouden", "Woonlasten meerpersoonshuishouden"):
    v = vals(ind6, lbl)
    eq(v[-2], T[lbl][0], f"indicator {lbl} 2028 = tarieven")
    eq(v[-1], T[lbl][1], f"indicator {lbl} 2029 = tarieven")
wz = vals(ind6, "Gemiddelde WOZ-waarde woning")
eq(wz[-2] * 1000, woz[0], "WOZ indicator 2028")
eq(wz[-1] * 1000, woz[1], "WOZ indicator 2029")

we = reg("Weerstandsvermogen (bedragen in euro's)", "Financiële kengetallen")
alg, onb, besch, benod, ratio = (vals(we, l)[-1] for l in (
    "Algemene reserve per 31-12-2029", "Onbenutte belastingcapaciteit", "Beschikbare weerstandscapaciteit",
    "Benodigde weerstandscapaciteit (risico's)", "Weerstandsratio"))
eq(besch, alg + onb, "weerstandscapaciteit")
eq(ratio, round(besch / benod, 2), "weerstandsratio")
eq(alg, R["Algemene reserve"][4], "algemene reserve weerstand = reserves")

vp = reg("Bijdragen aan gemeenschappelijke regelingen (bedragen in euro's)", "4 Jaarrekening")
vps = [l.strip() for _, l in vp if l.strip().startswith(("Veiligheidsregio", "GGD", "Omgevingsdienst", "Werkbedrijf"))]
V = [vals(vp, re.match(r"^(.+?)\s{2,}", s).group(1)) for s in vps]
vt = vals(vp, "Totaal")
for j in range(2):
    eq(vt[j], sum(v[j] for v in V), f"verbonden partijen totaal col {j}")

bal = reg("4.1 Balans", "4.2 Overzicht van baten en lasten")
act = ["Immateriële vaste activa", "Materiële vaste activa", "Financiële vaste activa"]
vlot = ["Voorraden (bouwgronden in exploitatie)", "Uitzettingen korter dan een jaar", "Overlopende activa",
        "Liquide middelen"]
pas = ["Eigen vermogen (reserves en resultaat)", "Voorzieningen",
       "Vaste schulden met een looptijd van een jaar of langer", "Netto vlottende schulden korter dan een jaar",
       "Overlopende passiva"]
for j in range(2):
    va = sum(vals(bal, a)[j] for a in act)
    eq(vals(bal, "Totaal vaste activa")[j], va, f"balans vaste activa col {j}")
    vl = sum(vals(bal, a)[j] for a in vlot)
    eq(vals(bal, "Totaal vlottende activa")[j], vl, f"balans vlottende activa col {j}")
    eq(vals(bal, "Totaal activa")[j], va + vl, f"balans totaal activa col {j}")
    eq(vals(bal, "Totaal passiva")[j], sum(vals(bal, p)[j] for p in pas), f"balans passiva col {j}")
    eq(vals(bal, "Totaal activa")[j], vals(bal, "Totaal passiva")[j], f"balans in evenwicht col {j}")
ev = vals(bal, "Eigen vermogen (reserves en resultaat)")
eq(ev[0], round((ta[4] + total[2]) / 1000), "eigen vermogen 2029 = reserves + resultaat")
eq(ev[1], round((ta[0] + ta[1]) / 1000), "eigen vermogen 2028 = reserves 1-1 + resultaat 2028")

# ---- 3b. arithmetic: HTML -------------------------------------------------------------------------
MJR = "3. Begroting 2031 en meerjarenraming"
mj = HTML.table(MJR)
cols = mj.grid[1][1:] if mj.header_rows == 2 else []
hdr = [mj.grid[0][j] if mj.grid[0][j] != "Meerjarenraming" else mj.grid[1][j] for j in range(1, 6)]
ok(mj.grid[0][0] == "x € 1.000", "scale in first header cell")
rows = {r[0]: [parse_num(x) if x else None for x in r[1:]] for r in HTML.rows(MJR)}
teams = [k for k in list(rows)[1:list(rows).index("Totaal lasten")]]
for j in range(5):
    eq(rows["Totaal lasten"][j], sum(rows[t][j] for t in teams), f"mjr totaal lasten {hdr[j]}")
    eq(rows["Totaal baten"][j], rows["Bijdragen deelnemers"][j] + rows["Dienstverlening aan derden"][j],
       f"mjr totaal baten {hdr[j]}")
    eq(rows["Saldo van baten en lasten"][j], rows["Totaal baten"][j] - rows["Totaal lasten"][j], f"mjr saldo {hdr[j]}")
    eq(rows["Resultaat"][j], rows["Saldo van baten en lasten"][j] - rows["Toevoegingen aan reserves"][j]
       + rows["Onttrekkingen aan reserves"][j], f"mjr resultaat {hdr[j]}")
m = re.search(r"De totale lasten voor 2031 zijn geraamd op € ([\d.]+)", HTML.text)
eq(parse_num(m.group(1)), rows["Totaal lasten"][1] * 1000, "text lasten 2031")
div = rows["Documentaire informatievoorziening"]
m = re.search(r"Documentaire informatievoorziening stijgen in 2031 met € ([\d.]+)", HTML.text)
eq(parse_num(m.group(1)), (div[1] - div[0]) * 1000, "text DIV stijging")
ict = rows["Informatievoorziening en ICT"]
m = re.search(r"Informatievoorziening en ICT stijgen met € ([\d.]+)", HTML.text)
eq(parse_num(m.group(1)), (ict[1] - ict[0]) * 1000, "text ICT stijging")

fo = HTML.rows("3.1 Formatie")
for r in fo:
    eq(parse_num(r[3]), round(parse_num(r[2]) - parse_num(r[1]), 1), f"formatie mutatie {r[0]}", 0.05)
for j in (1, 2, 3):
    eq(parse_num(fo[-1][j]), round(sum(parse_num(r[j]) for r in fo[:-1]), 1), f"formatie totaal col {j}", 0.05)
m = re.search(r"De formatie groeit naar ([\d,]+) fte", HTML.text)
eq(parse_num(m.group(1)), parse_num(fo[-1][2]), "formatie text")

nb = HTML.rows("4. Autonome ontwikkelingen en nieuw beleid")
groups, cur = {}, None
for r in nb:
    if r[0] == "" and r[3] == "" and r[1] != "":
        cur = r[1]
        groups[cur] = []
    elif r[0].isdigit():
        groups[cur].append([parse_num(x) for x in r[3:]])
    elif r[1].startswith("Subtotaal"):
        for j in range(4):
            eq(parse_num(r[3 + j]), sum(x[j] for x in groups[cur]), f"{r[1]} col {j}")
    elif r[1] == "Totaal":
        for j in range(4):
            eq(parse_num(r[3 + j]), sum(x[j] for g in groups.values() for x in g), f"nieuw beleid totaal col {j}")
ok(len(groups) == 2, "two groups in nieuw beleid")

BIJ = "5. Bijdragen van de deelnemers"
bj = HTML.rows(BIJ)
members = bj[:-1]
pcts = [parse_num(r[1]) for r in members]
eq(sum(pcts), 100.0, "verdeelsleutel = 100%")
eq(parse_num(bj[-1][1]), 100.0, "verdeelsleutel totaal")
for j in range(5):
    tot = parse_num(bj[-1][2 + j])
    eq(tot, sum(parse_num(r[2 + j]) for r in members), f"bijdragen totaal col {j}")
    eq(tot, rows["Bijdragen deelnemers"][j] * 1000, f"bijdragen = meerjarenraming col {j}")
    for r, pct in zip(members, pcts):
        eq(parse_num(r[2 + j]), tot * pct / 100, f"bijdrage {r[0]} col {j} = sleutel x totaal", 1.0)
m = re.search(r"De totale bijdrage stijgt in 2031 met ([\d,]+)%", HTML.text)
eq(parse_num(m.group(1)), round((parse_num(bj[-1][3]) / parse_num(bj[-1][2]) - 1) * 100, 1), "stijging bijdrage %")
dl = HTML.rows("1.1 Deelnemers")
eq(parse_num(dl[-1][1]), sum(parse_num(r[1]) for r in dl[:-1]), "inwoners totaal")
eq(parse_num(dl[-1][2]), sum(parse_num(r[2]) for r in dl[:-1]), "zetels totaal")

RISK = "6. Weerstandsvermogen en risicobeheersing"
rk_rows = HTML.rows(RISK)
for r in rk_rows[:-1]:
    eq(parse_num(r[4]), parse_num(r[2]) * parse_num(r[3]) / 100, f"risico {r[0]} = kans x impact")
eq(parse_num(rk_rows[-1][4]), sum(parse_num(r[4]) for r in rk_rows[:-1]), "risicobedrag totaal")
m = re.search(r"De algemene reserve bedraagt per 1 januari 2031 € ([\d.]+)\. Tegenover het totale risicobedrag van "
              r"€ ([\d.]+) geeft dat een weerstandsratio van ([\d,]+)", HTML.text)
eq(parse_num(m.group(2)), parse_num(rk_rows[-1][4]), "risicobedrag text")
eq(parse_num(m.group(3)), round(parse_num(m.group(1)) / parse_num(m.group(2)), 2), "weerstandsratio BVO")
rs = HTML.rows("7.1 Reserves")
for r in rs:
    eq(parse_num(r[4]), parse_num(r[1]) + parse_num(r[2]) - parse_num(r[3]), f"reserve {r[0]}")
for j in range(1, 5):
    eq(parse_num(rs[-1][j]), sum(parse_num(r[j]) for r in rs[:-1]), f"reserves BVO totaal col {j}")
eq(parse_num(rs[0][1]), parse_num(m.group(1)), "algemene reserve text = tabel")
eq(parse_num(rs[-1][3]), rows["Onttrekkingen aan reserves"][1] * 1000, "onttrekkingen 2031 = meerjarenraming")
eq(parse_num(rs[-1][2]), rows["Toevoegingen aan reserves"][1] * 1000, "toevoegingen 2031 = meerjarenraming")
eq(parse_num(rs[0][1]), rows["Totaal lasten"][1] * 1000 * 0.03, "algemene reserve onder plafond 3%",
   rows["Totaal lasten"][1] * 1000 * 0.03)
inv = HTML.rows("7.2 Investeringen")
for j in range(2, 6):
    eq(parse_num(inv[-1][j]), sum(parse_num(r[j]) for r in inv[:-1]), f"investeringen totaal col {j}")

# ---- 4. layout ---------------------------------------------------------------------------------------
info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(SET / "corpus" / pdf_file)], capture_output=True,
                      text=True).stdout
sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
ok(14 <= len(sizes) <= 20, f"PDF pages {len(sizes)}")
ok(any(float(w) > float(h) for w, h in sizes), "a landscape page")
ok("Producer:        LibreOffice" in info or "LibreOffice" in info, "PDF made by LibreOffice")
for pi, page in enumerate(PDF.pages[1:], start=2):
    ok(f"Pagina {pi} van {len(PDF.pages)}" in page, f"footer on page {pi}")
    ok("Jaarstukken 2029 gemeente Marlevoorde" in page.splitlines()[0], f"running header on page {pi}")
hdr_pages = [pi for pi, p in enumerate(PDF.pages, start=1) if re.search(r"^Taakvel", p, re.M)]
ok(len(hdr_pages) >= 2, f"taakvelden header repeated on pages {hdr_pages}")
ok(len(re.findall(r"Bedragen x € 1\.000", PDF.flat)) >= 6, "scale lines above tables")
ok(re.search(r"\(\d[\d.]*\)", PDF.flat) is not None and re.search(r"\s-\d", PDF.flat) is not None,
   "brackets and minus signs")
ok("Eenheid" in PDF.flat and "Bron" in PDF.flat, "indicator tables")

ok(re.search(r"<style type=\"text/css\">.*\.c\d+\{", RAW_HTML) is not None, "style block with .cN classes")
ok(re.search(r"<h1 class=\"c\d+\" id=\"h\.[a-z0-9]+\">", RAW_HTML) is not None, "h1 with class and h.id")
ok(re.search(r"<ol class=\"c\d+ lst-kix_[a-z0-9]+-0 start\"", RAW_HTML) is not None, "numbered list lst-kix")
ok("€&nbsp;" in RAW_HTML, "&nbsp; in amounts")
ok(re.search(r"<td class=\"c\d+\" colspan=\"\d\" rowspan=\"\d\">", RAW_HTML) is not None, "td colspan/rowspan")
ok(re.search(r"<p class=\"c\d+\"><span class=\"c\d+\"></span></p>", RAW_HTML) is not None, "empty paragraphs")
ok("<b>" not in RAW_HTML and "<strong>" not in RAW_HTML and "font-weight:700" in RAW_HTML, "bold by class only")
ok("text-align:right" in RAW_HTML, "right-aligned amounts by class")
ok(re.search(r"rowspan=\"2\"", RAW_HTML) is not None and re.search(r"colspan=\"3\"", RAW_HTML) is not None,
   "merged header cells")

# ---- report -----------------------------------------------------------------------------------------
n_turns = sum(turns_by_kind.values())
print(f"cases: {len(ids)}  turns: {n_turns}  by kind: {dict(sorted(turns_by_kind.items()))}")
print(f"PDF: {len(PDF.pages)} pages; HTML: {len(HTML.tables)} tables")
print(f"checks passed: {COUNT['ok']}  failed: {len(FAILS)}")
for f in FAILS:
    print("FAIL:", f)
sys.exit(1 if FAILS else 0)
