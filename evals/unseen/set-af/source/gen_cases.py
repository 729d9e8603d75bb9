"""Write ../cases.yaml and provenance.json for set-af.

Every expected figure and every accepted alternative is taken from data.py AND located in the finished
document (extract.py): the printed text is read back, parsed, scaled and must equal the data value. The
provenance records document, page (PDF) or heading + table index (HTML), table caption, row, column, printed
text, scale and the scale statement, and the derivation for computed figures.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import HtmlDoc, PdfDoc, clean, html_table_scale, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
PDF = PdfDoc(CORPUS / d.MUNI_FILE)
HTM = HtmlDoc(CORPUS / d.GR_FILE)
W, M = d.MUNI, d.GR
PF, HF = d.MUNI_FILE, d.GR_FILE


def _eq(a: float, b: float | None, what: str):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: document gives {a}, data.py says {b}")


# ---- sources ---------------------------------------------------------------------------------------------
def pc(caption: str, row: str, col: str, want: float | None, after: str | None = None, label_col: int = 0) -> dict:
    """A PDF table cell."""
    c = PDF.cell(caption, row, col, after=after, label_col=label_col)
    scale, stmt = PDF.table_scale(caption)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"empty cell {caption}/{row}/{col}")
    v = round(v * scale, 6)
    _eq(v, want, f"{caption} / {row} / {col}")
    src = {"document": PF, "page": c["page"], "table": c["caption"], "caption_prefix": caption, "row": row,
           "column": col, "printed": c["printed"], "scale": scale, "scale_statement": stmt, "value": v}
    if after:
        src["after_subheading"] = after
    if label_col:
        src["label_column"] = label_col
    if c["label_lines"] > 1:
        src["label_wraps_over_lines"] = c["label_lines"]
    if c["repeated_header_page"]:
        src["on_continuation_page_with_repeated_header"] = True
    return src


def pp(phrase: str, printed: str, want: float | None) -> dict:
    """A figure in PDF prose: the phrase (whitespace-normalised) contains the printed amount."""
    pages = PDF.prose(phrase)
    if not pages or printed not in phrase:
        raise SystemExit(f"prose not found: {phrase}")
    v = parse_num(printed)
    _eq(v, want, f"prose {phrase}")
    return {"document": PF, "page": pages[0], "prose": phrase, "printed": printed, "scale": 1, "value": v}


def hc(caption: str, row: str, col: str, want: float | None) -> dict:
    """An HTML table cell; the scale comes from the caption paragraph above the table."""
    c = HTM.cell(caption, row, col)
    scale, stmt = html_table_scale(c["caption"])
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"empty cell {caption}/{row}/{col}")
    v = round(v * scale, 6)
    _eq(v, want, f"{caption} / {row} / {col}")
    return {"document": HF, "heading": c["section"], "table_index": c["table_index"], "table": c["caption"],
            "caption_prefix": caption, "row": row, "column": col, "printed": c["printed"], "scale": scale,
            "scale_statement": stmt, "value": v}


def hp(heading: str, phrase: str, printed: str, want: float | None) -> dict:
    txt = clean(HTM.section_text(heading))
    if clean(phrase) not in txt or printed not in phrase:
        raise SystemExit(f"html prose not found under {heading}: {phrase}")
    v = parse_num(printed)
    _eq(v, want, f"html prose {phrase}")
    return {"document": HF, "heading": heading, "prose": phrase, "printed": printed, "scale": 1, "value": v}


# ---- turns -----------------------------------------------------------------------------------------------
def fmt_nl(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v}".replace(".", ",")


def derive(op: str, srcs: list[dict]) -> tuple[float, str]:
    a = [s["value"] for s in srcs]
    if op == "sub":
        v = a[0] - a[1]
        return v, f"{fmt_nl(a[0])} - {fmt_nl(a[1])} = {fmt_nl(v)}"
    if op == "add":
        v = sum(a)
        return v, " + ".join(fmt_nl(x) for x in a) + f" = {fmt_nl(v)}"
    raise ValueError(op)


def alt(src: dict | list, op: str | None = None) -> dict:
    srcs = src if isinstance(src, list) else [src]
    if op:
        v, der = derive(op, srcs)
        return {"value": v, "op": op, "derivation": der, "sources": srcs}
    return {"value": srcs[0]["value"], "sources": srcs}


def num(v: float):
    return int(v) if float(v).is_integer() else round(v, 6)


def fig(q: str, main, body: str, unit: str | None = "EUR", accept: list | None = None, tol: float | None = None,
        op: str | None = None):
    m = alt(main, op)
    exp: dict = {"value": num(m["value"])}
    accs = accept or []
    vals = []
    for a in accs:                 # alternatives with the same (absolute) value as the main figure only go to the provenance
        v = num(a["value"])
        if abs(abs(v) - abs(m["value"])) > 1e-9 and abs(v) not in [abs(x) for x in vals]:
            vals.append(v)
    if vals:
        exp["accept"] = vals
    if tol is not None:
        exp["tolerance"] = tol
    if unit:
        exp["unit"] = unit
    exp["municipality"] = body
    prov = {"kind": "figure", "main": m, "accept": accs}
    return {"question": q, "kind": "figure", "expect": exp}, prov


def text(q: str, include: list, body: str, where: dict, exclude: list | None = None):
    exp: dict = {"include": include}
    if exclude:
        exp["exclude"] = exclude
    exp["municipality"] = body
    return {"question": q, "kind": "text", "expect": exp}, {"kind": "text", "where": where, "include": include,
                                                            "exclude": exclude or []}


def refusal(q: str, absent: dict, why: str):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}


def anyk(q: str, body: str, exclude: list, why: str, wrong_source: dict, asked: dict | None = None):
    prov = {"kind": "any", "why": why, "exclude_is": wrong_source}
    if asked:
        prov["asked"] = asked
    return {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}}, prov


CASES: list[dict] = []
PROV: dict = {}


def case(cid: str, tp, scope: str | None = None):
    turn, prov = tp
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c["kind"] = turn["kind"]
    if "expect" in turn:
        c["expect"] = turn["expect"]
    CASES.append(c)
    PROV[cid] = prov


def conv(cid: str, turns: list, scope: str | None = None):
    c: dict = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = []
    PROV[cid] = []
    for turn, prov in turns:
        t = {"question": turn["question"], "kind": turn["kind"]}
        if "expect" in turn:
            t["expect"] = turn["expect"]
        c["turns"].append(t)
        PROV[cid].append(prov)
    CASES.append(c)


# ===========================================================================================================
# Gemeente Wolderbeek, Jaarstukken 2032 (PDF)
# ===========================================================================================================
T = {nr: f"Tabel 2.{nr}.2" for _, nr, _, _ in d.PROGRAMMES}
J672 = "6.72 Maatwerkdienstverlening 18- (jeugdhulp ambulant en met verblijf)"
P4L = dict(d.P4_LASTEN)
P4B = dict(d.P4_BATEN)
k = lambda v: (v + 500) // 1000 * 1000 if v >= 0 else -((-v + 500) // 1000 * 1000)   # noqa: E731

# ---- single figure turns ---------------------------------------------------------------------------------
case("af-w-jeugdhulp-realisatie", fig(
    "Hoeveel heeft Wolderbeek in 2032 uitgegeven aan jeugdhulp?",
    pc(T[4], J672, "Realisatie", k(P4L[J672][2])), W,
    accept=[alt(pp(f"De uitgaven voor jeugdhulp bedroegen € 12.118.214", "12.118.214", P4L[J672][2])),
            alt(pc("Tabel B.1", "6.72 Maatwerkdienstverlening 18-", "Lasten", P4L[J672][2]))]))
case("af-w-brandweer", fig(
    "Wat kostte de brandweer ons in 2032?",
    pc("Tabel 4.4", "Veiligheidsregio Zandlanden", "Realisatie", d.VP["Veiligheidsregio Zandlanden"][2]), W,
    accept=[alt(pc("Tabel B.1", "1.1 Crisisbeheersing en brandweer", "Lasten", d.TV["P1"][2][1]))]), scope=W)
case("af-w-p1-lasten-primitief", fig(
    "Wat stond er in de primitieve begroting 2032 aan lasten voor programma 1 Bestuur en veiligheid?",
    pc(T[1], "Lasten", "Begroting primitief", d.PROG["P1"]["lasten"][0]), W,
    accept=[alt(pc("Tabel 5.1", "Programma 1 Bestuur en veiligheid", "Begroting primitief", k(d.PROG["P1"]["lasten"][0])))]),
    scope=W)
case("af-w-p3-baten", fig(
    "Hoeveel geld kwam er in 2032 binnen bij onderwijs, sport en cultuur?",
    pc(T[3], "Baten", "Realisatie", d.PROG["P3"]["baten"][2]), W,
    accept=[alt(pc("Tabel 5.1", "Programma 3 Onderwijs, sport en cultuur", "Realisatie", k(d.PROG["P3"]["baten"][2]),
                   after="Baten"))]), scope=W)
p2v = d.PROG["P2"]["lasten"][1] - d.PROG["P2"]["lasten"][2]
case("af-w-p2-nadeel-lasten", fig(
    "Hoe groot was het nadeel op de lasten van programma 2 Openbare ruimte en mobiliteit in 2032?",
    pc(T[2], "Lasten", "Verschil", k(abs(p2v))), W,
    accept=[alt(pp(f"Op de lasten is het verschil per saldo € 575.315 nadelig.", "575.315", abs(p2v)))]), scope=W)
ozb = d.ADM["OZB woningen"][2]
case("af-w-ozb-woningen-opbrengst", fig(
    "Hoeveel OZB op woningen heeft de gemeente Wolderbeek in 2032 opgehaald?",
    pc("Tabel 3.1", "OZB woningen", "Realisatie", k(ozb)), W,
    accept=[alt(pc("Tabel B.1", "0.61 OZB woningen", "Baten", ozb))]))
au = d.ADM["Algemene uitkering gemeentefonds"][2]
case("af-w-gemeentefonds", fig(
    "Hoeveel kreeg Wolderbeek in 2032 uit het gemeentefonds?",
    pc("Tabel 3.1", "Algemene uitkering gemeentefonds", "Realisatie", k(au)), W,
    accept=[alt(pc("Tabel B.1", "0.7 Algemene uitkering en overige uitkeringen gemeentefonds", "Baten", au))]))
case("af-w-resultaat", fig(
    "Met welk resultaat sluit de jaarrekening 2032 van Wolderbeek?",
    pp("Het gerealiseerde resultaat over 2032 bedraagt € 1.024.937 positief.", "1.024.937", d.RESULTAAT[2]), W,
    accept=[alt(pc("Tabel 5.1", "Gerealiseerd resultaat", "Realisatie", k(d.RESULTAAT[2])))]))
case("af-w-balanstotaal", fig(
    "Wat is het balanstotaal per 31 december 2032?",
    pc("Tabel 5.2", "Totaal activa", "31-12-2032", d.TOT_ACTIVA[0]), W,
    accept=[alt(pc("Tabel 5.3", "Totaal passiva", "31-12-2032", d.TOT_PASSIVA[0]))]), scope=W)
case("af-w-langlopende-schulden", fig(
    "Hoeveel langlopende leningen heeft de gemeente Wolderbeek eind 2032 uitstaan?",
    pc("Tabel 5.3", "Vaste schulden met een rentetypische looptijd van één jaar of langer", "31-12-2032",
       d.BAL["Vaste schulden met een rentetypische looptijd van één jaar of langer"][0]), W))
case("af-w-reserve-sociaal-domein-onttrekking", fig(
    "Hoeveel is er in 2032 uit de reserve sociaal domein gehaald?",
    pc("Tabel 5.4", "Reserve sociaal domein", "Onttrekking", d.RES["Reserve sociaal domein"]["ontt"]), W,
    accept=[alt(pc(T[4], "Onttrekkingen aan reserves", "Realisatie", k(d.PROG["P4"]["ontt"][2])))]), scope=W)
case("af-w-weerstandsratio", fig(
    "Wat is de weerstandsratio van de gemeente Wolderbeek eind 2032?",
    pc("Tabel 4.2", "Weerstandsratio", "Bedrag in €", d.WEERSTANDSRATIO), W, unit=None, tol=0.005))
case("af-w-netto-schuldquote", fig(
    "Hoe hoog was de netto schuldquote van Wolderbeek in 2032 in werkelijkheid?",
    pc("Tabel 4.3", "Netto schuldquote", "Realisatie 2032", d.NSQ), W, unit="percent", tol=0.05))
case("af-w-afval-gezin", fig(
    "Wat betaalde een gezin in Wolderbeek in 2032 aan afvalstoffenheffing?",
    pc("Tabel 4.1", "Afvalstoffenheffing meerpersoonshuishouden", "Tarief 2032", d.TAR["Afvalstoffenheffing meerpersoonshuishouden"][2]),
    W, tol=0.005))
case("af-w-ozb-tarief", fig(
    "Wat was het OZB-tarief voor eigenaren van een woning in 2032?",
    pc("Tabel 4.1", "OZB woningen, eigenaar", "Tarief 2032", d.TAR["OZB woningen, eigenaar"][2]), W,
    unit="percent", tol=0.00005), scope=W)
mb = d.INV[3]
case("af-w-molenbrug-overschrijding", fig(
    "Met hoeveel is het krediet voor de renovatie van de Molenbrug overschreden?",
    pc("Tabel 5.5", "Renovatie Molenbrug", "Restant krediet", mb["restant"], label_col=1), W), scope=W)
case("af-w-brede-school-2032", fig(
    "Hoeveel is er in 2032 uitgegeven aan de bouw van de brede school Hoefvelde in Wolderbeek?",
    pc("Tabel 5.5", "Brede school Hoefvelde", "Uitgaven 2032", d.INV[1]["cur"], label_col=1), W))
case("af-w-jongeren-jeugdhulp", fig(
    "Hoeveel jongeren in Wolderbeek hadden in 2032 jeugdhulp?",
    pc("Tabel 2.4.1", "Jongeren met jeugdhulp", "Realisatie 2032", d.INDICATORS["P4"][0][3]), W, unit="count"))
case("af-w-inwoners", fig(
    "Hoeveel inwoners telde Wolderbeek op 1 januari 2032?",
    pp("Aantal inwoners op 1 januari 2032: 41.873", "41.873", d.KG["Aantal inwoners op 1 januari 2032"]), W,
    unit="count"))
case("af-w-tekort-jeugdzorg", fig(
    "Hoe groot was het tekort op jeugdzorg ten opzichte van de begroting?",
    pp("Het nadeel van € 412.000 op jeugdzorg", "412.000", 412_000), W,
    accept=[alt([pc(T[4], J672, "Realisatie", k(P4L[J672][2])), pc(T[4], J672, "Begroting na wijziging", k(P4L[J672][1]))],
                op="sub")]), scope=W)
case("af-w-gladheid", fig(
    "Hoeveel meer dan begroot kostte de gladheidsbestrijding in Wolderbeek?",
    pp("Het nadeel van € 312.000 op gladheidsbestrijding", "312.000", 312_000), W))
ar = d.RES[d.ALG]
case("af-w-groei-algemene-reserve", fig(
    "Met hoeveel is de algemene reserve van Wolderbeek in 2032 gegroeid?",
    [pc("Tabel 5.4", "Algemene reserve", f"Stand 31-12-2032", ar["eind"]),
     pc("Tabel 5.4", "Algemene reserve", "Stand 1-1-2032", ar["begin"])], W, op="sub",
    accept=[alt([pc("Tabel 5.3", "Algemene reserve", "31-12-2032", d.BAL["Algemene reserve"][0]),
                 pc("Tabel 5.3", "Algemene reserve", "31-12-2031", d.BAL["Algemene reserve"][1])], op="sub")]))
ozbn = d.ADM["OZB niet-woningen"][2]
case("af-w-ozb-samen", fig(
    "Hoeveel OZB kwam er in 2032 in totaal binnen, woningen en niet-woningen samen?",
    [pc("Tabel 3.1", "OZB woningen", "Realisatie", k(ozb)), pc("Tabel 3.1", "OZB niet-woningen", "Realisatie", k(ozbn))],
    W, op="add",
    accept=[alt([pc("Tabel B.1", "0.61 OZB woningen", "Baten", ozb), pc("Tabel B.1", "0.62 OZB niet-woningen", "Baten", ozbn)],
                op="add")]), scope=W)

# ---- conversations ---------------------------------------------------------------------------------------
P2 = d.PROG["P2"]
conv("af-w-conv-openbare-ruimte", [
    fig("Wat waren in 2032 de werkelijke lasten van programma 2 Openbare ruimte en mobiliteit?",
        pc(T[2], "Lasten", "Realisatie", k(P2["lasten"][2])), W,
        accept=[alt(pc("Tabel 5.1", "Programma 2 Openbare ruimte en mobiliteit", "Realisatie", k(P2["lasten"][2])))]),
    fig("En de baten?", pc(T[2], "Baten", "Realisatie", k(P2["baten"][2])), W),
    fig("En wat was daarvoor begroot na wijziging?", pc(T[2], "Baten", "Begroting na wijziging", k(P2["baten"][1])), W),
], scope=W)
conv("af-w-conv-liquide", [
    fig("Hoeveel liquide middelen had Wolderbeek eind 2032?",
        pc("Tabel 5.2", "Liquide middelen", "31-12-2032", d.LIQUIDE[0]), W),
    fig("En vorig jaar?", pc("Tabel 5.2", "Liquide middelen", "31-12-2031", d.LIQUIDE[1]), W),
], scope=W)
jw, jr = P4L[J672][1], P4L[J672][2]
conv("af-w-conv-jeugd", [
    fig("Hoeveel was er in 2032 na wijziging begroot voor jeugdhulp (taakveld 6.72)?",
        pc(T[4], J672, "Begroting na wijziging", k(jw)), W),
    fig("En wat is het uiteindelijk geworden?", pc(T[4], J672, "Realisatie", k(jr)), W,
        accept=[alt(pc("Tabel B.1", "6.72 Maatwerkdienstverlening 18-", "Lasten", jr))]),
    fig("Hoeveel is dat meer dan begroot?",
        [pc(T[4], J672, "Realisatie", k(jr)), pc(T[4], J672, "Begroting na wijziging", k(jw))], W, op="sub",
        accept=[alt(pc(T[4], J672, "Verschil", k(jr - jw))),
                alt([pc("Tabel B.1", "6.72 Maatwerkdienstverlening 18-", "Lasten", jr),
                     pc(T[4], J672, "Begroting na wijziging", k(jw))], op="sub")]),
], scope=W)
eg = d.RES["Egalisatiereserve afvalstoffenheffing"]
conv("af-w-conv-egalisatiereserve", [
    fig("Wat was de stand van de egalisatiereserve afvalstoffenheffing van Wolderbeek eind 2032?",
        pc("Tabel 5.4", "Egalisatiereserve afvalstoffenheffing", "Stand 31-12-2032", eg["eind"]), W),
    fig("En aan het begin van het jaar?", pc("Tabel 5.4", "Egalisatiereserve afvalstoffenheffing", "Stand 1-1-2032",
                                            eg["begin"]), W),
])
KG = {nm: v for nm, v in d.KENGETALLEN}
conv("af-w-conv-solvabiliteit", [
    fig("Wat was de solvabiliteitsratio van Wolderbeek in 2032?",
        pc("Tabel 4.3", "Solvabiliteitsratio", "Realisatie 2032", KG["Solvabiliteitsratio"][2]), W, unit="percent", tol=0.05),
    fig("En vorig jaar?", pc("Tabel 4.3", "Solvabiliteitsratio", "Realisatie 2031", KG["Solvabiliteitsratio"][0]), W,
        unit="percent", tol=0.05),
    fig("En wat was er voor 2032 begroot?", pc("Tabel 4.3", "Solvabiliteitsratio", "Begroting 2032", KG["Solvabiliteitsratio"][1]),
        W, unit="percent", tol=0.05),
], scope=W)

# ---- refusals --------------------------------------------------------------------------------------------
case("af-w-weiger-2033", refusal(
    "Wat zijn de lasten van programma 4 Sociaal domein in 2033?",
    {PF: {"table_header_lacks": [["Tabel 2.4.2", "2033"], ["Tabel 5.1", "2033"]],
          "no_sentence_with": [["2033", "lasten"]],
          "no_amount_sentence_with": [["2033", "sociaal domein"], ["2033", "jeugd"], ["2033", "programma 4"]]}},
    "the jaarstukken 2032 only hold begroting and realisatie 2032; the Maasheuvel kadernota is out of scope"),
    scope=W)
case("af-w-weiger-zwembad", refusal(
    "Hoeveel kost het nieuwe zwembad in Wolderbeek?",
    {PF: {"not_in_text": ["zwembad", "zwemba"]}, HF: {"not_in_text": ["zwembad"]}}, "no swimming pool anywhere"))
case("af-w-weiger-hondenbelasting", refusal(
    "Wat is het tarief van de hondenbelasting in Wolderbeek in 2032?",
    {PF: {"not_in_text": ["hondenbelasting", "honden"]}},
    "the tarieven table lists OZB, afvalstoffenheffing and rioolheffing only"), scope=W)
case("af-w-weiger-fte", refusal(
    "Hoeveel fte werken er bij de gemeente Wolderbeek?",
    {PF: {"not_as_word": ["fte", "formatie", "ambtenaren", "medewerkers", "personeelsleden"]}},
    "the jaarstukken give no staff numbers"), scope=W)
case("af-w-weiger-schuldquote-2033", refusal(
    "Welke netto schuldquote heeft Wolderbeek voor 2033 begroot?",
    {PF: {"table_header_lacks": [["Tabel 4.3", "2033"]], "no_sentence_with": [["schuldquote", "2033"]]}},
    "the kengetallen table has realisatie 2031, begroting 2032 and realisatie 2032 only"), scope=W)

# ---- text ------------------------------------------------------------------------------------------------
case("af-w-tekst-jeugdzorg", text(
    "Waarom waren de kosten van jeugdzorg in Wolderbeek hoger dan begroot?",
    ["verblijf", ["tarieven", "tarief"]], W, {"document": PF, "phrase": "Het nadeel van € 412.000 op jeugdzorg"}))
case("af-w-tekst-gladheid", text(
    "Waarom was de gladheidsbestrijding in 2032 duurder dan gepland?",
    [["strooidagen", "winter"]], W, {"document": PF, "phrase": "op gladheidsbestrijding komt doordat"}), scope=W)
case("af-w-tekst-resultaatbestemming", text(
    "Wat stelt het college van Wolderbeek voor met het resultaat over 2032?",
    ["reserve sociaal domein", "algemene reserve"], W, {"document": PF, "phrase": "Voorgesteld wordt € 400.000 toe te voegen"}))
case("af-w-tekst-weerstand", text(
    "Hoe beoordeelt de gemeente haar weerstandsvermogen?",
    ["uitstekend"], W, {"document": PF, "phrase": "valt Wolderbeek in klasse A"}), scope=W)

# ---- which of several figures ------------------------------------------------------------------------------
P5 = d.PROG["P5"]
s_prim = pc(T[5], "Lasten", "Begroting primitief", P5["lasten"][0])
s_wijz = pc(T[5], "Lasten", "Begroting na wijziging", P5["lasten"][1])
case("af-w-welke-begroting", text(
    "Hoeveel was er begroot voor de lasten van programma 5 Wonen, ruimte en duurzaamheid?",
    [["17.604.200", "primitie", "oorspronkelijk"], ["18.950.400", "na wijziging", "gewijzigd"]], W,
    {"document": PF, "candidates": [s_prim, s_wijz],
     "why": "two begrotingen are printed (primitief and na wijziging); an honest answer names both"}), scope=W)
s_bal = pc("Tabel 5.3", "Algemene reserve", "31-12-2031", d.BAL["Algemene reserve"][1])
s_res = pc("Tabel 5.4", "Algemene reserve", "Stand 1-1-2032", ar["begin"])
case("af-w-welke-algemene-reserve-2031", text(
    "Hoe hoog was de algemene reserve van Wolderbeek eind 2031?",
    [["10.879.197", "balans"], ["11.842.615", "1-1-2032", "1 januari 2032", "resultaat 2031", "resultaatbestemming"]], W,
    {"document": PF, "candidates": [s_bal, s_res],
     "why": "the balans gives 10.879.197 at 31-12-2031 (before the resultaatbestemming 2031); the reserves table "
            "starts 2032 at 11.842.615 (after adding the resultaat 2031 of 963.418); an honest answer names both"}))

# ---- any -------------------------------------------------------------------------------------------------
case("af-w-any-financieel", anyk(
    "Hoe staat Wolderbeek er financieel voor?", W, ["1,21"],
    "any honest answer; it must cite Wolderbeek and must not borrow the Werkbedrijf's weerstandsratio",
    hc("Tabel 5", "Weerstandsratio", "1-1-2034", d.GR_RATIO)), scope=W)

# ===========================================================================================================
# Werkbedrijf Maasheuvel, Kadernota 2034 (HTML)
# ===========================================================================================================
B = d.BIJ
BIJ34, BIJ33 = "Gemeentelijke bijdrage Raming 2034", "Gemeentelijke bijdrage Begroting 2033"
case("af-m-bijdrage-wolderbeek-2034", fig(
    "Hoeveel moet Wolderbeek in 2034 bijdragen aan Werkbedrijf Maasheuvel?",
    hc("Tabel 3", "Wolderbeek", BIJ34, B["Wolderbeek"]["b2034"]), M))
case("af-m-lommerveld-2034", fig(
    "Wat gaat het Lommerveld in 2034 kosten om mee te doen met het werkbedrijf?",
    hc("Tabel 3", "Lommerveld", BIJ34, B["Lommerveld"]["b2034"]), M,
    accept=[alt(hp("7 Bijdragen van de deelnemers", "€ 320.748 de bijdrage van Lommerveld", "320.748",
                   B["Lommerveld"]["b2034"]))]), scope=M)
case("af-m-se-drieswijk", fig(
    "Hoeveel standaardeenheden Wsw brengt Drieswijk in 2034 in bij Werkbedrijf Maasheuvel?",
    hc("Tabel 3", "Drieswijk", "SE Wsw 2034", B["Drieswijk"]["se"]), M, unit="count", tol=0.05))
case("af-m-verdeelsleutel-olmenrade", fig(
    "Welk percentage van de gemeentelijke bijdrage betaalt Olmenrade?",
    hc("Tabel 3", "Olmenrade", "Verdeelsleutel", B["Olmenrade"]["sleutel"]), M, unit="percent", tol=0.005), scope=M)
case("af-m-tekort-2037", fig(
    "Hoe groot is het tekort van Werkbedrijf Maasheuvel in 2037?",
    hc("Tabel 1", "Saldo van baten en lasten", "Meerjarenraming 2037", d.GR_SALDO[5]), M,
    accept=[alt(hp("4 Meerjarig financieel beeld", "in 2037 loopt het tekort op tot € 478.000", "478.000",
                   -d.GR_SALDO[5]))]))
case("af-m-groen-2036", fig(
    "Hoeveel omzet verwacht het werkbedrijf in 2036 uit groenonderhoud?",
    hc("Tabel 1", "Omzet groenonderhoud", "Meerjarenraming 2036", d.GR_MJ["Omzet groenonderhoud"][4]), M), scope=M)
case("af-m-rijksbijdrage-nadeel-2036", fig(
    "Hoeveel nadeel levert de lagere rijksbijdrage per standaardeenheid Werkbedrijf Maasheuvel op in 2036?",
    hc("Tabel 2", "Lagere rijksbijdrage per standaardeenheid", "2036", d.ONTWIKKELINGEN[1][1][2] * 1000), M))
case("af-m-saldo-ontwikkelingen-2035", fig(
    "Wat is het saldo van de ontwikkelingen ten opzichte van de begroting 2033 in 2035?",
    hc("Tabel 2", "Saldo ontwikkelingen", "2035", d.ONTW_TOT[1] * 1000), M), scope=M)
case("af-m-tarief-groen-2034", fig(
    "Wat is bij Werkbedrijf Maasheuvel het uurtarief voor groenvoorziening met groepsbegeleiding in 2034?",
    hc("Tabel 4", "C", "Tarief 2034", d.GRT["C"]["2034"]), M, tol=0.005))
case("af-m-weerstandsratio", fig(
    "Wat is de weerstandsratio van het werkbedrijf?",
    hc("Tabel 5", "Weerstandsratio", "1-1-2034", d.GR_RATIO), M, unit=None, tol=0.005), scope=M)
case("af-m-stijging-bijdrage-wolderbeek", fig(
    "Hoeveel stijgt de bijdrage van Wolderbeek aan Werkbedrijf Maasheuvel van 2033 naar 2034?",
    [hc("Tabel 3", "Wolderbeek", BIJ34, B["Wolderbeek"]["b2034"]), hc("Tabel 3", "Wolderbeek", BIJ33, B["Wolderbeek"]["b2033"])],
    M, op="sub"))
case("af-m-detachering-plus-groen-2034", fig(
    "Hoeveel omzet maakt het werkbedrijf in 2034 met detachering en groenonderhoud samen?",
    [hc("Tabel 1", "Omzet detachering", "Begroting 2034", d.GR_MJ["Omzet detachering"][2]),
     hc("Tabel 1", "Omzet groenonderhoud", "Begroting 2034", d.GR_MJ["Omzet groenonderhoud"][2])], M, op="add"), scope=M)

conv("af-m-conv-kruisvelde", [
    fig("Wat is de bijdrage van Kruisvelde aan Werkbedrijf Maasheuvel in 2034?",
        hc("Tabel 3", "Kruisvelde", BIJ34, B["Kruisvelde"]["b2034"]), M),
    fig("En in 2033?", hc("Tabel 3", "Kruisvelde", BIJ33, B["Kruisvelde"]["b2033"]), M),
    anyk("En die van Lommerveld in 2033?", M, ["320.748"],
         "Lommerveld joins on 1-1-2034: its 2033 cell is '-' and the text says it pays nothing in 2033; any honest "
         "answer (nil, or 'not a deelnemer yet') passes, quoting the 2034 bijdrage does not",
         hc("Tabel 3", "Lommerveld", BIJ34, B["Lommerveld"]["b2034"]),
         asked={"document": HF, "heading": "7 Bijdragen van de deelnemers", "table_index": 2, "caption_prefix": "Tabel 3",
                "table": HTM.cell("Tabel 3", "Lommerveld", BIJ33)["caption"], "row": "Lommerveld", "column": BIJ33,
                "printed": HTM.cell("Tabel 3", "Lommerveld", BIJ33)["printed"], "scale": 1,
                "scale_statement": html_table_scale(HTM.cell("Tabel 3", "Lommerveld", BIJ33)["caption"])[1], "value": 0.0}),
], scope=M)
conv("af-m-conv-lasten", [
    fig("Hoeveel bedragen de totale lasten van Werkbedrijf Maasheuvel in de begroting 2034?",
        hc("Tabel 1", "Totaal lasten", "Begroting 2034", d.GR_LASTEN_TOT[2]), M),
    fig("En in 2035?", hc("Tabel 1", "Totaal lasten", "Meerjarenraming 2035", d.GR_LASTEN_TOT[3]), M),
], scope=M)

case("af-m-weiger-2038", refusal(
    "Wat is de gemeentelijke bijdrage aan Werkbedrijf Maasheuvel in 2038?",
    {HF: {"not_in_text": ["2038"]}}, "the meerjarenraming ends in 2037"), scope=M)
case("af-m-weiger-tariefgroep-e", refusal(
    "Wat is het uurtarief voor tariefgroep E bij Werkbedrijf Maasheuvel?",
    {HF: {"html_table_lacks_row": [["Tabel 4", "E"]], "not_in_text": ["tariefgroep E", "groep E"]}},
    "tariefgroepen A to D only"))
case("af-m-weiger-ziekteverzuim-2033", refusal(
    "Hoe hoog was het ziekteverzuim bij Werkbedrijf Maasheuvel in 2033?",
    {HF: {"no_sentence_with": [["ziekteverzuim", "2033"], ["verzuim", "2033"]]}},
    "only the 2032 ziekteverzuim (11,8%) is given"))

case("af-m-tekst-leerwerkbedrijf", text(
    "Wat is het leerwerkbedrijf Hoefvelde van Werkbedrijf Maasheuvel?",
    [["praktijkonderwijs", "statushouders"]], M, {"document": HF, "heading": "6 Nieuw beleid"}))
case("af-m-tekst-tekort", text(
    "Waarom loopt het tekort van het werkbedrijf de komende jaren op?",
    ["rijksbijdrage"], M, {"document": HF, "heading": "1.1 Aanleiding"}), scope=M)
case("af-m-tekst-lommerveld", text(
    "Waarom staat er bij Werkbedrijf Maasheuvel voor Lommerveld geen bijdrage in 2033?",
    [["deelnemer", "toetreedt", "treedt", "toetreding"]], M, {"document": HF, "heading": "1.2 Toetreding Lommerveld"}))
case("af-m-tekst-minteken", text(
    "Wat betekent in de kadernota van Werkbedrijf Maasheuvel een min-teken achter een bedrag?",
    ["nadeel"], M, {"document": HF, "heading": "Leeswijzer"}))

s_nb = hp("6 Nieuw beleid", "incidenteel € 240.000 in 2034", "240.000", 240_000)
s_inv = hc("Tabel 6", "Inrichting leerwerkbedrijf Hoefvelde", "2034", 95_000)
case("af-m-welke-leerwerkbedrijf", text(
    "Hoeveel geld is er in 2034 nodig voor het leerwerkbedrijf Hoefvelde van Werkbedrijf Maasheuvel?",
    [["240.000", "nieuw beleid"], ["95.000", "investering"]], M,
    {"document": HF, "candidates": [s_nb, s_inv],
     "why": "nieuw beleid asks € 240.000 (exploitatie) and the investeringen table holds € 95.000 for the inrichting; "
            "an honest answer names both (or their sum) rather than silently picking one"}))

case("af-m-any-gezond", anyk(
    "Is Werkbedrijf Maasheuvel financieel gezond?", M, ["2,01"],
    "any honest answer citing the Werkbedrijf; it must not borrow Wolderbeek's weerstandsratio",
    pc("Tabel 4.2", "Weerstandsratio", "Bedrag in €", d.WEERSTANDSRATIO)), scope=M)

# ===========================================================================================================
# Both documents / neither
# ===========================================================================================================
conv("af-x-conv-bijdrage-wolderbeek", [
    fig("Hoeveel betaalde de gemeente Wolderbeek in 2032 aan Werkbedrijf Maasheuvel?",
        pc("Tabel 4.4", "Werkbedrijf Maasheuvel", "Realisatie", d.VP["Werkbedrijf Maasheuvel"][2]), W),
    fig("En hoeveel wordt dat in 2034?", hc("Tabel 3", "Wolderbeek", BIJ34, B["Wolderbeek"]["b2034"]), M),
    fig("En wat was er voor 2033 begroot?", hc("Tabel 3", "Wolderbeek", BIJ33, B["Wolderbeek"]["b2033"]), M),
])
s32 = pc("Tabel 4.4", "Werkbedrijf Maasheuvel", "Realisatie", d.VP["Werkbedrijf Maasheuvel"][2])
s33 = hc("Tabel 3", "Wolderbeek", BIJ33, B["Wolderbeek"]["b2033"])
s34 = hc("Tabel 3", "Wolderbeek", BIJ34, B["Wolderbeek"]["b2034"])
case("af-x-welke-bijdrage-wolderbeek", text(
    "Hoeveel betaalt Wolderbeek aan Werkbedrijf Maasheuvel?",
    [["2032", "1.487.262"], ["2034", "1.629.824"]], W,
    {"document": PF, "candidates": [s32, s34], "also_printed": [s33],
     "why": "three years are printed across the two documents (realisatie 2032 in the jaarstukken, begroting 2033 "
            "and raming 2034 in the kadernota); an honest answer names at least the realisatie 2032 and the "
            "raming 2034 (by year or amount), or asks which year is meant"}))
case("af-x-weiger-gaasterbroek", refusal(
    "Wat geeft de gemeente Gaasterbroek uit aan jeugdzorg?",
    {PF: {"not_in_text": ["Gaasterbroek"]}, HF: {"not_in_text": ["Gaasterbroek"]}}, "municipality not in the corpus"))
case("af-x-weiger-olmenrade-ozb", refusal(
    "Hoeveel OZB haalt de gemeente Olmenrade op?",
    {PF: {"no_sentence_with": [["Olmenrade", "OZB"]]}, HF: {"not_in_text": ["OZB", "onroerendezaakbelasting"]}},
    "Olmenrade appears only as a deelnemer of the Werkbedrijf and in a fietsverbinding; its own budget is not in the corpus"))

# ===========================================================================================================
header = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# set-af: blind evaluation set for two fictional documents in ./corpus (format: /work/shared/evals/FORMAT.md):\n"
          f"#   {PF}: Gemeente {W}, Jaarstukken 2032 (PDF, fpdf2)\n"
          f"#   {HF}: {M}, Kadernota 2034 (HTML from a Word document via mammoth)\n"
          "# Values are in euros (x € 1.000 tables multiplied out); signed is false throughout, so a deficit printed\n"
          "# as -478.000 is compared by absolute value. Provenance per case: source/provenance.json.\n")
ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
out = {"version": 1, "cases": CASES}
(SET / "cases.yaml").write_text(header + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120),
                                encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nt = sum(len(c.get("turns", [c])) for c in CASES)
print(f"wrote {len(CASES)} cases, {nt} turns")
