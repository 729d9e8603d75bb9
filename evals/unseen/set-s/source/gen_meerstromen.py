"""Generate 'Jaarstukken 2025' of the fictional Afvalschap Meerstromen as a plain-text
export (as if copied from the PDF the body publishes). Figures are defined once;
totals, differences (voordeel/nadeel), reserve movements and the contribution
settlement per member municipality are computed and asserted.

usage: python gen_meerstromen.py <corpus_dir>
"""
import os
import sys
import textwrap

from nl import n, d

BODY = "Afvalschap Meerstromen"
FILE = "afvalschap-meerstromen-jaarstukken-2025.txt"

# members: name, inwoners 1-1-2025, huishoudens 1-1-2025, variabele bijdrage 2025 (tonnage),
# restafval kg per inwoner 2025, realisatie bijdrage 2024
MEMBERS = [
    ("Rodenvelde", 31390, 13860, 1288412, 114, 3158907),
    ("Baarnsloot", 18245, 8112, 791844, 126, 1872340),
    ("Oudemeer", 42807, 19530, 1796207, 121, 4451120),
    ("Velpendam", 12614, 5498, 540118, 109, 1268455),
    ("Strijenhout", 24938, 10846, 1004306, 118, 2463918),
]
TARIEF_PRIMITIEF = 231.40   # begrote bijdrage per huishouden, primitieve begroting 2025
TARIEF_GEWIJZIGD = 238.60   # na eerste begrotingswijziging 2025
VAST_PER_HH = 142.50        # vaste bijdrage per huishouden, realisatie

# exploitatie (whole euros): label, primitief, na wijziging, realisatie 2025, realisatie 2024
BATEN = [
    ("Opbrengst oud papier en karton", 1150000, 980000, 1046318, 1212744),
    ("Vergoedingen Verpact (PMD)", 1620000, 1620000, 1712955, 1588201),
    ("Opbrengst glas en textiel", 310000, 310000, 287441, 302887),
    ("Tarieven milieustraten", 845000, 845000, 918226, 812530),
    ("Inzameling bedrijfsafval", 690000, 720000, 744180, 702614),
    ("Overige baten", 85000, 85000, 131902, 96338),
]
LASTEN = [
    ("Personeelslasten", 6912000, 7104000, 7286415, 6701284),
    ("Inhuur personeel derden", 420000, 520000, 688930, 512007),
    ("Kapitaallasten voertuigen en containers", 1480000, 1480000, 1402766, 1391455),
    ("Brandstof en onderhoud wagenpark", 1265000, 1265000, 1198347, 1287116),
    ("Verwerking restafval incl. afvalstoffenbelasting", 4410000, 4410000, 3912508, 4388902),
    ("Verwerking GFT", 1180000, 1240000, 1311624, 1142675),
    ("Verwerking grof afval milieustraten", 960000, 960000, 1024889, 941302),
    ("Huisvesting", 540000, 540000, 517206, 528911),
    ("Bedrijfsvoering (ICT, verzekeringen, advies)", 735000, 790000, 812544, 702119),
    ("Overige lasten", 160000, 160000, 144712, 171840),
]
# reserves: begin 1-1-2025; toevoeging/onttrekking are filled in below
TOEV_VOERTUIGEN = 250000
ONTT_VOERTUIGEN_REAL = 318400          # aanschaf twee elektrische zijladers (afschrijving ineens niet toegestaan: dekking kapitaallasten)
RES_BEGIN = {"Algemene reserve": 784000, "Bestemmingsreserve vervanging voertuigen": 1362500,
             "Egalisatiereserve verwerkingstarieven": 1127850}
RESULT_2024 = None  # computed

# tonnages: stroom, realisatie 2024, begroting 2025, realisatie 2025 (restafval 2025 computed from kg/inw)
TONNAGES = [
    ("Restafval (huishoudelijk)", 15840, 15200, None),
    ("Grof restafval milieustraten", 2538, 2450, 2410),
    ("GFT en etensresten", 17402, 17900, 18236),
    ("Oud papier en karton", 8114, 8000, 7688),
    ("PMD", 5206, 5400, 5519),
    ("Glas", 3402, 3450, 3377),
    ("Textiel", 612, 650, 598),
    ("Overige gescheiden stromen milieustraten", 7520, 7600, 7733),
]


def compute():
    C = {}
    m = []
    for name, inw, hh, var, kg, r24 in MEMBERS:
        prim = round(hh * TARIEF_PRIMITIEF)
        gew = round(hh * TARIEF_GEWIJZIGD)
        vast = round(hh * VAST_PER_HH)
        real = vast + var
        diff = gew - real              # > 0: voordeel for the member
        m.append(dict(name=name, inw=inw, hh=hh, prim=prim, gew=gew, vast=vast, var=var, real=real,
                      diff=diff, vn="V" if diff > 0 else "N", kg=kg, r24=r24, rest_t=round(inw * kg / 1000)))
    C["m"] = m
    C["inw"] = sum(x["inw"] for x in m)
    C["hh"] = sum(x["hh"] for x in m)
    for k in ("prim", "gew", "vast", "var", "real", "r24", "rest_t"):
        C[k] = sum(x[k] for x in m)
    C["diff"] = C["gew"] - C["real"]
    assert sum(x["diff"] for x in m) == C["diff"]
    # exploitatie columns: 0 primitief, 1 na wijziging, 2 realisatie 2025, 3 realisatie 2024
    bijdr = ("Bijdragen deelnemende gemeenten", C["prim"], C["gew"], C["real"], C["r24"])
    baten = [bijdr] + BATEN
    C["baten"] = baten
    C["lasten"] = LASTEN
    C["tb"] = [sum(r[k] for r in baten) for k in range(1, 5)]
    C["tl"] = [sum(r[k] for r in LASTEN) for k in range(1, 5)]
    C["saldo"] = [C["tb"][k] - C["tl"][k] for k in range(4)]
    # reserves: budgets balance to 0 via egalisatiereserve; realisation uses budgeted onttrekking
    toev_v = [TOEV_VOERTUIGEN, TOEV_VOERTUIGEN, TOEV_VOERTUIGEN, 240000]
    ontt_v = [0, 0, ONTT_VOERTUIGEN_REAL, 0]
    ontt_e = [0, 0, 0, 0]
    for k in (0, 1):
        ontt_e[k] = -(C["saldo"][k] - toev_v[k] + ontt_v[k])
    ontt_e[2] = ontt_e[1]
    ontt_e[3] = 185000
    C["toev_v"], C["ontt_v"], C["ontt_e"] = toev_v, ontt_v, ontt_e
    C["res"] = [C["saldo"][k] - toev_v[k] + ontt_v[k] + ontt_e[k] for k in range(4)]
    assert C["res"][0] == 0 and C["res"][1] == 0, C["res"]
    assert C["res"][2] > 0
    # reserves table 2025 (realisatie): begin + toevoeging - onttrekking = eind
    R = []
    for name, begin in RES_BEGIN.items():
        if name == "Algemene reserve":
            t, o = 0, 0
        elif name.startswith("Bestemmingsreserve"):
            t, o = toev_v[2], ontt_v[2]
        else:
            t, o = 0, ontt_e[2]
        R.append((name, begin, t, o, begin + t - o))
    C["R"] = R
    for name, b, t, o, e in R:
        assert b + t - o == e and e >= 0
    # resultaatbestemming: 25% naar algemene reserve (tot plafond), rest terug naar deelnemers naar rato huishoudens
    res = C["res"][2]
    C["naar_ar"] = 100000
    C["terug"] = res - C["naar_ar"]
    terug = []
    for x in m:
        terug.append(round(C["terug"] * x["hh"] / C["hh"]))
    # fix rounding on the largest member
    terug[2] += C["terug"] - sum(terug)
    for x, t in zip(m, terug):
        x["terug"] = t
        x["aandeel"] = round(100 * x["hh"] / C["hh"], 2)
    assert sum(x["terug"] for x in m) == C["terug"]
    # tonnages
    ton = []
    for s, a, b, c in TONNAGES:
        ton.append((s, a, b, C["rest_t"] if c is None else c))
    C["ton"] = ton
    C["ton_tot"] = [sum(t[k] for t in ton) for k in (1, 2, 3)]
    rest = [ton[0][k] + ton[1][k] for k in (1, 2, 3)]
    C["scheiding"] = [round(100 * (1 - rest[i] / C["ton_tot"][i]), 1) for i in range(3)]
    C["kg_gem"] = round(1000 * C["rest_t"] / C["inw"])
    return C


W = 96


def wrap(text):
    return textwrap.wrap(text, W, break_long_words=False, break_on_hyphens=False)


def row(label, cells, lw=50, cw=14):
    return (label.ljust(lw) + "".join(str(c).rjust(cw) for c in cells)).rstrip()


def vn(real, budget, is_baten):
    diff = real - budget
    if diff == 0:
        return "0", ""
    good = diff > 0 if is_baten else diff < 0
    return n(abs(diff)), "V" if good else "N"


def build(C):
    L = []
    page = [1]

    def out(*lines):
        L.extend(lines)

    def para(text):
        L.extend(wrap(text))
        L.append("")

    def newpage():
        L.append("")
        L.append("Jaarstukken 2025 Afvalschap Meerstromen".ljust(W - 12) + f"pagina {page[0]}".rjust(12))
        L.append("")
        page[0] += 1

    m = C["m"]
    out("AFVALSCHAP MEERSTROMEN", "", "Jaarstukken 2025", "", "Jaarverslag en jaarrekening 2025",
        "Vastgesteld door het algemeen bestuur op 2 juli 2026", "", "Gemeenschappelijke regeling van de gemeenten",
        "Baarnsloot, Oudemeer, Rodenvelde, Strijenhout en Velpendam", "", "Afvalschap Meerstromen | Industrieweg 41 | 6831 KP Oudemeer", "")
    newpage()
    out("INHOUD", "",
        "    Kerncijfers 2025 ............................................. 2",
        "1. Voorwoord .................................................... 2",
        "2. Organisatie en bestuur ........................................ 3",
        "3. Programmaverantwoording ....................................... 4",
        "   3.1 Inzameling ................................................ 4",
        "   3.2 Verwerking en milieustraten ............................... 5",
        "   3.3 Bedrijfsvoering ........................................... 5",
        "4. Paragrafen .................................................... 6",
        "5. Jaarrekening: overzicht van baten en lasten ................... 7",
        "6. Toelichting op de verschillen ................................. 8",
        "7. Reserves en resultaatbestemming ............................... 9",
        "8. Bijdragen deelnemende gemeenten ............................... 10",
        "9. Balans en controleverklaring .................................. 11", "")
    newpage()

    # 1 voorwoord
    res = C["res"][2]
    out("KERNCIJFERS 2025", "")
    out("Kerncijfer\tRealisatie 2025\tRealisatie 2024")
    out(f"Ingezameld afval (ton)\t{n(C['ton_tot'][2])}\t{n(C['ton_tot'][0])}")
    out(f"Restafval per inwoner (kg)\t{C['kg_gem']}\t{round(1000 * TONNAGES[0][1] / 129210)}")
    out(f"Scheidingspercentage\t{d(C['scheiding'][2])}%\t{d(C['scheiding'][0])}%")
    out(f"Totale lasten (€)\t{n(C['tl'][2])}\t{n(C['tl'][3])}")
    out(f"Lasten per huishouden (€)\t{d(C['tl'][2] / C['hh'], 2)}\t{d(C['tl'][3] / 57310, 2)}")
    out(f"Resultaat na bestemming (€)\t{n(C['res'][2])}\t{n(C['res'][3])}")
    out("Bezoekers milieustraten\t151.300\t143.820", "")
    out("1. VOORWOORD", "")
    para("Met genoegen bieden wij u de jaarstukken 2025 van Afvalschap Meerstromen aan. 2025 was het eerste "
         "volledige jaar waarin in alle vijf deelnemende gemeenten het systeem van omgekeerd inzamelen is ingevoerd: "
         "PMD, papier en GFT worden aan huis opgehaald, restafval brengen inwoners naar een ondergrondse container in de wijk. "
         f"Dat heeft effect gehad. De hoeveelheid huishoudelijk restafval daalde van {n(TONNAGES[0][1])} ton in 2024 naar "
         f"{n(C['rest_t'])} ton in 2025. Gemiddeld leverde een inwoner van ons werkgebied {C['kg_gem']} kilo restafval aan. "
         f"Het scheidingspercentage steeg naar {d(C['scheiding'][2])}% (2024: {d(C['scheiding'][0])}%).")
    para(f"In totaal zamelden wij in 2025 {n(C['ton_tot'][2])} ton afval in bij ruim {n(C['hh'] - C['hh'] % 1000)} huishoudens. "
         "De landelijke doelstelling van 100 kilo restafval per inwoner in 2025 hebben we nog niet gehaald; alleen "
         "Velpendam komt met 109 kilo in de buurt.")
    para(f"Financieel sluit 2025 met een positief resultaat van € {n(res)} na bestemming. Dat is vooral te danken aan "
         "lagere verwerkingskosten voor restafval door de lagere tonnages. Daartegenover stonden hogere kosten voor "
         "inhuur van chauffeurs en beladers vanwege het hoge ziekteverzuim (7,8%) en de krappe arbeidsmarkt. "
         f"Wij stellen voor € {n(C['naar_ar'])} toe te voegen aan de algemene reserve en € {n(C['terug'])} terug te "
         "betalen aan de deelnemende gemeenten.")
    para("Wij danken onze medewerkers, de deelnemende gemeenten en alle inwoners die hun afval zo goed scheiden.")
    out("Namens het dagelijks bestuur,", "ing. P.W. (Pieter) Hoogendoorn, directeur", "drs. L. (Lieke) Wagenvoort, voorzitter", "")
    newpage()

    # 2 organisatie
    out("2. ORGANISATIE EN BESTUUR", "")
    para("Afvalschap Meerstromen is een openbaar lichaam op grond van de Wet gemeenschappelijke regelingen. Het "
         "afvalschap zamelt het huishoudelijk afval in van de vijf deelnemende gemeenten, beheert drie milieustraten "
         "(Oudemeer, Rodenvelde en Strijenhout) en zorgt voor de afzet en verwerking van de ingezamelde stromen. "
         "Iedere gemeente heeft één lid in het dagelijks bestuur en twee leden in het algemeen bestuur.")
    out("Tabel 2.1 Deelnemende gemeenten per 1 januari 2025", "")
    out(row("Gemeente", ["Inwoners", "Huishoudens", "Aandeel hh"], 30, 16))
    out("-" * 78)
    for x in m:
        out(row(x["name"], [n(x["inw"]), n(x["hh"]), d(x["aandeel"], 2) + "%"], 30, 16))
    out("-" * 78)
    out(row("Totaal", [n(C["inw"]), n(C["hh"]), "100,00%"], 30, 16), "")
    para("Het aandeel in huishoudens is de verdeelsleutel voor de vaste bijdrage en voor de verdeling van het "
         "resultaat. De variabele bijdrage wordt per gemeente berekend op basis van de werkelijk aangeboden tonnages "
         "restafval en GFT.")
    out("Personeel", "")
    out("Formatie (fte)\t\t96,4", "Bezetting 31-12-2025 (fte)\t98,1", "Ziekteverzuim\t\t7,8%  (norm 6,0%)",
        "Aantal medewerkers\t112", "")
    newpage()

    # 3 programmaverantwoording
    out("3. PROGRAMMAVERANTWOORDING", "", "3.1 Inzameling", "")
    out("Wat wilden we bereiken?")
    para("Een betrouwbare inzameling tegen zo laag mogelijke kosten, met minder restafval en meer hergebruik. Doel "
         "voor 2025 was maximaal 115 kilo restafval per inwoner en een scheidingspercentage van 71%.")
    out("Wat hebben we daarvoor gedaan?")
    para("In Baarnsloot en Velpendam zijn in het voorjaar van 2025 de laatste 64 ondergrondse restafvalcontainers "
         "geplaatst. Alle laagbouwwoningen kregen een extra minicontainer voor PMD. Bij 38 hoogbouwcomplexen is een "
         "proef gestart met inpandige GFT-inzameling. De inzamelroutes zijn opnieuw ingedeeld, waardoor we met twee "
         "wagens minder toe konden. Het aantal klachten over niet-geleegde containers daalde van 1.214 naar 862.")
    out("Tabel 3.1 Ingezamelde hoeveelheden (ton)", "")
    out("Stroom\tRealisatie 2024\tBegroting 2025\tRealisatie 2025")
    for s, a, b, c in C["ton"]:
        out(f"{s}\t{n(a)}\t{n(b)}\t{n(c)}")
    out(f"Totaal\t{n(C['ton_tot'][0])}\t{n(C['ton_tot'][1])}\t{n(C['ton_tot'][2])}")
    out(f"Scheidingspercentage\t{d(C['scheiding'][0])}%\t{d(C['scheiding'][1])}%\t{d(C['scheiding'][2])}%", "")
    out("Tabel 3.2 Restafval per gemeente 2025", "")
    out(row("Gemeente", ["Inwoners", "Restafval (ton)", "kg per inwoner"], 30, 17))
    out("-" * 81)
    for x in m:
        out(row(x["name"], [n(x["inw"]), n(x["rest_t"]), str(x["kg"])], 30, 17))
    out("-" * 81)
    out(row("Werkgebied", [n(C["inw"]), n(C["rest_t"]), str(C["kg_gem"])], 30, 17), "")
    newpage()
    out("3.2 Verwerking en milieustraten", "", "Wat wilden we bereiken?")
    para("Verwerking van alle stromen tegen marktconforme tarieven, met zo veel mogelijk hoogwaardige recycling. "
         "De milieustraten zijn klantvriendelijk en veilig.")
    out("Wat hebben we daarvoor gedaan?")
    para("Het restafval wordt verbrand bij de afvalenergiecentrale in Duiven-West onder het contract dat liep tot en met "
         "2025. Het verwerkingstarief bedroeg € 128,40 per ton, exclusief afvalstoffenbelasting van € 39,17 per ton. "
         "Voor GFT steeg het tarief van € 58,10 naar € 66,75 per ton door de nieuwe aanbesteding. De "
         "milieustraten ontvingen 151.300 bezoekers (2024: 143.820). Op de milieustraat Rodenvelde is een "
         "kringloophoek geopend, waar in 2025 ruim 46 ton spullen een tweede leven kreeg.")
    para("Per 1 januari 2026 gaat een nieuw verwerkingscontract voor restafval in met een looptijd van acht jaar. "
         "Het tarief stijgt daarin naar € 141,90 per ton. Dit verklaart een deel van de hogere bijdragen vanaf 2026.")
    out("3.3 Bedrijfsvoering", "")
    para("Het ziekteverzuim was met 7,8% hoger dan de norm van 6,0%. Vooral langdurig verzuim bij beladers en "
         "chauffeurs speelde een rol. Om de inzameling door te laten gaan is extra personeel ingehuurd. Er is een "
         "verzuimcoach aangesteld en in 2026 worden tilhulpmiddelen op alle zijladers geplaatst. In 2025 zijn twee "
         "elektrische zijladers in gebruik genomen; het wagenpark telt nu 31 voertuigen, waarvan 6 elektrisch.")
    newpage()

    # 4 paragrafen
    out("4. PARAGRAFEN", "", "4.1 Weerstandsvermogen en risicobeheersing", "")
    ar_begin = RES_BEGIN["Algemene reserve"]
    ar_eind = ar_begin + C["naar_ar"]
    para("Volgens de financiële verordening mag de algemene reserve maximaal 5% van de begrote lasten bedragen. Met "
         f"de voorgestelde toevoeging van € {n(C['naar_ar'])} komt de algemene reserve op € {n(ar_eind)}. Dat is "
         f"{d(100 * ar_eind / C['tl'][1])}% van de begrote lasten 2025 na wijziging.")
    out("Tabel 4.1 Risico's", "")
    risks = [("Prijsrisico afzet oud papier", 250000, 50), ("Stijging afvalstoffenbelasting", 300000, 40),
             ("Langdurig verzuim en inhuur", 200000, 60), ("Brand op milieustraat of in voertuig", 400000, 10)]
    out(row("Risico", ["Bedrag", "Kans", "Gewogen"], 44, 12))
    for r_, b, k in risks:
        out(row(r_, [n(b), f"{k}%", n(b * k // 100)], 44, 12))
    tot_r = sum(b * k // 100 for _, b, k in risks)
    out(row("Totaal benodigde weerstandscapaciteit", ["", "", n(tot_r)], 44, 12), "")
    ratio = round(ar_eind / tot_r, 2)
    C["ratio"] = ratio
    C["risk_tot"] = tot_r
    para(f"De ratio weerstandsvermogen (algemene reserve na resultaatbestemming gedeeld door de benodigde capaciteit) "
         f"bedraagt {d(ratio, 2)}.")
    out("4.2 Financiering en kengetallen", "")
    out(row("Kengetal", ["Rekening 2024", "Begroting 2025", "Rekening 2025"], 40, 16))
    for k, vals in [("Netto schuldquote", ["38,2%", "41,0%", "36,9%"]), ("Solvabiliteitsratio", ["21,4%", "19,8%", "23,1%"]),
                    ("Structurele exploitatieruimte", ["-0,6%", "0,0%", "1,1%"])]:
        out(row(k, vals, 40, 16))
    out("")
    para("De netto schuldquote daalde doordat de vervanging van vier inzamelvoertuigen naar 2026 is doorgeschoven. "
         "De langlopende leningen bedroegen eind 2025 € 5.940.000 (eind 2024: € 6.480.000).")
    newpage()

    # 5 overzicht baten en lasten
    out("5. JAARREKENING: OVERZICHT VAN BATEN EN LASTEN 2025", "", "Bedragen in euro's", "")
    hdr1 = row("", ["Begroting", "Begroting", "Realisatie", "Verschil", "", "Realisatie"], 50, 14)
    hdr2 = row("Omschrijving", ["2025", "2025 na", "2025", "t.o.v. begr.", "V/N", "2024"], 50, 14)
    hdr3 = row("", ["primitief", "wijziging", "", "na wijz.", "", ""], 50, 14)
    out(hdr1, hdr2, hdr3, "-" * 134)
    out("BATEN")
    for r in C["baten"]:
        v, f = vn(r[3], r[2], True)
        out(row(r[0], [n(r[1]), n(r[2]), n(r[3]), v, f, n(r[4])], 50, 14))
    v, f = vn(C["tb"][2], C["tb"][1], True)
    out(row("Totaal baten", [n(C["tb"][0]), n(C["tb"][1]), n(C["tb"][2]), v, f, n(C["tb"][3])], 50, 14), "")
    out("LASTEN")
    for r in LASTEN:
        v, f = vn(r[3], r[2], False)
        out(row(r[0], [n(r[1]), n(r[2]), n(r[3]), v, f, n(r[4])], 50, 14))
    v, f = vn(C["tl"][2], C["tl"][1], False)
    out(row("Totaal lasten", [n(C["tl"][0]), n(C["tl"][1]), n(C["tl"][2]), v, f, n(C["tl"][3])], 50, 14), "")
    v, f = vn(C["saldo"][2], C["saldo"][1], True)
    out(row("Saldo van baten en lasten", [n(C["saldo"][0]), n(C["saldo"][1]), n(C["saldo"][2]), v, f, n(C["saldo"][3])], 50, 14), "")
    out("MUTATIES RESERVES")
    rows_r = [("Toevoeging bestemmingsreserve voertuigen", C["toev_v"], False),
              ("Onttrekking bestemmingsreserve voertuigen", C["ontt_v"], True),
              ("Onttrekking egalisatiereserve verwerking", C["ontt_e"], True)]
    for lab, vals, isb in rows_r:
        v, f = vn(vals[2], vals[1], isb)
        out(row(lab, [n(vals[0], True), n(vals[1], True), n(vals[2], True), v, f, n(vals[3], True)], 50, 14))
    v, f = vn(C["res"][2], C["res"][1], True)
    out("-" * 134)
    out(row("Resultaat na bestemming", [n(C["res"][0]), n(C["res"][1]), n(C["res"][2]), v, f, n(C["res"][3])], 50, 14), "")
    para("V = voordeel, N = nadeel ten opzichte van de begroting na wijziging. De eerste begrotingswijziging 2025 is op "
         "3 juli 2025 door het algemeen bestuur vastgesteld; daarin zijn de bijdragen per huishouden verhoogd van "
         f"€ {d(TARIEF_PRIMITIEF, 2)} naar € {d(TARIEF_GEWIJZIGD, 2)}.")
    newpage()

    # 6 toelichting
    out("6. TOELICHTING OP DE VERSCHILLEN", "")
    para("Hieronder worden de verschillen tussen de realisatie en de begroting na wijziging toegelicht die groter "
         "zijn dan € 50.000.")
    B = {r[0]: r for r in C["baten"]}
    LL = {r[0]: r for r in LASTEN}

    def dif(r):
        return r[3] - r[2]
    bij = B["Bijdragen deelnemende gemeenten"]
    para(f"Bijdragen deelnemende gemeenten (€ {n(-dif(bij))} nadeel). De variabele bijdrage wordt afgerekend op de "
         "werkelijke tonnages. Omdat er minder restafval is aangeboden, is de afrekening voor drie van de vijf "
         "gemeenten lager uitgevallen dan begroot. Dit nadeel voor het afvalschap is een voordeel voor de gemeenten "
         "en staat tegenover de lagere verwerkingskosten.")
    r = B["Opbrengst oud papier en karton"]
    para(f"Opbrengst oud papier en karton (€ {n(dif(r))} voordeel). De marktprijs herstelde in de tweede helft van het jaar "
         "tot gemiddeld € 104 per ton; bij de begrotingswijziging was rekening gehouden met € 85 per ton.")
    r = B["Vergoedingen Verpact (PMD)"]
    para(f"Vergoedingen Verpact (€ {n(dif(r))} voordeel). Door de hogere hoeveelheid ingezameld PMD en een hogere "
         "vergoeding per ton voor drankkartons is de vergoeding hoger dan begroot.")
    r = B["Tarieven milieustraten"]
    para(f"Tarieven milieustraten (€ {n(dif(r))} voordeel). Het aantal bezoekers steeg met ruim 5%, vooral door "
         "de aanvoer van bouw- en sloopafval door particulieren.")
    r = LL["Personeelslasten"]
    r2 = LL["Inhuur personeel derden"]
    para(f"Personeelslasten (€ {n(dif(r))} nadeel) en inhuur personeel derden (€ {n(dif(r2))} nadeel). De cao-stijging "
         "per 1 juli 2025 was hoger dan geraamd. Door het hoge ziekteverzuim moesten extra chauffeurs en beladers via "
         "uitzendbureaus worden ingehuurd.")
    r = LL["Kapitaallasten voertuigen en containers"]
    para(f"Kapitaallasten (€ {n(-dif(r))} voordeel). De vervanging van vier inzamelvoertuigen is uitgesteld tot 2026 "
         "vanwege levertijden.")
    r = LL["Brandstof en onderhoud wagenpark"]
    para(f"Brandstof en onderhoud wagenpark (€ {n(-dif(r))} voordeel). Lagere dieselprijzen en de inzet van twee "
         "elektrische voertuigen.")
    r = LL["Verwerking restafval incl. afvalstoffenbelasting"]
    para(f"Verwerking restafval (€ {n(-dif(r))} voordeel). De begroting ging uit van de tonnages van 2024; door het "
         "omgekeerd inzamelen werd fors minder restafval aangeboden. Daarnaast is een creditnota van de "
         "afvalenergiecentrale over 2024 ontvangen.")
    r = LL["Verwerking GFT"]
    para(f"Verwerking GFT (€ {n(dif(r))} nadeel). Meer GFT ingezameld dan verwacht ({n(C['ton'][2][3])} ton tegen "
         f"{n(C['ton'][2][2])} ton begroot) tegen het hogere tarief uit de nieuwe aanbesteding.")
    r = LL["Verwerking grof afval milieustraten"]
    para(f"Verwerking grof afval milieustraten (€ {n(dif(r))} nadeel). Hangt samen met het hogere aantal bezoekers "
         "van de milieustraten.")
    r_o = C["ontt_v"]
    para(f"Onttrekking bestemmingsreserve voertuigen (€ {n(r_o[2])} voordeel). Deze onttrekking was niet begroot. "
         "Het algemeen bestuur heeft besloten de meerkosten van de twee elektrische zijladers ten opzichte van een "
         "dieselvoertuig te dekken uit de bestemmingsreserve.")
    newpage()

    # 7 reserves en resultaatbestemming
    out("7. RESERVES EN RESULTAATBESTEMMING", "", "Tabel 7.1 Verloop reserves 2025 (bedragen in euro's)", "")
    out(row("Reserve", ["Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025"], 42, 17))
    out("-" * 110)
    for name, b, t, o, e in C["R"]:
        out(row(name, [n(b), n(t, True), n(o, True), n(e)], 42, 17))
    out("-" * 110)
    tot = [sum(x[k] for x in C["R"]) for k in (1, 2, 3, 4)]
    out(row("Totaal", [n(v) for v in tot], 42, 17), "")
    para("De stand van de algemene reserve per 31 december 2025 is exclusief de voorgestelde toevoeging uit het "
         "resultaat 2025. De egalisatiereserve verwerkingstarieven wordt in 2026 ingezet om de tariefstijging van het "
         "nieuwe verwerkingscontract voor restafval geleidelijk door te berekenen.")
    out("Voorstel resultaatbestemming", "")
    para(f"Het resultaat na bestemming over 2025 bedraagt € {n(res)} voordelig. Het dagelijks bestuur stelt het "
         f"algemeen bestuur voor om € {n(C['naar_ar'])} toe te voegen aan de algemene reserve en het restant van "
         f"€ {n(C['terug'])} naar rato van het aantal huishoudens terug te betalen aan de deelnemende gemeenten "
         "(zie tabel 8.2). De deelnemende gemeenten kunnen tot 15 juni 2026 een zienswijze indienen.")
    newpage()

    # 8 bijdragen
    out("8. BIJDRAGEN DEELNEMENDE GEMEENTEN", "")
    para("De bijdrage bestaat uit een vaste bijdrage per huishouden (€ 142,50 in 2025) voor inzameling, "
         "milieustraten en bedrijfsvoering, en een variabele bijdrage voor de verwerking van restafval en GFT op "
         "basis van de werkelijk aangeboden hoeveelheden. Gemeenten betalen in 2025 maandelijks een voorschot op "
         "basis van de begroting na wijziging; na vaststelling van de jaarrekening volgt de afrekening.")
    out("Tabel 8.1 Bijdragen per gemeente 2025 (bedragen in euro's)", "")
    out(row("", ["Begroting", "Begroting", "Vaste", "Variabele", "Realisatie", "Verschil", "", "Realisatie"], 14, 15))
    out(row("Gemeente", ["2025 prim.", "2025 na wijz.", "bijdrage", "bijdrage", "2025", "", "V/N", "2024"], 14, 15))
    out("-" * 134)
    for x in m:
        out(row(x["name"], [n(x["prim"]), n(x["gew"]), n(x["vast"]), n(x["var"]), n(x["real"]), n(abs(x["diff"])),
                            x["vn"], n(x["r24"])], 14, 15))
    out("-" * 134)
    out(row("Totaal", [n(C["prim"]), n(C["gew"]), n(C["vast"]), n(C["var"]), n(C["real"]), n(abs(C["diff"])),
                       "V" if C["diff"] > 0 else "N", n(C["r24"])], 14, 15), "")
    para("V = de gemeente heeft minder betaald dan begroot (voordeel voor de gemeente), N = de gemeente betaalt bij "
         "(nadeel voor de gemeente). Het saldo wordt verrekend met het voorschot over het tweede halfjaar 2026.")
    out("Tabel 8.2 Verdeling terugbetaling resultaat 2025", "")
    out(row("Gemeente", ["Huishoudens", "Aandeel", "Terugbetaling (€)"], 20, 18))
    out("-" * 74)
    for x in m:
        out(row(x["name"], [n(x["hh"]), d(x["aandeel"], 2) + "%", n(x["terug"])], 20, 18))
    out("-" * 74)
    out(row("Totaal", [n(C["hh"]), "100,00%", n(C["terug"])], 20, 18), "")
    newpage()

    # 9 balans
    out("9. BALANS EN CONTROLEVERKLARING", "", "Balans per 31 december 2025 (bedragen x € 1.000)", "")
    eigen = round((sum(x[4] for x in C["R"]) + res) / 1000)
    eigen24 = round((sum(x[1] for x in C["R"]) + C["res"][3]) / 1000)
    act = [("Materiële vaste activa", 8912, 9318), ("Vorderingen op openbare lichamen", 1406, 1122),
           ("Overige vorderingen", 612, 701), ("Liquide middelen", 188, 142), ("Overlopende activa", 321, 295)]
    vaste_schuld = (5940, 6480)
    voorz = (742, 688)
    tot_act = (sum(a[1] for a in act), sum(a[2] for a in act))
    vlottend = (tot_act[0] - eigen - vaste_schuld[0] - voorz[0], tot_act[1] - eigen24 - vaste_schuld[1] - voorz[1])
    assert vlottend[0] > 0 and vlottend[1] > 0
    out(row("ACTIVA", ["31-12-2025", "31-12-2024"], 44, 14))
    for a in act:
        out(row(a[0], [n(a[1]), n(a[2])], 44, 14))
    out(row("Totaal activa", [n(tot_act[0]), n(tot_act[1])], 44, 14), "")
    out(row("PASSIVA", ["31-12-2025", "31-12-2024"], 44, 14))
    pas = [("Eigen vermogen (incl. resultaat)", eigen, eigen24), ("Voorzieningen", voorz[0], voorz[1]),
           ("Vaste schulden (langlopende leningen)", vaste_schuld[0], vaste_schuld[1]),
           ("Vlottende passiva", vlottend[0], vlottend[1])]
    for p in pas:
        out(row(p[0], [n(p[1]), n(p[2])], 44, 14))
    tot_pas = (sum(p[1] for p in pas), sum(p[2] for p in pas))
    assert tot_pas == tot_act
    out(row("Totaal passiva", [n(tot_pas[0]), n(tot_pas[1])], 44, 14), "")
    para("De voorziening groot onderhoud milieustraten is gebaseerd op het beheerplan 2024-2033. Er zijn geen "
         "gebeurtenissen na balansdatum die van invloed zijn op het beeld van de jaarrekening.")
    out("Controleverklaring", "")
    para("De accountant heeft op 16 juni 2026 een goedkeurende controleverklaring afgegeven voor zowel de "
         "getrouwheid als de rechtmatigheid. De rapporteringstolerantie bedroeg "
         f"€ {n(round(C['tl'][2] / 100, -3))} (1% van de lasten).")
    newpage()
    C["eigen"] = eigen
    C["tot_act"] = tot_act
    return "\n".join(L) + "\n"


def main(out_dir):
    C = compute()
    text = build(C)
    p = os.path.join(out_dir, FILE)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    print("written", p, len(text.splitlines()), "lines")
    print("res", C["res"], "saldo", C["saldo"], "tb", C["tb"], "tl", C["tl"])
    print("real", C["real"], "gew", C["gew"], "prim", C["prim"], "diff", C["diff"], "terug", C["terug"])
    print("scheiding", C["scheiding"], "kg", C["kg_gem"], "rest_t", C["rest_t"], "ton", C["ton_tot"], "ratio", C["ratio"])
    for x in C["m"]:
        print(x)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpus"))
