"""Write ../cases.yaml and provenance.json for set-ae.

Every expected figure is taken from the data module AND located in the finished document: the printed
token is read back (extract.py), parsed, scaled and must equal the data value. The provenance records the
document, page (PDF) or heading + table index (Markdown), table caption, row, column, printed text, scale,
and the derivation for computed figures.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import data as d
from extract import MdDoc, PdfText, clean, parse_num
from fmt import mln, n

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
PDF = PdfText(CORPUS / d.MUNI_FILE)
MD = MdDoc(CORPUS / d.GR_FILE)
W, G = d.MUNI, d.GR

# ---------------------------------------------------------------------------
# Where the PDF tables are: region start/end lines (headings), sub-region start/end inside it, caption,
# column names by token index (from the right).
# ---------------------------------------------------------------------------
Y4 = {-4: "2033", -3: "2034", -2: "2035", -1: "2036"}
PROG_COLS = {-3: "Rekening 2031", -2: "Begroting 2032", -1: "Begroting 2033"}
PROG_HEAD = {c: f"2.{nr} Programma {nr} {nm}" for c, nr, nm in d.PROGRAMMES}
PROG_NEXT = {c: (PROG_HEAD[d.PROGRAMMES[i + 1][0]] if i + 1 < len(d.PROGRAMMES) else "3 Paragrafen")
             for i, (c, _, _) in enumerate(d.PROGRAMMES)}
REGIONS: dict[str, dict] = {
    "fin": dict(start="1.1 Het financieel beeld", end="1.2 Kerngegevens",
                sub=("Tabel 1.1 Meerjarig financieel beeld", None), caption="Tabel 1.1 Meerjarig financieel beeld",
                cols=Y4),
    "kern": dict(start="1.2 Kerngegevens", end="1.3 Nieuw beleid", sub=("Tabel 1.2 Kerngegevens", None),
                 caption="Tabel 1.2 Kerngegevens", cols={-2: "1-1-2031", -1: "1-1-2032"}),
    "tarieven": dict(start="3.1 Lokale heffingen", end="3.2 Weerstandsvermogen en risicobeheersing",
                     sub=("Tabel 3.1 Tarieven lokale heffingen", "Tabel 3.2 Woonlasten meerpersoonshuishouden"),
                     caption="Tabel 3.1 Tarieven lokale heffingen",
                     cols={-3: "Tarief 2032", -2: "Tarief 2033", -1: "Stijging"}),
    "woonlasten": dict(start="3.1 Lokale heffingen", end="3.2 Weerstandsvermogen en risicobeheersing",
                       sub=("Tabel 3.2 Woonlasten meerpersoonshuishouden", "Kwijtschelding"),
                       caption="Tabel 3.2 Woonlasten meerpersoonshuishouden", cols={-2: "2032", -1: "2033"}),
    "weerstand": dict(start="3.2 Weerstandsvermogen en risicobeheersing", end="3.3 Financiering",
                      sub=("Tabel 3.3 Weerstandsvermogen 2033", "Tabel 3.4 Belangrijkste risico's"),
                      caption="Tabel 3.3 Weerstandsvermogen 2033", cols={-1: "Bedrag"}),
    "kengetallen": dict(start="3.3 Financiering", end="3.4 Verbonden partijen",
                        sub=("Tabel 3.5 Financiële kengetallen", None), caption="Tabel 3.5 Financiële kengetallen",
                        cols={-3: "Rekening 2031", -2: "Begroting 2032", -1: "Begroting 2033"}),
    "verbonden": dict(start="3.4 Verbonden partijen", end="4 Financiële begroting",
                      sub=("Tabel 3.6 Bijdragen aan verbonden partijen", None),
                      caption="Tabel 3.6 Bijdragen aan verbonden partijen",
                      cols={-2: "Begroting 2032", -1: "Begroting 2033"}),
    "ovz_lasten": dict(start="4.1 Overzicht van baten en lasten", end="4.2 Overzicht algemene dekkingsmiddelen",
                       sub=("Lasten", "Baten"), caption="Tabel 4.1 Overzicht van baten en lasten 2033-2036, Lasten",
                       cols=Y4),
    "ovz_baten": dict(start="4.1 Overzicht van baten en lasten", end="4.2 Overzicht algemene dekkingsmiddelen",
                      sub=("Baten", None), caption="Tabel 4.1 Overzicht van baten en lasten 2033-2036, Baten",
                      cols=Y4),
    "adm": dict(start="4.2 Overzicht algemene dekkingsmiddelen", end="4.3 Overzicht reserves",
                sub=("Tabel 4.2 Algemene dekkingsmiddelen", None), caption="Tabel 4.2 Algemene dekkingsmiddelen",
                cols=Y4),
    "reserves": dict(start="4.3 Overzicht reserves", end="4.4 Investeringsplan 2033-2036",
                     sub=("Tabel 4.3 Verloop van de reserves", None), caption="Tabel 4.3 Verloop van de reserves",
                     cols={-7: "Stand 1-1-2033", -6: "Toevoeging 2033", -5: "Onttrekking 2033",
                           -4: "Stand 31-12-2033", -3: "Stand 31-12-2034", -2: "Stand 31-12-2035",
                           -1: "Stand 31-12-2036"}),
    "inv": dict(start="4.4 Investeringsplan 2033-2036", end="Bijlage 1 Begrippenlijst",
                sub=("Tabel 4.4 Investeringsplan", None), caption="Tabel 4.4 Investeringsplan",
                cols={-5: "2033", -4: "2034", -3: "2035", -2: "2036", -1: "Totaal 2033-2036"}),
}
for _c, _nr, _nm in d.PROGRAMMES:
    REGIONS[f"prog:{_c}"] = dict(start=PROG_HEAD[_c], end=PROG_NEXT[_c],
                                 sub=(f"Tabel 2.{_nr}.2 Lasten en baten programma {_nr}", None),
                                 caption=f"Tabel 2.{_nr}.2 Lasten en baten programma {_nr}", cols=PROG_COLS)
    REGIONS[f"ind:{_c}"] = dict(start=PROG_HEAD[_c], end=PROG_NEXT[_c],
                                sub=(f"Tabel 2.{_nr}.1 Beleidsindicatoren programma {_nr}", "Wat mag het kosten?"),
                                caption=f"Tabel 2.{_nr}.1 Beleidsindicatoren programma {_nr}",
                                cols={-2: "Realisatie 2031", -1: "Doel 2033"})
REGIONS["p4ond"] = dict(start=PROG_HEAD["P4"], end=PROG_NEXT["P4"],
                        sub=("Tabel 2.4.3 Lasten per onderdeel", "Toelichting op de verschillen"),
                        caption="Tabel 2.4.3 Lasten per onderdeel", cols={-2: "Begroting 2032", -1: "Begroting 2033"})


def pdf_region(name: str):
    r = REGIONS[name]
    reg = PDF.region(r["start"], r["end"])
    if r.get("sub"):
        reg = PDF.sub(reg, *r["sub"])
    return reg


def rm(name: str) -> list:
    """The line markers of a region, as check.py needs them: [start, end, sub_start, sub_end, caption line]."""
    r = REGIONS[name]
    return [r["start"], r["end"], *(r.get("sub") or (None, None)), r["caption"].split(", ")[0]]


@dataclass
class Src:
    value: float
    prov: dict


def _check(v: float, want: float | None, what: str) -> None:
    if want is not None and abs(v - want) > 1e-6:
        raise SystemExit(f"{what}: document prints {v}, data says {want}")


def pc(region: str, row: str, idx: int, want: float | None, scale: float = 1) -> Src:
    """A cell of a PDF table: region, row label, token index from the right."""
    page, toks = PDF.row(pdf_region(region), row)
    printed = toks[idx]
    v = parse_num(printed) * scale
    _check(v, want, f"{region}/{row}/{idx}")
    r = REGIONS[region]
    return Src(v, {"document": d.MUNI_FILE, "page": page, "layout": PDF.pages[page - 1].layout,
                   "section": r["start"], "table": r["caption"], "row": row, "column": r["cols"][idx],
                   "printed": printed, "scale": scale, "region": rm(region), "token_index": idx})


def pt(snippet: str, printed: str, want: float | None, scale: float = 1) -> Src:
    """A figure in the running text of the PDF."""
    assert printed in snippet
    page = PDF.find_text(snippet)
    v = parse_num(printed) * scale
    _check(v, want, f"text {snippet!r}")
    return Src(v, {"document": d.MUNI_FILE, "page": page, "layout": PDF.pages[page - 1].layout, "text": snippet,
                   "printed": printed, "scale": scale})


def mc(section: str, row: str, col: str, want: float | None, scale: float = 1, index: int = 0,
       after: str | None = None) -> Src:
    """A cell of a Markdown table: heading above it, n-th table under it, row label, column header."""
    printed = MD.cell(section, row, col, index, after)
    v = parse_num(printed) * scale
    _check(v, want, f"{section}/{row}/{col}")
    t = MD.table(section, index)
    p = {"document": d.GR_FILE, "heading": section, "table_index": index, "scale_text": t.scale_text,
         "row": row, "column": col, "printed": printed, "scale": scale}
    if after:
        p["after_row"] = after
    return Src(v, p)


def mt(snippet: str, printed: str, want: float | None, scale: float = 1) -> Src:
    """A figure in the running text of the Markdown file; records the heading it falls under."""
    assert printed in snippet
    if snippet not in MD.text:
        raise SystemExit(f"Markdown text not found: {snippet!r}")
    pos = MD.raw.index(snippet)
    line_no = MD.raw[:pos].count("\n")
    heading = [h for ln, _, h in MD.headings if ln <= line_no][-1]
    v = parse_num(printed) * scale
    _check(v, want, f"md text {snippet!r}")
    return Src(v, {"document": d.GR_FILE, "heading": heading, "text": snippet, "printed": printed, "scale": scale})


@dataclass
class Calc:
    expr: str                 # python expression over a, b, c ...
    srcs: list[Src]
    nd: int | None = None
    value: float = field(init=False)

    def __post_init__(self) -> None:
        env = {chr(97 + i): s.value for i, s in enumerate(self.srcs)}
        v = eval(self.expr, {}, env)  # noqa: S307 - our own expressions
        self.value = round(v, self.nd) if self.nd is not None else v

    @property
    def prov(self) -> dict:
        return {"derivation": self.expr, "operands": [s.prov for s in self.srcs], "round": self.nd,
                "result": self.value}


def num(v: float, signed: bool = False):
    if not signed:
        v = abs(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else float(v)


CASES: list[dict] = []
PROV: dict[str, object] = {}


def fig(q: str, src, *, alts=(), tol: float | None = None, unit: str | None = "EUR", body: str,
        signed: bool = False) -> tuple[dict, dict]:
    exp: dict = {"value": num(src.value, signed)}
    accept = list(dict.fromkeys(num(x.value, signed) for x in [src, *alts]))
    if len(accept) > 1:
        exp["accept"] = accept
    if tol is not None:
        exp["tolerance"] = tol
    if unit:
        exp["unit"] = unit
    exp["signed"] = signed
    exp["municipality"] = body
    prov = {"kind": "figure", "value": src.prov}
    if alts:
        prov["accept"] = [a.prov for a in alts]
    return {"question": q, "kind": "figure", "expect": exp}, prov


def text(q: str, include: list, body: str, exclude: list | None = None) -> tuple[dict, dict]:
    exp: dict = {"include": include, "municipality": body}
    if exclude:
        exp["exclude"] = exclude
    return {"question": q, "kind": "text", "expect": exp}, {"kind": "text", "document_of": body,
                                                            "include": include}


def refusal(q: str, absent: dict, why: str) -> tuple[dict, dict]:
    """absent: rules check.py verifies (document file -> rules); why: why the documents cannot answer."""
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}


def anyk(q: str, body: str, exclude: list | None = None) -> tuple[dict, dict]:
    exp: dict = {"municipality": body}
    if exclude:
        exp["exclude"] = exclude
    return {"question": q, "kind": "any", "expect": exp}, {"kind": "any"}


def case(cid: str, tp: tuple[dict, dict], scope: str | None = None) -> None:
    turn, prov = tp
    c: dict = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c["kind"] = turn["kind"]
    if "expect" in turn:
        c["expect"] = turn["expect"]
    CASES.append(c)
    PROV[cid] = prov


def conv(cid: str, turns: list[tuple[dict, dict]], scope: str | None = None) -> None:
    c: dict = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p in turns]


def L(p: str, c: str) -> int:
    return d.lasten(p, c) * 1000


def B(p: str, c: str) -> int:
    return d.baten(p, c) * 1000


PNAME = {c: f"{nr} {nm}" for c, nr, nm in d.PROGRAMMES}       # row label in table 4.1
YCOL = {"B33": -4, "M34": -3, "M35": -2, "M36": -1}
PCOL = {"R31": -3, "B32": -2, "B33": -1}


def ovz(kind: str, p: str, c: str) -> Src:
    region = "ovz_lasten" if kind == "lasten" else "ovz_baten"
    want = L(p, c) if kind == "lasten" else B(p, c)
    return pc(region, PNAME[p], YCOL[c], want, 1000)


def prog(p: str, row: str, c: str) -> Src:
    want = {"Lasten": L(p, c), "Baten": B(p, c), "Saldo": d.saldo(p, c) * 1000}[row]
    return pc(f"prog:{p}", row, PCOL[c], want, 1000)


# ===========================================================================
# Document 1: Gemeente Welderbroek, Programmabegroting 2033
# ===========================================================================
case("ae-w-p4-lasten-2033", fig(
    "Wat zijn de lasten van programma 4 Zorg en participatie in de begroting 2033?",
    prog("P4", "Lasten", "B33"),
    alts=[ovz("lasten", "P4", "B33"), pc("p4ond", "Totaal lasten", -1, L("P4", "B33"), 1000)], body=W), scope=W)

jh = d.P4_ONDERDEEL["Jeugdhulp"]
case("ae-w-jeugdzorg-2033", fig(
    "hoeveel geeft welderbroek in 2033 uit aan jeugdzorg?",
    pc("p4ond", "Jeugdhulp", -1, jh[2] * 1000, 1000),
    alts=[pt(f"Het budget voor jeugdhulp stijgt naar € {mln(jh[2] * 1000)} miljoen", mln(jh[2] * 1000),
             d.JEUGDHULP_2033_MLN * 1e6, 1_000_000)], body=W))

case("ae-w-p2-baten-2034", fig(
    "Welke baten raamt Welderbroek in 2034 voor programma 2 Openbare ruimte en mobiliteit?",
    ovz("baten", "P2", "M34"), body=W))

case("ae-w-p1-saldo-2033", fig(
    "Wat is het saldo van programma 1 Bestuur en veiligheid in de begroting 2033?",
    prog("P1", "Saldo", "B33"), body=W), scope=W)

r35 = d.resultaat("M35") * 1000
case("ae-w-begrotingssaldo-2035", fig(
    "Wat is het begrotingssaldo van Welderbroek in 2035? Een tekort graag als negatief bedrag.",
    pc("ovz_baten", "Resultaat (begrotingssaldo)", -2, r35, 1000),
    alts=[pc("fin", "Begrotingssaldo", -2, r35, 1000),
          Calc("-a", [pt(f"In 2035 ontstaat een tekort van € {n(-r35)}", n(-r35), -r35)])],
    body=W, signed=True))

case("ae-w-p5-rekening-2031", fig(
    "Wat waren de werkelijke lasten van Onderwijs, sport en cultuur in 2031 volgens de begroting van Welderbroek?",
    prog("P5", "Lasten", "R31"), body=W))

ar = d.RES["Algemene reserve"]
case("ae-w-algemene-reserve-begin-2033", fig(
    "Hoeveel zit er begin 2033 in de algemene reserve van Welderbroek?",
    pc("reserves", "Algemene reserve", -7, ar[1]),
    alts=[pc("weerstand", "Algemene reserve per 1 januari 2033", -1, round(ar[1] / 1000) * 1000, 1000)], body=W))

sd = d.RES["Reserve sociaal domein"]
case("ae-w-reserve-sociaal-domein-2033", fig(
    "Hoeveel haalt de gemeente in 2033 uit de reserve sociaal domein?",
    pc("reserves", "Reserve sociaal domein", -5, -sd[2][0][1]), body=W), scope=W)

wh = d.INV["Nieuwbouw sporthal Wilgenhorst"]
whs = "4 Nieuwbouw sporthal Wilgenhorst"
case("ae-w-sporthal-totaal", fig(
    "wat kost die nieuwe sporthal in Wilgenhorst nou in totaal?",
    pc("inv", whs, -1, sum(wh[4]) * 1000, 1000),
    alts=[pt(f"sporthal Wilgenhorst kost in totaal € {n(sum(wh[4]) / 1000, 2)} miljoen", n(sum(wh[4]) / 1000, 2),
             sum(wh[4]) * 1000, 1_000_000),
          Calc("a + b", [pc("inv", whs, -5, wh[4][0] * 1000, 1000), pc("inv", whs, -4, wh[4][1] * 1000, 1000)])],
    body=W), scope=W)

case("ae-w-afval-alleenwonend", fig(
    "ik woon alleen in Welderbroek, hoeveel afvalstoffenheffing betaal ik in 2033?",
    pc("tarieven", "eenpersoonshuishouden", -2, d.TARIEF[("Afvalstoffenheffing", "eenpersoonshuishouden")][3]),
    body=W))

hond = d.TARIEF[("Hondenbelasting", "eerste hond")]
case("ae-w-hondenbelasting-stijging", fig(
    "Hoeveel duurder wordt de hondenbelasting voor de eerste hond in 2033?",
    Calc("b - a", [pc("tarieven", "eerste hond", -3, hond[2]), pc("tarieven", "eerste hond", -2, hond[3])]),
    alts=[pc("tarieven", "eerste hond", -1, d.stijging(hond[2], hond[3]))], body=W), scope=W)

case("ae-w-woonlasten-gezin", fig(
    "Wat zijn de gemeentelijke woonlasten voor een gezin met een koopwoning in 2033?",
    pc("woonlasten", "Totaal woonlasten", -1, d.WOONLASTEN[2033]["totaal"]), body=W), scope=W)

ozb_rows = ["OZB woningen (eigenaren)", "OZB niet-woningen (eigenaren)", "OZB niet-woningen (gebruikers)"]
case("ae-w-ozb-opbrengst-2033", fig(
    "Hoeveel brengt de OZB in 2033 op in Welderbroek?",
    pt(f"De OZB-opbrengst stijgt naar € {n(d.OZB_2033_MLN, 1)} miljoen", n(d.OZB_2033_MLN, 1), d.OZB_2033_MLN * 1e6,
       1_000_000),
    alts=[Calc("a + b + c", [pc("adm", r, -4, dict(d.ADM_ROWS_K)[r][0] * 1000, 1000) for r in ozb_rows])],
    body=W))

case("ae-w-weerstandsratio", fig(
    "Wat is de weerstandsratio van de gemeente Welderbroek?",
    pc("weerstand", "Weerstandsratio", -1, d.WEERSTANDSRATIO),
    alts=[pt(f"Met een ratio van {n(d.WEERSTANDSRATIO, 2)} valt het weerstandsvermogen", n(d.WEERSTANDSRATIO, 2),
             d.WEERSTANDSRATIO)], unit=None, body=W))

case("ae-w-schuldquote-2036", fig(
    "Naar hoeveel procent loopt de netto schuldquote van Welderbroek op in 2036?",
    pt(f"De netto schuldquote loopt op naar {n(d.NETTO_SCHULDQUOTE_2036, 1)}% in 2036",
       n(d.NETTO_SCHULDQUOTE_2036, 1), d.NETTO_SCHULDQUOTE_2036), unit="percent", body=W))

case("ae-w-bijstand-2033", fig(
    "Hoeveel huishoudens in Welderbroek hebben in 2033 naar verwachting een bijstandsuitkering?",
    pt(f"gemiddeld {n(d.BIJSTAND_2033)} huishoudens met een bijstandsuitkering", n(d.BIJSTAND_2033),
       d.BIJSTAND_2033), unit="count", body=W))

vr = d.VP["Veiligheidsregio Lingemonde"]
case("ae-w-brandweer-kosten", fig(
    "wat kost de brandweer ons in 2033?",
    pc("verbonden", "Veiligheidsregio Lingemonde", -1, vr[2] * 1000, 1000),
    alts=[pt(f"stijgt in 2033 naar € {mln(vr[2] * 1000)} miljoen", mln(vr[2] * 1000), d.VR_2033_MLN * 1e6, 1_000_000)],
    body=W), scope=W)

case("ae-w-p4-groei-2033-2036", fig(
    "Met hoeveel stijgen de lasten van Zorg en participatie van 2033 tot 2036?",
    Calc("b - a", [ovz("lasten", "P4", "B33"), ovz("lasten", "P4", "M36")]), body=W), scope=W)

case("ae-w-aandeel-p4-2033", fig(
    "Welk percentage van de totale lasten van Welderbroek in 2033 gaat naar Zorg en participatie?",
    Calc("a / b * 100", [ovz("lasten", "P4", "B33"),
                         pc("ovz_lasten", "Totaal lasten", -4, d.tot_lasten("B33") * 1000, 1000)], 2),
    tol=0.1, unit="percent", body=W))

# ---- conversations, Welderbroek -----------------------------------------------------------------
conv("ae-w-conv-openbare-ruimte", [
    fig("Wat zijn de lasten van programma 2 Openbare ruimte en mobiliteit in 2033?", prog("P2", "Lasten", "B33"),
        alts=[ovz("lasten", "P2", "B33")], body=W),
    fig("En in 2035?", ovz("lasten", "P2", "M35"), body=W),
    fig("En de baten?", ovz("baten", "P2", "M35"), body=W),
], scope=W)

oa = d.reserve_stands("Reserve onderhoud accommodaties")
conv("ae-w-conv-reserve-onderhoud", [
    fig("Hoeveel staat er op 1 januari 2033 in de reserve onderhoud accommodaties?",
        pc("reserves", "Reserve onderhoud accommodaties", -7, oa[0]), body=W),
    fig("En wat is de verwachte stand eind 2036?", pc("reserves", "Reserve onderhoud accommodaties", -1, oa[4]),
        body=W),
    fig("Hoeveel is dat minder?",
        Calc("a - b", [pc("reserves", "Reserve onderhoud accommodaties", -7, oa[0]),
                       pc("reserves", "Reserve onderhoud accommodaties", -1, oa[4])]), body=W),
], scope=W)

sk = d.INV["Herinrichting Stationskwartier"]
sks = "3 Herinrichting Stationskwartier"
conv("ae-w-conv-stationskwartier", [
    fig("Hoeveel wordt er in 2035 geïnvesteerd in de herinrichting van het Stationskwartier?",
        pc("inv", sks, -3, sk[4][2] * 1000, 1000), body=W),
    fig("En over de hele periode 2033-2036?", pc("inv", sks, -1, sum(sk[4]) * 1000, 1000), body=W),
    text("Wat gaat er in het Stationskwartier gebeuren?", ["woningen", ["fietsenstalling", "busplein"]], W),
], scope=W)

conv("ae-w-conv-afvalstoffenheffing", [
    fig("Wat betaalde een meerpersoonshuishouden in 2032 aan afvalstoffenheffing?",
        pc("tarieven", "meerpersoonshuishouden", -3, d.TARIEF[("Afvalstoffenheffing", "meerpersoonshuishouden")][2]),
        alts=[pc("woonlasten", "Afvalstoffenheffing", -2, d.WOONLASTEN[2032]["afval"])], body=W),
    fig("En in 2033?",
        pc("tarieven", "meerpersoonshuishouden", -2, d.TARIEF[("Afvalstoffenheffing", "meerpersoonshuishouden")][3]),
        alts=[pc("woonlasten", "Afvalstoffenheffing", -1, d.WOONLASTEN[2033]["afval"])], body=W),
    text("Waarom stijgt die heffing?", [["verwerkingskosten", "afvalstoffenbelasting"]], W),
], scope=W)

r33 = d.resultaat("B33") * 1000
conv("ae-w-conv-begrotingssaldo", [
    fig("Met welk saldo sluit de begroting 2033?",
        pc("ovz_baten", "Resultaat (begrotingssaldo)", -4, r33, 1000),
        alts=[pc("fin", "Begrotingssaldo", -4, r33, 1000),
              pt(f"De begroting 2033 sluit met een positief saldo van € {n(r33)}", n(r33), r33)], body=W),
    text("Waarom is er in 2035 een tekort?", [["herijking", "verdeling van het gemeentefonds"], "jeugd"], W),
], scope=W)

# ---- refusals, Welderbroek -----------------------------------------------------------------------
PF, MF = d.MUNI_FILE, d.GR_FILE
case("ae-w-weiger-2037", refusal(
    "Wat zijn de lasten van programma 4 Zorg en participatie in 2037?",
    {PF: {"not_in_text": ["2037"]}}, "the meerjarenraming ends in 2036"), scope=W)
case("ae-w-weiger-2030", refusal(
    "Wat waren de lasten van programma 2 Openbare ruimte en mobiliteit in 2030?",
    {PF: {"not_in_text": ["2030"]}}, "the oldest column is Rekening 2031"), scope=W)
case("ae-w-weiger-kunstijsbaan", refusal(
    "Hoeveel kost de nieuwe kunstijsbaan in Welderbroek?",
    {PF: {"not_in_text": ["ijsbaan", "IJsbaan", "schaats"]}, MF: {"not_in_text": ["ijsbaan", "IJsbaan"]}},
    "no ice rink in the documents"))
case("ae-w-weiger-afval-2031", refusal(
    "Hoeveel was de afvalstoffenheffing voor een eenpersoonshuishouden in 2031?",
    {PF: {"not_in_region": [[rm("tarieven"), "2031"], [rm("woonlasten"), "2031"]],
          "sentences_without": [["afvalstoffenheffing", "2031"]]}},
    "the tarieven table has 2032 and 2033 only"), scope=W)
case("ae-w-weiger-fte", refusal(
    "Hoeveel fte werken er bij de gemeente Welderbroek?",
    {PF: {"not_as_word": ["fte", "formatie", "personeel", "ambtenaren"]}}, "the begroting gives no staff numbers"), scope=W)

# ---- text, Welderbroek ---------------------------------------------------------------------------
case("ae-w-tekst-jeugdhulp", text(
    "Waarom worden de kosten voor jeugdhulp in Welderbroek hoger?",
    [["verblijf", "verblijfsindicatie"], ["tarieven", "geïndexeerd", "indexatie"]], W))
case("ae-w-tekst-ondermijning", text(
    "Wat doet Welderbroek tegen ondermijning?", ["Bibob", ["RIEC", "Regionaal Informatie"]], W))
case("ae-w-tekst-weerstand", text(
    "Hoe beoordeelt de gemeente haar eigen weerstandsvermogen?", ["ruim voldoende"], W), scope=W)

# any: the answer may be a figure, a text or a refusal, but must cite Welderbroek and must not borrow the
# veiligheidsregio's weerstandsratio (1,42)
case("ae-w-any-financieel", anyk("Hoe staat Welderbroek er financieel voor?", W, exclude=["1,42"]), scope=W)

# ===========================================================================
# Document 2: Veiligheidsregio Lingemonde, Jaarstukken 2031 (Markdown)
# ===========================================================================
OVZ = "5.1 Overzicht van baten en lasten"
BIJ = "5.5 Bijdragen per deelnemer"
GI = {c: i for i, c in enumerate(d.GR_COLS)}
bw = d.GRP["Brandweerzorg"]


def bij(nm: str, col: str, want: int) -> Src:
    idx = 0 if [x for x, _ in d.DEELNEMERS].index(nm) < d.DEELNEMER_SPLIT else 1
    return mc(BIJ, nm, col, want, 1, idx)


case("ae-g-brandweerzorg-lasten-2031", fig(
    "Wat waren de gerealiseerde lasten van het programma Brandweerzorg van de Veiligheidsregio Lingemonde in 2031?",
    mc("3.1 Brandweerzorg", "Lasten", "Realisatie 2031", bw[1][GI["R31"]] * 1000, 1000),
    alts=[mc(OVZ, "Brandweerzorg", "Realisatie 2031", bw[1][GI["R31"]] * 1000, 1000, after="Lasten")], body=G))

case("ae-g-stavermeer-bijdrage", fig(
    "Hoeveel heeft Stavermeer in 2031 aan de Veiligheidsregio Lingemonde betaald?",
    bij("Stavermeer", "Totaal bijdrage 2031", d.BIJDRAGE_TOTAAL["Stavermeer"]),
    alts=[bij("Stavermeer", "Reguliere bijdrage", d.BIJDRAGE_REGULIER["Stavermeer"])], body=G))

case("ae-g-teerwolde-bijdrage", fig(
    "Wat is de bijdrage van Teerwolde aan Veiligheidsregio Lingemonde over 2031?",
    bij("Teerwolde", "Totaal bijdrage 2031", d.BIJDRAGE_TOTAAL["Teerwolde"]), body=G))

case("ae-g-bijdragen-totaal", fig(
    "Hoeveel hebben de deelnemende gemeenten samen in 2031 bijgedragen?",
    mc(BIJ, "Totaal", "Totaal bijdrage 2031", d.BIJDRAGE_SOM, 1, 1),
    alts=[mc(OVZ, "Bijdragen deelnemers", "Realisatie 2031", d.BIJDRAGEN_K[3] * 1000, 1000)], body=G), scope=G)

case("ae-g-aandeel-ommerloo", fig(
    "Wat is het aandeel van Ommerloo in de verdeelsleutel van de veiligheidsregio?",
    bij("Ommerloo", "Aandeel", d.AANDEEL_PCT["Ommerloo"]),
    alts=[mc("2.1 Deelnemende gemeenten", "Ommerloo", "Aandeel", d.AANDEEL_PCT["Ommerloo"])],
    unit="percent", body=G), scope=G)

case("ae-g-welderbroek-terug", fig(
    "Hoeveel krijgt Welderbroek over 2031 terug van de Veiligheidsregio Lingemonde?",
    bij("Welderbroek", "Aandeel resultaat", d.AANDEEL_RESULTAAT["Welderbroek"]), body=G))

case("ae-g-resultaat-2031", fig(
    "Wat is het resultaat 2031 van de Veiligheidsregio Lingemonde?",
    mt(f"Het resultaat over 2031 bedraagt € {n(d.GR_RESULTAAT_EUR)} positief", n(d.GR_RESULTAAT_EUR),
       d.GR_RESULTAAT_EUR),
    alts=[mc(OVZ, "Resultaat", "Realisatie 2031", d.gr_resultaat(3) * 1000, 1000)], body=G))

case("ae-g-grevenwolde-restant", fig(
    "Hoeveel is er nog over van het krediet voor de nieuwe kazerne in Grevenwolde?",
    mc("5.4 Investeringen", "Nieuwbouw kazerne Grevenwolde", "Restant krediet",
       d.gr_inv_restant("Nieuwbouw kazerne Grevenwolde")), body=G), scope=G)

w1 = d.WNT[0]
case("ae-g-wnt-directeur", fig(
    "Hoeveel verdient de directeur van de Veiligheidsregio Lingemonde?",
    mc("5.6 WNT-verantwoording", "Bezoldiging", w1[0], d.WNT_TOTAAL[w1[0]]),
    alts=[mc("5.6 WNT-verantwoording", "Beloning plus belastbare onkostenvergoedingen", w1[0], w1[1])], body=G))

case("ae-g-weerstandsratio", fig(
    "Wat is de weerstandsratio van de veiligheidsregio?",
    mt(f"geeft dat een weerstandsratio van {n(d.GR_WEERSTANDSRATIO, 2)}", n(d.GR_WEERSTANDSRATIO, 2),
       d.GR_WEERSTANDSRATIO), unit=None, body=G), scope=G)

case("ae-g-brandweerzorg-onderschrijding", fig(
    "Hoeveel minder is er in 2031 aan Brandweerzorg uitgegeven dan begroot?",
    mc("3.1 Brandweerzorg", "Lasten", "Verschil", (bw[1][GI["R31"]] - bw[1][GI["BW31"]]) * 1000, 1000),
    alts=[Calc("a - b", [mc(OVZ, "Brandweerzorg", "Begroting 2031 na wijziging", bw[1][GI["BW31"]] * 1000, 1000,
                            after="Lasten"),
                         mc(OVZ, "Brandweerzorg", "Realisatie 2031", bw[1][GI["R31"]] * 1000, 1000, after="Lasten")]),
          Calc("a - b", [mc(OVZ, "Brandweerzorg", "Begroting 2031 primitief", bw[1][GI["BP31"]] * 1000, 1000,
                            after="Lasten"),
                         mc(OVZ, "Brandweerzorg", "Realisatie 2031", bw[1][GI["R31"]] * 1000, 1000, after="Lasten")])],
    body=G), scope=G)

case("ae-g-welderbroek-stavermeer-samen", fig(
    "Hoeveel betaalden Welderbroek en Stavermeer in 2031 samen aan de veiligheidsregio?",
    Calc("a + b", [bij("Welderbroek", "Totaal bijdrage 2031", d.BIJDRAGE_TOTAAL["Welderbroek"]),
                   bij("Stavermeer", "Totaal bijdrage 2031", d.BIJDRAGE_TOTAAL["Stavermeer"])]),
    alts=[Calc("a + b", [bij("Welderbroek", "Reguliere bijdrage", d.BIJDRAGE_REGULIER["Welderbroek"]),
                         bij("Stavermeer", "Reguliere bijdrage", d.BIJDRAGE_REGULIER["Stavermeer"])])],
    body=G), scope=G)

flo = d.GR_VOORZIENINGEN[1]
case("ae-g-voorziening-flo", fig(
    "Wat was de stand van de voorziening FLO-overgangsrecht van de veiligheidsregio eind 2031?",
    mc("5.3 Reserves en voorzieningen", "Voorziening FLO-overgangsrecht", "Stand 31-12-2031",
       flo[1] + flo[2] - flo[3], 1, 1), body=G), scope=G)

case("ae-g-opkomsttijd", fig(
    "In hoeveel procent van de spoedmeldingen was de eerste tankautospuit van Veiligheidsregio Lingemonde op tijd?",
    mt("In 84,6% van de spoedeisende meldingen was de eerste tankautospuit binnen de normtijd", "84,6", 84.6),
    unit="percent", body=G))

# ---- conversations, veiligheidsregio --------------------------------------------------------------
gh = d.GRP["GHOR"]
conv("ae-g-conv-ghor", [
    fig("Wat waren de lasten van de GHOR in 2031?",
        mc("3.3 GHOR", "Lasten", "Realisatie 2031", gh[1][GI["R31"]] * 1000, 1000),
        alts=[mc(OVZ, "GHOR", "Realisatie 2031", gh[1][GI["R31"]] * 1000, 1000, after="Lasten")], body=G),
    fig("En in 2030?", mc(OVZ, "GHOR", "Realisatie 2030", gh[1][GI["R30"]] * 1000, 1000, after="Lasten"), body=G),
    fig("En wat was daarvoor begroot in 2031?",
        mc(OVZ, "GHOR", "Begroting 2031 na wijziging", gh[1][GI["BW31"]] * 1000, 1000, after="Lasten"),
        alts=[mc(OVZ, "GHOR", "Begroting 2031 primitief", gh[1][GI["BP31"]] * 1000, 1000, after="Lasten")],
        body=G),
], scope=G)

hv = d.UIT["Hulpverlening"]
conv("ae-g-conv-hulpverlening", [
    fig("Hoe vaak rukte de brandweer uit voor hulpverlening in 2031?",
        mc("2.2 Operationele kerncijfers", "Hulpverlening", "2031", hv[3]), unit="count", body=G),
    fig("En in 2029?", mc("2.2 Operationele kerncijfers", "Hulpverlening", "2029", hv[1]), unit="count", body=G),
    fig("Met hoeveel is dat aantal gestegen?",
        Calc("a - b", [mc("2.2 Operationele kerncijfers", "Hulpverlening", "2031", hv[3]),
                       mc("2.2 Operationele kerncijfers", "Hulpverlening", "2029", hv[1])]), unit="count", body=G),
], scope=G)

conv("ae-x-conv-welderbroek-veiligheidsregio", [
    fig("Hoeveel betaalde Welderbroek in 2031 aan de Veiligheidsregio Lingemonde?",
        bij("Welderbroek", "Totaal bijdrage 2031", d.BIJDRAGE_TOTAAL["Welderbroek"]), body=G),
    fig("En wat heeft Welderbroek voor 2033 voor de veiligheidsregio begroot?",
        pc("verbonden", "Veiligheidsregio Lingemonde", -1, vr[2] * 1000, 1000),
        alts=[pt(f"stijgt in 2033 naar € {mln(vr[2] * 1000)} miljoen", mln(vr[2] * 1000), d.VR_2033_MLN * 1e6,
                 1_000_000)], body=W),
])

# ---- refusals, veiligheidsregio and across documents --------------------------------------------
case("ae-x-weiger-ozb-stavermeer", refusal(
    "Hoeveel OZB haalt de gemeente Stavermeer op?",
    {PF: {"not_in_text": ["Stavermeer"]}, MF: {"not_in_text": ["OZB", "onroerendezaakbelasting"]}},
    "Stavermeer appears only as a participant of the veiligheidsregio; its own budget is not in the corpus"))
case("ae-x-weiger-zandvliet", refusal(
    "Wat geeft de gemeente Zandvliet uit aan jeugdzorg?",
    {PF: {"not_in_text": ["Zandvliet"]}, MF: {"not_in_text": ["Zandvliet"]}}, "municipality not in the corpus"))
case("ae-x-weiger-rijkeveen-2033", refusal(
    "Hoeveel betaalt Rijkeveen in 2033 aan de Veiligheidsregio Lingemonde?",
    {PF: {"not_in_text": ["Rijkeveen"]}, MF: {"not_in_text": ["2033"]}},
    "only Welderbroek's own 2033 contribution is in its begroting; the veiligheidsregio's document covers 2031"))
case("ae-g-weiger-ambulance-2029", refusal(
    "Hoe vaak assisteerde de brandweer van Veiligheidsregio Lingemonde de ambulancedienst in 2029?",
    {MF: {"cell_is": [["2.2 Operationele kerncijfers", 0, "Assistentie ambulancedienst", "2029", "-"]],
          "footnote_says": [["1", "niet geregistreerd"]]}},
    "the cell is '-' and the footnote says it was not registered before 2030"))
case("ae-g-weiger-uitrukken-harsveld", refusal(
    "Hoeveel uitrukken had de brandweer in Harsveld in 2031?",
    {MF: {"table_has_no": [["2.2 Operationele kerncijfers", 0, [x for x, _ in d.DEELNEMERS]]],
          "name_only_in_tables": [["Harsveld", ["2.1 Deelnemende gemeenten", BIJ]]]},
     PF: {"not_in_text": ["Harsveld", "uitruk"]}},
    "uitrukken are reported for the whole region only"), scope=G)
case("ae-g-weiger-lasten-2033", refusal(
    "Wat zijn de begrote lasten van de Veiligheidsregio Lingemonde voor 2033?",
    {MF: {"not_in_text": ["2033"]}, PF: {"lines_with_without": [["Lingemonde", "lasten"]]}},
    "the jaarstukken cover 2031; the begroting of Welderbroek only has its own contribution"))

# ---- text, veiligheidsregio ---------------------------------------------------------------------
case("ae-g-tekst-overschot", text(
    "Waarom had de Veiligheidsregio Lingemonde in 2031 een overschot?", ["vacatures"], G))
case("ae-g-tekst-kazerne-grevenwolde", text(
    "Waarom is de nieuwe kazerne in Grevenwolde nog niet klaar?",
    [["aanbesteding", "inschrijvingen"], ["bezwaar", "omgevingsvergunning"]], G), scope=G)
case("ae-g-tekst-verdeling", text(
    "Hoe wordt de bijdrage van de gemeenten aan de veiligheidsregio verdeeld?", ["inwoners"], G), scope=G)
case("ae-g-tekst-resultaatbestemming", text(
    "Wat wil het bestuur met het resultaat 2031 van de Veiligheidsregio Lingemonde doen?", ["terug", "reserve"], G))

# any: must cite the veiligheidsregio and must not borrow Welderbroek's weerstandsratio (1,84)
case("ae-g-any-gezond", anyk("Is de Veiligheidsregio Lingemonde financieel gezond?", G, exclude=["1,84"]))


def main() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = {"version": 1, "cases": CASES}
    (SET / "cases.yaml").write_text(
        "# set-ae: blind evaluation set over two fictional documents (see corpus/manifest.yaml):\n"
        "#   Gemeente Welderbroek, Programmabegroting 2033 (PDF, two-column layout) and\n"
        "#   Veiligheidsregio Lingemonde, Jaarstukken 2031 (Markdown export).\n"
        "# Generated by source/gen_cases.py from source/data.py and the finished documents; do not edit by hand.\n"
        "# Format: shared/evals/FORMAT.md (version 1). Provenance per case: source/provenance.json.\n"
        + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, indent=1, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")
    turns = [t for c in CASES for t in (c.get("turns") or [c])]
    kinds: dict[str, int] = {}
    for t in turns:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"{len(CASES)} cases, {len(turns)} turns: {kinds}")


if __name__ == "__main__":
    main()
