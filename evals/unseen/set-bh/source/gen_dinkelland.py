"""Gemeente Dinkelland, Programmabegroting 2025 (FICTIONAL figures), drawn with matplotlib's
PDF backend from the operations of layout.py.

Run: python gen_dinkelland.py OUT.pdf
"""
import os
import sys

import data as D
from fmt import k, nl_dec, nl_int, rhu
from layout import A4, Cell, Doc, Row, text_width, wrap

GREEN = (0.13, 0.42, 0.24)
LGREEN = (0.88, 0.94, 0.87)
GREY = (0.35, 0.35, 0.35)
BLUE = (0.10, 0.28, 0.47)

STYLE = {
    "h1": dict(font="lib-b", size=17, color=GREEN, before=0, after=10, rule=1.2),
    "h2": dict(font="lib-b", size=12.5, color=GREEN, before=10, after=6),
    "h3": dict(font="lib-b", size=10, color=BLUE, before=7, after=4),
    "body": dict(font="lib", size=9.2, lead=12.6, after=5, bold="lib-b"),
    "small": dict(font="lib", size=8, lead=10.5, after=4),
    "note": dict(font="lib-i", size=7.2, lead=9.2, color=(0.2, 0.2, 0.2)),
}
TS = dict(font="lib", bold="lib-b", italic="lib-i", size=7.6, lead=9.6, pad=2.4,
          head_fill=LGREEN, head_color=GREEN, head_rule=0.9, foot_rule=0.9, rule_color=GREEN,
          row_rule=0.25, row_rule_color=(0.78, 0.84, 0.78), cap_font="lib-b", cap_size=9,
          cap_color=GREEN, after=12)

E = "\u20ac"


def eur(x):
    return f"{E} {nl_int(x)}"


def eur2(x):
    return f"{E} {nl_dec(x, 2)}"


def n(x):
    return nl_int(x)


def mln(x):
    return nl_dec(D.mln(x), 2)


# ---------------------------------------------------------------------------------------
def build(toc_pages=None):
    doc = Doc(STYLE, margins=(52, 48, 66, 58))
    chapters = []

    def chapter(title, landscape=False):
        if doc.y > doc.mt + 1 or doc.page.number == 1:
            doc.new_page(landscape)
        doc.heading(title, 1)
        chapters.append((title, doc.page.number))

    # ---- cover -------------------------------------------------------------------------
    pg = doc.page
    pg.rect(0, 0, A4[0], 300, fill=GREEN)
    pg.text(52, 120, "Gemeente Dinkelland", "lib-b", 30, (1, 1, 1))
    pg.text(52, 175, "Programmabegroting 2025", "lib-b", 26, (1, 1, 1))
    pg.text(52, 205, "en meerjarenraming 2026-2028", "lib", 15, (1, 1, 1))
    pg.text(52, 262, "Aangeboden aan de gemeenteraad op 8 oktober 2024", "lib", 10, (1, 1, 1))
    pg.rect(52, 360, 490, 118, fill=(1.0, 0.95, 0.80), stroke=(0.75, 0.45, 0.0), lw=1.2)
    pg.text(66, 384, "FICTIEF DOCUMENT", "lib-b", 13, (0.6, 0.25, 0.0))
    y = 404
    for ln in wrap("Dit document is gemaakt voor een evaluatieset. Opzet, ambities en indicatoren volgen "
                   "de begroting van de gemeente Dinkelland, maar alle bedragen, aantallen, tarieven en "
                   "percentages in dit document zijn verzonnen. Gebruik deze cijfers niet als informatie "
                   "over de gemeente Dinkelland.", "lib", 9.5, 462):
        pg.text(66, y, ln, "lib", 9.5, (0.25, 0.15, 0.0))
        y += 13
    pg.text(52, 780, "Denekamp · Ootmarsum · Weerselo · Rossum · Deurningen · Saasveld en de andere kernen",
            "lib-i", 8.5, GREY)

    # ---- inhoud ------------------------------------------------------------------------
    doc.new_page()
    doc.heading("Inhoud", 1, toc=False)
    toc_items = toc_pages or [("x", 0)] * 20
    doc.leaders([(t, str(p)) for t, p in toc_items], style="body", dot=" .", after=8)

    # ---- 1 Dinkelland in cijfers -------------------------------------------------------------
    chapter("1 Dinkelland in cijfers")
    doc.para("Kerngegevens van de gemeente. Het aantal inwoners en woningen is de stand op 1 januari 2024 "
             "volgens de Basisregistratie Personen en de BAG.")
    doc.heading("Sociale structuur", 3)
    doc.leaders([
        ("Aantal inwoners op 1 januari 2024", n(D.INWONERS_1_1_2024)),
        ("Aantal inwoners op 1 januari 2023", n(D.INWONERS_1_1_2023)),
        ("Aantal bijstandsuitkeringen (ultimo 2023)", "192"),
        ("Aantal jongeren met jeugdhulp (2023)", "714"),
    ], x1=doc.ml + 330)
    doc.heading("Fysieke structuur", 3)
    doc.leaders([
        ("Oppervlakte in hectare", n(D.OPPERVLAKTE_HA)),
        ("Aantal kernen", str(D.KERNEN)),
        ("Aantal woningen op 1 januari 2024", n(D.WONINGEN_1_1_2024)),
        ("Gemiddelde WOZ-waarde woning (belastingjaar 2025)", eur(D.WOZ_GEM_2025)),
    ], x1=doc.ml + 330)
    doc.heading("Financiële structuur (begroting 2025)", 3)
    doc.leaders([
        ("Totale lasten (exclusief toevoegingen aan reserves)", eur(D.TOTAL_L_VOOR[0])),
        ("Totale baten (exclusief onttrekkingen aan reserves)", eur(D.TOTAL_B_VOOR[0])),
        ("Algemene uitkering uit het gemeentefonds", eur(D.AU[0])),
        ("Opbrengst onroerendezaakbelastingen", eur(D.ADM_ROWS[1]["B"][0] + D.ADM_ROWS[2]["B"][0])),
        ("Stand reserves op 1 januari 2025", eur(D.RES_TOT["begin"])),
        ("Geraamd resultaat 2025 (voordelig)", eur(D.RESULTAAT[0])),
    ], x1=doc.ml + 330)

    doc.heading("Begroting in één oogopslag", 2)
    doc.para("Het overzicht hieronder vat de begroting samen per programma. De bedragen zijn afgerond op "
             "tienduizenden euro's; door afronding kan de som van de regels afwijken van het totaal. "
             "Een negatief saldo betekent dat de lasten hoger zijn dan de baten.")
    cols = [(170, "left"), (64, "right"), (64, "right"), (64, "right"), (64, "right"), (64, "right")]
    hdr = [Row(["", Cell("Begroting 2025", span=3), Cell("Saldo", span=2)]),
           Row(["Programma", "Lasten", "Baten", "Saldo", "Begroting 2024", "Rekening 2023"])]
    rows = []
    for p in D.PROG:
        rows.append(Row([f"{p['code']}. {p['name']}", mln(p["L"][0]), mln(p["B"][0]), mln(p["S"][0]),
                         mln(p["S"][1]), mln(p["S"][2])]))
    adm_s = [D.ADM_B[i] - D.ADM_L[i] for i in range(3)]
    ov_s = [D.OVERHEAD[3][i] - D.OVERHEAD[2][i] for i in range(3)]
    vpb_s = [-D.VPB[2][i] for i in range(3)]
    rows.append(Row(["Algemene dekkingsmiddelen", mln(D.ADM_L[0]), mln(D.ADM_B[0]), mln(adm_s[0]), mln(adm_s[1]), mln(adm_s[2])]))
    rows.append(Row(["Overhead", mln(D.OVERHEAD[2][0]), mln(D.OVERHEAD[3][0]), mln(ov_s[0]), mln(ov_s[1]), mln(ov_s[2])]))
    rows.append(Row(["Vennootschapsbelasting", mln(D.VPB[2][0]), mln(0), mln(vpb_s[0]), mln(vpb_s[1]), mln(vpb_s[2])]))
    rows.append(Row(["Saldo van baten en lasten", mln(D.TOTAL_L_VOOR[0]), mln(D.TOTAL_B_VOOR[0]), mln(D.SALDO_VOOR[0]),
                     mln(D.SALDO_VOOR[1]), mln(D.SALDO_VOOR[2])], bold=True, rule_above=True))
    mut = [D.RES_ONTT[i] - D.RES_TOEV[i] for i in range(3)]
    rows.append(Row(["Mutaties reserves", mln(D.RES_TOEV[0]), mln(D.RES_ONTT[0]), mln(mut[0]), mln(mut[1]), mln(mut[2])]))
    rows.append(Row(["Geraamd resultaat", "", "", mln(D.RESULTAAT[0]), mln(D.RESULTAAT[1]), mln(D.RESULTAAT[2])],
                    bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 1.1 Begroting 2025 in één oogopslag", unit="bedragen x " + E + " 1 mln")

    # ---- 2 Financieel beeld --------------------------------------------------------------
    chapter("2 Inleiding en financieel beeld")
    doc.para("Voor u ligt de programmabegroting 2025 van de gemeente Dinkelland. In deze begroting werken "
             "wij de ambities van het coalitieakkoord verder uit in vijf programma's: Inclusieve samenleving, "
             "Vitale kernen, Duurzaam Dinkelland, Economie, toerisme en bereikbaarheid en Veiligheid, bestuur "
             "en dienstverlening. Per programma beschrijven wij wat wij willen bereiken, wat wij daarvoor gaan "
             "doen en wat het mag kosten.")
    doc.para(f"De begroting 2025 sluit met een voordelig resultaat van {eur(D.RESULTAAT[0])}. De meerjarenraming "
             f"laat voor 2026 een nadelig saldo zien van {eur(-D.MJR_RESULTAAT[0])} en voor 2027 een nadelig saldo "
             f"van {eur(-D.MJR_RESULTAAT[1])}. In 2028 is de raming weer sluitend met een voordelig saldo van "
             f"{eur(D.MJR_RESULTAAT[2])}. De tekorten in 2026 en 2027 komen vooral door de stijgende kosten van "
             "jeugdhulp en Wmo, de hogere loonkosten en de onzekerheid over de omvang van het gemeentefonds "
             "na 2025. Wij komen in de voorjaarsnota 2025 met voorstellen om de meerjarenraming sluitend te maken.")
    doc.para("Een negatief bedrag in de financiële tabellen is een nadelig saldo: de lasten zijn dan hoger dan "
             "de baten. Lasten en baten zelf staan zonder teken in de tabellen. De jaren staan in deze begroting "
             "van nieuw naar oud: eerst de begroting 2025, dan de begroting 2024 na wijziging en daarna de "
             "rekening 2023. Ook de meerjarenraming staat van 2028 terug naar 2026.")

    # overview table in thousands, 2028 .. 2023
    doc.heading("Overzicht van baten en lasten", 2)
    years6 = ["2028", "2027", "2026", "2025", "2024", "2023"]

    def six(vals_mjr, vals3):
        # vals_mjr: (2026, 2027, 2028) euros ; vals3: (2025, 2024, 2023) euros
        return [vals_mjr[2], vals_mjr[1], vals_mjr[0], vals3[0], vals3[1], vals3[2]]
    L_rows, B_rows = [], []
    for p in D.PROG:
        L_rows.append((f"{p['code']}. {p['name']}", six(p["MJR_L"], p["L"])))
        B_rows.append((f"{p['code']}. {p['name']}", six(p["MJR_B"], p["B"])))
    L_rows.append(("Algemene dekkingsmiddelen", six(D.MJR_ADM_L, D.ADM_L)))
    B_rows.append(("Algemene dekkingsmiddelen", six(tuple(D.MJR_ADM_B_EXCL_AU[j] + D.MJR_AU[j] for j in range(3)), D.ADM_B)))
    L_rows.append(("Overhead", six(D.MJR_OVERHEAD_L, D.OVERHEAD[2])))
    B_rows.append(("Overhead", six(D.MJR_OVERHEAD_B, D.OVERHEAD[3])))
    L_rows.append(("Vennootschapsbelasting", six(D.MJR_VPB, D.VPB[2])))
    ovk = {}
    for key, rr in (("L", L_rows), ("B", B_rows)):
        ovk[key] = [[k(v) for v in vals] for _, vals in rr]
    totL = [sum(r[j] for r in ovk["L"]) for j in range(6)]
    totB = [sum(r[j] for r in ovk["B"]) for j in range(6)]
    sal = [totB[j] - totL[j] for j in range(6)]
    toev = [k(v) for v in six(D.MJR_TOEV, D.RES_TOEV)]
    ontt = [k(v) for v in six(D.MJR_ONTT, D.RES_ONTT)]
    res = [sal[j] - toev[j] + ontt[j] for j in range(6)]
    expect_res = [k(v) for v in six(D.MJR_RESULTAAT, D.RESULTAAT)]
    assert all(abs(res[j] - expect_res[j]) <= 1 for j in range(6)), (res, expect_res)
    D.OVERVIEW_K = dict(L=ovk["L"], B=ovk["B"], totL=totL, totB=totB, sal=sal, toev=toev, ontt=ontt, res=res,
                        Lnames=[r[0] for r in L_rows], Bnames=[r[0] for r in B_rows])
    cols = [(165, "left")] + [(55, "right")] * 6
    hdr = [Row(["", Cell("Meerjarenraming", span=3), Cell("Begroting", span=2), Cell("Rekening")]),
           Row([""] + years6)]
    rows = [Row([Cell("Lasten")] + [""] * 6, italic=True)]
    for (name, _), vals in zip(L_rows, ovk["L"]):
        rows.append(Row([name] + [n(v) for v in vals], indent=8))
    rows.append(Row(["Totaal lasten"] + [n(v) for v in totL], bold=True, rule_above=True))
    rows.append(Row([Cell("Baten")] + [""] * 6, italic=True))
    for (name, _), vals in zip(B_rows, ovk["B"]):
        rows.append(Row([name] + [n(v) for v in vals], indent=8))
    rows.append(Row(["Totaal baten"] + [n(v) for v in totB], bold=True, rule_above=True))
    rows.append(Row(["Saldo van baten en lasten"] + [n(v) for v in sal], bold=True, rule_above=True))
    rows.append(Row(["Toevoegingen aan reserves"] + [n(v) for v in toev]))
    rows.append(Row(["Onttrekkingen aan reserves"] + [n(v) for v in ontt]))
    rows.append(Row(["Geraamd resultaat"] + [n(v) for v in res], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 2.1 Overzicht van baten en lasten 2023-2028", unit="Bedragen x " + E + " 1.000",
              notes=["Begroting 2024: na wijziging (stand tweede bestuursrapportage 2024). Rekening 2023: "
                     "vastgestelde jaarrekening. Een negatief saldo is nadelig."])

    # ---- 3 Programma's ------------------------------------------------------------------
    tabno = {"n": 0}

    def prog_tables(p, ch):
        doc.heading("Wat mag het kosten?", 3)
        cols = [(146, "left")] + [(38.8, "right")] * 9
        hdr = [Row(["", Cell("Begroting 2025", span=3), Cell("Begroting 2024 na wijziging", span=3),
                    Cell("Rekening 2023", span=3)]),
               Row(["Taakveld"] + ["Lasten", "Baten", "Saldo"] * 3)]
        rows = []
        for r in p["rows"]:
            cells = [r["name"]]
            for i in range(3):
                cells += [n(r["Lk"][i]), n(r["Bk"][i]), n(r["Sk"][i])]
            rows.append(Row(cells))
        cells = ["Totaal programma"]
        for i in range(3):
            cells += [n(p["Lk"][i]), n(p["Bk"][i]), n(p["Sk"][i])]
        rows.append(Row(cells, bold=True, rule_above=True))
        doc.table(cols, hdr, rows, TS, caption=f"Tabel {ch}.2 Lasten en baten per taakveld, {p['name']}",
                  unit="Bedragen x " + E + " 1.000")
        cols = [(170, "left"), (70, "right"), (70, "right"), (70, "right")]
        hdr = [Row(["", "Raming 2028", "Raming 2027", "Raming 2026"])]
        mj = [p["MJR_L"], p["MJR_B"], tuple(p["MJR_B"][j] - p["MJR_L"][j] for j in range(3))]
        rows = [Row(["Lasten"] + [n(k(mj[0][j])) for j in (2, 1, 0)]),
                Row(["Baten"] + [n(k(mj[1][j])) for j in (2, 1, 0)]),
                Row(["Saldo"] + [n(k(mj[2][j])) for j in (2, 1, 0)], bold=True, rule_above=True)]
        doc.table(cols, hdr, rows, TS, caption=f"Tabel {ch}.3 Meerjarenraming {p['name']}", unit="Bedragen x " + E + " 1.000")

    def indicators(pcode, ch):
        doc.heading("Indicatoren", 3)
        cols = [(178, "left"), (100, "left"), (56, "right"), (52, "right"), (52, "right"), (52, "right")]
        hdr = [Row(["", "", "", Cell("Realisatie", span=3)]),
               Row(["Indicator", "Bron", "Streefwaarde 2025", "2023", "2022", "2021"])]
        rows = []
        for lab, bron, s, r23, r22, r21 in D.IND[pcode]:
            rows.append(Row([lab, bron, s] + [v if v is not None else "n.b." for v in (r23, r22, r21)]))
        doc.table(cols, hdr, rows, TS, caption=f"Tabel {ch}.1 Indicatoren",
                  notes=["n.b. = niet bekend: in dat jaar is geen meting gedaan."])

    # Programma 1 ------------------------------------------------------------------------
    p1 = D.prog("1")
    chapter("3 Programma 1 Inclusieve samenleving")
    doc.para("Een samenleving waarin iedereen meedoet, dat noemen we een inclusieve samenleving. Samen met "
             "inwoners, verenigingen, ondernemers en maatschappelijke organisaties geven we daar invulling "
             "aan. We willen dat zoveel mogelijk inwoners meedoen, dat we op elkaar letten en voor elkaar "
             "zorgen. De insteek blijft positieve gezondheid: inwoners die zich goed voelen, hebben minder "
             "snel ondersteuning nodig. Tegelijk houden we de ondersteuning en zorg kwalitatief goed, "
             "betaalbaar en bereikbaar, vanuit de gedachte één gezin, één plan, één regisseur.")
    doc.para("Het programma kent vier actielijnen: Langer gezond, Versterken sociale basis, Zorg meer nabij en "
             "Meer inwoners kunnen meedoen. Het uitvoeringsplan sociaal domein verbindt de inspanningen van de "
             f"vier actielijnen. Voor 2025 is daarvoor {eur(D.UITVOERINGSPLAN_SD_2025)} beschikbaar, gedekt uit "
             "de reserve sociaal domein.")
    doc.heading("Langer gezond", 2)
    doc.para("Doel: nog meer inwoners werken aan hun gezondheid, kijken (samen) om naar anderen en zijn in staat "
             "hen te activeren deel te nemen aan de samenleving.", style="body")
    doc.heading("Wat willen we bereiken?", 3)
    doc.bullets(["Meer of een gelijk aantal inwoners ervaart een goede gezondheid.",
                 "Meer of een gelijk aantal inwoners beweegt voldoende.",
                 "Minder jongeren onder de achttien drinken alcohol."])
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["We voeren het lokale sportakkoord en het cultuurakkoord uit; sport en cultuur zijn middel om "
                 "maatschappelijke doelen te bereiken.",
                 "We zetten de aanpak Kansrijke Start voort voor een gezonde start in de eerste 1.000 dagen van het kind.",
                 "We werken verder met het IJslands preventiemodel tegen alcohol- en drugsgebruik onder jongeren."])
    doc.heading("Versterken sociale basis", 2)
    doc.para("Doel: de niet-professionele algemene voorzieningen, zoals vrijwilligersorganisaties en "
             "inwonersinitiatieven, zijn beter toegerust om inwoners te ondersteunen bij het bereiken van een "
             "positieve gezondheid.")
    doc.heading("Wat willen we bereiken?", 3)
    doc.para("Meer inwoners met een hulpvraag vinden hun weg naar een vrijwillige algemene voorziening in de "
             "eigen kern, in plaats van naar een professionele voorziening of een maatwerkvoorziening.")
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets([f"Via het leefbaarheidsfonds steunen we inwonersinitiatieven voor ontmoeting, zoals open eettafels, "
                 f"koffieochtenden en buitenactiviteiten. Voor 2025 is {eur(D.LEEFBAARHEIDSFONDS_2025)} beschikbaar; "
                 "dit bedrag onttrekken we aan de reserve leefbaarheidsfonds.",
                 "In elke kern is naast de buurtman of buurtvrouw een dorpsondersteuner actief. In 2025 komen er "
                 "dorpsondersteuners bij in Lattrop-Breklenkamp en Tilligte.",
                 "We ondersteunen vrijwilligers en verenigingen met het steunpunt vrijwilligerswerk."])
    doc.heading("Zorg meer nabij", 2)
    doc.para("Doel: professionals zijn beter toegerust, dichterbij en werken beter samen om inwoners te "
             "ondersteunen bij het bereiken van een positieve gezondheid. Inwoners kunnen met elke hulpvraag "
             "terecht bij één toegang.")
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["De praktijkondersteuner jeugd (POH Jeugd) is nu in alle huisartsenpraktijken actief. Zo "
                 "verwijzen huisartsen minder vaak door naar specialistische jeugdhulp.",
                 "We breiden de onafhankelijke cliëntondersteuning uit en maken haar beter bekend.",
                 "We werken met de aanpak Wijk-GGD aan vroegsignalering van personen met verward gedrag."])
    doc.heading("Meer inwoners kunnen meedoen", 2)
    doc.para("Doel: meer inwoners ervaren een positievere gezondheid door de inzet van een maatwerkvoorziening, "
             "en meer inwoners vinden werk of een zinvolle daginvulling.")
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["Met het Werkplein Twente begeleiden we inwoners met een bijstandsuitkering naar werk; "
                 "het Noaberhoes biedt arbeidsmatige dagbesteding dichtbij huis.",
                 "We voeren de nieuwe inkoop van jeugdhulp en Wmo in Twente in (Twents model) en sturen op "
                 "de duur en de intensiteit van trajecten.",
                 "We zetten de integrale schuldenaanpak met vroegsignalering voort."])
    indicators("1", 3)
    prog_tables(p1, 3)
    r672 = D.tv("6.72")
    r671 = D.tv("6.71")
    doc.heading("Toelichting op de financiën", 3)
    doc.para(f"De lasten van het programma stijgen van {eur(p1['L'][1])} in de begroting 2024 naar "
             f"{eur(p1['L'][0])} in 2025. De grootste stijging zit bij Maatwerkdienstverlening 18- (jeugdhulp): "
             f"van {eur(r672['L'][1])} naar {eur(r672['L'][0])}. Meer jeugdigen krijgen jeugdhulp met verblijf en "
             "de tarieven van de nieuwe Twentse inkoop liggen hoger door de indexatie van lonen en prijzen. "
             f"Ook de lasten van Maatwerkdienstverlening 18+ (Wmo-begeleiding en hulp bij het huishouden) nemen toe, "
             f"naar {eur(r671['L'][0])}, omdat het aantal ouderen dat langer thuis woont groeit.")

    # Programma 2 ------------------------------------------------------------------------
    p2 = D.prog("2")
    chapter("4 Programma 2 Vitale kernen")
    doc.para("Dinkelland bestaat uit zestien kernen en buurtschappen, elk met een eigen karakter. We willen dat "
             "de kernen vitaal blijven: met voldoende woningen voor jong en oud, goede scholen, sport- en "
             "cultuurvoorzieningen en een aantrekkelijke openbare ruimte. Inwoners nemen zelf initiatief en de "
             "gemeente ondersteunt waar nodig.")
    doc.heading("Wat willen we bereiken?", 3)
    doc.bullets(["Er worden jaarlijks minimaal 120 woningen gebouwd, waarvan een derde betaalbaar.",
                 "Elke kern houdt een basisvoorziening voor ontmoeting, sport of onderwijs.",
                 "Schoolgebouwen zijn gezond, duurzaam en passen bij het aantal leerlingen."])
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["We bouwen het integraal kindcentrum (IKC) in Rossum; de bouw start in het voorjaar van 2025.",
                 "We verkopen de laatste kavels in de plannen Ootmarsum-Oost en Deurningen-Zuid.",
                 "We verduurzamen de sportaccommodaties samen met de verenigingen."])
    indicators("2", 4)
    prog_tables(p2, 4)

    # Programma 3 ------------------------------------------------------------------------
    p3 = D.prog("3")
    chapter("5 Programma 3 Duurzaam Dinkelland")
    doc.para("Dinkelland wil in 2040 energieneutraal zijn. We stimuleren inwoners en bedrijven om energie te "
             "besparen en duurzame energie op te wekken, we passen de riolering aan op de gevolgen van "
             "klimaatverandering en we willen dat minder afval overblijft als restafval.")
    doc.heading("Wat willen we bereiken?", 3)
    doc.bullets(["In 2030 gaat er per inwoner niet meer dan 50 kilo restafval per jaar naar de verbrandingsoven.",
                 "Meer woningen hebben zonnepanelen of zijn aardgasvrij gemaakt.",
                 "Het riool kan hevige buien beter verwerken."])
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["We vervangen de riolering in Denekamp-Noord en koppelen regenwater af.",
                 "We passen de milieustraat in Denekamp aan, zodat meer grondstoffen gescheiden worden.",
                 "Het energieloket geeft inwoners gratis advies over isolatie en warmtepompen."])
    indicators("3", 5)
    prog_tables(p3, 5)

    # Programma 4 ------------------------------------------------------------------------
    p4 = D.prog("4")
    chapter("6 Programma 4 Economie, toerisme en bereikbaarheid")
    doc.para("Een sterke lokale economie zorgt voor werk en voor voorzieningen in de kernen. Toerisme en "
             "recreatie zijn belangrijk voor Dinkelland, met Ootmarsum en Denekamp als trekkers. We houden de "
             "wegen en fietspaden veilig en goed onderhouden en zorgen dat de kernen bereikbaar blijven.")
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["We reconstrueren de Hoofdstraat in Weerselo en leggen het fietspad Ootmarsum - Lattrop aan.",
                 "We vervangen de openbare verlichting door ledverlichting.",
                 "Samen met Marketing Oost promoten we Dinkelland als bestemming voor fietsers en wandelaars."])
    indicators("4", 6)
    prog_tables(p4, 6)

    # Programma 5 ------------------------------------------------------------------------
    p5 = D.prog("5")
    chapter("7 Programma 5 Veiligheid, bestuur en dienstverlening")
    doc.para("Inwoners en ondernemers moeten zich veilig voelen en goed geholpen worden. De ambtelijke "
             "organisatie Noaberkracht Dinkelland Tubbergen voert het werk uit voor de gemeenten Dinkelland en "
             "Tubbergen. We werken samen met de Veiligheidsregio Twente, de politie en de buurgemeenten.")
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(["We breiden de digitale dienstverlening uit: meer producten zijn online aan te vragen.",
                 "We zetten de aanpak van ondermijning voort, samen met het RIEC Oost-Nederland.",
                 "We werken met de Veiligheidsregio Twente aan een nieuw dekkingsplan brandweerzorg."])
    indicators("5", 7)
    prog_tables(p5, 7)

    # ---- 8 Algemene dekkingsmiddelen ---------------------------------------------------------
    chapter("8 Algemene dekkingsmiddelen, overhead en onvoorzien")
    doc.para("De algemene dekkingsmiddelen zijn inkomsten waarvoor geen bestedingsdoel is voorgeschreven. De "
             "belangrijkste zijn de algemene uitkering uit het gemeentefonds, de onroerendezaakbelastingen (OZB), "
             "de toeristenbelasting en de dividenden van onze deelnemingen.")
    cols = [(200, "left"), (80, "right"), (80, "right"), (80, "right")]
    hdr = [Row(["", "Begroting 2025", "Begroting 2024", "Rekening 2023"])]
    rows = [Row([Cell("Baten")] + [""] * 3, italic=True)]
    adm_b_names = {"0.5": "Dividend en rente (treasury)", "0.61": "OZB woningen", "0.62": "OZB niet-woningen",
                   "0.64": "Toeristenbelasting", "0.7": "Algemene uitkering gemeentefonds"}
    for a in D.ADM_ROWS:
        if a["code"] in adm_b_names:
            rows.append(Row([adm_b_names[a["code"]]] + [n(k(a["B"][i])) for i in range(3)], indent=8))
    rows.append(Row(["Totaal baten"] + [n(sum(k(a["B"][i]) for a in D.ADM_ROWS)) for i in range(3)], bold=True, rule_above=True))
    rows.append(Row([Cell("Lasten")] + [""] * 3, italic=True))
    adm_l_names = {"0.5": "Rente en kosten treasury", "0.61": "Kosten heffing en invordering OZB",
                   "0.8": "Overige lasten (onvoorzien en stelposten)"}
    for a in D.ADM_ROWS:
        if a["code"] in adm_l_names:
            rows.append(Row([adm_l_names[a["code"]]] + [n(k(a["L"][i])) for i in range(3)], indent=8))
    rows.append(Row(["Totaal lasten"] + [n(sum(k(a["L"][i]) for a in D.ADM_ROWS)) for i in range(3)], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 8.1 Algemene dekkingsmiddelen", unit="Bedragen x " + E + " 1.000")
    doc.para(f"De algemene uitkering 2025 is geraamd op {eur(D.AU[0])}, op basis van de meicirculaire 2024 en "
             f"{n(D.INWONERS_1_1_2024)} inwoners. De opbrengst van de toeristenbelasting ramen wij op "
             f"{eur(D.TOERISTENBELASTING_2025)}. Van Enexis Holding N.V. verwachten wij een dividend van "
             f"{eur(D.DIVIDEND['Enexis Holding N.V.'])}, van Twence B.V. {eur(D.DIVIDEND['Twence B.V.'])} en van de "
             f"Bank Nederlandse Gemeenten {eur(D.DIVIDEND['Bank Nederlandse Gemeenten N.V.'])}.")
    doc.heading("Overhead", 2)
    doc.para(f"De overhead zijn de kosten van de sturing en ondersteuning van het primaire proces, zoals "
             f"financiën, personeelszaken, ICT en huisvesting. Voor 2025 zijn de lasten van de overhead "
             f"{eur(D.OVERHEAD[2][0])} en de baten {eur(D.OVERHEAD[3][0])}. Het grootste deel is de bijdrage aan "
             "Noaberkracht Dinkelland Tubbergen voor de bedrijfsvoering.")
    doc.heading("Onvoorzien en vennootschapsbelasting", 2)
    doc.para(f"Voor onvoorziene, onuitstelbare en onvermijdbare uitgaven is een post onvoorzien van "
             f"{eur(50000)} opgenomen. Voor de vennootschapsbelasting ramen wij {eur(D.VPB[2][0])}, vooral over "
             "de grondexploitaties.")

    # ---- 9 Paragraaf lokale heffingen ------------------------------------------------------------
    chapter("9 Paragraaf lokale heffingen")
    doc.para("In deze paragraaf staan de tarieven van de gemeentelijke belastingen en heffingen voor 2025, naast "
             "die van 2024, en de gevolgen voor de woonlasten. De heffing en invordering voeren wij uit samen met "
             "het Gemeentelijk Belastingkantoor Twente (GBTwente).")
    doc.heading("Onroerendezaakbelastingen", 2)
    doc.para("De tarieven van de OZB zijn een percentage van de WOZ-waarde. De WOZ-waarden van woningen stijgen "
             "gemiddeld met 6,2%. Wij verlagen het tarief voor woningen, zodat de opbrengst alleen stijgt met de "
             "inflatiecorrectie van 3,0% en de groei door nieuwbouw.")
    cols = [(220, "left"), (90, "right"), (90, "right")]
    hdr = [Row(["Categorie", "Tarief 2025", "Tarief 2024"])]
    rows = [Row([c, f"{t25}%", f"{t24}%"]) for c, t24, t25 in D.OZB_TARIEVEN]
    doc.table(cols, hdr, rows, TS, caption="Tabel 9.1 Tarieven onroerendezaakbelastingen",
              unit="percentage van de WOZ-waarde")
    doc.heading("Afvalstoffenheffing", 2)
    doc.para("De afvalstoffenheffing bestaat uit een vastrecht per perceel en een bedrag per lediging van de "
             "container voor restafval (diftar). De tarieven stijgen door de hogere verwerkingskosten en de "
             "hogere afvalstoffenbelasting van het Rijk.")
    cols = [(240, "left"), (80, "right"), (80, "right")]
    hdr = [Row(["Omschrijving", "2025", "2024"])]
    rows = [Row([o, eur2(t25), eur2(t24)]) for o, t24, t25 in D.AFVAL_TARIEVEN]
    doc.table(cols, hdr, rows, TS, caption="Tabel 9.2 Tarieven afvalstoffenheffing")
    doc.heading("Rioolheffing", 2)
    hdr = [Row(["Omschrijving", "2025", "2024"])]
    rows = [Row(["Vastrecht per aansluiting", eur2(D.RIOOL_VAST[1]), eur2(D.RIOOL_VAST[0])]),
            Row(["Afvoer boven 500 m³, per m³", f"{E} {D.RIOOL_M3[1]}", f"{E} {D.RIOOL_M3[0]}"])]
    doc.table(cols, hdr, rows, TS, caption="Tabel 9.3 Tarieven rioolheffing")
    doc.heading("Toeristenbelasting", 2)
    doc.para(f"Het tarief van de toeristenbelasting gaat van {eur2(D.TOERISTENBELASTING_TARIEF[0])} in 2024 naar "
             f"{eur2(D.TOERISTENBELASTING_TARIEF[1])} per persoon per nacht in 2025. Een deel van de opbrengst "
             "gaat naar de promotie van Dinkelland als toeristische bestemming.")
    doc.heading("Kostendekkendheid", 2)
    doc.para("De afvalstoffenheffing en de rioolheffing mogen niet meer opbrengen dan de kosten. De tabel laat "
             "zien welk deel van de kosten in 2025 door de heffing wordt gedekt.")
    kd = D.KOSTENDEKKING
    cols = [(220, "left"), (100, "right"), (100, "right")]
    hdr = [Row(["", "Afvalstoffenheffing", "Rioolheffing"])]
    A, R = kd["Afvalstoffenheffing"], kd["Rioolheffing"]
    rows = [Row(["Lasten taakveld", n(A["lasten_tv"]), n(R["lasten_tv"])]),
            Row(["Toegerekende overhead", n(A["overhead"]), n(R["overhead"])]),
            Row(["Btw", n(A["btw"]), n(R["btw"])]),
            Row(["Totale kosten", n(A["kosten"]), n(R["kosten"])], bold=True, rule_above=True),
            Row(["Overige baten", n(A["baten_overig"]), n(R["baten_overig"])]),
            Row(["Netto kosten", n(A["netto"]), n(R["netto"])], bold=True, rule_above=True),
            Row(["Opbrengst heffing", n(A["heffing"]), n(R["heffing"])]),
            Row(["Dekkingsgraad", f"{A['dekking']}%", f"{R['dekking']}%"], bold=True, rule_above=True)]
    doc.table(cols, hdr, rows, TS, caption="Tabel 9.4 Kostendekkendheid 2025", unit="Bedragen in " + E)
    doc.heading("Woonlasten", 2)
    doc.para(f"De woonlasten zijn de lasten van een meerpersoonshuishouden in een koopwoning met de gemiddelde "
             f"WOZ-waarde: OZB, rioolheffing en afvalstoffenheffing (vastrecht en {D.LEDIGINGEN} ledigingen van "
             "een container van 140 liter).")
    W = D.WOONLASTEN
    cols = [(220, "left"), (90, "right"), (90, "right")]
    hdr = [Row(["Meerpersoonshuishouden, eigen woning", "2025", "2024"])]
    rows = [Row(["Gemiddelde WOZ-waarde", eur(D.WOZ_GEM_2025), eur(D.WOZ_GEM_2024)]),
            Row(["Onroerendezaakbelasting", eur2(W["2025"]["ozb"]), eur2(W["2024"]["ozb"])]),
            Row(["Rioolheffing", eur2(W["2025"]["riool"]), eur2(W["2024"]["riool"])]),
            Row(["Afvalstoffenheffing", eur2(W["2025"]["afval"]), eur2(W["2024"]["afval"])]),
            Row(["Totale woonlasten", eur2(W["2025"]["totaal"]), eur2(W["2024"]["totaal"])], bold=True, rule_above=True),
            Row(["Stijging ten opzichte van 2024", eur2(D.WOONLASTEN_STIJGING), ""]),
            Row(["Stijging in procenten", nl_dec(D.WOONLASTEN_STIJGING_PCT, 1) + "%", ""])]
    doc.table(cols, hdr, rows, TS, caption="Tabel 9.5 Woonlasten")
    doc.heading("Kwijtschelding", 2)
    doc.para("Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de "
             "rioolheffing. Wij hanteren de kwijtscheldingsnorm van 100% van de bijstandsnorm.")

    # ---- 10 Weerstandsvermogen ------------------------------------------------------------------
    chapter("10 Paragraaf weerstandsvermogen en risicobeheersing")
    doc.para("Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het "
             "beleid moet worden aangepast. Het is de verhouding tussen de beschikbare weerstandscapaciteit en de "
             "benodigde weerstandscapaciteit die volgt uit de risico's.")
    doc.heading("Beschikbare weerstandscapaciteit", 2)
    doc.leaders([(lab, eur(v)) for lab, v in D.CAPACITEIT] + [("Totaal beschikbare weerstandscapaciteit", eur(D.CAPACITEIT_TOT))],
                x1=doc.ml + 380, bold_last=True, after=8)
    doc.heading("Risico's", 2)
    cols = [(210, "left"), (90, "right"), (60, "right"), (90, "right")]
    hdr = [Row(["Risico", "Maximaal bedrag", "Kans", "Benodigd"])]
    rows = [Row([nm, eur(b), f"{p}%", eur(v)]) for nm, b, p, v in D.RISICO_ROWS]
    rows.append(Row(["Benodigde weerstandscapaciteit", "", "", eur(D.BENODIGD)], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 10.1 Risico's en benodigde weerstandscapaciteit")
    doc.para(f"De ratio weerstandsvermogen is {nl_dec(D.CAPACITEIT_TOT / D.BENODIGD, 2)} "
             f"({eur(D.CAPACITEIT_TOT)} gedeeld door {eur(D.BENODIGD)}). Volgens de normtabel van het NAR is "
             "dat uitstekend (ratio hoger dan 2,0). Het grootste risico zijn de open-einderegelingen in de "
             "jeugdhulp en de Wmo; daarnaast houden wij rekening met een lagere algemene uitkering vanaf 2026.")
    doc.heading("Financiële kengetallen", 2)
    cols = [(176, "left")] + [(52, "right")] * 6
    hdr = [Row(["", Cell("Meerjarenraming", span=3), Cell("Begroting", span=2), "Rekening"]),
           Row(["Kengetal"] + D.KENGETAL_YEARS)]
    rows = [Row([nm] + vals) for nm, vals in D.KENGETALLEN]
    doc.table(cols, hdr, rows, TS, caption="Tabel 10.2 Financiële kengetallen")

    # ---- 11 Verbonden partijen ------------------------------------------------------------------
    chapter("11 Paragraaf verbonden partijen")
    doc.para("Een verbonden partij is een organisatie waarin de gemeente een bestuurlijk én een financieel belang "
             "heeft. De tabel geeft de bijdrage die Dinkelland in 2025 en 2024 aan de verbonden partijen betaalt.")
    cols = [(200, "left"), (120, "left"), (80, "right"), (80, "right")]
    hdr = [Row(["Verbonden partij", "Soort", "Bijdrage 2025", "Bijdrage 2024"])]
    rows = []
    for nm, soort, b25, b24 in D.VERBONDEN:
        rows.append(Row([nm, soort, eur(b25) if b25 else "-", eur(b24) if b24 else "-"]))
    doc.table(cols, hdr, rows, TS, caption="Tabel 11.1 Bijdragen aan verbonden partijen",
              notes=["Bij de vennootschappen ontvangt de gemeente dividend; zie hoofdstuk 8."])
    doc.para("Noaberkracht Dinkelland Tubbergen is de ambtelijke organisatie van de gemeenten Dinkelland en "
             "Tubbergen. Regio Twente voert taken uit op het gebied van de publieke gezondheid (GGD Twente) en "
             "de regionale samenwerking. De Veiligheidsregio Twente zorgt voor brandweerzorg, "
             "rampenbestrijding en crisisbeheersing. De Omgevingsdienst Twente voert milieutaken uit en "
             "GBTwente heft en int de gemeentelijke belastingen.")

    # ---- 12 Reserves en investeringen -----------------------------------------------------------
    chapter("12 Reserves en investeringen")
    doc.para("De reserves zijn het eigen vermogen van de gemeente. De tabel laat het verloop van de reserves "
             "in 2025 zien.")
    cols = [(180, "left"), (78, "right"), (78, "right"), (78, "right"), (78, "right")]
    hdr = [Row(["Reserve", "Stand 1-1-2025", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2025"])]
    rows = [Row([r["name"], n(r["begin"]), n(r["toev"]), n(r["ontt"]), n(r["eind"])]) for r in D.RES]
    rows.append(Row(["Totaal reserves", n(D.RES_TOT["begin"]), n(D.RES_TOT["toev"]), n(D.RES_TOT["ontt"]),
                     n(D.RES_TOT["eind"])], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 12.1 Verloop van de reserves 2025", unit="Bedragen in " + E)
    doc.para("De onttrekking aan de reserve sociaal domein dekt het uitvoeringsplan sociaal domein. De "
             "reserve leefbaarheidsfonds dekt de bijdragen aan inwonersinitiatieven; er wordt jaarlijks "
             f"{eur(150000)} aan toegevoegd.")
    doc.heading("Investeringen 2025", 2)
    cols = [(200, "left"), (150, "left"), (80, "right"), (60, "right")]
    hdr = [Row(["Investering", "Programma", "Krediet", "Termijn (jaren)"])]
    rows = [Row([nm, prg, eur(b), str(t)]) for nm, prg, b, t in D.INVEST]
    rows.append(Row(["Totaal investeringen 2025", "", eur(D.INVEST_TOT), ""], bold=True, rule_above=True))
    doc.table(cols, hdr, rows, TS, caption="Tabel 12.2 Investeringen 2025")

    # ---- Bijlage taakvelden ---------------------------------------------------------------------
    chapter("Bijlage 1 Overzicht van baten en lasten per taakveld 2025")
    doc.para("Het overzicht per taakveld volgt de indeling van het Besluit begroting en verantwoording. De "
             "bedragen zijn in hele euro's. Een negatief saldo is nadelig. Loopt de tabel over een pagina, dan "
             "staat onderaan het subtotaal (transport) en bovenaan de volgende pagina hetzelfde bedrag (van "
             "transport).")
    tvrows = []
    for p in D.PROG:
        for r in p["rows"]:
            tvrows.append((r["code"], r["name"], r["L"][0], r["B"][0]))
    tvrows.append((D.OVERHEAD[0], D.OVERHEAD[1], D.OVERHEAD[2][0], D.OVERHEAD[3][0]))
    for a in D.ADM_ROWS:
        tvrows.append((a["code"], a["name"], a["L"][0], a["B"][0]))
    tvrows.append((D.VPB[0], D.VPB[1], D.VPB[2][0], D.VPB[3][0]))
    tvrows.append(("0.10", "Mutaties reserves", D.RES_TOEV[0], D.RES_ONTT[0]))
    order = lambda c: [int(x) for x in c.split(".")]
    tvrows.sort(key=lambda t: (order(t[0])[0], float("0." + t[0].split(".")[1]) if t[0] != "0.10" else 0.95))
    D.BIJLAGE_ROWS = tvrows
    cols = [(26, "right"), (244, "left"), (76, "right"), (76, "right"), (76, "right")]
    hdr = [Row(["Nr", "Taakveld", "Lasten", "Baten", "Saldo"])]
    rows = []
    for i, (c, nm, l, b) in enumerate(tvrows, 1):
        rows.append(Row([str(i), f"{c} {nm}", n(l), n(b), n(b - l)]))
    TL = sum(t[2] for t in tvrows)
    TB = sum(t[3] for t in tvrows)
    assert TB - TL == D.RESULTAAT[0]
    rows.append(Row(["", "Totaal (saldo = geraamd resultaat)", n(TL), n(TB), n(TB - TL)], bold=True, rule_above=True))

    def tsum(done, label):
        L = sum(int(r.cells[2].text.replace(".", "")) for r in done)
        B = sum(int(r.cells[3].text.replace(".", "")) for r in done)
        D.TRANSPORT = (len(done), L, B)
        return ["", label, n(L), n(B), n(B - L)]
    doc.table(cols, hdr, rows, TS, caption="Tabel B1 Baten en lasten per taakveld, begroting 2025",
              unit="Bedragen in " + E,
              transport=dict(out=lambda done: tsum(done, "Transport"), fill=(0.95, 0.97, 0.94),
                             **{"in": lambda done: tsum(done, "Van transport")}))
    return doc, chapters


def render(doc, out):
    import matplotlib
    matplotlib.use("pdf")
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["pdf.compression"] = 6
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle
    from layout import FONT_FILES
    fps = {k_: FontProperties(fname=v) for k_, v in FONT_FILES.items()}
    meta = {"Title": "Programmabegroting 2025 (fictief)", "Author": "Gemeente Dinkelland (fictief)",
            "Subject": "Fictieve programmabegroting 2025 voor een evaluatieset", "CreationDate": None}
    with PdfPages(out, metadata=meta) as pdf:
        for pg in doc.pages:
            W, H = (A4[1], A4[0]) if pg.landscape else A4
            fig = plt.figure(figsize=(W / 72, H / 72))
            for op in pg.ops:
                if op["t"] == "rect":
                    fig.add_artist(Rectangle((op["x"] / W, 1 - (op["y"] + op["h"]) / H), op["w"] / W, op["h"] / H,
                                             transform=fig.transFigure, facecolor=op["fill"] or "none",
                                             edgecolor=op["stroke"] or "none", linewidth=op["lw"]))
            for op in pg.ops:
                if op["t"] == "line":
                    fig.add_artist(Line2D([op["x0"] / W, op["x1"] / W], [1 - op["y0"] / H, 1 - op["y1"] / H],
                                          transform=fig.transFigure, linewidth=op["lw"], color=op["color"]))
                elif op["t"] == "text":
                    fig.text(op["x"] / W, 1 - op["y"] / H, op["s"], fontproperties=fps[op["f"]], fontsize=op["size"],
                             color=op["color"], va="baseline", ha="left")
            pdf.savefig(fig)
            plt.close(fig)


def main(out):
    doc, chapters = build()
    toc = [(t, p) for t, p in chapters]
    doc, chapters2 = build(toc_pages=toc)
    assert [c[1] for c in chapters2] == [c[1] for c in toc], "TOC moved the pages"
    # running header and footer from page 3 on
    N = len(doc.pages)
    for pg in doc.pages[2:]:
        pg.text(52, 40, "Gemeente Dinkelland", "lib-b", 7.5, GREEN)
        pg.text(A4[0] - 48, 40, "Programmabegroting 2025", "lib", 7.5, GREY, align="right")
        pg.line(52, 45, A4[0] - 48, 45, lw=0.4, color=GREEN)
        pg.text(A4[0] - 48, A4[1] - 30, f"{pg.number}", "lib", 8, GREY, align="right")
        pg.text(52, A4[1] - 30, "Fictief document - alle bedragen zijn verzonnen", "lib-i", 6.5, GREY)
    render(doc, out)
    return doc


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1728345600")
    main(sys.argv[1] if len(sys.argv) > 1 else "dinkelland-programmabegroting-2025.pdf")
