"""Verify set-bi against the PDF text as a reader gets it (pdfplumber).

1. every registered fact of the two fictional documents is printed in the PDF text, on a line
   with its row label where it is a table cell;
2. every figure turn of cases.yaml resolves to a printed value (or a derivation of printed
   values) and its expected value/accept list equals what gen_cases.py computes;
3. the tables add up *as printed*: the numbers are parsed back from the extracted text and the
   totals, subtotals, saldi and row arithmetic are recomputed;
4. cases.yaml parses and follows FORMAT.md version 1; the manifest lists all six documents and
   the four real documents are byte-identical to /work/main/corpus.

Usage: python check.py   (run from anywhere; paths are relative to this file)
Exit code 0 when everything passes.
"""
import filecmp
import json
import re
import sys
from pathlib import Path

import pdfplumber
import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
CORPUS = SET / "corpus"
BUILD = HERE / "build"
FAILS = []
N_OK = [0]


def ok(cond, msg):
    if cond:
        N_OK[0] += 1
    else:
        FAILS.append(msg)
        print("FAIL:", msg)


def pdf_lines(fname):
    with pdfplumber.open(CORPUS / fname) as pdf:
        pages = [pg.extract_text() or "" for pg in pdf.pages]
    return pages


NUM = r"\(?-?[0-9][0-9.]*\)?"


def to_int(s):
    neg = s.startswith("(") or s.startswith("-")
    v = int(s.strip("()-").replace(".", ""))
    return -v if neg else v


def trailing_numbers(line, n):
    """Label and the last n integer columns of a line (or None)."""
    line = re.sub(r" [VN]$", "", line.strip())  # a trailing V/N column
    m = re.match(r"^(.*?)\s+((?:" + NUM + r"\s+){" + str(n - 1) + r"}" + NUM + r")\s*$", line)
    if not m:
        return None
    return m.group(1), [to_int(x) for x in m.group(2).split()]


# ---------------------------------------------------------------- 1. facts printed
def check_facts(facts_json):
    d = json.loads(facts_json.read_text(encoding="utf-8"))
    pages = pdf_lines(d["file"])
    text = "\n".join(pages)
    lines = text.splitlines()
    for key, f in d["facts"].items():
        printed = f["printed"]
        rx = re.compile(r"(?<![0-9.,])" + re.escape(printed) + r"(?![0-9]|[.,][0-9])")
        hits = [i for i, ln in enumerate(lines) if rx.search(ln)]
        if not hits:
            ok(False, f"{d['file']}: fact {key} printed {printed!r} not found")
            continue
        words = [w for w in re.split(r"[\s,()]+", re.sub(r"^[0-9.]+ ", "", f["row"])) if len(w) > 3][:2]
        is_prose = "(tekst)" in f["table"] or "tekst" in f["table"]
        if is_prose or not words:
            ok(True, "")
            continue
        on_row = any(all(w.lower() in (lines[i - 1] + " " + lines[i]).lower() for w in words) for i in hits)
        ok(on_row, f"{d['file']}: fact {key} {printed!r} not on a line with row label {f['row']!r}")
    return len(d["facts"])


# ---------------------------------------------------------------- 3. sums as printed
def block(lines, start_rx, end_label, n, skip=()):
    """Rows with n trailing numbers after the first line matching start_rx up to the line starting
    with end_label; returns (rows, total_numbers)."""
    i0 = next(i for i, ln in enumerate(lines) if re.search(start_rx, ln))
    rows = []
    for ln in lines[i0 + 1:]:
        if ln.startswith(end_label):
            tn = trailing_numbers(ln, n)
            return rows, tn[1]
        tn = trailing_numbers(ln, n)
        if tn and not any(tn[0].startswith(s) for s in skip):
            rows.append(tn)
    raise AssertionError(f"end {end_label!r} not found after {start_rx!r}")


def colsum(rows, n):
    return [sum(r[1][j] for r in rows) for j in range(n)]


def line_nums(lines, start_idx, label, n):
    for ln in lines[start_idx:]:
        if ln.startswith(label):
            return trailing_numbers(ln, n)[1]
    raise AssertionError(label)


def check_sums_a():
    pages = pdf_lines("twenterand-jaarstukken-2023.pdf")
    lines = [ln for ln in "\n".join(pages).splitlines()
             if not ln.startswith(("FICTIEF DOCUMENT", "Jaarstukken 2023 - Gemeente"))]
    progs = ["Programma 1 Bestuur en dienstverlening", "Programma 2 Veiligheid", "Programma 3 Sociaal Domein",
             "Programma 4 Leefomgeving", "Programma 5 Economie en vrije tijd", "Algemene dekkingsmiddelen",
             "Overhead, Vpb en onvoorzien"]
    hdr = ("Bedragen in euro's", "2022 2023", "primitief na wijziging", "Lasten", "Baten")
    for p in progs:
        cap = f"^Overzicht baten en lasten {re.escape(p)}$"
        rowsL, totL = block(lines, cap, "Totaal lasten", 5, skip=hdr)
        ok(colsum(rowsL, 4) == totL[:4], f"A {p}: lasten rows {colsum(rowsL, 4)} != Totaal lasten {totL[:4]}")
        i0 = next(i for i, ln in enumerate(lines) if re.search(cap, ln))
        rowsB, totB = block(lines[i0:], r"^Totaal lasten", "Totaal baten", 5, skip=hdr)
        ok(colsum(rowsB, 4) == totB[:4], f"A {p}: baten rows != Totaal baten")
        S = line_nums(lines, i0, "Saldo van baten en lasten", 5)
        T = line_nums(lines, i0, "Toevoegingen aan reserves", 5)
        O = line_nums(lines, i0, "Onttrekkingen aan reserves", 5)
        R = line_nums(lines, i0, "Resultaat", 5)
        for j in range(4):
            ok(S[j] == totB[j] - totL[j], f"A {p}: saldo col {j}")
            ok(R[j] == S[j] - T[j] + O[j], f"A {p}: resultaat col {j}")
        # verschil column: lasten rows = BW - R23, baten rows = R23 - BW
        for lab, nums in rowsL:
            ok(nums[4] == nums[2] - nums[3], f"A {p}: verschil lasten {lab}")
        for lab, nums in rowsB:
            ok(nums[4] == nums[3] - nums[2], f"A {p}: verschil baten {lab}")
    # Tabel 3.3 doelenbomen
    rows, tot = block(lines, r"^Tabel 3.3", "Totaal programma", 4)
    ok(colsum(rows, 4) == tot, "A Tabel 3.3 doelenbomen do not add up")
    # Tabel J.1
    rows, tot = block(lines, r"^Tabel J.1", "Totaal lasten en baten", 6)
    ok(colsum(rows, 6) == tot, "A Tabel J.1 does not add up")
    # Tabel J.2
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel J.2"))
    S = line_nums(lines, i0, "Saldo van baten en lasten", 3)
    T = line_nums(lines, i0, "Toevoegingen aan reserves", 3)
    O = line_nums(lines, i0, "Onttrekkingen aan reserves", 3)
    R = line_nums(lines, i0, "Gerealiseerd resultaat", 3)
    for j in range(3):
        ok(S[j] == tot[3 + j] - tot[j], f"A J.2 saldo col {j} != baten - lasten of J.1")
        ok(R[j] == S[j] - T[j] + O[j], f"A J.2 resultaat col {j}")
    # Tabel J.4 reserves
    rows, tot = block(lines, r"^Tabel J.4", "Totaal reserves", 5, skip=("Reserve Stand", "1-1-2023", "2022"))
    ok(colsum(rows, 5) == tot, "A Tabel J.4 does not add up")
    for lab, v in rows:
        ok(v[0] + v[1] + v[2] - v[3] == v[4], f"A J.4 row {lab}")
    # Tabel J.3 balans (x 1.000): activa and passiva
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel J.3"))
    act, tact = block(lines[i0:], r"^Activa", "Totaal activa", 2)
    ok(colsum(act, 2) == tact, "A balans activa")
    pas, tpas = block(lines[i0:], r"^Passiva", "Totaal passiva", 2, skip=("Eigen vermogen",))
    ok(colsum(pas, 2) == tpas and tpas == tact, "A balans passiva")
    ev = line_nums(lines, i0, "Eigen vermogen", 2)
    ok(colsum(pas[:3], 2) == ev, "A balans eigen vermogen = reserves + resultaat")
    # Tabel J.5 investeringen
    rows, tot = block(lines, r"^Tabel J.5", "Totaal", 4, skip=("Investering", "2022 krediet"))
    ok(colsum(rows, 4) == tot, "A Tabel J.5 does not add up")
    for lab, v in rows:
        ok(v[0] - v[1] - v[2] == v[3], f"A J.5 restant {lab}")
    # Tabel LH.2
    rows, tot = block(lines, r"^Tabel LH.2", "Totaal", 3)
    ok(colsum(rows, 3) == tot, "A Tabel LH.2 does not add up")
    # Tabel W.1
    rows, tot = block(lines, r"^Tabel W.1", "Totale beschikbare", 1)
    ok(colsum(rows, 1) == tot, "A Tabel W.1 capaciteit")
    # Tabel B.1 taakvelden incl. mutaties reserves
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel B.1"))
    rows, mut = block(lines[i0:], r"^Taakveld Lasten", "0.10 Mutaties reserves", 3)
    final = line_nums(lines, i0, "Totaal (inclusief", 3)
    ok([x + y for x, y in zip(colsum(rows, 3), mut)] == final, "A Tabel B.1 totals incl. mutaties reserves")
    ok(final[2] == R[2], "A Tabel B.1 resultaat != J.2 gerealiseerd resultaat")
    for lab, v in rows:
        ok(v[1] - v[0] == v[2], f"A B.1 saldo {lab}")
    # Tabel 1 (x 1.000, rounded): total within rounding of the sum of the programmes
    rows, tot = block(lines, r"^Tabel 1 ", "Gerealiseerd resultaat", 4, skip=("Programma Begroting", "primitief"))
    for j in range(3):
        ok(abs(sum(r[1][j] for r in rows) - tot[j]) <= 3, f"A Tabel 1 col {j} beyond rounding")


def check_sums_b():
    pages = pdf_lines("omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf")
    lines = [ln for ln in "\n".join(pages).splitlines()
             if not ln.startswith(("FICTIEF DOCUMENT", "Omgevingsdienst Vecht en Dinkel |"))]
    # Tabel 2.2
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 2.2"))
    rl, tl = block(lines[i0:], r"^Lasten$", "Totaal lasten", 3, skip=("2023 2024",))
    rb, tb = block(lines[i0:], r"^Baten$", "Totaal baten", 3)
    ok(colsum(rl, 3) == tl, "B Tabel 2.2 lasten")
    ok(colsum(rb, 3) == tb, "B Tabel 2.2 baten")
    S = line_nums(lines, i0, "Saldo van baten en lasten", 3)
    T = line_nums(lines, i0, "Toevoeging aan reserves", 3)
    O = line_nums(lines, i0, "Onttrekking aan reserves", 3)
    R = line_nums(lines, i0, "Resultaat", 3)
    for j in range(3):
        ok(S[j] == tb[j] - tl[j], f"B 2.2 saldo {j}")
        ok(R[j] == S[j] - T[j] + O[j], f"B 2.2 resultaat {j}")
    # Tabel 2.3
    rows, tot = block(lines, r"^Tabel 2.3", "Totaal", 1, skip=("x €", "Taakveld"))
    ok(colsum(rows, 1) == tot and tot[0] == tl[2], "B Tabel 2.3 taakvelden != totaal lasten 2025")
    # Tabel 3.1 (euros + a % column)
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 3.1"))
    rows = []
    for ln in lines[i0 + 1:]:
        m = re.match(r"^(.*?) ((?:[0-9.]+ ){5})([0-9,]+)%$", ln)
        if m:
            rows.append((m.group(1), [to_int(x) for x in m.group(2).split()], m.group(3)))
            if m.group(1) == "Totaal":
                break
    body, tot = rows[:-1], rows[-1]
    ok(len(body) == 7, f"B 3.1 expected 7 participants, got {len(body)}")
    ok([sum(r[1][j] for r in body) for j in range(5)] == tot[1], "B Tabel 3.1 totals")
    for lab, v, pct in rows:
        ok(v[0] + v[1] == v[2], f"B 3.1 basis+plus {lab}")
        ok(v[2] - v[3] == v[4], f"B 3.1 verschil {lab}")
        ok(abs(round((v[4] / v[3]) * 100, 1) - float(pct.replace(",", "."))) < 0.051, f"B 3.1 pct {lab}")
    bij = next(r for r in rb if r[0] == "Bijdragen deelnemers")[1][2]
    ok(abs(tot[1][2] - bij * 1000) <= 500, "B bijdragen Tabel 3.1 vs Tabel 2.2 beyond rounding")
    # Tabel 4.1
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 4.1"))
    rl, tl4 = block(lines[i0:], r"^Lasten$", "Totaal lasten", 4)
    rb4, tb4 = block(lines[i0:], r"^Baten$", "Totaal baten", 4)
    ok(colsum(rl, 4) == tl4 and colsum(rb4, 4) == tb4, "B Tabel 4.1 sums")
    S = line_nums(lines, i0, "Saldo van baten en lasten", 4)
    O = line_nums(lines, i0, "Onttrekking aan reserves", 4)
    R = line_nums(lines, i0, "Resultaat", 4)
    for j in range(4):
        ok(S[j] == tb4[j] - tl4[j] and R[j] == S[j] + O[j], f"B 4.1 saldo/resultaat {j}")
    ok(tl4[3] == tl[2] and tb4[3] == tb[2], "B 4.1 column 2025 != Tabel 2.2 begroting 2025")
    # Tabel 5.1 verschil = 2025 - 2024
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 5.1"))
    n51 = 0
    for ln in lines[i0:]:
        m = re.search(r"([0-9.]+) ([0-9.]+) (\(?[0-9.]+\)?) ?([VN]?)$", ln)
        if m and not ln.startswith(("Tabel", "Kostensoort")):
            a, b_, d = to_int(m.group(1)), to_int(m.group(2)), to_int(m.group(3))
            ok(b_ - a == d, f"B 5.1 verschil {ln}")
            n51 += 1
        if ln.startswith("6. Reserves"):
            break
    ok(n51 == 11, f"B 5.1 expected 11 rows, got {n51}")
    # Tabel 6.1
    rows, tot = block(lines, r"^Tabel 6.1", "Totaal", 4, skip=("2025 2025",))
    ok(colsum(rows, 4) == tot, "B Tabel 6.1 sums")
    for lab, v in rows:
        ok(v[0] + v[1] - v[2] == v[3], f"B 6.1 row {lab}")
    ok(tot[2] == O[3] * 1000, "B 6.1 onttrekking != Tabel 4.1 onttrekking 2025")
    # Tabel 6.2
    rows, tot = block(lines, r"^Tabel 6.2", "Benodigde weerstandscapaciteit", 1, skip=("bedragen",))
    ok(sum(r[1][-1] for r in rows) == tot[0], "B 6.2 risico's")
    # Tabel 7.1
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 7.1"))
    act, tact = block(lines[i0:], r"^Activa", "Totaal activa", 3)
    pas, tpas = block(lines[i0:], r"^Passiva", "Totaal passiva", 3)
    ok(colsum(act, 3) == tact and colsum(pas, 3) == tpas and tact == tpas, "B balans")
    # Tabel 8.1
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("Tabel 8.1"))
    i1 = next(i for i in range(i0, len(lines)) if lines[i].startswith("Totaal"))
    rows = [trailing_numbers(ln, 3) for ln in lines[i0 + 1:i1]]
    rows = [r for r in rows if r and not r[0].startswith("bedragen")]
    tot = line_nums(lines, i0, "Totaal", 2)
    ok(len(rows) == 4, f"B Tabel 8.1 expected 4 rows, got {len(rows)}")
    ok(sum(r[1][0] for r in rows) == tot[0] and sum(r[1][2] for r in rows) == tot[1], "B Tabel 8.1")
    for lab, v in rows:
        ok(v[0] // v[1] == v[2], f"B 8.1 afschrijving {lab}")


# ---------------------------------------------------------------- 2 + 4. cases and format
def check_cases():
    data = yaml.safe_load((SET / "cases.yaml").read_text(encoding="utf-8"))
    ok(data.get("version") == 1 and isinstance(data.get("cases"), list), "version/cases")
    allowed_case = {"id", "question", "municipality", "kind", "expect", "turns"}
    allowed_turn = {"question", "kind", "expect"}
    allowed_exp = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}
    munis = {d["municipality"] for d in yaml.safe_load((CORPUS / "manifest.yaml").read_text())["documents"]}
    ids, counts, nturns = set(), {}, 0
    for c in data["cases"]:
        ok(set(c) <= allowed_case, f"{c.get('id')}: unknown keys {set(c) - allowed_case}")
        ok(c["id"] not in ids, f"duplicate id {c['id']}")
        ids.add(c["id"])
        if "municipality" in c:
            ok(c["municipality"] in munis, f"{c['id']}: municipality {c['municipality']} not in manifest")
        turns = c["turns"] if "turns" in c else [c]
        ok(("turns" in c) != ("question" in c), f"{c['id']}: needs question xor turns")
        for t in turns:
            nturns += 1
            keys = set(t) - ({"id", "municipality"} if t is c else set())
            ok(keys <= allowed_turn, f"{c['id']}: unknown turn keys {keys - allowed_turn}")
            ok(isinstance(t.get("question"), str) and t["question"], f"{c['id']}: question")
            k = t.get("kind")
            ok(k in ("figure", "text", "refusal", "any"), f"{c['id']}: kind {k}")
            counts[k] = counts.get(k, 0) + 1
            e = t.get("expect", {})
            ok(set(e) <= allowed_exp, f"{c['id']}: unknown expect keys {set(e) - allowed_exp}")
            if "municipality" in e:
                ok(e["municipality"] in munis, f"{c['id']}: expect.municipality {e['municipality']}")
            if k == "figure":
                ok("value" in e or "accept" in e, f"{c['id']}: figure without value")
                for v in [e.get("value")] + list(e.get("accept", [])):
                    ok(v is None or isinstance(v, (int, float)), f"{c['id']}: non-numeric value {v!r}")
                ok(e.get("unit", "EUR") in ("EUR", "count", "percent", "grade"), f"{c['id']}: unit")
            if k == "text":
                ok(isinstance(e.get("include"), list) and e["include"], f"{c['id']}: text without include")
            if k == "refusal":
                ok(not e, f"{c['id']}: refusal with expect")
    # cross-check the figure values against a fresh resolution by gen_cases
    sys.argv = [sys.argv[0], str(CORPUS), str(BUILD / "facts-a.json"), str(BUILD / "facts-b.json"), "/dev/null"]
    import gen_cases as G
    flat = {c["id"]: (c["turns"] if "turns" in c else [c]) for c in data["cases"]}
    for cid, mun, turns in G.CASES:
        for t, y in zip(turns, flat[cid]):
            ok(t["kind"] == y["kind"] and t["q"] == y["question"], f"{cid}: turn mismatch")
            if t["kind"] != "figure":
                continue
            if t["calc"]:
                a, b_ = (G.resolve(x)["value"] for x in t["calc"][1])
                exp = abs(a - b_)
            else:
                exp = abs(G.resolve(t["src"])["value"])
            ok(abs(y["expect"]["value"] - exp) < 1e-9, f"{cid}: value {y['expect']['value']} != resolved {exp}")
            for a in t["accept"]:
                ok(abs(G.resolve(a)["value"]) in [y["expect"]["value"]] + y["expect"].get("accept", []),
                   f"{cid}: accept {a} missing")
    return len(data["cases"]), nturns, counts


def check_corpus():
    man = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
    ok(len(man) == 6, "manifest should list 6 documents")
    for d in man:
        ok((CORPUS / d["file"]).exists(), f"missing {d['file']}")
        ok(set(d) >= {"id", "file", "municipality", "title", "year", "type", "source"}, f"fields {d['id']}")
    orig = Path("/work/main/corpus")
    if orig.exists():
        for f in ("collectie-overijssel-jaarstukken-2023.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
                  "twenterand-programmabegroting-2020-sociaal-domein.txt", "wassenaar-begroting-2024.pdf"):
            ok(filecmp.cmp(orig / f, CORPUS / f, shallow=False), f"{f} differs from /work/main/corpus")
        om = yaml.safe_load((orig / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
        ok(om == man[:4], "the four original manifest entries changed")
    for fname in ("twenterand-jaarstukken-2023.pdf", "omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf"):
        pages = pdf_lines(fname)
        ok("FICTIEF DOCUMENT" in pages[0] and all("FICTIEF DOCUMENT" in p for p in pages),
           f"{fname}: FICTIEF DOCUMENT missing on some page")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    na = check_facts(BUILD / "facts-a.json")
    nb = check_facts(BUILD / "facts-b.json")
    check_sums_a()
    check_sums_b()
    check_corpus()
    ncases, nturns, counts = check_cases()
    print(f"facts: {na} (Twenterand) + {nb} (ODVD); cases: {ncases}; turns: {nturns}; per kind: {counts}")
    print(f"{N_OK[0]} passed, {len(FAILS)} failed")
    sys.exit(1 if FAILS else 0)
