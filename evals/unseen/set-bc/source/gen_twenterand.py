"""Write the FICTIONAL Gemeente Twenterand Jaarstukken 2024 as a JSON spec and render it with TCPDF
(render_tcpdf.php, Debian php-tcpdf).  Usage: python gen_twenterand.py OUT_DIR
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import data as d
from fmt import nl, dec, half_up

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
HERE = Path(__file__).resolve().parent

HDR3 = ["Begroting\n2024 primitief", "Begroting 2024\nna wijziging", "Realisatie\n2024", "Verschil\n€", "Verschil\n%",
        "V/N"]
W_PROG = [60, 22, 22, 22, 22, 15, 11]
A_PROG = ["L", "R", "R", "R", "R", "R", "C"]


def vrow(label, vals, lasten, style=""):
    a, n, p = d.t_verschil(lasten, vals[1], vals[2])
    return {"cells": [label, nl(vals[0]), nl(vals[1]), nl(vals[2]), nl(a) if a else "0",
                      dec(p, 1) if p is not None else "", n], "style": style}


def saldo_row(L, B):
    s = [sum(v[i] for v in B.values()) - sum(v[i] for v in L.values()) for i in range(3)]
    dd = s[2] - s[1]
    p = abs(dd) / abs(s[1]) * 100 if s[1] else None
    return {"cells": ["Saldo van baten en lasten", nl(s[0]), nl(s[1]), nl(s[2]), nl(abs(dd)),
                      dec(p, 1) if p is not None else "", "V" if dd > 0 else "N"], "style": "total"}


def program_table(caption, L, B):
    rows = [{"cells": ["Lasten"], "style": "group"}]
    rows += [vrow(k, v, True) for k, v in L.items()]
    tl = tuple(d.tot(L, i) for i in range(3))
    rows.append(vrow("Totaal lasten", tl, True, "sub"))
    rows.append({"cells": ["Baten"], "style": "group"})
    rows += [vrow(k, v, False) for k, v in B.items()]
    tb = tuple(d.tot(B, i) for i in range(3))
    rows.append(vrow("Totaal baten", tb, False, "sub"))
    rows.append(saldo_row(L, B))
    return {"t": "table", "caption": caption, "scale": "Bedragen in euro's",
            "widths": W_PROG, "align": A_PROG, "header": [["Omschrijving"] + HDR3], "rows": rows,
            "notes": ["Verschil = begroting na wijziging minus realisatie (lasten) of realisatie minus begroting na "
                      "wijziging (baten); V = voordelig, N = nadelig. Verschil % = verschil als percentage van de "
                      "begroting na wijziging."]}


def build():
    P = []  # pages (chapters)
    ov = d.t_overview()
    tot_ = d.t_program_totals()
    sd_L, sd_B = d.T_SD_LASTEN, d.T_SD_BATEN

    # ---------------------------------------------------------------- title
    P.append({"title": {"h1": "Jaarstukken 2024", "h2": "Gemeente Twenterand",
                        "lines": [["Jaarverslag en jaarrekening over het begrotingsjaar 2024", "B", 12],
                                  ["Vriezenveen · Vroomshoop · Westerhaar · Den Ham · Aadorp · Sibculo · Kloosterhaar",
                                   "", 10],
                                  ["FICTIEF DOCUMENT. Dit is geen echt document van de gemeente Twenterand. Alle "
                                   "bedragen, aantallen en namen in deze jaarstukken zijn verzonnen voor een "
                                   "evaluatieset; de opbouw volgt de gebruikelijke jaarstukken van een Nederlandse "
                                   "gemeente (BBV). Aan de cijfers kunnen geen rechten worden ontleend.", "B", 10],
                                  ["Aangeboden aan de gemeenteraad, mei 2025", "", 9]]}})

    # ---------------------------------------------------------------- 1 inleiding
    b = []
    b.append({"t": "h1", "text": "1 Inleiding"})
    b.append({"t": "p", "text": "Voor u liggen de jaarstukken 2024 van de gemeente Twenterand. Hierin leggen wij "
              "verantwoording af over de uitvoering van de programmabegroting 2024: wat wilden we bereiken, wat hebben "
              "we daarvoor gedaan en wat heeft het gekost. Het jaarverslag bevat de programmaverantwoording en de "
              "paragrafen; de jaarrekening bevat het overzicht van baten en lasten, de balans en de toelichtingen."})
    r = d.T_RESULTAAT[2]
    b.append({"t": "p", "text": f"De jaarrekening 2024 sluit met een voordelig resultaat na bestemming van "
              f"€ {nl(r)}. Het saldo van baten en lasten vóór mutaties in de reserves is € {nl(abs(ov[2]['saldo']))} "
              f"nadelig; per saldo is € {nl(ov[2]['ontt'] - ov[2]['toev'])} aan de reserves onttrokken. In de begroting "
              f"na wijziging was nog een nadelig resultaat van € {nl(abs(d.T_RESULTAAT[1]))} voorzien. Het verschil "
              f"wordt vooral verklaard door een hogere algemene uitkering uit het gemeentefonds (decembercirculaire "
              f"2024) en hogere leges en grondverkopen, terwijl jeugdzorg en Wmo duurder uitvielen dan begroot."})
    b.append({"t": "h2", "text": "1.1 Leeswijzer"})
    b.append({"t": "p", "text": "Alle bedragen zijn in euro's, tenzij anders vermeld. In de tabellen 'Wat heeft het "
              "gekost?' staan de lasten en de baten als twee blokken onder elkaar, beide positief; het saldo is baten "
              "min lasten (een negatief saldo betekent dat de lasten hoger zijn dan de baten). De kolom Verschil € geeft "
              "het verschil tussen de begroting na wijziging en de realisatie zonder teken; de kolom V/N geeft aan of "
              "het verschil voordelig (V) of nadelig (N) is en de kolom Verschil % zet het verschil af tegen de "
              "begroting na wijziging."})
    b.append({"t": "h2", "text": "1.2 Kerngegevens"})
    rows = [{"cells": [k, nl(v)]} for k, v in d.T_INWONERS.items()]
    rows.append({"cells": ["Totaal aantal inwoners", nl(d.t_inwoners_total())], "style": "total"})
    b.append({"t": "table", "caption": "Tabel 1.1 Inwoners per kern op 1 januari 2025", "scale": "Aantallen",
              "widths": [70, 30], "align": ["L", "R"], "header": [["Kern", "Inwoners"]], "rows": rows})
    b.append({"t": "h2", "text": "1.3 Netto lasten per programma door de jaren heen"})
    b.append({"t": "p", "text": "De tabel hieronder zet per programma de netto lasten (lasten min baten) van de "
              "laatste jaren naast elkaar. Elke rij is een jaar; de algemene dekkingsmiddelen zijn per saldo een bate "
              "en staan daarom negatief."})
    sh = d.t_saldo_hist()
    names = ["Bestuur en\nDienstverlening", "Sociaal\nDomein", "Fysiek\nDomein", "Algemene\ndekkingsmiddelen",
             "Overhead"]
    rows = [{"cells": [k] + [dec(x, 1) for x in v]} for k, v in sh.items()]
    b.append({"t": "table", "caption": "Tabel 1.2 Netto lasten per programma 2022-2024",
              "scale": "Bedragen x € 1.000", "widths": [44, 26, 26, 26, 28, 24],
              "align": ["L", "R", "R", "R", "R", "R"], "header": [["Jaar"] + names], "rows": rows})
    P.append({"blocks": b})

    # ---------------------------------------------------------------- 2 programma 1
    b = [{"t": "h1", "text": "2 Programma 1 Bestuur en Dienstverlening"}]
    b.append({"t": "p", "text": "Het programma Bestuur en Dienstverlening omvat de raad en het college, de "
              "dienstverlening aan inwoners en ondernemers in het gemeentehuis in Vriezenveen en het servicepunt in "
              "Vroomshoop, en openbare orde en veiligheid. In 2024 is de digitale balie uitgebreid: 71% van de "
              "aanvragen voor een reisdocument werd online ingepland."})
    b.append(program_table("Tabel 2.1 Wat heeft het gekost? Programma 1", d.T_P1_LASTEN, d.T_P1_BATEN))
    P.append({"blocks": b})

    # ---------------------------------------------------------------- 3 programma 2
    b = [{"t": "h1", "text": "3 Programma 2 Sociaal Domein"}]
    b.append({"t": "p", "text": "Het programma Sociaal Domein omvat de doelenbomen Sociale zaken, Maatschappelijke "
              "ondersteuning, Gezondheidszorg, Onderwijs en Jeugd. Het beoogd maatschappelijk effect blijft dat onze "
              "inwoners zo veel mogelijk zelf hun dagelijkse dingen kunnen doen en participeren, en dat de gemeente een "
              "vangnet is voor kwetsbare inwoners. In 2024 stond de uitvoering van de integrale beleidsnota Sociaal "
              "Domein en de beheersing van de kosten van jeugdzorg en Wmo centraal."})
    b.append({"t": "h2", "text": "3.1 Sociale zaken en participatie"})
    b.append({"t": "p", "text": "Doel: naar vermogen participerende inwoners en financieel zelfredzame inwoners. Het "
              f"aantal uitkeringsgerechtigden in de Participatiewet daalde van 472 eind 2023 naar 455 eind 2024. "
              f"Samen met Werkplein Twente en Soweco begeleidden we {d.T_PROSE['uitstroom_werk']} inwoners naar betaald "
              "werk, meer dan de streefwaarde van 80. Inwoners met een grote afstand tot de arbeidsmarkt kregen een "
              "plek in beschut werk of een activeringstraject in hun eigen kern. In 2024 zijn "
              f"{d.T_PROSE['statushouders']} statushouders gehuisvest; zij volgen hun inburgering via het "
              "Taalpunt in Vriezenveen en Vroomshoop."})
    b.append({"t": "h2", "text": "3.2 Maatschappelijke ondersteuning (Wmo)"})
    b.append({"t": "p", "text": "Doel: inwoners wonen langer zelfstandig thuis en voorzien in hun "
              "ondersteuningsbehoefte. Het aantal toegekende maatwerkvoorzieningen Wmo steeg naar 4.105 (2023: 3.912). "
              f"Vooral de huishoudelijke ondersteuning groeide: {nl(d.T_PROSE['wmo_hh_clienten'])} cliënten aan het "
              f"eind van het jaar. Door het abonnementstarief en de vergrijzing, met name in Den Ham en Westerhaar, "
              f"kostte de huishoudelijke ondersteuning € {nl(d.T_PROSE['wmo_hh'])} meer dan begroot. De woonservicegebieden "
              "en de mantelzorgondersteuning door Stichting Evenmens zijn voortgezet."})
    b.append({"t": "h2", "text": "3.3 Jeugd en jeugdzorg"})
    b.append({"t": "p", "text": "Doel: evenwichtig opgroeiende jeugd en waar nodig ondersteuning en zorg voor "
              "jeugdigen en ouders. Het aantal jeugdigen met jeugdhulp nam toe tot 1.246 (2023: 1.187). De kosten "
              "van specialistische jeugdhulp stegen door meer jeugdigen met verblijf: "
              f"{d.T_PROSE['jeugd_clienten_verblijf']} jeugdigen verbleven in een pleeggezin, gezinshuis of "
              f"residentiële voorziening, wat € {nl(d.T_PROSE['jeugd_verblijf'])} meer kostte dan begroot. Daarnaast "
              "zijn de tarieven in het Twents model per 1 januari 2024 geïndexeerd. Het jongerenwerk van Stichting "
              "ZorgSaam Twenterand en het CJG Loket bleven de vindplekken voor lichte opvoedvragen."})
    b.append({"t": "h2", "text": "3.4 Wat wilden we bereiken: indicatoren"})
    rows = []
    grp = None
    for g, label, a, b_, c, unit in d.T_INDICATORS:
        if g != grp:
            rows.append({"cells": [g], "style": "group"})
            grp = g
        f = (lambda x: dec(x, 1) + "%") if unit == "percent" else (lambda x: nl(x))
        rows.append({"cells": [label, f(a), f(b_), f(c)]})
    b.append({"t": "table", "caption": "Tabel 3.1 Indicatoren Sociaal Domein", "scale": "",
              "widths": [94, 26, 26, 28], "align": ["L", "R", "R", "R"],
              "header": [["Indicator", "Realisatie\n2023", "Realisatie\n2024", "Streefwaarde\n2024"]], "rows": rows})
    b.append({"t": "h2", "text": "3.5 Wat heeft het gekost?"})
    b.append(program_table("Tabel 3.2 Wat heeft het gekost? Programma 2 Sociaal Domein", sd_L, sd_B))
    b.append({"t": "h2", "text": "3.6 Analyse van de grote verschillen"})
    for key, lasten in (("Jeugd", True), ("Maatschappelijke ondersteuning", True), ("Sociale zaken", False),
                        ("Sociale zaken", True)):
        src = sd_L if lasten else sd_B
        a, n, p = d.t_verschil(lasten, src[key][1], src[key][2])
        head = f"{key}, {'lasten' if lasten else 'baten'}: € {nl(a)} {n}"
        b.append({"t": "h3", "text": head})
        if key == "Jeugd":
            txt = ("De lasten van jeugdzorg vielen hoger uit dan begroot door meer jeugdigen met verblijf "
                   f"(€ {nl(d.T_PROSE['jeugd_verblijf'])}) en de indexatie van de tarieven in het Twents model. "
                   "Het restant komt door langere trajecten ambulante jeugdhulp. Bij de bestemming van het resultaat "
                   "stellen wij voor € 750.000 toe te voegen aan de reserve sociaal domein om deze schommelingen op te "
                   "vangen.")
        elif key == "Maatschappelijke ondersteuning":
            txt = ("De overschrijding komt vooral door de huishoudelijke ondersteuning "
                   f"(€ {nl(d.T_PROSE['wmo_hh'])}): het abonnementstarief maakt de voorziening aantrekkelijk en het "
                   "aantal cliënten groeit met de vergrijzing. Ook de kosten van hulpmiddelen en woonvoorzieningen "
                   "lagen hoger.")
        elif lasten:
            txt = ("Er waren minder uitkeringsgerechtigden dan begroot, doordat meer inwoners uitstroomden naar "
                   "werk. De lasten van bijstandsuitkeringen vielen daardoor lager uit.")
        else:
            txt = ("De rijksbijdrage voor de bijstandsuitkeringen (BUIG) is bij de definitieve vaststelling hoger "
                   "uitgevallen dan in de begroting na wijziging was opgenomen; daarnaast is meer teruggevorderd van "
                   "onterecht verstrekte uitkeringen.")
        b.append({"t": "p", "text": txt})
    b.append({"t": "h2", "text": "3.7 Taakvelden"})
    tv = d.t_taakvelden()
    rows = [{"cells": [f"{c} {n}", nl(bl), nl(rl), nl(rb), nl(rb - rl)]} for c, n, bl, rl, rb in tv]
    tl_nw, tl_r, tb_r = sum(r[2] for r in tv), sum(r[3] for r in tv), sum(r[4] for r in tv)
    rows.append({"cells": ["Totaal programma 2", nl(tl_nw), nl(tl_r), nl(tb_r), nl(tb_r - tl_r)], "style": "total"})
    b.append({"t": "table", "caption": "Tabel 3.3 Lasten en baten per taakveld, programma 2 Sociaal Domein",
              "scale": "Bedragen in euro's", "widths": [70, 26, 26, 26, 26], "align": ["L", "R", "R", "R", "R"],
              "header": [["Taakveld", "Lasten begroot\nna wijziging", "Lasten\nrealisatie", "Baten\nrealisatie",
                          "Saldo\nrealisatie"]], "rows": rows})
    P.append({"blocks": b})

    # ---------------------------------------------------------------- 4 programma 3
    b = [{"t": "h1", "text": "4 Programma 3 Fysiek Domein"}]
    b.append({"t": "p", "text": "Het programma Fysiek Domein omvat verkeer en openbare ruimte, riolering en afval, "
              "ruimtelijke ordening en wonen, sport en cultuur en economie. In 2024 is de reconstructie van het "
              "Oosteinde in Vriezenveen afgerond en is gestart met de herinrichting van het centrum van Vroomshoop. "
              "De hogere baten bij ruimtelijke ordening en wonen komen door de verkoop van kavels in Westerhaar en "
              "hogere leges omgevingsvergunningen."})
    b.append(program_table("Tabel 4.1 Wat heeft het gekost? Programma 3", d.T_P3_LASTEN, d.T_P3_BATEN))
    P.append({"blocks": b})

    # ---------------------------------------------------------------- 5 algemene dekkingsmiddelen, overhead
    b = [{"t": "h1", "text": "5 Algemene dekkingsmiddelen, overhead en onvoorzien"}]
    b.append({"t": "p", "text": "De algemene dekkingsmiddelen zijn de inkomsten die niet aan een programma "
              "gebonden zijn. De algemene uitkering uit het gemeentefonds viel hoger uit door de decembercirculaire "
              "2024. De overhead omvat de kosten van de ondersteunende afdelingen (personeel en organisatie, "
              "financiën, ICT, huisvesting); deze kosten worden niet aan de programma's toegerekend."})
    adm = d.t_adm_baten()
    rows = [{"cells": ["Algemene dekkingsmiddelen, baten"], "style": "group"}]
    rows += [vrow(k, v, False) for k, v in adm.items()]
    rows.append(vrow("Totaal baten algemene dekkingsmiddelen", tuple(d.tot(adm, i) for i in range(3)), False, "sub"))
    rows.append({"cells": ["Algemene dekkingsmiddelen, lasten"], "style": "group"})
    rows += [vrow(k, v, True) for k, v in d.T_ADM_LASTEN.items()]
    rows.append({"cells": ["Overhead"], "style": "group"})
    rows.append(vrow("Lasten overhead", d.T_OVERHEAD["lasten"], True))
    rows.append(vrow("Baten overhead", d.T_OVERHEAD["baten"], False))
    rows.append({"cells": ["Onvoorzien"], "style": "group"})
    rows.append(vrow("Post onvoorzien", d.T_ONVOORZIEN, True))
    b.append({"t": "table", "caption": "Tabel 5.1 Algemene dekkingsmiddelen, overhead en onvoorzien",
              "scale": "Bedragen in euro's", "widths": W_PROG, "align": A_PROG,
              "header": [["Omschrijving"] + HDR3], "rows": rows})
    b.append({"t": "p", "text": "Van de post onvoorzien van € 100.000 is bij de voorjaarsnota € 75.000 ingezet voor "
              "de opvang van Oekraïense ontheemden; het restant van € 25.000 is niet gebruikt."})

    # ---------------------------------------------------------------- 6 paragrafen: weerstandsvermogen, kengetallen
    b.append({"t": "h1", "text": "6 Paragraaf weerstandsvermogen en financiële kengetallen"})
    b.append({"t": "p", "text": "De financiële kengetallen geven inzicht in de financiële positie van de gemeente. "
              "De solvabiliteitsratio is het eigen vermogen als percentage van het balanstotaal; de netto schuldquote "
              "geeft de netto schuld weer als aandeel van de totale baten. De stijging van de netto schuldquote komt "
              "door de financiering van het kindcentrum in Westerhaar en de sporthal in Den Ham."})
    kg = []
    for label, a, bb, c in d.T_KENGETAL:
        if label == "Netto schuldquote":
            c = d.T_NETTO_SCHULDQUOTE_2024
        elif label.startswith("Netto schuldquote gecorrigeerd"):
            c = d.T_NETTO_SCHULDQUOTE_GECORR_2024
        elif label == "Solvabiliteitsratio":
            c = d.t_solvabiliteit()
            a = half_up(d.t_eigen_vermogen()[1] / d.t_balans()[2][1] * 100, 1)
        kg.append({"cells": [label, dec(a, 1) + "%", dec(bb, 1) + "%", dec(c, 1) + "%"]})
    b.append({"t": "table", "caption": "Tabel 6.1 Financiële kengetallen", "scale": "",
              "widths": [96, 26, 26, 26], "align": ["L", "R", "R", "R"], "rot_header": True, "rot_h": 26,
              "header": [["Kengetal", "Realisatie 2023", "Begroting 2024", "Realisatie 2024"]], "rows": kg})
    P.append({"blocks": b})

    # ---------------------------------------------------------------- 7 jaarrekening
    b = [{"t": "h1", "text": "7 Jaarrekening"}]
    b.append({"t": "h2", "text": "7.1 Overzicht van baten en lasten"})
    rows = [{"cells": ["Lasten"], "style": "group"}]
    prog_names = [f"Programma {n} {name}" for n, name, _, _ in d.T_PROGRAMS]

    def triple(fn):
        return [nl(fn(i)) for i in range(3)]
    for (n, name, L, B), pn in zip(d.T_PROGRAMS, prog_names):
        rows.append({"cells": [pn] + triple(lambda i: d.tot(L, i))})
    rows.append({"cells": ["Algemene dekkingsmiddelen"] + triple(lambda i: d.tot(d.T_ADM_LASTEN, i))})
    rows.append({"cells": ["Overhead"] + triple(lambda i: d.T_OVERHEAD["lasten"][i])})
    rows.append({"cells": ["Onvoorzien"] + triple(lambda i: d.T_ONVOORZIEN[i])})
    rows.append({"cells": ["Totaal lasten"] + triple(lambda i: ov[i]["lasten"]), "style": "sub"})
    rows.append({"cells": ["Baten"], "style": "group"})
    for (n, name, L, B), pn in zip(d.T_PROGRAMS, prog_names):
        rows.append({"cells": [pn] + triple(lambda i: d.tot(B, i))})
    rows.append({"cells": ["Algemene dekkingsmiddelen"] + triple(lambda i: d.tot(adm, i))})
    rows.append({"cells": ["Overhead"] + triple(lambda i: d.T_OVERHEAD["baten"][i])})
    rows.append({"cells": ["Totaal baten"] + triple(lambda i: ov[i]["baten"]), "style": "sub"})
    rows.append({"cells": ["Gerealiseerd saldo van baten en lasten (vóór bestemming)"]
                 + triple(lambda i: ov[i]["saldo"]), "style": "total"})
    rows.append({"cells": ["Toevoegingen aan reserves"] + triple(lambda i: ov[i]["toev"])})
    rows.append({"cells": ["Onttrekkingen aan reserves"] + triple(lambda i: ov[i]["ontt"])})
    rows.append({"cells": ["Gerealiseerd resultaat (na bestemming)"] + triple(lambda i: ov[i]["resultaat"]),
                 "style": "total"})
    b.append({"t": "table", "caption": "Tabel 7.1 Overzicht van baten en lasten in de jaarrekening 2024",
              "scale": "Bedragen in euro's; saldo en resultaat: baten min lasten, negatief = nadelig",
              "widths": [92, 27, 27, 28], "align": ["L", "R", "R", "R"],
              "header": [["Omschrijving", "Begroting\n2024 primitief", "Begroting 2024\nna wijziging",
                          "Realisatie\n2024"]], "rows": rows})
    b.append({"t": "p", "text": f"Het gerealiseerde saldo van baten en lasten vóór bestemming is € "
              f"{nl(abs(ov[2]['saldo']))} nadelig. Na de toevoegingen (€ {nl(ov[2]['toev'])}) en onttrekkingen "
              f"(€ {nl(ov[2]['ontt'])}) aan de reserves resteert een voordelig resultaat van € {nl(d.T_RESULTAAT[2])}."})

    b.append({"t": "h2", "text": "7.2 Reserves en voorzieningen"})
    st = d.t_res_stand()
    rows = []
    for k, (s1, t, o) in d.T_RES.items():
        first = nl(s1) + ("^1)" if k == "Algemene reserve" else "")
        rows.append({"cells": [k, first, nl(t), nl(o), nl(st[k])]})
    rows.append({"cells": ["Totaal reserves", nl(sum(v[0] for v in d.T_RES.values())),
                           nl(sum(v[1] for v in d.T_RES.values())), nl(sum(v[2] for v in d.T_RES.values())),
                           nl(sum(st.values()))], "style": "total"})
    b.append({"t": "table", "caption": "Tabel 7.2 Verloop van de reserves in 2024", "scale": "Bedragen in euro's",
              "widths": [66, 27, 27, 27, 27], "align": ["L", "R", "R", "R", "R"],
              "header": [["Reserve", "Stand\n1-1-2024", "Toevoegingen\n2024", "Onttrekkingen\n2024",
                          "Stand\n31-12-2024"]], "rows": rows,
              "notes": [f"1) Inclusief het resultaat over 2023 van € {nl(d.T_RESULTAAT_2023)}, dat na vaststelling "
                        "van de jaarstukken 2023 aan de algemene reserve is toegevoegd. Het resultaat over 2024 is "
                        "nog niet in de stand per 31-12-2024 verwerkt (zie 7.6)."]})
    vs = d.t_voorz_stand()
    rows = [{"cells": [k, nl(a), nl(t), nl(v), nl(w), nl(vs[k])]} for k, (a, t, v, w) in d.T_VOORZ.items()]
    rows.append({"cells": ["Totaal voorzieningen"] + [nl(sum(x[i] for x in d.T_VOORZ.values())) for i in range(4)]
                 + [nl(sum(vs.values()))], "style": "total"})
    b.append({"t": "table", "caption": "Tabel 7.3 Verloop van de voorzieningen in 2024", "scale": "Bedragen in euro's",
              "widths": [62, 23, 23, 20, 23, 23], "align": ["L", "R", "R", "R", "R", "R"],
              "header": [["Voorziening", "Stand\n1-1-2024", "Toevoegingen", "Vrijval", "Aanwending",
                          "Stand\n31-12-2024"]], "rows": rows})

    b.append({"t": "h2", "text": "7.3 Investeringen"})
    rows = [{"cells": [n, nl(k), nl(a), nl(bb), nl(k - a - bb)]} for n, k, a, bb in d.T_INVEST]
    rows.append({"cells": ["Totaal", nl(sum(x[1] for x in d.T_INVEST)), nl(sum(x[2] for x in d.T_INVEST)),
                           nl(sum(x[3] for x in d.T_INVEST)),
                           nl(sum(x[1] - x[2] - x[3] for x in d.T_INVEST))], "style": "total"})
    b.append({"t": "table", "caption": "Tabel 7.4 Staat van lopende investeringskredieten", "scale": "Bedragen in euro's",
              "widths": [70, 26, 26, 26, 26], "align": ["L", "R", "R", "R", "R"],
              "header": [["Investering", "Krediet", "Uitgaven\nt/m 2023", "Uitgaven\n2024", "Restant krediet\n31-12-2024"]],
              "rows": rows})
    b.append({"t": "p", "text": "Het kindcentrum in Westerhaar wordt in 2025 opgeleverd; het restant krediet wordt "
              "dan besteed. De renovatie van sporthal De Kulk in Den Ham is in november 2024 afgerond en het krediet "
              "wordt afgesloten."})

    b.append({"t": "h2", "text": "7.4 Balans per 31 december 2024"})
    act, pas, ta, tp = d.t_balans()
    ev = d.t_eigen_vermogen()
    A = [(k, nl(v[0]), nl(v[1])) for k, v in act.items()]
    Pp = [("Eigen vermogen", nl(ev[0]), nl(ev[1]))]
    Pp += [("   " + k, nl(pas[k][0]), nl(pas[k][1])) for k in ("Algemene reserve", "Bestemmingsreserves",
                                                             "Gerealiseerd resultaat")]
    Pp += [(k, nl(v[0]), nl(v[1])) for k, v in pas.items()
           if k not in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat")]
    n = max(len(A), len(Pp))
    A += [("", "", "")] * (n - len(A))
    Pp += [("", "", "")] * (n - len(Pp))
    rows = [{"cells": [a[0], a[1], a[2], p[0], p[1], p[2]]} for a, p in zip(A, Pp)]
    rows.append({"cells": ["Totaal activa", nl(ta[0]), nl(ta[1]), "Totaal passiva", nl(tp[0]), nl(tp[1])],
                 "style": "total"})
    b.append({"t": "table", "caption": "Tabel 7.5 Balans per 31 december 2024 en 31 december 2023",
              "scale": "Bedragen in euro's", "size": 7.0,
              "widths": [42, 20, 20, 52, 20, 20], "align": ["L", "R", "R", "L", "R", "R"],
              "header": [["Activa", "31-12-2024", "31-12-2023", "Passiva", "31-12-2024", "31-12-2023"]],
              "rows": rows})

    b.append({"t": "h2", "text": "7.5 Wet normering topinkomens (WNT)"})
    w = d.T_WNT
    rows = [
        {"cells": ["Functiegegevens"], "style": "group"},
        {"cells": ["Naam", w[0][1], w[1][1]]},
        {"cells": ["Functie", w[0][0], w[1][0]]},
        {"cells": ["Aanvang en einde functievervulling in 2024", w[0][2], w[1][2]]},
        {"cells": ["Omvang dienstverband (in fte)", w[0][3], w[1][3]]},
        {"cells": ["Dienstbetrekking?", w[0][4], w[1][4]]},
        {"cells": ["Bezoldiging"], "style": "group"},
        {"cells": ["Beloning plus belastbare onkostenvergoedingen", nl(w[0][5] + w[0][6]), nl(w[1][5] + w[1][6])]},
        {"cells": ["Beloningen betaalbaar op termijn", nl(w[0][7]), nl(w[1][7])]},
        {"cells": ["Subtotaal", nl(d.t_wnt_total(w[0])), nl(d.t_wnt_total(w[1]))], "style": "sub"},
        {"cells": ["Individueel toepasselijke bezoldigingsmaximum", nl(d.T_WNT_MAX),
                   nl(half_up(d.T_WNT_MAX * 0.89))]},
        {"cells": ["Totale bezoldiging", nl(d.t_wnt_total(w[0])), nl(d.t_wnt_total(w[1]))], "style": "total"},
    ]
    b.append({"t": "table", "caption": "Tabel 7.6 Bezoldiging topfunctionarissen 2024", "scale": "Bedragen x € 1",
              "widths": [84, 45, 45], "align": ["L", "R", "R"],
              "header": [["", "Gemeentesecretaris", "Griffier"]], "rows": rows})
    b.append({"t": "p", "text": "Er zijn in 2024 geen topfunctionarissen zonder dienstbetrekking geweest en er is "
              "geen sprake van een overschrijding van het bezoldigingsmaximum."})

    b.append({"t": "h2", "text": "7.6 Voorstel tot bestemming van het resultaat"})
    best = d.t_bestemming()
    b.append({"t": "p", "text": f"Het resultaat na bestemming over 2024 bedraagt € {nl(d.T_RESULTAAT[2])} voordelig. "
              "Wij stellen de raad voor dit resultaat als volgt te bestemmen:"})
    b.append({"t": "bullets", "items": [f"€ {nl(v)} toevoegen aan de {k[0].lower() + k[1:]}" for k, v in best]})
    b.append({"t": "p", "text": "De toevoeging aan de reserve sociaal domein dient om de schommelingen in de kosten "
              "van jeugdzorg op te vangen. Met de toevoeging aan de reserve Vitale Kernen kunnen meer "
              "dorpsinitiatieven in Sibculo, Kloosterhaar en Daarlerveen worden ondersteund."})
    P.append({"blocks": b})

    return {"title": "Gemeente Twenterand - Jaarstukken 2024 (FICTIEF)", "author": "Gemeente Twenterand (fictief)",
            "runhead": "Gemeente Twenterand  |  Jaarstukken 2024  |  fictief document",
            "footer": "Jaarstukken 2024", "pages": P}


if __name__ == "__main__":
    d.check()
    spec = build()
    tmp = Path("/tmp/bc-build"); tmp.mkdir(exist_ok=True)
    sp = tmp / "twenterand-spec.json"
    sp.write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
    out = OUT / d.T_FILE
    subprocess.run(["php", str(HERE / "render_tcpdf.php"), str(sp), str(out)], check=True)
    print("wrote", out)
