"""Verify set-z: the data add up, and every expected figure is visible in (or derived from) the
documents as a reader extracts them.

Usage: python check.py [CORPUS_DIR] [CASES_YAML]
Needs pdftotext (poppler-utils) and PyYAML.  Exits non-zero on the first list of failures.
"""

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

import cases_spec as spec
import data_heuvelzate as g
import data_kortenhoeve as k

HERE = Path(__file__).resolve().parent
FAILS: list[str] = []


def expect(cond: bool, msg: str) -> None:
    if not cond:
        FAILS.append(msg)


# ---------------------------------------------------------------- document text as a reader gets it

def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


class WordHtmlText(HTMLParser):
    """Plain text of a Word HTML page: one line per paragraph, table rows as 'a | b | c'."""

    BLOCK = {"p", "h1", "h2", "h3", "div", "br", "li", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title", "xml"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag == "td":
            self.cell = []
        elif tag in self.BLOCK and self.cell is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "xml"):
            self.skip -= 1
        elif tag == "td" and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in self.BLOCK and self.cell is None:
            self.flush()
        elif tag in ("p",) and self.cell is not None:
            self.cell.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        data = data.replace("\xa0", " ")
        (self.cell if self.cell is not None else self.cur).append(data)

    def flush(self):
        line = " ".join("".join(self.cur).split())
        if line:
            self.lines.append(line)
        self.cur = []


def html_text(path: Path) -> str:
    raw = path.read_bytes()
    m = re.search(rb"charset=([\w-]+)", raw[:2000])
    text = raw.decode(m.group(1).decode() if m else "utf-8")
    parser = WordHtmlText()
    parser.feed(text)
    parser.flush()
    return "\n".join(parser.lines)


# ---------------------------------------------------------------- helpers

def parse_printed(s: str) -> float:
    t = s.replace("€", "").replace("%", "").replace(" ", "").replace("\u2212", "-")
    neg = t.startswith("-") or (t.startswith("(") and t.endswith(")"))
    t = t.strip("()-")
    t = t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def find_cell(lines: list[str], anchor: str, label: str, printed: str, window: int = 70) -> bool:
    num = re.compile(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d]|[.,]\d)")
    for i, line in enumerate(lines):
        if anchor.lower() not in line.lower():
            continue
        for j in range(i, min(i + window, len(lines))):
            cand = lines[j]
            if j > i and anchor.startswith("Tabel") and cand.lstrip().startswith("Tabel "):
                break  # the next table begins: the cell must lie in the anchored table
            if label.lower() in cand.lower() and num.search(cand):
                return True
    return False


# ---------------------------------------------------------------- internal consistency

def check_kortenhoeve() -> None:
    lasten, baten = k.taakveld_totals()
    ov = k.overview_k(2028)
    expect(ov["lasten"] == k.k(lasten), f"K overview lasten {ov['lasten']} != {k.k(lasten)}")
    expect(ov["baten"] == k.k(baten), f"K overview baten {ov['baten']} != {k.k(baten)}")
    expect(abs(ov["resultaat"] * 1000 - k.taakveld_result()) < 1000, "K resultaat x1000 vs euros")
    for y in k.YEARS:
        o = k.overview_k(y)
        expect(o["lasten"] == sum(v[0] for v in o["rows"].values()), f"K lasten sum {y}")
        expect(o["baten"] == sum(v[1] for v in o["rows"].values()), f"K baten sum {y}")
        expect(o["saldo"] == o["baten"] - o["lasten"], f"K saldo {y}")
        expect(o["resultaat"] == o["saldo"] - o["toev"] + o["ontt"], f"K resultaat {y}")
        net = sum(v[y] for _, v in k.DEKKING)
        la, ba = k.adm_euros(y)
        expect(ba - la == net, f"K dekking net {y}")
    # taakvelden of ADM against the dekking table (2028)
    tv = {t[0]: t for t in k.TAAKVELDEN}
    dek = {lbl: v[2028] for lbl, v in k.DEKKING}
    expect(tv["0.61"][4] == dek["Onroerendezaakbelasting woningen"], "K 0.61")
    expect(tv["0.62"][4] == dek["Onroerendezaakbelasting niet-woningen"], "K 0.62")
    expect(tv["0.64"][4] == dek["Hondenbelasting"] + dek["Toeristenbelasting"] + dek["Precariobelasting"], "K 0.64")
    expect(tv["0.7"][4] == dek["Algemene uitkering gemeentefonds"], "K 0.7")
    expect(tv["0.5"][4] - dek["Dividenden"] - tv["0.5"][3] == dek["Saldo financieringsfunctie"], "K treasury")
    expect(-(tv["0.61"][3] + tv["0.62"][3] + tv["0.64"][3]) == dek["Kosten heffing en invordering belastingen"], "K perceptie")
    expect(k.TREASURY_LASTEN[2028] == tv["0.5"][3], "K treasury lasten 2028")
    # reserves
    toev, ontt, start, end = k.reserves_totals()
    expect(start + toev - ontt == end, "K reserves totals")
    expect(k.k(toev) == ov["toev"] and k.k(ontt) == ov["ontt"], "K reserve mutations vs overview")
    inc = {i[2]: i[3][2028] for i in k.INCIDENTEEL}
    res = {r[0]: r for r in k.RESERVES}
    expect(inc["Onttrekking algemene reserve"] == res["Algemene reserve"][4], "K inc alg reserve")
    expect(inc["Onttrekking reserve sociaal domein"] == res["Reserve sociaal domein"][4], "K inc sd")
    expect(inc["Onttrekking reserve woningbouwimpuls"] == res["Reserve woningbouwimpuls"][4], "K inc wbi")
    expect(inc["Toevoeging reserve dekking investeringen"] == res["Reserve dekking investeringen"][3], "K inc toev")
    expect(inc["Uitvoering woningbouwimpuls"] == res["Reserve woningbouwimpuls"][4], "K wbi lasten gedekt")
    for v in k.VOORZIENINGEN_K:
        expect(k.voorziening_end(v) == v[1] + v[2] - v[3] - v[4], f"K voorziening {v[0]}")
    gebouwen = [o for o in k.ONDERHOUD if o[0] == "Gemeentelijke gebouwen"][0][3]
    expect(gebouwen == k.VOORZIENINGEN_K[0][3] * 1000, "K onderhoud gebouwen = aanwending voorziening")
    # structureel and exploitatieruimte
    for y in (2028, 2029, 2030, 2031):
        s = k.structureel_k(y)
        expect(s["structureel"] == s["resultaat"] + s["inc_lasten"] - s["inc_baten"], f"K structureel {y}")
    # weerstand
    besch, benod, ratio = k.weerstand()
    expect(k.WEERSTAND_BESCHIKBAAR[0][1] == k.RESERVES[0][2], "K weerstand alg reserve = stand 1-1")
    expect(k.WEERSTAND_BESCHIKBAAR[2][1] == tv["0.8"][3], "K onvoorzien")
    expect(abs(besch / benod - ratio) < 0.005, "K ratio")
    # woonlasten
    for y, tarief in ((2027, 0.000918), (2028, 0.000941)):
        expect(round(k.WOZ_GEM[y] * tarief, 2) == k.WOONLASTEN[y]["ozb"], f"K ozb woonlasten {y}")
    expect(abs(100 * (k.woonlasten_total(2028) / k.woonlasten_total(2027) - 1) - 5.3) < 0.05, "K woonlasten 5,3%")
    expect(round(100 * (334.20 / 318.00 - 1), 1) == 5.1, "K afval 5,1%")
    # grex, woningbouw, leningen
    for gx in k.GREX_K:
        expect(k.grex_resultaat(gx) == gx[3] - gx[1] - gx[2], f"K grex {gx[0]}")
    expect(sum(sum(v.values()) for _, v in k.WONINGBOUW) == 1150, "K woningbouw 1.150")
    expect(sum(v[2028] for _, v in k.WONINGBOUW) == 350, "K woningbouw 2028")
    expect([v for n, v in k.WONINGBOUW if n == "Hoeveweide"][0][2028] == 210, "K Hoeveweide 210")
    # verbonden partijen inside their taakvelden; 3,1% veiligheidsregio
    vp = {v[0]: v for v in k.VERBONDEN_PARTIJEN}
    vr = vp["Veiligheidsregio Zuidelijke Hoeven"]
    expect(round(100 * (vr[4] / vr[3] - 1), 1) == 3.1, "K veiligheidsregio 3,1%")
    expect(vr[4] <= tv["1.1"][3] and vp["GGD Zuidelijke Hoeven"][4] <= tv["7.1"][3], "K VP within taakveld")
    # prose claims
    p_l = sum(k.group_k(p, 2028)[0] for p in ("P1", "P2", "P3", "P4", "P5"))
    expect(k.group_k("P4", 2028)[0] / p_l > 0.45, "K sociaal domein ruim 45%")
    expect(dek["Algemene uitkering gemeentefonds"] - [v for l, v in k.DEKKING if l.startswith("Algemene")][0][2027] > 1_800_000, "K AU +1,8 mln")
    expect(k.overview_k(2028)["ontt"] - k.overview_k(2028)["toev"] == 1547, "K reserves per saldo 1.547")


def check_heuvelzate() -> None:
    expect(g.resultaat_na(0) == 0 and g.resultaat_na(1) == 0, "G begroting sluitend")
    expect(g.resultaat_voor(2) - g.resultaat_voor(1) ==
           g.verschil("lasten", g.lasten(1), g.lasten(2))[0] + g.verschil("baten", g.baten(1), g.baten(2))[0],
           "G verschil resultaat")
    rows = g.bijdrage_rows()
    for r in rows:
        expect(r["pg"] == round(r["inw"] * g.TARIEF_PG) and r["jgz"] == round(r["jeugd"] * g.TARIEF_JGZ), f"G tarief {r['naam']}")
        expect(r["totaal"] == r["pg"] + r["jgz"] + r["plus"] and r["plus"] >= 0, f"G totaal {r['naam']}")
    expect(sum(r["totaal"] for r in rows) == g.bijdragen(1), "G bijdragen = baten algemene dekking")
    expect(min(rows, key=lambda r: r["totaal"])["naam"] == "Ketelum", "G laagste bijdrage Ketelum")
    ends = [g.reserve_end(r) for r in g.RESERVES]
    expect(sum(r[4] for r in g.RESERVES) == g.ONTTREKKINGEN[2], "G onttrekkingen")
    expect(sum(r[3] for r in g.RESERVES) == g.TOEVOEGINGEN[2], "G toevoegingen")
    expect(g.RESERVES[0][2] + g.TERUGBETAALD_2026 == g.RESULTAAT_2026_NA_BESTEMMING, "G bestemming 2026")
    r26 = g.REAL_2026
    expect(r26["baten"] - r26["lasten"] - r26["toev"] + r26["ontt"] == g.RESULTAAT_2026_NA_BESTEMMING, "G resultaat 2026")
    b = g.balans()
    for i in (0, 1):
        expect(b[i]["vaste_activa"] + b[i]["vlottende_activa"] == b[i]["activa"], f"G activa {i}")
        expect(b[i]["vaste_passiva"] + b[i]["vlottende_passiva"] == b[i]["activa"], f"G passiva {i}")
        expect(b[i]["overl_p"] > 0, f"G overlopende passiva {i}")
    expect(b[0]["alg"] == g.k(ends[0]) and b[0]["best"] == g.k(sum(ends[1:])), "G balans reserves")
    expect(abs(ends[0] / g.BENODIGDE_WEERSTANDSCAPACITEIT - g.weerstandsratio()) < 0.005, "G ratio")
    expect(ends[0] < 0.05 * g.lasten(1), "G algemene reserve onder 5%")
    jgz = g.PROGRAMMAS[0]
    expect(g.verschil("lasten", jgz[2][1], jgz[2][2]) == (312282, "V"), "G JGZ verschil in tekst")
    expect(g.verschil("lasten", g.PROGRAMMAS[1][2][1], g.PROGRAMMAS[1][2][2]) == (166676, "N"), "G IZB verschil in tekst")


# ---------------------------------------------------------------- cases against the documents

def check_cases(texts: dict[str, list[str]], cases_yaml: Path) -> tuple[dict, int]:
    counts = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
    for case in spec.CASES:
        for n, t in enumerate(case["turns"]):
            counts[t["kind"]] += 1
            where = f"{case['id']} turn {n + 1}"
            if t["kind"] == "figure":
                vals = []
                for c in t["cells"]:
                    ok = find_cell(texts[c["doc"]], c["anchor"], c["label"], c["printed"])
                    expect(ok, f"{where}: '{c['printed']}' not found with '{c['label']}' after '{c['anchor']}'")
                    vals.append(parse_printed(c["printed"]) * c["scale"])
                env = {f"c{i}": v for i, v in enumerate(vals)}
                got = eval(t["calc"], {"abs": abs}, env)
                tol = t.get("tolerance", 0)
                diff = abs(abs(got) - abs(t["value"]))
                expect(diff <= max(tol, 1e-6), f"{where}: calc {got} != expected {t['value']}")
                for a in t.get("accept", []):
                    expect(abs(a - t["value"]) < 1000, f"{where}: accept {a} is not a rounding of {t['value']}")
            elif t["kind"] == "text":
                doc = GD if case.get("municipality") == g.MUNICIPALITY else KD
                full = "\n".join(texts[doc]).lower()
                for item in t["include"]:
                    alts = item if isinstance(item, list) else [item]
                    expect(any(a.lower() in full for a in alts), f"{where}: none of {alts} in document")
            elif t["kind"] == "refusal":
                if t.get("doc"):
                    full = "\n".join(texts[t["doc"]])
                    for a in t["absent"]:
                        expect(a not in full, f"{where}: '{a}' does occur in the document")
    # the YAML on disk is the one the spec writes
    data = yaml.safe_load(cases_yaml.read_text(encoding="utf-8"))
    expect(data["version"] == 1, "cases.yaml version")
    expect(len(data["cases"]) == len(spec.CASES), "cases.yaml out of date: rerun cases_spec.py")
    for c_yaml, c_spec in zip(data["cases"], spec.CASES):
        turns = c_yaml.get("turns") or [c_yaml]
        for ty, ts in zip(turns, c_spec["turns"]):
            expect(ty["question"] == ts["question"] and ty["kind"] == ts["kind"], f"{c_yaml['id']}: yaml differs")
            if ts["kind"] == "figure":
                expect(abs(ty["expect"]["value"] - ts["value"]) < 1e-9, f"{c_yaml['id']}: yaml value differs")
                expect("municipality" in ty["expect"], f"{c_yaml['id']}: figure without expected municipality")
    return counts, len(spec.CASES)


KD, GD = spec.KD, spec.GD


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "corpus"
    cases_yaml = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parent / "cases.yaml"
    check_kortenhoeve()
    check_heuvelzate()
    ktxt = pdf_text(corpus / "kortenhoeve-programmabegroting-2028.pdf")
    gtxt = html_text(corpus / "ggd-heuvelzate-jaarstukken-2027.htm")
    # the PDF text must come out as real characters, not glyph ids
    for word in ("Programmabegroting", "Financiële", "Geëscaleerde zorg 18-", "€ 1.000", "Maatwerkdienstverlening 18-", "reëel"):
        expect(word in ktxt, f"PDF text lacks '{word}'")
    expect("\ufffd" not in ktxt and "\ufffd" not in gtxt, "replacement characters in extracted text")
    for word in ("Jaarstukken 2027", "cliëntdossier", "Materiële vaste activa", "€ 193.758", "’s Rijks"):
        expect(word in gtxt, f"HTML text lacks '{word}'")
    expect("Kortenhoeve" not in gtxt and "Heuvelzate" not in ktxt, "documents mention each other")
    texts = {KD: ktxt.splitlines(), GD: gtxt.splitlines()}
    counts, ncases = check_cases(texts, cases_yaml)
    pages = subprocess.run(["pdfinfo", str(corpus / "kortenhoeve-programmabegroting-2028.pdf")],
                           capture_output=True, text=True).stdout
    npages = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    expect(16 <= npages <= 20, f"PDF has {npages} pages")
    if FAILS:
        print("FAILED:")
        for f in FAILS:
            print(" -", f)
        return 1
    print(f"ok: {ncases} cases, turns per kind {counts}, PDF pages {npages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
