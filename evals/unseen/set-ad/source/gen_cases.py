"""Write cases.yaml and provenance.json for set-ad.

Every expected figure is taken from the data module AND located in the finished document: the
printed token is read back (extract.py), parsed, and must equal the data value. The provenance
records document, page (PDF) or heading/table (HTML), row, column and the printed text.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import data as d
from extract import HtmlDoc, PdfText, parse_num
from fmt import mln, n

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
PDF = PdfText(CORPUS / d.MUNI_FILE)
HTML = HtmlDoc(CORPUS / d.GR_FILE)
M, G = d.MUNI, d.GR

# ---------------------------------------------------------------------------
# where the tables of the PDF are: start line, end line, caption, column names by token index
# ---------------------------------------------------------------------------
PROG_COLS = {-5: "Rekening 2028", -4: "Begroting 2029 primitief", -3: "Begroting 2029 na wijziging",
             -2: "Rekening 2029", -1: "Verschil"}
OVZ_COLS = {}
for k, per in enumerate(["Rekening 2029", "Begroting 2029 na wijziging", "Begroting 2029 primitief",
                         "Rekening 2028"]):
    for j, what in enumerate(["Saldo", "Baten", "Lasten"]):
        OVZ_COLS[-(k * 3 + j + 1)] = f"{per} / {what}"
REGIONS: dict[str, tuple[str, str | None, str, dict[int, str]]] = {
    "kern": ("1.2 Kerngegevens", "1.3 Financieel resultaat 2029", "Kerngegevens",
             {-2: "31-12-2028", -1: "31-12-2029"}),
    "res13": ("1.3 Financieel resultaat 2029", "1.4 Voorstel resultaatbestemming",
              "Resultaat en verschillen per programma (x € 1.000)", {-1: "Bedrag / Verschil"}),
    "tarieven": ("Tarieven en woonlasten", "Opbrengst lokale heffingen (bedragen in euro's)",
                 "Tarieven en woonlasten", {-3: "Tarief 2028", -2: "Tarief 2029", -1: "Stijging"}),
    "opbrengst": ("Opbrengst lokale heffingen (bedragen in euro's)", "3.2 Weerstandsvermogen en risicobeheersing",
                  "Opbrengst lokale heffingen", {-3: "Begroting 2029", -2: "Rekening 2029", -1: "Verschil"}),
    "weerstand": ("Weerstandsvermogen (bedragen in euro's)", "Financiële kengetallen", "Weerstandsvermogen",
                  {-1: "Rekening 2029"}),
    "kengetallen": ("Financiële kengetallen", "3.3 Verbonden partijen", "Financiële kengetallen",
                    {-3: "Rekening 2028", -2: "Begroting 2029", -1: "Rekening 2029"}),
    "verbonden": ("Bijdragen aan gemeenschappelijke regelingen (bedragen in euro's)", "4 Jaarrekening",
                  "Bijdragen aan gemeenschappelijke regelingen", {-2: "Begroting 2029", -1: "Rekening 2029"}),
    "balans": ("4.1 Balans", "4.2 Overzicht van baten en lasten", "Balans (x € 1.000)",
               {-2: "31-12-2029", -1: "31-12-2028"}),
    "overzicht": ("4.2 Overzicht van baten en lasten", "4.3 Overzicht reserves",
                  "Overzicht van baten en lasten (x € 1.000, liggend)", OVZ_COLS),
    "reserves": ("4.3 Overzicht reserves", "4.4 Investeringskredieten", "Overzicht reserves (euro's)",
                 {-5: "Stand 1-1-2029", -4: "Bestemming resultaat 2028", -3: "Toevoegingen",
                  -2: "Onttrekkingen", -1: "Stand 31-12-2029"}),
    "kredieten": ("4.4 Investeringskredieten", "4.5 Overzicht baten en lasten per taakveld",
                  "Investeringskredieten (euro's)",
                  {-6: "Jaar", -5: "Krediet", -4: "Uitgaven t/m 2028", -3: "Uitgaven 2029", -2: "Totaal uitgaven",
                   -1: "Restant"}),
    "taakvelden": ("4.5 Overzicht baten en lasten per taakveld", None, "Overzicht baten en lasten per taakveld "
                   "(euro's)", {-3: "Lasten", -2: "Baten", -1: "Saldo"}),
}
for i, (code, nr, name) in enumerate(d.PROGRAMMES, start=1):
    nxt = (f"2.{i + 1} Programma {d.PROGRAMMES[i][1]} {d.PROGRAMMES[i][2]}" if i < len(d.PROGRAMMES)
           else "2.7 Algemene dekkingsmiddelen en overhead")
    REGIONS[f"prog:{code}"] = (f"2.{i}.3 Wat heeft het gekost?", nxt,
                               f"Programma {nr} {name}, Wat heeft het gekost? (x € 1.000)", PROG_COLS)
    REGIONS[f"ind:{code}"] = (f"2.{i}.2 Beleidsindicatoren", f"2.{i}.3 Wat heeft het gekost?",
                              f"Programma {nr} {name}, Beleidsindicatoren", {-3: "2027", -2: "2028", -1: "2029"})


@dataclass
class Src:
    value: float
    prov: dict


def _check(v: float, want: float | None, what: str) -> None:
    if want is not None and abs(v - want) > 1e-6:
        raise SystemExit(f"{what}: document prints {v}, data says {want}")


def pc(region: str, row: str, idx: int, want: float | None, scale: int = 1) -> Src:
    """A cell of a PDF table: row label, token index from the right."""
    start, end, caption, colnames = REGIONS[region]
    page, toks = PDF.row(PDF.region(start, end), row)
    printed = toks[idx]
    v = parse_num(printed) * scale
    _check(v, want, f"{region}/{row}/{idx}")
    return Src(v, {"document": d.MUNI_FILE, "page": page, "table": caption, "row": row,
                   "column": colnames[idx], "printed": printed, "scale": scale,
                   "region": [start, end], "token_index": idx})


def pt(snippet: str, printed: str, want: float | None, scale: float = 1) -> Src:
    """A figure in the running text of the PDF."""
    assert printed in snippet
    page = PDF.find_text(snippet)
    v = parse_num(printed) * scale
    _check(v, want, f"text {snippet!r}")
    return Src(v, {"document": d.MUNI_FILE, "page": page, "text": snippet, "printed": printed, "scale": scale})


def hc(section: str, row: str, col: str, want: float | None, scale: int = 1, index: int = 0) -> Src:
    """A cell of an HTML table, found by the heading above it, row label and column header."""
    printed = HTML.cell(section, row, col, index)
    v = parse_num(printed) * scale
    _check(v, want, f"{section}/{row}/{col}")
    return Src(v, {"document": d.GR_FILE, "heading": section, "table_index": index, "row": row, "column": col,
                   "printed": printed, "scale": scale})


def ht(snippet: str, printed: str, want: float | None, scale: float = 1) -> Src:
    assert printed in snippet
    if snippet not in HTML.text:
        raise SystemExit(f"HTML text not found: {snippet!r}")
    v = parse_num(printed) * scale
    _check(v, want, f"html text {snippet!r}")
    return Src(v, {"document": d.GR_FILE, "text": snippet, "printed": printed, "scale": scale})


@dataclass
class Calc:
    expr: str                 # python expression over a, b, c ...
    srcs: list[Src]
    nd: int | None = None     # round to nd decimals
    value: float = field(init=False)

    def __post_init__(self) -> None:
        env = {chr(97 + i): s.value for i, s in enumerate(self.srcs)}
        v = eval(self.expr, {}, env)  # noqa: S307 - expressions are our own
        self.value = round(v, self.nd) if self.nd is not None else v

    @property
    def prov(self) -> dict:
        return {"derivation": self.expr, "operands": [s.prov for s in self.srcs], "result": self.value}


def num(v: float, signed: bool = False):
    """Plain YAML number: ints stay ints; absolute value unless the sign is the point."""
    if not signed:
        v = abs(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else float(v)


CASES: list[dict] = []
PROV: dict[str, object] = {}


def fig_turn(q: str, src, *, alts=(), tol: float | None = None, unit: str | None = "EUR", body: str,
             signed: bool = False) -> tuple[dict, dict]:
    values = [src.value] + [a.value for a in alts]
    exp: dict = {"value": num(src.value, signed)}
    accept = list(dict.fromkeys(num(v, signed) for v in values))
    if len(accept) > 1:
        exp["accept"] = accept
    if tol is not None:
        exp["tolerance"] = tol
    if unit:
        exp["unit"] = unit
    exp["signed"] = signed
    exp["municipality"] = body
    turn = {"question": q, "kind": "figure", "expect": exp}
    prov = {"kind": "figure", "value": src.prov}
    if alts:
        prov["accept"] = [a.prov for a in alts]
    return turn, prov


def text_turn(q: str, include: list, body: str, exclude: list | None = None) -> tuple[dict, dict]:
    exp: dict = {"include": include, "municipality": body}
    if exclude:
        exp["exclude"] = exclude
    return {"question": q, "kind": "text", "expect": exp}, {"kind": "text", "include": include}


def refusal_turn(q: str, absent: dict) -> tuple[dict, dict]:
    """absent: what check.py verifies is NOT in the documents (document file -> list of strings / rules)."""
    return {"question": q, "kind": "refusal", "expect": {}}, {"kind": "refusal", "absent": absent}


def any_turn(q: str, body: str, exclude: list | None = None) -> tuple[dict, dict]:
    exp: dict = {"municipality": body}
    if exclude:
        exp["exclude"] = exclude
    return {"question": q, "kind": "any", "expect": exp}, {"kind": "any"}


def case(cid: str, turn_prov: tuple[dict, dict], scope: str | None = None) -> None:
    turn, prov = turn_prov
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c["kind"] = turn["kind"]
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


# ---------------------------------------------------------------------------
# helpers on the data module
# ---------------------------------------------------------------------------
def K(col: str, code: str, attr: str) -> int:
    return getattr(d.row_k(col, code), attr) * 1000


TOT = {c: d.total_k(c) for c in d.COLUMNS}
RES = {r[0]: r for r in d.reserve_rows()}
KRED = {r[0]: r for r in d.kredieten_rows()}
TARIEF = {t[0]: t for t in d.TARIEVEN}
IND = {c: {i[0]: i for i in rows} for c, rows in d.INDICATOREN.items()}
BIJ = {c: dict(v) for c, v in d.BIJDRAGEN.items()}
TEAM = dict(d.TEAMS)
KERN = {k[0]: k for k in d.KERNGEGEVENS}


def tvl(code: str) -> str:
    return f"{code} {d.TV[code][1]}"


inw29, inw28 = d.inwoners(2029), d.inwoners(2028)
P4 = "Programma 4 Zorg, jeugd en werk"

# ===========================================================================
# Document 1: Marlevoorde, Jaarstukken 2029
# ===========================================================================
res = d.RESULTAAT_2029_EUR
case("ad-m-overgehouden", fig_turn(
    "hoeveel hebben ze in Marlevoorde overgehouden in 2029?",
    pt(f"positief resultaat na bestemming van € {n(res)}", n(res), res),
    alts=[pc("overzicht", "Resultaat", -1, TOT["rek2029"].resultaat * 1000, 1000),
          pt(f"bedraagt daarmee € {mln(res)} miljoen voordelig", mln(res), None, 1_000_000)],
    body=M))

case("ad-m-p4-lasten-realisatie", fig_turn(
    "Wat is de realisatie 2029 van de lasten van programma 4 Zorg, jeugd en werk?",
    pc("prog:P4", "Lasten", -2, K("rek2029", "P4", "lasten"), 1000), body=M), scope=M)

case("ad-m-brandweer", fig_turn(
    "wat kost de brandweer ons eigenlijk per jaar?",
    pc("taakvelden", tvl("1.1"), -3, d.TV["1.1"][3]),
    alts=[pc("taakvelden", tvl("1.1"), -1, d.TV["1.1"][4] - d.TV["1.1"][3]),
          pc("verbonden", "Veiligheidsregio Groenmeer", -1, d.VERBONDEN_PARTIJEN[0][3])],
    body=M), scope=M)

case("ad-m-algemene-reserve-eind", fig_turn(
    "Hoeveel zat er eind 2029 in de algemene reserve van Marlevoorde?",
    pc("reserves", "Algemene reserve", -1, RES["Algemene reserve"][6]),
    alts=[pc("weerstand", "Algemene reserve per 31-12-2029", -1, d.ALG_RES_3112)], body=M))

case("ad-m-inkomsten-totaal", fig_turn(
    "Hoeveel heeft de gemeente in 2029 in totaal aan inkomsten binnengekregen?",
    pc("overzicht", "Saldo van baten en lasten", -2, TOT["rek2029"].baten * 1000, 1000),
    alts=[pc("overzicht", "Resultaat", -2, (TOT["rek2029"].baten + TOT["rek2029"].ontt) * 1000, 1000),
          pc("taakvelden", "Totaal", -2, d.TOT_BATEN_EXCL_EUR + d.TOT_ONTT_EUR)],
    body=M), scope=M)

case("ad-m-inwoners", fig_turn(
    "Hoeveel inwoners telde Marlevoorde op 31 december 2029?",
    pc("kern", "Aantal inwoners", -1, inw29), unit="count", body=M))

case("ad-m-ozb-woningen", fig_turn(
    "Hoeveel OZB hebben de woningeigenaren in 2029 opgebracht?",
    pc("opbrengst", "OZB woningen", -2, d.TV["0.61"][4]),
    alts=[pc("taakvelden", tvl("0.61"), -2, d.TV["0.61"][4])], body=M), scope=M)

case("ad-m-weerstandsratio", fig_turn(
    "Wat is de weerstandsratio in de jaarrekening 2029 van Marlevoorde?",
    pc("weerstand", "Weerstandsratio", -1, d.WEERSTANDSRATIO), unit=None, body=M))

case("ad-m-netto-schuldquote", fig_turn(
    "Wat is de netto schuldquote volgens de rekening 2029?",
    pc("kengetallen", "Netto schuldquote", -1, d.KENGETALLEN[0][3]), unit="percent", body=M), scope=M)

case("ad-m-afval-gezin", fig_turn(
    "wat betaal je in marlevoorde in 2029 aan afvalstoffenheffing als je met meer mensen in huis woont",
    pc("tarieven", "Afvalstoffenheffing meerpersoonshuishouden", -2,
       TARIEF["Afvalstoffenheffing meerpersoonshuishouden"][2]), body=M))

case("ad-m-reigerhof-restant", fig_turn(
    "Hoeveel is er nog over van het krediet voor sporthal De Reigerhof?",
    pc("kredieten", "Vervanging sporthal De Reigerhof", -1, KRED["Vervanging sporthal De Reigerhof"][6]),
    body=M), scope=M)

case("ad-m-jeugdhulp-aantal", fig_turn(
    "Hoeveel jongeren kregen in 2029 jeugdhulp in Marlevoorde?",
    pt(f"{n(d.JEUGDHULP_JONGEREN_2029)} jeugdigen ontvingen jeugdhulp", n(d.JEUGDHULP_JONGEREN_2029),
       d.JEUGDHULP_JONGEREN_2029), unit="count", body=M))

case("ad-m-rapportcijfer", fig_turn(
    "Welk rapportcijfer gaven inwoners de dienstverlening van de gemeente Marlevoorde in 2029?",
    pt("leverde een rapportcijfer 7,6 op", "7,6", d.KTO_CIJFER[2029]), unit="grade", body=M))

grow = d.NIEUWBOUW_2029 + d.TRANSFORMATIE_2029
case("ad-m-woningvoorraad-groei", fig_turn(
    "Met hoeveel woningen is de woningvoorraad in 2029 gegroeid?",
    pt(f"groeide de woningvoorraad met {grow} woningen", str(grow), grow),
    alts=[Calc("b - a", [pc("kern", "Aantal woningen", -2, KERN["Aantal woningen"][2]),
                         pc("kern", "Aantal woningen", -1, KERN["Aantal woningen"][3])])],
    unit="count", body=M), scope=M)

rek_l = TOT["rek2029"].lasten * 1000
case("ad-m-aandeel-programma-vier", fig_turn(
    "Welk percentage van de totale lasten ging in 2029 naar programma vier, Zorg, jeugd en werk?",
    Calc("a / b * 100", [pc("overzicht", P4, -3, K("rek2029", "P4", "lasten"), 1000),
                         pc("overzicht", "Saldo van baten en lasten", -3, rek_l, 1000)], 2),
    alts=[Calc("a / b * 100", [pc("overzicht", P4, -3, K("rek2029", "P4", "lasten"), 1000),
                               pc("overzicht", "Resultaat", -3, rek_l + TOT["rek2029"].toev * 1000, 1000)], 2)],
    tol=0.1, unit="percent", body=M), scope=M)

case("ad-m-p4-stijging", fig_turn(
    "Hoeveel meer gaf Marlevoorde in 2029 uit aan Zorg, jeugd en werk dan in 2028?",
    Calc("a - b", [pc("prog:P4", "Lasten", -2, K("rek2029", "P4", "lasten"), 1000),
                   pc("prog:P4", "Lasten", -5, K("rek2028", "P4", "lasten"), 1000)]),
    body=M))

case("ad-m-jeugd-taakvelden-samen", fig_turn(
    "Wat waren in 2029 de lasten van de taakvelden 6.72 en 6.82 (jeugdhulp) bij elkaar opgeteld?",
    Calc("a + b", [pc("taakvelden", tvl("6.72"), -3, d.TV["6.72"][3]), pc("taakvelden", tvl("6.82"), -3, d.TV["6.82"][3])]),
    body=M), scope=M)

case("ad-m-lasten-per-inwoner", fig_turn(
    "Hoeveel geeft de gemeente per inwoner uit?",
    pt(f"Dat is € {n(d.LASTEN_PER_INWONER_2029)} per inwoner", n(d.LASTEN_PER_INWONER_2029),
       d.LASTEN_PER_INWONER_2029),
    alts=[Calc("a / b", [pc("overzicht", "Resultaat", -3, rek_l + TOT["rek2029"].toev * 1000, 1000),
                         pc("kern", "Aantal inwoners", -1, inw29)], 1)],
    tol=1, body=M), scope=M)

# conversations
conv("ad-m-conv-veiligheid", [
    fig_turn("Wat waren de werkelijke lasten van programma Veiligheid in 2029?",
             pc("prog:P2", "Lasten", -2, K("rek2029", "P2", "lasten"), 1000), body=M),
    fig_turn("En de baten?", pc("prog:P2", "Baten", -2, K("rek2029", "P2", "baten"), 1000), body=M),
    fig_turn("En bij programma drie?", pc("prog:P3", "Baten", -2, K("rek2029", "P3", "baten"), 1000), body=M),
], scope=M)

p4l = K("rek2029", "P4", "lasten")
conv("ad-m-conv-per-inwoner", [
    fig_turn("Wat waren de gerealiseerde lasten van programma 4 Zorg, jeugd en werk bij Marlevoorde in 2029?",
             pc("prog:P4", "Lasten", -2, p4l, 1000), body=M),
    fig_turn("Hoeveel is dat per inwoner?",
             Calc("a / b", [pc("prog:P4", "Lasten", -2, p4l, 1000), pc("kern", "Aantal inwoners", -1, inw29)], 2),
             alts=[Calc("a / b", [pc("prog:P4", "Lasten", -2, p4l, 1000),
                                  pc("kern", "Aantal inwoners", -2, inw28)], 2)],
             tol=1, body=M),
])

dz = RES["Reserve duurzaamheid en klimaat"]
conv("ad-m-conv-potje-duurzaamheid", [
    fig_turn("Hoeveel zat er begin 2029 in het potje voor duurzaamheid en klimaat?",
             pc("reserves", "Reserve duurzaamheid en klimaat", -5, dz[2]), body=M),
    fig_turn("En eind 2029?", pc("reserves", "Reserve duurzaamheid en klimaat", -1, dz[6]), body=M),
    fig_turn("Met hoeveel is die reserve in 2029 per saldo afgenomen?",
             Calc("a - b", [pc("reserves", "Reserve duurzaamheid en klimaat", -5, dz[2]),
                            pc("reserves", "Reserve duurzaamheid en klimaat", -1, dz[6])]), body=M),
], scope=M)

wd = IND["P2"]["Winkeldiefstallen"]
case("ad-m-winkeldiefstallen-2027", fig_turn(
    "Hoeveel winkeldiefstallen per 1.000 inwoners telde Marlevoorde in 2027?",
    pc("ind:P2", "Winkeldiefstallen", -3, wd[3]), unit="count", body=M))

vs = {p[0]: p for p in d.BALANS_PASSIVA}["Vaste schulden met een looptijd van een jaar of langer"]
case("ad-m-vaste-schulden", fig_turn(
    "Hoeveel langlopende schulden had de gemeente eind 2029 op de balans staan?",
    pc("balans", "Vaste schulden met een looptijd van een jaar of langer", -2, vs[2] * 1000, 1000), body=M), scope=M)

ek = KRED["Reconstructie Essenkampweg"]
conv("ad-m-conv-essenkampweg", [
    fig_turn("Hoeveel is er vorig jaar uitgegeven aan de reconstructie van de Essenkampweg?",
             pc("kredieten", "Reconstructie Essenkampweg", -3, ek[4]), body=M),
    fig_turn("En hoeveel blijft er van dat krediet over?",
             pc("kredieten", "Reconstructie Essenkampweg", -1, ek[6]), body=M),
], scope=M)

conv("ad-m-conv-programma5", [
    fig_turn("Wat was de begroting na wijziging voor de lasten van programma 5 Onderwijs, sport en cultuur?",
             pc("prog:P5", "Lasten", -3, K("nawijz2029", "P5", "lasten"), 1000), body=M),
    fig_turn("En wat is er werkelijk uitgegeven?",
             pc("prog:P5", "Lasten", -2, K("rek2029", "P5", "lasten"), 1000), body=M),
    fig_turn("Hoe groot is het verschil?",
             pc("prog:P5", "Lasten", -1, d.diff_k("P5", "lasten") * 1000, 1000),
             alts=[Calc("a - b", [pc("prog:P5", "Lasten", -3, K("nawijz2029", "P5", "lasten"), 1000),
                                  pc("prog:P5", "Lasten", -2, K("rek2029", "P5", "lasten"), 1000)])],
             body=M),
], scope=M)

# refusals
PDFF, HTMLF = d.MUNI_FILE, d.GR_FILE
case("ad-m-weiger-2026", refusal_turn(
    "Wat waren de lasten van programma Veiligheid in 2026?",
    {PDFF: {"not_in_text": ["Rekening 2026", "Begroting 2026"],
            "not_in_region": [[*REGIONS["prog:P2"][:2], "2026"], [*REGIONS["overzicht"][:2], "2026"],
                              [*REGIONS["ind:P2"][:2], "2026"]]}}), scope=M)
case("ad-m-weiger-havens", refusal_turn(
    "Hoeveel heeft Marlevoorde in 2029 uitgegeven aan economische havens en waterwegen?",
    {PDFF: {"not_in_text": ["havens", "waterwegen"], "no_row": [["taakvelden", "2.4"], ["taakvelden", "2.3"]]}}), scope=M)
case("ad-m-weiger-programma7", refusal_turn(
    "Wat zijn de lasten van programma 7 Duurzaamheid bij de gemeente Marlevoorde?",
    {PDFF: {"not_in_text": ["Programma 7", "programma 7"]}}))
case("ad-m-weiger-niet-sporters-2029", refusal_turn(
    "Hoeveel procent niet-sporters had Marlevoorde in 2029?",
    {PDFF: {"cell_is": [["ind:P5", "Niet-sporters", -1, "n.b."]]}}), scope=M)
case("ad-m-weiger-ozb-2031", refusal_turn(
    "Hoeveel OZB verwacht Marlevoorde in 2031 op te halen?",
    {PDFF: {"not_in_text": ["Begroting 2031", "2031:"]}}), scope=M)
case("ad-x-weiger-marlevoorde-bvo", refusal_turn(
    "Hoeveel betaalt Marlevoorde per jaar aan de Bedrijfsvoeringsorganisatie Drieveste?",
    {PDFF: {"not_in_text": ["Drieveste"]}, HTMLF: {"not_in_text": ["Marlevoorde"]}}))

# text
case("ad-m-tekst-resultaat-hoger", text_turn(
    "Waarom is het resultaat van Marlevoorde over 2029 zoveel beter dan begroot?",
    [["algemene uitkering", "decembercirculaire", "gemeentefonds"]], M))
case("ad-m-tekst-reigerhof", text_turn(
    "Waarom is sporthal De Reigerhof later klaar dan gepland?",
    [["vergunning", "staalconstructie"]], M), scope=M)
case("ad-m-tekst-wijkteams", text_turn("Hoe heten de wijkteams in Marlevoorde?", ["Buurtkracht"], M), scope=M)
case("ad-m-tekst-resultaatbestemming", text_turn(
    "Wat wil het college met het overschot over 2029 doen?", ["sociaal domein", "algemene reserve"], M), scope=M)
case("ad-m-tekst-jeugdhulp", text_turn(
    "Waarom vielen de jeugdhulplasten hoger uit dan begroot?", ["verblijf"], M), scope=M)

case("ad-m-any-financieel", any_turn("Hoe staat Marlevoorde er financieel voor?", M), scope=M)

# ===========================================================================
# Document 2: BVO Drieveste, Begroting 2031
# ===========================================================================
MJR = "3. Begroting 2031 en meerjarenraming"
BIJDR = "5. Bijdragen van de deelnemers"
NB = "4. Autonome ontwikkelingen en nieuw beleid"
T = d.GR_TOT

case("ad-g-lasten-2031", fig_turn(
    "Wat zijn de totale lasten van de Bedrijfsvoeringsorganisatie Drieveste in 2031?",
    hc(MJR, "Totaal lasten", "Begroting 2031", T["2031"]["lasten"] * 1000, 1000), body=G))

case("ad-g-verdeelsleutel-heuvelmonde", fig_turn(
    "Welk percentage van de kosten betaalt Heuvelmonde volgens de verdeelsleutel?",
    hc(BIJDR, "Heuvelmonde", "Verdeelsleutel", d.DEELNEMERS[2][2]), unit="percent", body=G), scope=G)

case("ad-g-fte-2031", fig_turn(
    "Hoeveel fte heeft de BVO in 2031?",
    hc("3.1 Formatie", "Totaal", "Formatie 2031", d.FORMATIE_TOTAAL[1]),
    alts=[ht(f"De formatie groeit naar {n(d.FORMATIE_TOTAAL[1], 1)} fte", n(d.FORMATIE_TOTAAL[1], 1),
             d.FORMATIE_TOTAAL[1])],
    unit="count", body=G), scope=G)

case("ad-g-subtotaal-nieuw-beleid", fig_turn(
    "Wat is het subtotaal nieuw beleid voor 2031, dus zonder de autonome ontwikkelingen?",
    hc(NB, "Subtotaal nieuw beleid", "2031", d.nb_totals("B")[0]), body=G), scope=G)

case("ad-g-risicobedrag", fig_turn(
    "Wat is het totale risicobedrag in de begroting 2031?",
    hc("6. Weerstandsvermogen en risicobeheersing", "Totaal risicobedrag", "Risicobedrag", d.RISICO_TOTAAL),
    body=G), scope=G)

case("ad-g-weerstandsratio", fig_turn(
    "Hoe hoog is de weerstandsratio van Bedrijfsvoeringsorganisatie Drieveste?",
    ht(f"geeft dat een weerstandsratio van {n(d.GR_WEERSTANDSRATIO, 2)}",
       n(d.GR_WEERSTANDSRATIO, 2), d.GR_WEERSTANDSRATIO), unit=None, body=G))

case("ad-g-stijging-bijdragen", fig_turn(
    "Met hoeveel euro stijgt de totale bijdrage van de deelnemers van 2030 naar 2031?",
    Calc("a - b", [hc(BIJDR, "Totaal", "Begroting 2031", T["2031"]["bijdragen"] * 1000),
                   hc(BIJDR, "Totaal", "Begroting 2030", T["2030"]["bijdragen"] * 1000)]),
    alts=[Calc("a - b", [hc(MJR, "Bijdragen deelnemers", "Begroting 2031", T["2031"]["bijdragen"] * 1000, 1000),
                         hc(MJR, "Bijdragen deelnemers", "Begroting 2030", T["2030"]["bijdragen"] * 1000, 1000)])],
    body=G), scope=G)

case("ad-g-aandeel-ict", fig_turn(
    "Welk deel van de totale lasten in 2031 gaat naar Informatievoorziening en ICT, in procenten?",
    Calc("a / b * 100", [hc(MJR, "Informatievoorziening en ICT", "Begroting 2031", TEAM["Informatievoorziening en ICT"][1] * 1000, 1000),
                         hc(MJR, "Totaal lasten", "Begroting 2031", T["2031"]["lasten"] * 1000, 1000)], 2),
    tol=0.1, unit="percent", body=G), scope=G)

case("ad-g-inwoners-ossenwaard", fig_turn(
    "Hoeveel inwoners heeft Ossenwaard?",
    hc("1.1 Deelnemers", "Ossenwaard", "Inwoners per 1-1-2030", d.DEELNEMERS[1][1]), unit="count", body=G), scope=G)

conv("ad-g-conv-financien", [
    fig_turn("Wat zijn de lasten van Financiën en control in 2031?",
             hc(MJR, "Financiën en control", "Begroting 2031", TEAM["Financiën en control"][1] * 1000, 1000), body=G),
    fig_turn("En in 2034?", hc(MJR, "Financiën en control", "2034", TEAM["Financiën en control"][4] * 1000, 1000),
             body=G),
    fig_turn("En bij Personeel en organisatie?",
             hc(MJR, "Personeel en organisatie", "2034", TEAM["Personeel en organisatie"][4] * 1000, 1000), body=G),
], scope=G)

case("ad-g-bijdrage-ossenwaard-2031", fig_turn(
    "Hoeveel draagt Ossenwaard in 2031 bij aan de Bedrijfsvoeringsorganisatie Drieveste?",
    hc(BIJDR, "Ossenwaard", "Begroting 2031", BIJ["2031"]["Ossenwaard"]), body=G))

lap = {r[0]: r for r in d.GR_INVESTERINGEN}["Laptops en werkplekken"]
case("ad-g-investering-laptops-2034", fig_turn(
    "hoeveel geeft de BVO in 2034 uit aan nieuwe laptops en werkplekken",
    hc("7.2 Investeringen", "Laptops en werkplekken", "2034", lap[2][3]), body=G), scope=G)

fp = [r for r in d.NIEUW_BELEID if r[1] == 5][0]
conv("ad-g-conv-financieel-pakket", [
    fig_turn("Wat kost de vervanging van het financieel pakket in 2031?",
             hc(NB, "Vervanging financieel pakket (implementatie)", "2031", fp[4][0]), body=G),
    fig_turn("En in 2032?", hc(NB, "Vervanging financieel pakket (implementatie)", "2032", fp[4][1]), body=G),
    text_turn("Is dat een structurele of een incidentele uitgave?", [["incidenteel", "incidentele"]], G),
], scope=G)

kz34 = BIJ["2034"]["Keppelzande"]
conv("ad-g-conv-keppelzande", [
    fig_turn("Wat betaalt Keppelzande in 2031 aan de BVO?",
             hc(BIJDR, "Keppelzande", "Begroting 2031", BIJ["2031"]["Keppelzande"]), body=G),
    fig_turn("En in 2034?", hc(BIJDR, "Keppelzande", "2034", kz34), body=G),
    fig_turn("Hoeveel is dat per inwoner?",
             Calc("a / b", [hc(BIJDR, "Keppelzande", "2034", kz34),
                            hc("1.1 Deelnemers", "Keppelzande", "Inwoners per 1-1-2030", d.DEELNEMERS[0][1])], 2),
             tol=0.5, body=G),
], scope=G)

case("ad-g-weiger-2035", refusal_turn(
    "Wat betaalt Keppelzande in 2035 aan de BVO?", {HTMLF: {"not_in_text": ["2035"]}}), scope=G)
case("ad-g-weiger-realisatie-2029", refusal_turn(
    "Wat waren de werkelijke lasten van Bedrijfsvoeringsorganisatie Drieveste in 2029?",
    {HTMLF: {"no_table_header": ["2029", "Rekening 2029", "Realisatie 2029"]}}))
case("ad-g-weiger-fte-2033", refusal_turn(
    "Hoeveel fte werken er in 2033 bij de BVO?",
    {HTMLF: {"header_only": [["3.1 Formatie", ["Team (fte)", "Formatie 2030", "Formatie 2031", "Mutatie"]]]}}),
    scope=G)
case("ad-g-weiger-team-belastingen", refusal_turn(
    "Hoeveel kost het team Belastingen in 2031?", {HTMLF: {"not_in_text": ["Belastingen", "belastingen"]}}),
    scope=G)
case("ad-x-weiger-heuvelmonde-veiligheidsregio", refusal_turn(
    "Hoeveel betaalt Heuvelmonde aan de Veiligheidsregio Groenmeer?",
    {PDFF: {"not_in_text": ["Heuvelmonde"]}, HTMLF: {"not_in_text": ["Veiligheidsregio", "Groenmeer"]}}))

case("ad-g-tekst-verdeelsleutel", text_turn(
    "Waarop is de verdeelsleutel gebaseerd?", [["afname", "afgenomen"]], G), scope=G)
case("ad-g-tekst-div-stijging", text_turn(
    "Waarom stijgen de kosten van documentaire informatievoorziening bij Drieveste in 2031?",
    [["e-depot", "bouwdossiers"]], G))
case("ad-g-tekst-overschot", text_turn("Wat gebeurt er met een overschot van de BVO?", ["terug"], G), scope=G)
case("ad-g-tekst-deelnemers", text_turn(
    "Welke gemeenten werken samen in Bedrijfsvoeringsorganisatie Drieveste?",
    ["Keppelzande", "Ossenwaard", "Heuvelmonde"], G))

case("ad-g-any-gezond", any_turn("Is de BVO financieel gezond?", G), scope=G)
case("ad-g-any-taken", any_turn("Wat doet Bedrijfsvoeringsorganisatie Drieveste allemaal?", G,
                                exclude=["Marlevoorde"]))


def main() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = {"version": 1, "cases": CASES}
    (SET / "cases.yaml").write_text(
        "# set-ad: blind evaluation set over two fictional documents (see corpus/manifest.yaml).\n"
        "# Generated by source/gen_cases.py from source/data.py; do not edit by hand.\n"
        + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, indent=1, ensure_ascii=False),
                                                     encoding="utf-8")
    turns = [t for c in CASES for t in (c.get("turns") or [c])]
    kinds: dict[str, int] = {}
    for t in turns:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"{len(CASES)} cases, {len(turns)} turns: {kinds}")


if __name__ == "__main__":
    main()
