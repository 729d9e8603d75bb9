"""GGD Twente, Jaarstukken 2024 (FICTIONAL figures), written with pdfme (pure-Python PDF writer, Lato fonts).

Usage: python gen_ggd.py OUTDIR
"""
import os
import sys
from decimal import Decimal

from pdfme.document import PDFDocument
from pdfme.fonts import PDFFont
from pdfme.text import PDFText

import data as D
from fmt import dec, dots, gt, gt_eur, k, pct

FILE = "ggd-twente-jaarstukken-2024.pdf"
LATO = "/usr/share/fonts/truetype/lato/Lato-{}.ttf"
GREEN = "#1f6b4f"
HEAD = "#dcebe3"
SUB = "#f1f6f3"

# pdfme escapes '(' ')' '\' for literal strings before it maps characters to glyph ids of an embedded TrueType
# font, which prints the backslashes; every font here is embedded, so the escaping is not needed.
PDFText.clean_words = lambda self, words: "".join(words)

for mode, name in (("n", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic")):
    PDFFont.register("Lato", mode, LATO.format(name))


def P(text, **style):
    return {".": text, "style": dict({"margin_bottom": 5}, **style)}


def H1(text):
    return {".": text, "style": {"s": 17, "b": True, "c": GREEN, "margin_bottom": 8, "margin_top": 2},
            "outline": {"level": 1}}


def H2(text):
    return {".": text, "style": {"s": 12.5, "b": True, "c": GREEN, "margin_bottom": 4, "margin_top": 8},
            "outline": {"level": 2}}


def H3(text):
    return {".": text, "style": {"s": 10, "b": True, "margin_bottom": 2, "margin_top": 4}}


def CAP(num, text, scale):
    return [{".": f"Tabel {num} {text}", "style": {"b": True, "c": GREEN, "s": 9.5, "margin_bottom": 0, "margin_top": 6}},
            {".": scale, "style": {"i": True, "s": 8, "margin_bottom": 3}}]


def NOTE(text):
    return {".": text, "style": {"s": 7.5, "margin_bottom": 3, "margin_top": 2}}


def c(text, align="r", **st):
    return {".": text, "style": dict({"text_align": align}, **st)}


def L(text, **st):
    return {".": text, "style": dict({"text_align": "l"}, **st)}


def TABLE(rows, widths, header_rows=1, totals=(), subtotals=(), size=8.5):
    n = len(rows)
    borders = [{"pos": f"h{header_rows};:", "width": 0.8, "color": GREEN},
               {"pos": f"h{n};:", "width": 0.8, "color": GREEN},
               {"pos": "h0;:", "width": 0.8, "color": GREEN}]
    for t in totals:
        borders.append({"pos": f"h{t};:", "width": 0.5, "color": "#555555"})
    fills = [{"pos": f"{i};:", "color": HEAD} for i in range(header_rows)]
    fills += [{"pos": f"{i};:", "color": SUB} for i in subtotals]
    return {"widths": widths, "style": {"s": size, "border_width": 0, "cell_margin": 3, "cell_margin_top": 2.5,
                                        "cell_margin_bottom": 2.5},
            "borders": borders, "fills": fills, "table": rows}


def group(*elements):
    flat = []
    for e in elements:
        flat.extend(e if isinstance(e, list) else [e])
    return {"group": flat}


def diff(real, begr):
    return real - begr


# ------------------------------------------------------------------------------------------------ content
def title_section():
    return {"style": {"margin": [90, 60, 60, 60]}, "content": [
        {".": "GGD Twente", "style": {"s": 30, "b": True, "c": GREEN, "margin_bottom": 10}},
        {".": "Jaarstukken 2024", "style": {"s": 22, "margin_bottom": 4}},
        {".": "Jaarverslag en jaarrekening", "style": {"s": 13, "margin_bottom": 40}},
        {"widths": [1], "style": {"border_width": 0.8, "border_color": "#b5651d", "cell_margin": 10,
                                  "cell_fill": "#fdf0e0", "s": 10},
         "table": [[{".": [{".": "FICTIEF DOCUMENT. ", "style": {"b": True}},
                           "Deze jaarstukken zijn gemaakt voor een evaluatieset. De naam, het werkgebied en de "
                           "veertien deelnemende gemeenten zijn die van de echte GGD Twente, maar ",
                           {".": "alle bedragen, aantallen, percentages en namen van personen in dit document zijn "
                                 "verzonnen", "style": {"b": True}},
                           ". Gebruik ze niet als informatie over de werkelijke jaarstukken van GGD Twente."]}]]},
        {".": "", "style": {"margin_bottom": 200}},
        {".": "Ontwerp, aangeboden aan het Algemeen Bestuur en voor zienswijze aan de gemeenteraden van Almelo, "
              "Borne, Dinkelland, Enschede, Haaksbergen, Hellendoorn, Hengelo, Hof van Twente, Losser, Oldenzaal, "
              "Rijssen-Holten, Tubbergen, Twenterand en Wierden.", "style": {"s": 9}},
    ]}


def kern_section():
    nw, re_ = 1, 2
    fin = [[L("x € 1.000", b=True), c("Begroting 2024 na wijziging", b=True), c("Realisatie 2024", b=True)]]
    fin.append([L("Totale lasten"), c(dots(k(D.GT_L_TOT[nw]))), c(dots(k(D.GT_L_TOT[re_])))])
    fin.append([L("Totale baten"), c(dots(k(D.GT_B_TOT[nw]))), c(dots(k(D.GT_B_TOT[re_])))])
    fin.append([L("waarvan bijdragen gemeenten"), c(dots(k(D.GT_BASIS[nw] + D.GT_PLUS[nw]))),
                c(dots(k(D.GT_BASIS[re_] + D.GT_PLUS[re_])))])
    fin.append([L("Saldo van baten en lasten"), c(dots(k(D.GT_SALDO[nw]))), c(dots(k(D.GT_SALDO[re_])))])
    fin.append([L("Per saldo onttrekking aan reserves"), c(dots(k(D.GT_ONTTR[nw] - D.GT_TOEV[nw]))),
                c(dots(k(D.GT_ONTTR[re_] - D.GT_TOEV[re_])))])
    fin.append([L("Gerealiseerd resultaat", b=True), c(dots(k(D.GT_RESULT[nw])), b=True),
                c(dots(k(D.GT_RESULT[re_])), b=True)])
    vt = [p for p in D.GT_PREST if p[0] == "Aantal meldingen Veilig Thuis"][0]
    bmr = [p for p in D.GT_PREST if p[0] == "Vaccinatiegraad BMR (2 jaar)"][0]
    ov = [[L("Kerncijfer", b=True), c("2024", b=True)],
          [L("Inwoners werkgebied (1 januari 2023)"), c(gt(D.GT_BIJ_TOT["inwoners"]))],
          [L("Bezetting personeel per 31 december (fte)"), c(dec(Decimal(D.GT_BEZETTING) / 10, 1))],
          [L("Ziekteverzuim"), c(pct(D.GT_VERZUIM_2024))],
          [L("Meldingen Veilig Thuis"), c(gt(vt[4]))],
          [L("Vaccinatiegraad BMR (2 jaar)"), c(pct(bmr[4]))],
          [L("Ratio weerstandsvermogen"), c(dec(D.GT_RATIO, 2))]]
    toc = [("Kerncijfers 2024", 2), ("1 Het jaar 2024 in vogelvlucht", 3), ("2 Overzicht van lasten en baten", 4),
           ("3 Programmaverantwoording", 6), ("4 Bijdragen van de gemeenten", 8), ("5 Paragrafen", 9),
           ("6 Jaarrekening", 11)]
    return [H1("Inhoud"),
            {"widths": [6, 1], "style": {"s": 9.5, "border_width": 0, "cell_margin": 2},
             "table": [[L(t), c(str(n))] for t, n in toc]},
            H1("Kerncijfers 2024"),
            P("Op deze pagina staan de belangrijkste cijfers van 2024, afgerond op duizenden euro's. De bedragen tot "
              "op de euro staan in de jaarrekening (hoofdstuk 2 en 6)."),
            group(CAP(1, "Financiële kerncijfers", "Bedragen x € 1.000 (afgerond)"),
                  TABLE(fin, [5, 2.2, 2.2], totals=[6])),
            group(CAP("1a", "Overige kerncijfers", "Aantallen, fte en percentages"), TABLE(ov, [5, 2.2]))]


def vogelvlucht_section():
    pr = D.GT_PROSE
    vt = [p for p in D.GT_PREST if p[0] == "Aantal meldingen Veilig Thuis"][0]
    stijging = Decimal(vt[4] - vt[3]) * 100 / vt[3]
    return [H1("1 Het jaar 2024 in vogelvlucht"),
            P("2024 was voor GGD Twente het jaar van de kinkhoest. Twente kreeg, net als de rest van Nederland, te "
              f"maken met de grootste kinkhoestepidemie in decennia: de afdeling Infectieziektebestrijding ontving "
              f"{dots(pr['kinkhoest_meldingen'])} meldingen van kinkhoest, tegen enkele tientallen in een gewoon jaar. "
              "Wij hebben zwangeren opgeroepen zich vanaf 22 weken zwangerschap te laten vaccineren (de 22-wekenprik); "
              f"{pr['zwangeren_pct']} % van de zwangeren in Twente deed dat. De extra inzet is gedekt uit de reserve "
              "Infectieziektebestrijding en een bijdrage van het Rijk."),
            P(f"Daarnaast vaccineerden wij {pr['mpox_vaccinaties']} mensen tegen mpox en zette de daling van de "
              "vaccinatiegraad van het Rijksvaccinatieprogramma door. Met huisbezoeken, avondspreekuren en gesprekken "
              "met ouders die twijfelen probeert de jeugdgezondheidszorg die daling te keren."),
            P(f"Bij Veilig Thuis Twente steeg het aantal meldingen van huiselijk geweld en kindermishandeling tot "
              f"{dots(vt[4])}, {dec(stijging, 1)} % meer dan in 2023. In het voorjaar stonden er op het hoogste punt "
              f"{pr['vt_wachtlijst_max']} meldingen op de wachtlijst. Met tijdelijke inhuur is de wachtlijst na de "
              "zomer weggewerkt; daardoor waren de lasten van Veilig Thuis hoger dan begroot."),
            P("De jeugdgezondheidszorg had door het landelijke tekort aan jeugdartsen vacatures die niet of pas laat "
              "konden worden ingevuld. Het programma Kansrijke Start is in alle veertien gemeenten uitgevoerd."),
            P(f"Financieel sluit GGD Twente 2024 af met een positief resultaat van {gt_eur(D.GT_RESULT_REAL)}. Wij "
              f"stellen voor {gt_eur(D.GT_BEST_RESERVE)} toe te voegen aan de reserve Infectieziektebestrijding en "
              f"{gt_eur(D.GT_BEST_TERUG)} terug te betalen aan de gemeenten (zie paragraaf 6.3)."),
            H2("Leeswijzer"),
            P("Bedragen in de jaarrekening staan in hele euro's; duizendtallen worden gescheiden door een smalle "
              "spatie. Alleen de kerncijfers zijn afgerond op duizenden euro's. De kolom Verschil is de realisatie min "
              "de begroting na wijziging: bij de lasten is een positief verschil een overschrijding (nadelig) en een "
              "negatief verschil een onderschrijding (voordelig); bij de baten is een positief verschil voordelig. In "
              "tabel 2 staat het totaal van de lasten bovenaan, boven de programma's. Een *) achter een omschrijving "
              "verwijst naar de noot onder de tabel."),
            H2("Deelnemende gemeenten"),
            P("GGD Twente is een gemeenschappelijke regeling van de veertien Twentse gemeenten: Almelo, Borne, "
              "Dinkelland, Enschede, Haaksbergen, Hellendoorn, Hengelo, Hof van Twente, Losser, Oldenzaal, "
              "Rijssen-Holten, Tubbergen, Twenterand en Wierden. Het Algemeen Bestuur bestaat uit de wethouders "
              "publieke gezondheid van deze gemeenten.")]


def overzicht_section():
    heads = [L("Programma", b=True), c("Begroting 2024 primitief", b=True), c("Begroting 2024 na wijziging", b=True),
             c("Realisatie 2024", b=True), c("Verschil", b=True)]
    w = [4.2, 2, 2, 2, 1.8]

    def lab(pn):
        return pn + " *)" if pn == "Publieke gezondheid bij rampen en crises" else pn

    lrows = [heads]
    t = D.GT_L_TOT
    lrows.append([L("Totaal lasten GGD Twente", b=True)] + [c(gt(v), b=True) for v in t] + [c(gt(diff(t[2], t[1])), b=True)])
    for pn in D.GT_PROGS:
        v = D.GT_L[pn]
        lrows.append([L(lab(pn))] + [c(gt(x)) for x in v] + [c(gt(diff(v[2], v[1])))])
    brows = [heads]
    for pn in D.GT_PROGS:
        v = D.GT_B[pn]
        brows.append([L(lab(pn))] + [c(gt(x)) for x in v] + [c(gt(diff(v[2], v[1])))])
    bp = D.GT_BASIS
    pl = D.GT_PLUS
    brows.append([L("Bijdragen gemeenten basispakket")] + [c(gt(x)) for x in bp] + [c(gt(diff(bp[2], bp[1])))])
    brows.append([L("Bijdragen gemeenten plustaken")] + [c(gt(x)) for x in pl] + [c(gt(diff(pl[2], pl[1])))])
    bt = D.GT_B_TOT
    brows.append([L("Totaal baten", b=True)] + [c(gt(x), b=True) for x in bt] + [c(gt(diff(bt[2], bt[1])), b=True)])
    rrows = [heads]
    s = D.GT_SALDO
    rrows.append([L("Totaal baten")] + [c(gt(x)) for x in bt] + [c(gt(diff(bt[2], bt[1])))])
    rrows.append([L("Totaal lasten")] + [c(gt(x)) for x in t] + [c(gt(diff(t[2], t[1])))])
    rrows.append([L("Saldo van baten en lasten", i=True)] + [c(gt(x), i=True) for x in s] + [c(gt(diff(s[2], s[1])), i=True)])
    tv = D.GT_TOEV
    on = D.GT_ONTTR
    rrows.append([L("Toevoegingen aan reserves")] + [c(gt(x)) for x in tv] + [c(gt(diff(tv[2], tv[1])))])
    rrows.append([L("Onttrekkingen aan reserves")] + [c(gt(x)) for x in on] + [c(gt(diff(on[2], on[1])))])
    r = D.GT_RESULT
    rrows.append([L("Gerealiseerd resultaat", b=True)] + [c(gt(x), b=True) for x in r] + [c(gt(diff(r[2], r[1])), b=True)])

    def dl(pn):
        v = D.GT_L[pn]
        return gt_eur(abs(v[2] - v[1]))

    return [H1("2 Overzicht van lasten en baten"),
            P("De tabellen 2 tot en met 4 vormen het overzicht van lasten en baten over 2024: de begroting zoals "
              "vastgesteld (primitief), de begroting na de begrotingswijzigingen van 2024 en de realisatie."),
            group(CAP(2, "Lasten per programma 2024", "Bedragen in euro's"), TABLE(lrows, w, totals=[2])),
            NOTE("*) Inclusief de GHOR-taken die GGD Twente uitvoert voor de Veiligheidsregio Twente."),
            group(CAP(3, "Baten per programma 2024", "Bedragen in euro's"), TABLE(brows, w, totals=[len(brows) - 1])),
            NOTE("*) Zie de noot bij tabel 2."),
            group(CAP(4, "Saldo en resultaat 2024", "Bedragen in euro's"),
                  TABLE(rrows, w, totals=[3, len(rrows) - 1], subtotals=[3])),
            H2("Toelichting op de belangrijkste verschillen"),
            P(f"Infectieziektebestrijding: de lasten waren {dl('Infectieziektebestrijding')} hoger dan begroot na "
              "wijziging, door de bestrijding van de kinkhoestepidemie (extra personeel, vaccins, bron- en "
              "contactonderzoek). Daar stonden hogere baten tegenover: de rijksbijdrage voor de 22-wekenprik en meer "
              "reizigersvaccinaties."),
            P(f"Veilig Thuis Twente: de lasten waren {dl('Veilig Thuis Twente')} hoger dan begroot, doordat het aantal "
              "meldingen sterker steeg dan verwacht en wij tijdelijk medewerkers hebben ingehuurd om de wachtlijst "
              "weg te werken."),
            P(f"Jeugdgezondheidszorg: de lasten waren {dl('Jeugdgezondheidszorg')} lager dan begroot na wijziging, "
              "omdat vacatures voor jeugdartsen en jeugdverpleegkundigen niet of pas laat konden worden ingevuld."),
            P(f"Overhead: de lasten waren {dl('Overhead')} lager dan begroot, vooral door lagere kosten voor "
              "huisvesting en ICT.")]


def programma_section():
    prest = [[L("Indicator", b=True), c("Streefwaarde 2024", b=True), c("Realisatie 2023", b=True),
              c("Realisatie 2024", b=True)]]
    for name, unit, streef, r23, r24 in D.GT_PREST:
        if unit == "pct":
            vals = [pct(streef), pct(r23), pct(r24)]
        else:
            vals = [gt(streef) if streef is not None else "geen norm", gt(r23), gt(r24)]
        label = name + " *)" if name == "Aantal meldingen Veilig Thuis" else name
        prest.append([L(label)] + [c(v) for v in vals])
    return [H1("3 Programmaverantwoording"),
            P("Per programma beschrijven wij wat wij wilden bereiken en wat wij in 2024 hebben gedaan. De lasten en "
              "baten per programma staan in de tabellen 2 en 3; de prestaties in tabel 5."),
            H2("3.1 Jeugdgezondheidszorg"),
            H3("Wat wilden we bereiken?"),
            P("Alle kinderen in Twente groeien gezond en veilig op. De jeugdgezondheidszorg volgt kinderen van 0 tot "
              "18 jaar, signaleert problemen vroeg en voert het Rijksvaccinatieprogramma uit."),
            H3("Wat hebben we gedaan?"),
            P("Wij hadden meer contactmomenten dan in 2023, ondanks de vacatures. Wij hebben in alle gemeenten "
              "inloopspreekuren voor ouders die twijfelen over vaccinatie gehouden en extra avond- en "
              "zaterdagspreekuren voor de HPV-vaccinatie georganiseerd."),
            H2("3.2 Infectieziektebestrijding"),
            H3("Wat wilden we bereiken?"),
            P("De inwoners van Twente zijn beschermd tegen de verspreiding van infectieziekten, waaronder tbc en "
              "seksueel overdraagbare aandoeningen."),
            H3("Wat hebben we gedaan?"),
            P("Naast de kinkhoestepidemie (hoofdstuk 1) behandelde de afdeling de gewone meldingen van meldingsplichtige "
              "ziekten en deed zij bron- en contactonderzoek bij tbc. De soa-spreekuren werden gehouden in Enschede, "
              "Almelo en Hengelo."),
            H2("3.3 Medische milieukunde"),
            P("Medische milieukunde adviseert gemeenten en inwoners over gezondheidsrisico's in de leefomgeving, "
              "zoals luchtkwaliteit, geluid, bodemverontreiniging, asbest, schimmel in woningen en de gezondheidseffecten "
              "van veehouderijen. In 2024 adviseerden wij onder meer over windparken en over het vervangen van "
              "loden drinkwaterleidingen."),
            H2("3.4 Publieke gezondheid bij rampen en crises"),
            P("GGD Twente zorgt voor de publieke gezondheidszorg bij rampen en crises en voert de GHOR-taken uit voor "
              "de Veiligheidsregio Twente. In 2024 zijn twee oefeningen gehouden met de Veiligheidsregio."),
            H2("3.5 Veilig Thuis Twente"),
            P("Veilig Thuis Twente is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Zie "
              "hoofdstuk 1 voor de stijging van het aantal meldingen en de wachtlijst."),
            H2("3.6 Toezicht kinderopvang"),
            P("In opdracht van de gemeenten inspecteren wij kinderdagverblijven, buitenschoolse opvang, "
              "gastouderbureaus en gastouders. Alle verplichte inspecties zijn uitgevoerd."),
            H2("3.7 Gezondheidsbevordering en monitoring"),
            P("Wij ondersteunen gemeenten bij hun lokale gezondheidsbeleid met de Gezondheidsmonitor en programma's "
              "als de Gezonde School en JOGG. In 2024 is de Gezondheidsmonitor Jeugd afgenomen."),
            group(CAP(5, "Prestaties 2024", "Percentages en aantallen"), TABLE(prest, [5, 1.7, 1.7, 1.7])),
            NOTE("*) Meldingen van huiselijk geweld en kindermishandeling; adviezen zijn apart geteld.")]


def bijdragen_section():
    rows = [[L("Gemeente", b=True), c("Inwoners 1-1-2023", b=True), c("Basispakket", b=True), c("Plustaken", b=True),
             c("Totaal 2024", b=True), c("Per inwoner", b=True)]]
    for g in D.GT_MEMBERS:
        v = D.GT_BIJ[g]
        rows.append([L(g), c(gt(v["inwoners"])), c(gt_eur(v["basis"])), c(gt_eur(v["plus"])), c(gt_eur(v["totaal"])),
                     c("€ " + dec(v["per_inw"], 2))])
    t = D.GT_BIJ_TOT
    rows.append([L("Totaal", b=True), c(gt(t["inwoners"]), b=True), c(gt_eur(t["basis"]), b=True),
                 c(gt_eur(t["plus"]), b=True), c(gt_eur(t["totaal"]), b=True), c("€ " + dec(t["per_inw"], 2), b=True)])
    return [H1("4 Bijdragen van de gemeenten"),
            P("De gemeenten betalen een bijdrage voor het basispakket en, als zij die afnemen, voor plustaken. De "
              "bijdrage voor het basispakket is het aantal inwoners van de gemeente op 1 januari 2023 maal het tarief "
              f"van € {dec(D.GT_TARIEF, 2)} per inwoner. Plustaken worden per gemeente afgesproken in een "
              "dienstverleningsovereenkomst, bijvoorbeeld extra jeugdgezondheidszorg op scholen of het programma "
              "Stevig Ouderschap. De bijdragen zijn gelijk aan de begroting na wijziging; afrekening van het resultaat "
              "volgt na vaststelling van deze jaarstukken (paragraaf 6.3)."),
            group(CAP(6, "Bijdrage per gemeente 2024", "Bedragen in euro's; inwoners per 1 januari 2023"),
                  TABLE(rows, [2.6, 1.7, 2.0, 1.7, 2.0, 1.4], totals=[len(rows) - 1], size=8.5))]


def paragrafen_section():
    risk = [[L("Risico", b=True), c("Bedrag", b=True), c("Kans", b=True), c("Benodigd", b=True)]]
    for n, b, kans, need in D.GT_RISK_NEED:
        risk.append([L(n), c(gt(b)), c(f"{kans} %"), c(gt(need))])
    risk.append([L("Benodigde weerstandscapaciteit", b=True), c(""), c(""), c(gt(D.GT_BENODIGD), b=True)])
    ratio = [[L("Weerstandsvermogen per 31-12-2024", b=True), c("Bedrag", b=True)],
             [L("Beschikbare weerstandscapaciteit (algemene reserve)"), c(gt(D.GT_CAPACITEIT))],
             [L("Benodigde weerstandscapaciteit"), c(gt(D.GT_BENODIGD))],
             [L("Ratio weerstandsvermogen", b=True), c(dec(D.GT_RATIO, 2), b=True)]]
    keng = [[L("Kengetal", b=True), c("Rekening 2023", b=True), c("Begroting 2024", b=True), c("Rekening 2024", b=True)]]
    for n, a, b, r in D.GT_KENGETALLEN:
        keng.append([L(n), c(pct(a)), c(pct(b)), c(pct(r))])
    pers = [[L("Afdeling", b=True), c("Formatie 2024 (fte)", b=True), c("Bezetting 31-12-2024 (fte)", b=True),
             c("Ziekteverzuim 2023", b=True), c("Ziekteverzuim 2024", b=True)]]
    for n, f, bz, v23, v24 in D.GT_PERS:
        pers.append([L(n), c(dec(Decimal(f) / 10, 1)), c(dec(Decimal(bz) / 10, 1)), c(pct(Decimal(v23) / 10)),
                     c(pct(Decimal(v24) / 10))])
    pers.append([L("GGD Twente", b=True), c(dec(Decimal(D.GT_FORMATIE) / 10, 1), b=True),
                 c(dec(Decimal(D.GT_BEZETTING) / 10, 1), b=True), c(pct(D.GT_VERZUIM_2023), b=True),
                 c(pct(D.GT_VERZUIM_2024), b=True)])
    w23, w24 = D.GT_WNT["2023"], D.GT_WNT["2024"]
    wnt = [[L("Mw. drs. E.A. Lammerink (bedragen x € 1)", b=True), c("2024", b=True), c("2023", b=True)],
           [L("Functiegegevens"), c("Directeur publieke gezondheid"), c("Directeur publieke gezondheid")],
           [L("Aanvang en einde functievervulling"), c("01/01 - 31/12"), c("01/01 - 31/12")],
           [L("Omvang dienstverband (in fte)"), c("1,0"), c("1,0")],
           [L("Dienstbetrekking?"), c("ja"), c("ja")],
           [L("Beloning plus belastbare onkostenvergoedingen"), c(gt(w24["beloning"])), c(gt(w23["beloning"]))],
           [L("Beloningen betaalbaar op termijn"), c(gt(w24["termijn"])), c(gt(w23["termijn"]))],
           [L("Subtotaal", i=True), c(gt(w24["sub"]), i=True), c(gt(w23["sub"]), i=True)],
           [L("Individueel toepasselijk bezoldigingsmaximum"), c(gt(w24["max"])), c(gt(w23["max"]))],
           [L("Bezoldiging", b=True), c(gt(w24["sub"]), b=True), c(gt(w23["sub"]), b=True)]]
    return [H1("5 Paragrafen"),
            H2("5.1 Weerstandsvermogen en risicobeheersing"),
            P("De benodigde weerstandscapaciteit is de som van de risicobedragen maal de kans dat het risico zich "
              "voordoet. De algemene reserve vormt de beschikbare weerstandscapaciteit; volgens de nota reserves en "
              "voorzieningen is die maximaal 2,5 % van de lasten."),
            group(CAP(7, "Risico's per 31-12-2024", "Bedragen in euro's"), TABLE(risk, [5, 1.6, 1.2, 1.6], totals=[len(risk) - 1])),
            group(CAP(8, "Ratio weerstandsvermogen", "Bedragen in euro's"), TABLE(ratio, [5, 2], totals=[3])),
            P(f"De ratio van {dec(D.GT_RATIO, 2)} valt in de klasse ‘voldoende’ (tussen 1,0 en 1,4)."),
            H2("5.2 Financiële kengetallen"),
            group(CAP(9, "Verplichte financiële kengetallen", "Percentages"), TABLE(keng, [5, 1.7, 1.7, 1.7])),
            P("De solvabiliteit is gedaald doordat de reserves zijn ingezet voor de kinkhoestbestrijding en het "
              "resultaat 2023 aan de gemeenten is terugbetaald. De kengetallen grondexploitatie en belastingcapaciteit "
              "zijn voor GGD Twente niet van toepassing."),
            H2("5.3 Bedrijfsvoering"),
            P("Het ziekteverzuim daalde in 2024 maar blijft boven de norm van 5 %. Bij Veilig Thuis Twente was het "
              "verzuim het hoogst."),
            group(CAP(10, "Personeel per afdeling", "Fte en percentages"), TABLE(pers, [4.2, 1.6, 1.8, 1.5, 1.5],
                                                                            totals=[len(pers) - 1], size=8)),
            H2("5.4 Wet normering topinkomens (WNT)"),
            P("De WNT is van toepassing op GGD Twente. Het bezoldigingsmaximum in 2024 is € 233 000 (algemeen "
              "bezoldigingsmaximum). De leden van het Algemeen en Dagelijks Bestuur ontvangen geen bezoldiging van "
              "GGD Twente."),
            group(CAP(11, "Bezoldiging topfunctionaris", "Bedragen in euro's"), TABLE(wnt, [4.6, 2.2, 2.2], totals=[9], size=8))]


def jaarrekening_section():
    bal = [[L("Balans", b=True), c("31-12-2024", b=True), c("31-12-2023", b=True)]]
    for n, v in D.GT_BAL.items():
        bal.append([L(n), c(gt(v[0])), c(gt(v[1]))])
    bal.append([L("Totaal activa", b=True), c(gt(D.GT_BAL_ACTIVA[0]), b=True), c(gt(D.GT_BAL_ACTIVA[1]), b=True)])
    n_act = len(bal) - 1
    bal.append([L("Eigen vermogen (reserves en resultaat)"), c(gt(D.GT_EV[0])), c(gt(D.GT_EV[1]))])
    bal.append([L("Voorzieningen"), c(gt(D.GT_VOORZ[0])), c(gt(D.GT_VOORZ[1]))])
    bal.append([L("Vaste schulden met een rentetypische looptijd van één jaar of langer"), c(gt(D.GT_VASTE_SCHULD[0])),
                c(gt(D.GT_VASTE_SCHULD[1]))])
    bal.append([L("Netto-vlottende schulden"), c(gt(D.GT_NVS[0])), c(gt(D.GT_NVS[1]))])
    bal.append([L("Overlopende passiva"), c(gt(D.GT_OVERL_PAS[0])), c(gt(D.GT_OVERL_PAS[1]))])
    bal.append([L("Totaal passiva", b=True), c(gt(D.GT_BAL_ACTIVA[0]), b=True), c(gt(D.GT_BAL_ACTIVA[1]), b=True)])
    res = [[L("Reserve", b=True), c("Stand 1-1-2024", b=True), c("Toevoegingen", b=True), c("Onttrekkingen", b=True),
            c("Stand 31-12-2024", b=True)]]
    for n in D.GT_RES_NAMES:
        v = D.GT_RES[n]
        res.append([L(n), c(gt(v[0])), c(gt(v[1])), c(gt(v[2])), c(gt(D.GT_RES_END[n]))])
    t = D.GT_RES_TOT
    res.append([L("Totaal reserves", b=True)] + [c(gt(x), b=True) for x in t])
    best = [[L("Resultaatbestemming", b=True), c("Bedrag", b=True)],
            [L("Gerealiseerd resultaat 2024"), c(gt(D.GT_RESULT_REAL))],
            [L("Toevoeging aan de reserve Infectieziektebestrijding"), c(gt(-D.GT_BEST_RESERVE))],
            [L("Terugbetaling aan de gemeenten"), c(gt(-D.GT_BEST_TERUG))],
            [L("Resterend resultaat", b=True), c("0", b=True)]]
    return [H1("6 Jaarrekening"),
            H2("6.1 Balans per 31 december 2024"),
            group(CAP(12, "Balans per 31 december", "Bedragen in euro's"),
                  TABLE(bal, [5, 1.8, 1.8], totals=[n_act, n_act + 1], size=8.5)),
            P("Het eigen vermogen per 31 december 2024 bestaat uit de reserves (tabel 13) en het gerealiseerde "
              "resultaat 2024. Het resultaat 2023 is in 2024 aan de gemeenten terugbetaald."),
            H2("6.2 Reserves"),
            group(CAP(13, "Verloop van de reserves 2024", "Bedragen in euro's"),
                  TABLE(res, [3.6, 1.6, 1.6, 1.6, 1.6], totals=[len(res) - 1], size=8.5)),
            P("De onttrekking aan de reserve Infectieziektebestrijding dekt de extra inzet bij de kinkhoestepidemie. "
              "Uit de reserve Digitalisering JGZ is het nieuwe digitale dossier JGZ betaald, uit de reserve "
              "Frictiekosten Veilig Thuis de tijdelijke inhuur. Aan de reserve Huisvesting is de jaarlijkse dotatie "
              "voor de verbouwing van het pand in Enschede toegevoegd."),
            H2("6.3 Resultaat en resultaatbestemming"),
            P(f"Het gerealiseerde resultaat over 2024 bedraagt {gt_eur(D.GT_RESULT_REAL)} positief. Het Dagelijks "
              f"Bestuur stelt het Algemeen Bestuur voor {gt_eur(D.GT_BEST_RESERVE)} toe te voegen aan de reserve "
              "Infectieziektebestrijding, zodat de GGD voorbereid is op een volgende uitbraak, en het restant van "
              f"{gt_eur(D.GT_BEST_TERUG)} terug te betalen aan de gemeenten naar rato van hun bijdrage voor het "
              "basispakket."),
            group(CAP(14, "Voorstel resultaatbestemming 2024", "Bedragen in euro's"),
                  TABLE(best, [5, 2], totals=[4])),
            H2("6.4 Gebeurtenissen na balansdatum"),
            P("Er hebben zich na balansdatum geen gebeurtenissen voorgedaan die van invloed zijn op deze jaarrekening.")]


def build(outdir):
    running = {
        "header": {"x": "left", "y": 28, "height": 20, "style": {"s": 7.5, "c": GREEN},
                   "content": [{".": "GGD Twente · Jaarstukken 2024", "style": {"text_align": "l"}}]},
        "footer": {"x": "left", "y": 800, "height": 20, "style": {"s": 7.5, "text_align": "r"},
                   "content": [{".": ["Pagina ", {"var": "$page"}]}]},
    }
    base = {"running_sections": ["header", "footer"], "style": {"margin": [62, 56, 58, 56]}}
    sections = [title_section()]
    for content in (kern_section(), vogelvlucht_section(), overzicht_section(), programma_section(),
                    bijdragen_section(), paragrafen_section(), jaarrekening_section()):
        s = dict(base)
        s["content"] = content
        sections.append(s)
    doc = {"style": {"page_size": "a4", "f": "Lato", "s": 9.5, "text_align": "j", "line_height": 1.25},
           "running_sections": running, "sections": sections}
    d = PDFDocument(doc)
    d.run()
    path = os.path.join(outdir, FILE)
    with open(path, "wb") as f:
        d.output(f)
    print(path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
