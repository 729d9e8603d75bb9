"""Verify set-w: every printed value cited by a figure turn in cases.yaml occurs in the generated
document text (in the cited row, at the cited column position), the expected value equals the
arithmetic over those printed values (scale applied), refusals are not answerable from the text
(the nearby strings they rely on are absent), the generators' totals add up, and cases.yaml
follows FORMAT.md (version 1).

Run: python3 source/check_cases.py   (exit code 0 = pass)
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

import gen_hallerbroek  # noqa: E402
import gen_luttervenen  # noqa: E402

H_FILE = os.path.join(ROOT, "corpus", "hallerbroek-jaarstukken-2026.txt")
VR_FILE = os.path.join(ROOT, "corpus", "vr-luttervenen-begroting-2027.pdf")
H_MUN, VR_MUN = "Hallerbroek", "Veiligheidsregio Luttervenen"

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_texts():
    with open(H_FILE, encoding="utf-8") as f:
        h = f.read()
    import pdfplumber
    with pdfplumber.open(VR_FILE) as pdf:
        vr = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return {"H": h, "VR": vr}


TOKEN = re.compile(r"(?<![\w.,])(?:[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[+-]?\d+(?:,\d+)?|-)(?![\w])")


def parse_nl(s):
    s = s.replace("€", "").replace("%", "").replace("+", "").strip()
    return float(s.replace(".", "").replace(",", "."))


def find_cell(text, label, col, printed):
    """A line containing label whose col-th number token after the label equals printed.
    col None: printed occurs somewhere in the line (or, label None, anywhere in the text)."""
    if label is None:
        flat = re.sub(r"\s+", " ", text)
        return re.search(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d])", flat) is not None
    for line in text.splitlines():
        i = line.lower().find(label.lower())
        if i < 0:
            continue
        rest = line[i + len(label):]
        toks = TOKEN.findall(rest)
        if col is None:
            if re.search(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d])", rest):
                return True
        elif -len(toks) <= col < len(toks) and toks[col] == printed:
            return True
    return False


# Per turn: (doc, [(label, column index among numbers after the label, printed)], f(values) -> expected)
# Values are parsed printed numbers; scale is applied in f.
K = 1000
SPEC = {
    "w-h-totaal-lasten": ("H", [("Totaal lasten", 2, "89.532"), (None, None, "€ 89.532.000")],
                          lambda v: v[0] * K),
    "w-h-totaal-baten": ("H", [("Totaal baten", 2, "89.630")], lambda v: v[0] * K),
    "w-h-p7-lasten-real": ("H", [("Lasten 7 Zorg en participatie", 2, "28.499")], lambda v: v[0] * K),
    "w-h-p6-lasten-prim": ("H", [("Lasten 6 Onderwijs en jeugd", 0, "9.638")], lambda v: v[0] * K),
    "w-h-tv-afval": ("H", [("7.3 Afval", 0, "4.812")], lambda v: v[0] * K),
    "w-h-ozb-tarief": ("H", [("OZB woningen eigenaar", 1, "0,0981")], lambda v: v[0]),
    "w-h-alg-reserve-eind": ("H", [("Algemene reserve   ", 4, "14.850")], lambda v: v[0] * K),
    "w-h-res-sociaal-eind": ("H", [("Reserve sociaal domein", 4, "2.065")], lambda v: v[0] * K),
    "w-h-resultaat": ("H", [("Gerealiseerd resultaat  ", 2, "1.650"),
                            (None, None, "€ 1.650.000")], lambda v: v[0] * K),
    "w-h-resultaat-vs-begroting": ("H", [("Gerealiseerd resultaat  ", 3, "2.105"),
                                         ("Gerealiseerd resultaat  ", 2, "1.650"),
                                         ("Gerealiseerd resultaat  ", 1, "-455")],
                                   lambda v: (v[1] - v[2]) * K if v[0] == v[1] - v[2] else None),
    "w-h-gemeentefonds": ("H", [("0.7 Algemene uitkering", 1, "52.451"),
                                (None, None, "€ 52.451.000")], lambda v: v[0] * K),
    "w-h-ozb-opbrengst-som": ("H", [("0.61 OZB woningen", 1, "5.486"),
                                    ("0.62 OZB niet-woningen", 1, "2.913"),
                                    (None, None, "€ 8.399.000")],
                              lambda v: (v[0] + v[1]) * K if v[0] + v[1] == v[2] / K else None),
    "w-h-inv-ikc": ("H", [("Uitbreiding IKC Hallerbroek-Zuid", 2, "2.871.305")], lambda v: v[0]),
    "w-h-inv-fietspad-restant": ("H", [("Fietspad Broekdijk", 3, "660.945")], lambda v: v[0]),
    "w-h-ind-woningen": ("H", [("Opgeleverde nieuwbouwwoningen", 1, "184")], lambda v: v[0]),
    "w-h-schuldquote": ("H", [("Netto schuldquote   ", 1, "54,9")], lambda v: v[0]),
    "w-h-wnt-secretaris": ("H", [("(gemeentesecretaris)", -1, "160.146")], lambda v: v[0]),
    "w-h-p6-overschrijding": ("H", [("Lasten 6 Onderwijs en jeugd", 3, "1.362"),
                                    ("Lasten 6 Onderwijs en jeugd", 2, "12.150"),
                                    ("Lasten 6 Onderwijs en jeugd", 1, "10.788")],
                              lambda v: (v[1] - v[2]) * K if v[0] == v[1] - v[2] else None),
    "w-h-woonlasten-pct": ("H", [(None, None, "€ 891"), (None, None, "€ 872")],
                           lambda v: round((v[0] - v[1]) / v[1] * 100, 2)),
    "w-h-jeugdhulp-som": ("H", [("6.72 Maatwerkdienstverlening 18-  ", 0, "4.968"),
                                ("6.82 Geëscaleerde zorg 18-  ", 0, "3.277")],
                          lambda v: (v[0] + v[1]) * K),
    "w-h-aandeel-p7": ("H", [("Lasten 7 Zorg en participatie", 2, "28.499"),
                             ("Totaal lasten", 2, "89.532")],
                       lambda v: round(v[0] / v[1] * 100, 2)),
    "w-h-conv-veiligheid": [
        ("H", [("Lasten 2 Veiligheid en milieu", 2, "10.128")], lambda v: v[0] * K),
        ("H", [("Baten 2 Veiligheid en milieu", 2, "6.181")], lambda v: v[0] * K),
        ("H", [("Lasten 2 Veiligheid en milieu", 1, "9.954")], lambda v: v[0] * K),
    ],
    "w-h-conv-duurzaamheid": [
        ("H", [("Reserve duurzaamheid en energietransitie", 4, "1.275")], lambda v: v[0] * K),
        ("H", [("Reserve duurzaamheid en energietransitie", 0, "1.150")], lambda v: v[0] * K),
    ],
    "w-h-conv-toeristenbelasting": [
        ("H", [("Toeristenbelasting", 1, "2,10")], lambda v: v[0]),
        ("H", [("Toeristenbelasting", 0, "1,85")], lambda v: v[0]),
        None,
    ],
    "w-vr-bijdrage-wielenburg": ("VR", [("Wielenburg 19,85%", 1, "6.658.881")], lambda v: v[0]),
    "w-vr-bijdrage-hallerbroek": ("VR", [("Hallerbroek 8,24%", 1, "2.764.190")], lambda v: v[0]),
    "w-vr-totale-lasten-2027": ("VR", [("Totaal saldo van baten en lasten 35.305", 5, "38.280"),
                                       (None, None, "€ 38.280.000")], lambda v: v[0] * K),
    "w-vr-brandweer-2029": ("VR", [("Brandweerzorg 23.390", 2, "23.702")], lambda v: v[0] * K),
    "w-vr-ghor-saldo-2030": ("VR", [("GHOR 1.261", 7, "-1.296")], lambda v: v[0] * K),
    "w-vr-stijging-lasten-2028": ("VR", [("Totaal saldo van baten en lasten 35.305", 5, "38.280"),
                                         ("Totaal saldo van baten en lasten", 0, "38.806")],
                                  lambda v: (v[1] - v[0]) * K),
    "w-vr-sleutel-mentinkveld": ("VR", [("Mentinkveld", 0, "14,62")], lambda v: v[0]),
    "w-vr-resultaat-2025": ("VR", [("Totaal resultaat 2025", 0, "412.318"),
                                   (None, None, "€ 412.318"), ("Resultaat", 0, "412")],
                            lambda v: v[0] if round(v[0] / K) == v[2] else None),
    "w-vr-terug-bakkeloo": ("VR", [("Bakkeloo", 0, "24.033")], lambda v: v[0]),
    "w-vr-stijging-strienwolde": ("VR", [("Strienwolde 24,37%", 5, "+382.122"),
                                         ("Strienwolde 24,37%", 1, "8.175.161"),
                                         ("Strienwolde 24,37%", 0, "7.793.039")],
                                  lambda v: v[0] if v[0] == v[1] - v[2] else None),
    "w-vr-groei-bijdragen": ("VR", [("Totaal 100,00%", 0, "31.978.000"),
                                    ("Totaal 100,00%", 1, "33.546.000"), (None, None, "4,9%")],
                             lambda v: round((v[1] - v[0]) / v[0] * 100, 2)),
    "w-vr-reserve-kapitaallasten-2028": ("VR", [("Reserve egalisatie kapitaallasten 1.260", 3, "900")],
                                         lambda v: v[0] * K),
    "w-vr-investeringen-2028": ("VR", [("Totaal investeringen", 1, "2.250")], lambda v: v[0] * K),
    "w-vr-som-oudemeeden-vredenhoeve": ("VR", [("Oudemeeden 9,45%", 2, "3.218.386"),
                                               ("Vredenhoeve 11,29%", 2, "3.845.035")],
                                        lambda v: v[0] + v[1]),
    "w-vr-conv-risico": [
        ("VR", [("Risico- en crisisbeheersing 3.286", 5, "3.592")], lambda v: v[0] * K),
        ("VR", [("Risico- en crisisbeheersing 3.640", 5, "3.735")], lambda v: v[0] * K),
        ("VR", [("Risico- en crisisbeheersing 3.640", 6, "314")], lambda v: v[0] * K),
    ],
    "w-vr-conv-bakkeloo": [
        ("VR", [("Bakkeloo 12,18%", 0, "3.894.920")], lambda v: v[0]),
        ("VR", [("Bakkeloo 12,18%", 4, "4.279.078")], lambda v: v[0]),
    ],
    "w-vr-conv-alg-reserve": [
        ("VR", [("Algemene reserve 1.840", 1, "1.840")], lambda v: v[0] * K),
        None,
    ],
}

# Refusals: strings whose presence would make the question answerable (must be absent),
# plus strings that must be present to show the neighbourhood really is what the comment says.
REFUSALS = {
    "w-h-conv-toeristenbelasting#2": {"absent": {"H": ["Tarief 2027", "toeristenbelasting 2027"]},
                                      "present": {"H": ["Tarief 2025\tTarief 2026"]}},
    "w-vr-conv-alg-reserve#1": {"absent": {"VR": ["2031"]}, "present": {"VR": ["31-12-2030"]}},
    "w-r-h-2024": {"absent": {"H": ["2024"]}},
    "w-r-h-erfgoed": {"absent": {"H": ["5.5 ", "erfgoed"]}},
    "w-r-h-per-inwoner": {"absent_re": {"H": [r"(?<!per )(?<![\d.])\d{1,3}\.\d{3}\s+inwoners", r"inwoners(aantal)?\s*:?\s*\d",
                                              r"aantal inwoners"]}},
    "w-r-h-ozb-2028": {"absent": {"H": ["2028 bedraagt", "tarief 2028", "Tarief 2028"]}},
    "w-r-vr-ebbenwoude": {"absent": {"H": ["Ebbenwoude"], "VR": ["Ebbenwoude"]}},
    "w-r-strienwolde-lasten": {"absent": {"H": ["Strienwolde"]},
                               "absent_re": {"VR": [r"[Ll]asten (van )?(de )?gemeente Strienwolde"]}},
    "w-r-vr-uitrukken-2026": {"present": {"VR": ["Aantal uitrukken brandweer - 4.182"]},
                              "absent_re": {"VR": [r"uitrukken[^\n]*2026", r"2026[^\n]*uitrukken"]}},
    "w-r-vr-kazerne-mentinkveld": {"absent_re": {"VR": [r"[Kk]azerne (in )?Mentinkveld",
                                                        r"nieuwe (brandweer)?kazerne"]}},
}

KINDS = {"figure", "text", "refusal", "any"}
UNITS = {"EUR", "count", "percent", "grade"}
EXPECT_KEYS = {"value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"}


def check_format(doc):
    if doc.get("version") != 1:
        err("version must be 1")
    ids = set()
    turns = []
    for c in doc.get("cases", []):
        cid = c.get("id")
        if not cid or cid in ids:
            err(f"missing/duplicate id {cid}")
        ids.add(cid)
        allowed = {"id", "question", "municipality", "kind", "expect", "turns"}
        if set(c) - allowed:
            err(f"{cid}: unknown keys {set(c) - allowed}")
        if "turns" in c:
            if "question" in c or "kind" in c:
                err(f"{cid}: conversation with top-level question/kind")
            for i, t in enumerate(c["turns"]):
                if set(t) - {"question", "kind", "expect"}:
                    err(f"{cid}#{i}: unknown turn keys")
                turns.append((cid, i, t, c.get("municipality"), True))
        else:
            turns.append((cid, None, c, c.get("municipality"), False))
    for cid, i, t, scope, conv in turns:
        name = cid if i is None else f"{cid}#{i}"
        if not isinstance(t.get("question"), str) or not t["question"].strip():
            err(f"{name}: no question")
        k = t.get("kind")
        if k not in KINDS:
            err(f"{name}: bad kind {k}")
        e = t.get("expect") or {}
        if set(e) - EXPECT_KEYS:
            err(f"{name}: unknown expect keys {set(e) - EXPECT_KEYS}")
        if k == "figure":
            if "value" not in e and "accept" not in e:
                err(f"{name}: figure without value/accept")
            if e.get("unit") not in UNITS:
                err(f"{name}: bad unit")
            if e.get("municipality") not in (H_MUN, VR_MUN):
                err(f"{name}: bad expect.municipality")
        if k == "text" and not e.get("include"):
            err(f"{name}: text without include")
        if k == "refusal" and e:
            err(f"{name}: refusal with expect")
        if scope not in (None, H_MUN, VR_MUN):
            err(f"{name}: bad scope {scope}")
    return turns


def main():
    # 1. generators: totals add up (raises on failure); text export is reproducible
    gen_hallerbroek.checks()
    gen_luttervenen.checks()
    pages = gen_hallerbroek.build_pages()
    with open(H_FILE, encoding="utf-8") as f:
        if f.read().count("\f") != len(pages) - 1:
            err("hallerbroek txt page count differs from generator")
    texts = load_texts()
    # regenerate-in-memory comparison for the text export
    import io
    import contextlib
    buf = io.StringIO()
    tmp_out = gen_hallerbroek.OUT
    try:
        gen_hallerbroek.OUT = "/tmp/setw-work/regen.txt"
        os.makedirs("/tmp/setw-work", exist_ok=True)
        with contextlib.redirect_stdout(buf):
            gen_hallerbroek.render()
        with open(gen_hallerbroek.OUT, encoding="utf-8") as f:
            if f.read() != texts["H"]:
                err("hallerbroek txt is not what the generator produces")
    finally:
        gen_hallerbroek.OUT = tmp_out

    # 2. cases.yaml format
    with open(os.path.join(ROOT, "cases.yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    turns = check_format(doc)

    # 3. figure turns: cited cells exist, expected value = arithmetic over printed values
    counts = {}
    for cid, i, t, scope, conv in turns:
        k = t["kind"]
        counts[k] = counts.get(k, 0) + 1
        name = cid if i is None else f"{cid}#{i}"
        spec = SPEC.get(cid)
        if isinstance(spec, list):
            spec = spec[i] if i is not None and i < len(spec) else None
        if k == "figure":
            if spec is None:
                err(f"{name}: figure turn without SPEC")
                continue
            d, cites, f = spec
            want_mun = H_MUN if d == "H" else VR_MUN
            if t["expect"].get("municipality") != want_mun:
                err(f"{name}: expect.municipality should be {want_mun}")
            ok = True
            for label, col, printed in cites:
                if not find_cell(texts[d], label, col, printed):
                    err(f"{name}: '{printed}' not found in {d} at row '{label}' col {col}")
                    ok = False
            if not ok:
                continue
            vals = [parse_nl(p) for _, _, p in cites]
            exp = f(vals)
            if exp is None:
                err(f"{name}: printed values do not add up")
                continue
            e = t["expect"]
            tol = e.get("tolerance", 0)
            got = e.get("value", (e.get("accept") or [None])[0])
            if abs(abs(got) - abs(exp)) > max(tol, 1e-6):
                err(f"{name}: expect {got} but printed cells give {exp}")
        elif k == "refusal":
            r = REFUSALS.get(name)
            if r is None:
                err(f"{name}: refusal without absence check")
                continue
            for d, strs in r.get("absent", {}).items():
                for s in strs:
                    if s.lower() in texts[d].lower():
                        err(f"{name}: '{s}' occurs in {d}, refusal may be answerable")
            for d, pats in r.get("absent_re", {}).items():
                for p in pats:
                    if re.search(p, texts[d], re.I):
                        err(f"{name}: /{p}/ matches {d}, refusal may be answerable")
            for d, strs in r.get("present", {}).items():
                for s in strs:
                    if s not in texts[d]:
                        err(f"{name}: expected context '{s}' missing in {d}")
        elif k == "text":
            d = "H" if t["expect"]["municipality"] == H_MUN else "VR"
            flat = re.sub(r"\s+", " ", texts[d]).lower()
            for item in t["expect"]["include"]:
                opts = item if isinstance(item, list) else [item]
                if not any(o.lower() in flat for o in opts):
                    err(f"{name}: none of {opts} occurs in {d}")
    # no SPEC entries for unknown ids
    known = {c["id"] for c in doc["cases"]}
    for sid in list(SPEC) + [r.split("#")[0] for r in REFUSALS]:
        if sid not in known:
            err(f"SPEC/REFUSALS id {sid} not in cases.yaml")
    n = sum(counts.values())
    print(f"turns: {n}  " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    if ERRORS:
        print("FAIL")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
