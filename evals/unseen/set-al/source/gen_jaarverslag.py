"""Waterschap Eemvliet, "Jaarverslag en jaarrekening 2046": a Typst document compiled with the PyPI package
`typst` (typst.compile) to an A4 PDF.

Layout: cover, outline, numbered headings (1, 1.1), running header with the document title, "Pagina n" footers,
tables in figures with their caption "Tabel n: ..." below (Typst's default), merged header cells (colspan/rowspan),
thousands separators as a narrow no-break space (U+202F, programme tables) / a thin space (U+2009, taakvelden)
and as a dot elsewhere, negatives with U+2212 (programme tables, belastingopbrengsten, taakvelden) and in brackets
(overzicht van baten en lasten), a long taakvelden table over two pages with its header repeated, footnotes.

Usage: python gen_jaarverslag.py CORPUS_DIR
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import typst

import data as d
from fmt import MINUS, NNBSP, THIN, eur, nl_dec, nl_int

FONT_DIR = os.environ.get("AL_FONT_DIR", "/usr/share/fonts/truetype/liberation2")
DOC = f"{d.E_BODY} — {d.E_TITLE}"


def esc(s: str) -> str:
    """escape Typst markup characters in running text / cell text"""
    out = []
    for ch in str(s):
        if ch in "\\#$*_@<>[]`~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    t = "".join(out).replace("//", "\\/\\/")
    if t[:1] in "+-=/":
        t = "\\" + t
    return t


def ns(v):          # programme tables: narrow no-break space, U+2212
    return nl_int(v, NNBSP, MINUS)


def ts(v):          # taakvelden: thin space, U+2212
    return nl_int(v, THIN, MINUS)


def dot(v):         # dots, negatives in brackets
    return nl_int(v, ".", "()")


def dotm(v):        # dots, U+2212
    return nl_int(v, ".", MINUS)


N_TABLE = 0


def figure(tbl: str, caption: str, breakable=False) -> str:
    global N_TABLE
    N_TABLE += 1
    fig = f"#figure(\n{tbl},\n  caption: [{esc(caption)}],\n)\n"
    if breakable:       # only the long taakvelden table may run over a page break (its header repeats)
        return "#[\n#show figure: set block(breakable: true)\n" + fig + "]\n"
    return fig


def cell(text, bold=False, align=None, colspan=1, rowspan=1, fill=None):
    body = f"[{'*' if bold else ''}{esc(text)}{'*' if bold else ''}]" if text != "" else "[]"
    args = []
    if colspan > 1:
        args.append(f"colspan: {colspan}")
    if rowspan > 1:
        args.append(f"rowspan: {rowspan}")
    if align:
        args.append(f"align: {align}")
    if fill:
        args.append(f"fill: {fill}")
    if not args:
        return body
    return f"table.cell({', '.join(args)})" + body


def table(colspec, header_rows, body_rows, aligns, size="9pt"):
    """header_rows / body_rows: lists of already rendered cells (strings from cell()) or plain strings"""
    def rend(c):
        return c if isinstance(c, str) and (c.startswith("[") or c.startswith("table.cell")) else cell(c)
    head = ",\n      ".join(", ".join(rend(c) for c in r) for r in header_rows)
    body = ",\n    ".join(", ".join(rend(c) for c in r) for r in body_rows)
    return (f"  text(size: {size}, table(\n    columns: {colspec},\n    align: {aligns},\n"
            f"    table.header(\n      {head},\n    ),\n    {body},\n  ))")


def bold_row(cells):
    return [cell(c, bold=True) for c in cells]


def group_row(label, ncols):
    return [cell(label, bold=True, colspan=ncols, fill="rgb(\"#e8f0f5\")")]


P = []          # the document, in pieces


def para(text):
    P.append(esc(text) + "\n")


def raw(text):
    P.append(text + "\n")


def h(level, text):
    P.append("=" * level + " " + esc(text) + "\n")


def sub(text):
    P.append(f"*{esc(text)}*\n")


# ================================================================================================ preamble
raw(f"""#set document(title: "{d.E_TITLE}", author: "{d.E_BODY}")
#set text(font: "Liberation Sans", size: 10.5pt, lang: "nl", hyphenate: false)
#set par(justify: false, leading: 0.62em, spacing: 1.0em)
#set page(paper: "a4", margin: (x: 2.3cm, top: 2.7cm, bottom: 2.4cm),
  header: context {{
    if counter(page).get().first() > 1 {{
      set text(size: 8.5pt, fill: luma(90))
      [{esc(DOC)} #h(1fr) Jaarstukken 2046]
      v(-0.6em)
      line(length: 100%, stroke: 0.4pt + luma(150))
    }}
  }},
  footer: context {{
    if counter(page).get().first() > 1 {{
      set text(size: 8.5pt, fill: luma(90))
      align(center)[Pagina #counter(page).display()]
    }}
  }},
)
#set heading(numbering: "1.1")
#show heading.where(level: 1): it => {{ pagebreak(weak: true); v(0.4em); text(size: 17pt, fill: rgb("#0b4f6c"), it); v(0.5em) }}
#show heading.where(level: 2): it => {{ v(0.6em); text(size: 12.5pt, fill: rgb("#0b4f6c"), it); v(0.25em) }}
#show figure: set par(justify: false)
#set figure(gap: 0.7em)
#show figure.caption: set text(size: 9pt, style: "italic")
#set table(stroke: 0.5pt + luma(160), inset: (x: 5pt, y: 4.5pt))
#show table.cell.where(y: 0): set text(weight: "bold")
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))
""")

# ================================================================================================ cover
raw(f"""#page(header: none, footer: none)[
  #v(3cm)
  #text(size: 13pt, fill: rgb("#0b4f6c"))[{esc(d.E_BODY)}]
  #v(0.6cm)
  #text(size: 30pt, weight: "bold", fill: rgb("#0b4f6c"))[{esc(d.E_TITLE)}]
  #v(0.4cm)
  #text(size: 13pt)[Verantwoording over het jaar 2046: beleid, financiën en de jaarrekening]
  #v(1fr)
  #text(size: 10pt)[Vastgesteld door het algemeen bestuur op {esc(d.E_DATE)}]
  #v(0.3cm)
  #line(length: 100%, stroke: 2pt + rgb("#0b4f6c"))
]
#outline(title: [Inhoud], depth: 2, indent: auto)
""")

# ================================================================================================ 1 inleiding
h(1, "Inleiding")
h(2, "Voorwoord")
para(f"Voor u ligt het jaarverslag en de jaarrekening 2046 van {d.E_BODY}. Het jaar 2046 stond in het teken van de "
     "voorbereiding van grote dijkversterkingen, een droog voorjaar en een natte herfst. Dankzij de inzet van onze "
     "medewerkers bleef het watersysteem op orde en zuiverden wij meer afvalwater dan ooit.")
para(f"Het jaar 2046 sluiten we financieel af met een positief resultaat van ruim € "
     f"{round(d.E_RES[2] / 1000)} miljoen. Dat komt vooral doordat de dijkversterking later begon dan gepland en "
     "doordat de energiekosten van de zuiveringen lager waren. In hoofdstuk 4 leest u hoe we het resultaat willen "
     "bestemmen.")
h(2, "Eemvliet in het kort")
para(f"{d.E_BODY} zorgt voor veilige dijken, voldoende en schoon water, het zuiveren van afvalwater en het "
     f"beheer van wegen buiten de bebouwde kom. We beheren circa 1.850 km dijk, "
     f"{nl_int(d.WATERGANG_KM)} km watergangen, {d.GEMALEN} gemalen en {d.RWZI} rioolwaterzuiveringen.")
raw(figure(table("(1fr, auto)", [["Kenmerk", "Aantal"]], [[nm, nl_int(v)] for nm, v in d.CIJFERS],
                 "(left, right)"), f"{d.E_BODY} in cijfers, 31 december 2046"))
pct_hh = 100 * d.HEFFINGEN[4][3] / d.HEF_REAL_KD["Zuiveringsbeheer"]
para(f"Onze taken betalen we grotendeels uit de waterschapsbelastingen. Van de opbrengst van de zuiveringsheffing "
     f"komt ruim {int(pct_hh)}% van huishoudens; de rest betalen bedrijven. Het algemeen bestuur stelt de "
     "tarieven elk jaar vast.")
h(2, "Leeswijzer")
para("Hoofdstuk 2 beschrijft per programma wat we wilden bereiken, wat we hebben gedaan en wat het heeft gekost. "
     "Hoofdstuk 3 bevat de paragrafen over belastingen, weerstandsvermogen, financiering en bedrijfsvoering. "
     "Hoofdstuk 4 is de jaarrekening met het overzicht van baten en lasten, de balans en de reserves en "
     "voorzieningen. In de bijlage staan de lasten en baten per taakveld.")
para("Bedragen in de tabellen zijn in duizenden euro's (x € 1.000), tenzij anders vermeld. Door afronding kunnen "
     "totalen afwijken van de som van de afzonderlijke bedragen. Het verschil is steeds de realisatie min de "
     "begroting na wijziging.")

# ================================================================================================ 2 programma's
h(1, "Programmaverantwoording")
FN1 = "\x00FN1\x00"      # placeholder for a footnote inside a paragraph (esc() must not touch the markup)
FN1_TEXT = ("Uit het HWBP betaalt het Rijk 90% van de kosten van het versterken van primaire keringen; de "
            "waterschappen samen betalen de overige 10%.")
PTXT = {
    "Watersysteembeheer": (
        "Veilige dijken en voldoende en schoon water",
        ["Alle primaire keringen voldoen in 2050 aan de wettelijke normen voor waterveiligheid. Regionale keringen "
         "brengen we tegelijk op orde, zodat ook de polders achter de dijken veilig zijn.",
         "In 2050 voldoen alle waterlichamen in ons gebied aan de doelen van de Kaderrichtlijn Water (KRW). We houden "
         "het waterpeil zo goed mogelijk op het niveau dat landbouw, natuur en bewoners nodig hebben."],
        ["In 2046 leverden we 4,2 km versterkte dijk op, minder dan de geplande 6,5 km. De versterking van het "
         "traject Veerhuizen–Molenkolk liep vertraging op, doordat de vergunningprocedure langer duurde na bezwaren "
         "van omwonenden over de bomenkap. Het werk start nu in het voorjaar van 2047.",
         "Met het programma Ruimte voor Regen helpen we gemeenten en inwoners om hemelwater vast te houden; in 2046 "
         "legden we 14 hectare extra waterberging aan. In het droge voorjaar voerden we water aan via de gemalen "
         "Kromme Eem en Vlietsluis."],
        f"De lasten bleven € {nl_dec(-d.E_L['Watersysteembeheer'][3] / 1000, 1)} miljoen onder de begroting, vooral door de latere start van de dijkversterking. Het "
        "deel van de subsidie uit het Hoogwaterbeschermingsprogramma (HWBP)" + FN1 + " voor dit traject ontvangen we "
        "daardoor ook later."),
    "Zuiveringsbeheer": (
        "Zuiveren van afvalwater",
        ["Het gezuiverde afvalwater voldoet altijd aan de lozingseisen. In 2050 wekken we op onze zuiveringen "
         "minstens evenveel energie op als we verbruiken, en we winnen fosfaat en andere grondstoffen terug uit "
         "het slib."],
        [f"Alle {d.RWZI} rioolwaterzuiveringen voldeden in 2046 aan de lozingseisen. De energiekosten van de "
         "zuiveringen waren bijna € 1,2 miljoen lager dan begroot, doordat de nieuwe slibvergisting op de rwzi "
         "Eemvliet-Noord eerder in bedrijf kwam en de energieprijzen daalden.",
         "Samen met de gemeenten in ons gebied stelden we een gezamenlijk plan op voor de afvalwaterketen, met "
         "afspraken over het afkoppelen van regenwater."],
        f"De lasten waren € {nl_dec(-d.E_L['Zuiveringsbeheer'][3] / 1000, 1)} miljoen lager dan begroot. De baten "
        f"waren € {nl_dec(d.E_B['Zuiveringsbeheer'][3] / 1000, 1)} miljoen hoger, vooral door de verkoop van energie "
        "en teruggewonnen fosfaat."),
    "Wegenbeheer": (
        "Veilige wegen",
        ["Onze wegen buiten de bebouwde kom zijn veilig en goed onderhouden. We richten wegen zo in dat het aantal "
         "ernstige verkeersslachtoffers daalt naar nul."],
        ["De lasten van wegenbeheer waren hoger dan begroot door vorstschade na de strenge winter van 2045-2046 en "
         "extra herstel van bermen. Op drie kruispunten legden we een rotonde of een veilige oversteek aan."],
        f"De lasten kwamen € {nl_dec(d.E_L['Wegenbeheer'][3] / 1000, 1)} miljoen hoger uit dan de begroting na "
        "wijziging."),
}
for i, k in enumerate(d.KD):
    title, goals, done, cost_note = PTXT[k]
    h(2, f"Programma {k}: {title}")
    sub("Wat wilden we bereiken?")
    for g in goals:
        para(g)
    sub("Wat hebben we gedaan?")
    for t in done:
        para(t)
    rows = []
    for ind, doel, real, nd in d.PRESTATIES[k]:
        f = (lambda v: "–" if v is None else (nl_dec(v, nd) if nd else nl_int(v)))
        rows.append([ind, f(doel), f(real)])
    raw(figure(table("(1fr, auto, auto)", [["Prestatie-indicator", "Doel 2046", "Realisatie 2046"]], rows,
                     "(left, right, right)"), f"Prestaties {k.lower()} 2046"))
    sub("Wat heeft het gekost?")
    hdr = [[cell("x € 1.000", rowspan=2), cell("Begroting 2046", colspan=2, align="center"),
            cell("Realisatie 2046", rowspan=2), cell("Verschil", rowspan=2)],
           ["primitief", "na wijziging"]]
    body = [["Lasten"] + [ns(v) for v in d.E_L[k]],
            ["Baten"] + [ns(v) for v in d.E_B[k]],
            bold_row(["Saldo"] + [ns(v) for v in d.E_S[k]])]
    raw(figure(table("(1fr, auto, auto, auto, auto)", hdr, body, "(left, right, right, right, right)"),
               f"Lasten en baten {k.lower()}"))
    if cost_note:
        raw(esc(cost_note).replace(FN1, "#footnote[" + esc(FN1_TEXT) + "]"))

h(2, "Bestuur en organisatie")
para("Het algemeen bestuur vergaderde in 2046 tien keer. De kosten van bestuur en organisatie verdelen we over de "
     "drie programma's; ze staan daarom niet apart in een tabel. In 2046 kozen de inwoners een nieuw algemeen "
     "bestuur; de opkomst bij de waterschapsverkiezingen was 54%.")

# ================================================================================================ 3 paragrafen
h(1, "Paragrafen")
h(2, "Waterschapsbelastingen")
raw(esc("De tarieven stegen in 2046 gemiddeld met ruim 5%. De belangrijkste oorzaak is de stijging van de "
        "kapitaallasten van de dijkversterkingen. De zuiveringsheffing betaalt u per vervuilingseenheid")
    + "#footnote[" + esc("Een vervuilingseenheid (v.e.) is de maat voor de vervuiling die een huishouden of bedrijf "
                         "loost. Een eenpersoonshuishouden betaalt voor 1 v.e., een meerpersoonshuishouden voor "
                         "3 v.e.; voor bedrijven bepalen we het aantal uit metingen of een tabel.") + "]"
    + esc("; de watersysteemheffing gebouwd betaalt u als eigenaar naar de WOZ-waarde."))
rows = []
for nm, unit, a, b, nd in d.E_TARIEVEN:
    f = (lambda v: nl_dec(v, nd) + "%") if nd == 4 else (lambda v: eur(v, nd))
    rows.append([nm, unit, f(a), f(b), nl_dec(d.E_TAR_PCT[nm], 1) + "%"])
raw(figure(table("(1fr, auto, auto, auto, auto)", [["Heffing", "Eenheid", "Tarief 2045", "Tarief 2046", "Stijging"]],
                 rows, "(left, left, right, right, right)"), "Tarieven waterschapsbelastingen (in euro's)"))
rows = [[nm, dotm(b), dotm(r), dotm(r - b)] for nm, _, b, r in d.HEFFINGEN]
rows.append(bold_row(["Totaal belastingopbrengsten", dotm(d.HEF_BEGR_TOT), dotm(d.HEF_REAL_TOT),
                      dotm(d.HEF_REAL_TOT - d.HEF_BEGR_TOT)]))
raw(figure(table("(1fr, auto, auto, auto)", [["Heffing", "Begroting 2046", "Realisatie 2046", "Verschil"]], rows,
                 "(left, right, right, right)"), "Opbrengst waterschapsbelastingen (x € 1.000)"))
para("De opbrengst van de zuiveringsheffing voor bedrijven bleef achter, omdat twee grote zuivelbedrijven minder "
     "afvalwater loosden. De opbrengst van de watersysteemheffing gebouwd was hoger door nieuwbouw.")

h(2, "Weerstandsvermogen en risicobeheersing")
para(f"De algemene reserves vormen onze weerstandscapaciteit. Eind 2046 bedroegen zij € "
     f"{nl_dec(d.ALG_EIND / 1000, 1)} miljoen. Tegenover deze capaciteit staan risico's, zoals tegenvallers bij "
     "dijkversterkingen, hogere rente en stijgende energieprijzen. Het algemeen bestuur streeft naar een "
     "weerstandsvermogen dat minimaal voldoende is.")
rows = [[nm, kans, dot(v)] for nm, kans, v in d.E_RISICOS]
raw(figure(table("(1fr, auto, auto)", [["Risico", "Kans", "Financieel gevolg (x € 1.000)"]], rows,
                 "(left, left, right)"), "Belangrijkste risico's"))
ratio = d.ALG_EIND / d.WC_BENODIGD_E
para(f"Met een risicosimulatie bepaalden we de benodigde weerstandscapaciteit op € {nl_dec(d.WC_BENODIGD_E / 1000, 1)} "
     f"miljoen. De ratio weerstandsvermogen komt daarmee op {nl_dec(ratio, 2)}; dat is voldoende.")
h(2, "Financiering en kengetallen")
para("Voor investeringen trokken we in 2046 twee nieuwe langlopende leningen aan. De gemiddelde rente op de vaste "
     "schuld was 1,9%. De netto schuldquote daalde doordat de totale baten stegen en een deel van de "
     "investeringen later plaatsvond.")
rows = [[nm] + [nl_dec(v, 1) + "%" for v in vals] for nm, vals in d.E_KENGETALLEN]
raw(figure(table("(1fr, auto, auto, auto)", [["Kengetal", "Rekening 2045", "Begroting 2046", "Rekening 2046"]], rows,
                 "(left, right, right, right)"), "Financiële kengetallen"))
para("De netto schuldquote is de schuld van het waterschap in verhouding tot de totale baten. De "
     "solvabiliteitsratio geeft aan welk deel van de bezittingen met eigen vermogen is betaald.")

para("In 2046 investeerden we minder dan begroot. De belangrijkste investeringen staan in de tabel hieronder.")
rows = [[nm, dot(b), dot(r), dotm(r - b)] for nm, b, r in d.E_INVEST]
rows.append(bold_row(["Totaal", dot(d.E_INVEST_TOT[0]), dot(d.E_INVEST_TOT[1]),
                      dotm(d.E_INVEST_TOT[1] - d.E_INVEST_TOT[0])]))
raw(figure(table("(1fr, auto, auto, auto)", [["Project", "Begroting 2046", "Realisatie 2046", "Verschil"]], rows,
                 "(left, right, right, right)"), "Investeringen 2046 (x € 1.000)"))
h(2, "Verbonden partijen")
para("Een deel van ons werk doen we samen met andere overheden. Aan Het Waterschapshuis, dat de informatievoorziening "
     "voor alle waterschappen regelt, droegen we € 0,9 miljoen bij. De Belastingsamenwerking Eemland heft en int "
     "onze belastingen; onze bijdrage daaraan was € 2,1 miljoen. Met de gemeenten in ons gebied werken we samen in "
     "het Afvalwaterplatform Eemland.")
h(2, "Bedrijfsvoering")
para(f"Eind 2046 werkten er {d.MEDEWERKERS} medewerkers bij {d.E_BODY}. Bijna 40% van hen ({d.OUDER_55} "
     f"medewerkers) is 55 jaar of ouder; de komende jaren gaan dus veel collega's met pensioen. Het ziekteverzuim "
     f"was {nl_dec(d.ZIEKTEVERZUIM, 1)}%. Aan inhuur van tijdelijk personeel gaven we € "
     f"{nl_dec(d.INHUUR_MLN, 1)} miljoen uit, vooral voor projectleiders bij de dijkversterking.")
rows = [[nm, nl_dec(f, 1), nl_dec(b, 1)] for nm, f, b in d.FTE]
rows.append(bold_row(["Totaal", nl_dec(d.FTE_TOT[0], 1), nl_dec(d.FTE_TOT[1], 1)]))
raw(figure(table("(1fr, auto, auto)", [["Afdeling", "Formatie 2046", "Bezetting 31-12-2046"]], rows,
                 "(left, right, right)"), "Formatie en bezetting per afdeling (in fte)"))

# ================================================================================================ 4 jaarrekening
h(1, "Jaarrekening")
h(2, "Overzicht van baten en lasten")
para("Het overzicht hieronder toont de lasten en baten naar kostensoort. Negatieve bedragen staan tussen haakjes.")
hdr = [[cell("x € 1.000", rowspan=2), cell("Begroting 2046", colspan=2, align="center"),
        cell("Realisatie 2046", rowspan=2), cell("Verschil", rowspan=2)],
       ["primitief", "na wijziging"]]
body = [group_row("Lasten", 5)]
body += [[nm] + [dot(x) for x in v] for nm, v in d.KS_L]
body.append(bold_row(["Totaal lasten"] + [dot(x) for x in d.E_TL]))
body.append(group_row("Baten", 5))
body += [[nm] + [dot(x) for x in v] for nm, v in d.KS_B]
body.append(bold_row(["Totaal baten"] + [dot(x) for x in d.E_TB]))
body.append(["Saldo van baten en lasten"] + [dot(x) for x in d.E_SALDO])
body.append(["Toevoeging aan reserves"] + [dot(x) for x in d.E_TOEV])
body.append(["Onttrekking aan reserves"] + [dot(x) for x in d.E_ONTT])
body.append(bold_row(["Resultaat"] + [dot(x) for x in d.E_RES]))
raw(figure(table("(1fr, auto, auto, auto, auto)", hdr, body, "(left, right, right, right, right)"),
           "Overzicht van baten en lasten naar kostensoort"))
para(f"De personeelslasten waren lager dan begroot doordat vacatures later werden vervuld. Bij de goederen en "
     f"diensten van derden zien we vooral het effect van de latere start van de dijkversterking en de lagere "
     f"energiekosten.")

h(2, "Balans per 31 december 2046")
rows = [group_row("Vaste activa", 3)]
rows += [[nm, dot(a), dot(b)] for nm, g, a, b in d.BAL_A if g == "vast"]
rows.append(bold_row(["Totaal vaste activa", dot(d.VASTE_ACTIVA[0]), dot(d.VASTE_ACTIVA[1])]))
rows.append(group_row("Vlottende activa", 3))
rows += [[nm, dot(a), dot(b)] for nm, g, a, b in d.BAL_A if g == "vlot"]
rows.append(bold_row(["Totaal vlottende activa", dot(d.VLOTTENDE_ACTIVA[0]), dot(d.VLOTTENDE_ACTIVA[1])]))
rows.append(bold_row(["Totaal activa", dot(d.BAL_TOT[0]), dot(d.BAL_TOT[1])]))
raw(figure(table("(1fr, auto, auto)", [["Activa (x € 1.000)", "31-12-2046", "31-12-2045"]], rows,
                 "(left, right, right)"), "Balans per 31 december 2046: activa"))
rows = [group_row("Eigen vermogen", 3)]
rows += [[nm, dot(a), dot(b)] for nm, g, a, b in d.BAL_P if g == "ev"]
rows.append(bold_row(["Totaal eigen vermogen", dot(d.EV[0]), dot(d.EV[1])]))
rows.append(group_row("Vreemd vermogen", 3))
rows += [[nm, dot(a), dot(b)] for nm, g, a, b in d.BAL_P if g != "ev"]
rows.append(bold_row(["Totaal passiva", dot(d.BAL_TOT[0]), dot(d.BAL_TOT[1])]))
raw(figure(table("(1fr, auto, auto)", [["Passiva (x € 1.000)", "31-12-2046", "31-12-2045"]], rows,
                 "(left, right, right)"), "Balans per 31 december 2046: passiva"))
para("De materiële vaste activa namen toe door de investeringen in dijken, gemalen en de slibvergisting. De vaste "
     "schulden stegen door twee nieuwe leningen bij de Nederlandse Waterschapsbank.")

h(2, "Reserves en voorzieningen")
para("Een reserve is eigen vermogen dat vrij besteedbaar is; het algemeen bestuur kan er een bestemming aan geven. "
     "Een voorziening vormen we voor verplichtingen en risico's waarvan de omvang redelijkerwijs is in te schatten; "
     "een voorziening hoort niet bij het eigen vermogen.")
rows = [group_row("Algemene reserves", 6)]
for nm, g, a, rb, t, o in d.E_RESERVES:
    if g == "alg":
        rows.append([nm, dot(a), dot(rb), dot(t), dot(o), dot(d.E_RES_EIND[nm])])
rows.append(group_row("Bestemmingsreserves", 6))
for nm, g, a, rb, t, o in d.E_RESERVES:
    if g == "best":
        rows.append([nm, dot(a), dot(rb), dot(t), dot(o), dot(d.E_RES_EIND[nm])])
rows.append(bold_row(["Totaal reserves"] + [dot(v) for v in d.E_RES_TOT]))
raw(figure(table("(1fr, auto, auto, auto, auto, auto)",
                 [["x € 1.000", "Stand 1-1-2046", "Bestemming resultaat 2045", "Toevoeging", "Onttrekking",
                   "Stand 31-12-2046"]], rows, "(left, right, right, right, right, right)", size="8.5pt"),
           "Verloop van de reserves in 2046"))
rows = [[nm, dot(a), dot(t), dot(w), dot(v), dot(d.VOORZ_EIND[nm])] for nm, a, t, w, v in d.VOORZ]
rows.append(bold_row(["Totaal voorzieningen"] + [dot(v) for v in d.VOORZ_TOT]))
raw(figure(table("(1fr, auto, auto, auto, auto, auto)",
                 [["Voorziening", "Stand 1-1-2046", "Toevoeging", "Aanwending", "Vrijval", "Stand 31-12-2046"]],
                 rows, "(left, right, right, right, right, right)", size="8.5pt"),
           "Verloop van de voorzieningen in 2046 (x € 1.000)"))
para("Uit de voorziening groot onderhoud zuiveringen betaalden we de renovatie van de nabezinktanks van de rwzi "
     "Eemvliet-Noord. De voorziening reorganisatie viel deels vrij, omdat minder medewerkers van de regeling "
     "gebruik maakten dan verwacht.")

h(2, "Resultaat en resultaatbestemming")
para(f"Het resultaat over 2046 bedraagt € {nl_int(d.E_RES[2] * 1000)}. We stellen het algemeen bestuur voor om "
     f"€ {nl_dec(d.RB_EGALISATIE / 1000, 1)} miljoen toe te voegen aan de egalisatiereserve zuiveringsheffing, om de "
     "tariefstijging van de zuiveringsheffing in 2048 te dempen. Het restant voegen we toe aan de algemene reserve "
     "watersysteem.")
rows = [["Toevoeging egalisatiereserve zuiveringsheffing", dot(d.RB_EGALISATIE)],
        ["Toevoeging algemene reserve watersysteem", dot(d.RB_ALGEMEEN)],
        bold_row(["Totaal resultaat 2046", dot(d.E_RES[2])])]
raw(figure(table("(1fr, auto)", [["Voorstel", "x € 1.000"]], rows, "(left, right)"),
           "Voorstel resultaatbestemming 2046"))

h(2, "Overige toelichtingen")
para("Niet uit de balans blijkende verplichtingen: we zijn aanbestedingscontracten aangegaan voor de "
     "dijkversterking Eemdijk-Zuid en het onderhoud van gemalen. Deze verplichtingen lopen door tot en met 2049.")
para("Gebeurtenissen na balansdatum: in februari 2047 zorgde hoogwater op de rivier voor extra inzet van "
     "medewerkers en materieel. Dit heeft geen gevolgen voor de jaarrekening 2046.")
para("Controleverklaring: de accountant heeft bij deze jaarrekening een goedkeurende verklaring afgegeven, zowel "
     "voor de getrouwheid als voor de rechtmatigheid.")

# ================================================================================================ 5 bijlage
h(1, "Bijlage")
h(2, "Lasten en baten per taakveld")
para("Deze bijlage geeft de gerealiseerde lasten en baten per taakveld, gegroepeerd naar de drie kostendragers. De "
     "indeling volgt de informatie voor derden (Iv3) van de waterschappen. De opbrengst van de belastingen staat "
     "bij het taakveld voor heffing en invordering van de betreffende kostendrager.")
para("De kosten van bestuur, overhead en ondersteuning zijn met een verdeelsleutel over de taakvelden verdeeld. Het "
     "saldo is de baten min de lasten; een negatief saldo betekent dat de kosten van het taakveld uit de "
     "belastingen worden betaald.")
rows = []
for k in d.KD:
    rows.append(group_row(k, 5))
    for code, nm, l, b in d.TV[k]:
        rows.append([code, nm, ts(l), ts(b), ts(b - l)])
    rows.append(bold_row(["", f"Totaal {k.lower()}", ts(d.E_L_REAL[k]), ts(d.E_B_REAL[k]),
                          ts(d.E_B_REAL[k] - d.E_L_REAL[k])]))
rows.append(bold_row(["", "Totaal taakvelden", ts(d.E_TL[2]), ts(d.E_TB[2]), ts(d.E_SALDO[2])]))
raw(figure(table("(auto, 1fr, auto, auto, auto)", [["Code", "Taakveld", "Lasten", "Baten", "Saldo"]], rows,
                 "(left, left, right, right, right)"), "Lasten en baten per taakveld, realisatie 2046 (x € 1.000)",
           breakable=True))
para("De totalen per kostendrager sluiten aan op de tabellen 'Wat heeft het gekost?' in hoofdstuk 2.")
h(2, "Afkortingen")
for ab, full in [("HWBP", "Hoogwaterbeschermingsprogramma: het landelijke programma waaruit het Rijk en de "
                          "waterschappen samen de versterking van primaire keringen betalen."),
                 ("Iv3", "Informatie voor derden: de landelijke indeling waarin overheden hun financiële gegevens "
                         "aanleveren."),
                 ("KRW", "Kaderrichtlijn Water: de Europese richtlijn voor schoon en gezond oppervlakte- en "
                         "grondwater."),
                 ("rwzi", "rioolwaterzuiveringsinstallatie."),
                 ("v.e.", "vervuilingseenheid, de grondslag voor de zuiveringsheffing."),
                 ("WOZ", "Wet waardering onroerende zaken; de WOZ-waarde is de grondslag van de "
                         "watersysteemheffing gebouwd.")]:
    raw(f"/ {esc(ab)}: {esc(full)}")

# ================================================================================================ compile
src = "\n".join(x if x.endswith("\n") else x + "\n" for x in P)
out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
with tempfile.TemporaryDirectory() as tmp:
    typ = Path(tmp) / "jaarverslag.typ"
    typ.write_text(src, encoding="utf-8")
    if os.environ.get("AL_KEEP_TYP"):
        (out.parent / "jaarverslag.typ").write_text(src, encoding="utf-8")
    pdf, warnings = typst.compile_with_warnings(str(typ), font_paths=[FONT_DIR], ignore_system_fonts=True)
    for w in warnings:
        print("typst warning:", w, file=sys.stderr)
    (out / d.E_FILE).write_bytes(pdf)
print(f"{d.E_FILE}: {N_TABLE} tables")
