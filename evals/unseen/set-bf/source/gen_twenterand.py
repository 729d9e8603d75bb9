"""Typeset the FICTIONAL 'Gemeente Twenterand, Programmabegroting 2023, programma Sociaal Domein' with libHaru.

Structure after the real Programmabegroting 2020 (web export in /work/main/corpus): five doelenbomen (Sociale zaken,
Maatschappelijke ondersteuning, Gezondheidszorg, Onderwijs, Jeugd) with inhoudelijk perspectief, beoogd
maatschappelijk effect, doelen, subdoelen and 'Zo gaan we dat doen', indicator tables and a financieel overzicht;
then 'Wat mag het kosten?'.  All figures and the 2023 texts are made up.

Usage: python gen_twenterand.py OUT_DIR   (writes the PDF and layout-twenterand.json with the pages of each table)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from fmt import eur_t, th
from haru import BLUE, GREEN, GREY, LM, RM, Doc

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
doc = Doc("Gemeente Twenterand  |  Programmabegroting 2023", "Programma 3  Sociaal Domein")

# ------------------------------------------------------------------------------------------------ page 1
doc.new_page(running=False)
doc.y = 760
doc.text(LM, doc.y, "Gemeente Twenterand", "b", 13, GREEN)
doc.y -= 40
doc.text(LM, doc.y, "Programmabegroting 2023", "b", 26, BLUE)
doc.y -= 26
doc.text(LM, doc.y, "Programma 3  Sociaal Domein", "r", 16, BLUE)
doc.y -= 30
# fictional notice
doc.rect(LM, doc.y - 44, RM - LM, 44, (0.99, 0.93, 0.80))
doc.text(LM + 8, doc.y - 14, "FICTIEF DOCUMENT - alle cijfers in dit document zijn verzonnen.", "b", 9.5)
doc.text(LM + 8, doc.y - 27, "Opgesteld voor een evaluatieset. De opbouw volgt de echte Programmabegroting 2020 van", "r", 8.5)
doc.text(LM + 8, doc.y - 38, "Twenterand; bedragen, aantallen en teksten voor 2023 zijn verzonnen en geen besluit van de raad.", "r", 8.5)
doc.y -= 64
doc.heading("Het sociaal domein in 2023 in een notendop", 2)
doc.para("Afgeronde bedragen; de exacte bedragen staan in de overzichten onder 'Wat mag het kosten?'.", "i", 8.5,
         color=GREY)
kf = [
    ("Lasten programma Sociaal Domein 2023", f"€ {d.mln1(d.T_TOT_LASTEN[2])} miljoen"),
    ("Baten programma Sociaal Domein 2023", f"€ {d.mln1(d.T_TOT_BATEN[2])} miljoen"),
    ("Nadelig saldo 2023", f"€ {d.mln1(d.T_SALDO[2])} miljoen"),
    ("Lasten Jeugd 2023", f"€ {d.mln1(d.T_LASTEN['Jeugd'][2])} miljoen"),
    ("Lasten Sociale zaken 2023", f"€ {d.mln1(d.T_LASTEN['Sociale zaken'][2])} miljoen"),
    ("Lasten Maatschappelijke ondersteuning 2023", f"€ {d.mln1(d.T_LASTEN['Maatschappelijke ondersteuning'][2])} miljoen"),
    ("Per saldo onttrekking aan reserves 2023", f"€ {d.mln1(-d.T_MUT[2])} miljoen"),
    ("Jeugdigen met jeugdhulp (begroot 2023)", "1.240"),
]
for lab, val in kf:
    doc.y -= 15
    doc.text(LM + 4, doc.y, lab, "r", 9.5)
    doc.text(LM + 330, doc.y, val, "sb", 9.5, BLUE, "r")
    doc.line(LM, doc.y - 4, LM + 335, doc.y - 4, 0.3, GREY)
doc.y -= 14
doc.heading("Inleiding", 1)
doc.para("Het sociaal domein is volop in beweging, ook in Twenterand. Met het sociaal domein bedoelen we de zorg en "
         "ondersteuning, werk en inkomen, (passend) onderwijs en het preventieve beleid rond jeugd en gezondheid. Dit "
         "programma streeft ernaar dat onze inwoners zo veel mogelijk zelf hun dagelijkse dingen kunnen doen, "
         "participeren en daar zelf de regie over voeren. Waar dat niet lukt, helpen of ondersteunen we. We zijn als "
         "gemeente een vangnet voor kwetsbare inwoners.")
doc.para("2023 is het laatste jaar van de integrale beleidsnota Sociaal Domein 2019-2022 en het eerste jaar van de "
         "nieuwe Koers Sociaal Domein 2023-2026. De hoge inflatie en de energieprijzen raken juist de inwoners met een "
         "smalle beurs. Daarom verhogen we in 2023 de inkomensgrens van het minimabeleid naar 130% van het sociaal "
         "minimum en houden we de Meedoenregeling op peil. Tegelijk stijgen de kosten van jeugdhulp en Wmo verder; "
         "de lasten van het programma stijgen van € 60,1 miljoen in 2022 naar € 62,7 miljoen in 2023.")

# ------------------------------------------------------------------------------------------------ leeswijzer
doc.heading("Leeswijzer", 2)
doc.para("De financiële tabellen gebruiken afgekorte kolomkoppen. Daarbij staat R voor rekening (werkelijke cijfers), "
         "B voor begroting en MJR voor meerjarenraming:")
doc.bullets([f"{k} = {v}" for k, v in d.T_COL_LEGEND.items()])
doc.para("Negatieve bedragen (baten en per saldo onttrekkingen aan reserves) staan er als -/- 1.234. Een streepje (-) "
         "betekent nihil. PM (pro memorie) staat voor een post die nog niet in geld is uit te drukken en niet in de "
         "totalen is meegeteld. De eenheid staat onder elke tabel. In de indicatortabellen staat het jaar van de "
         "meting tussen haakjes achter de waarde.")

# ------------------------------------------------------------------------------------------------ helpers
IND_COLS = [(LM, "l", 150), (LM + 190, "l", 95), (LM + 335, "r", 0), (LM + 405, "r", 0), (RM, "r", 0)]


def indicators(dn):
    rows = [{"cells": [n, e, f"{t} ({y})", f"{nl} ({y})", b], "rule": True} for n, e, t, nl, y, b in d.T_IND[dn]]
    doc.table(f"Verplichte beleidsindicatoren {dn}", IND_COLS,
              [["Indicator", "Eenheid", "Twenterand", "Nederland", "Bron"]], rows,
              notes=["Bron: waarstaatjegemeente.nl; het jaar van de meting staat tussen haakjes."])


MET_COLS = [(LM, "l", 0), (LM + 268, "r", 0), (LM + 312, "r", 0), (LM + 350, "r", 0), (LM + 388, "r", 0),
            (LM + 398, "l", 0)]


def metingen(dn):
    rows = [{"cells": [n] + v, "rule": True} for n, v in d.T_MET[dn]]
    doc.table(f"Metingen {dn}", MET_COLS, [["Beleidsdoelen"] + d.T_MET_COLS], rows,
              notes=["B = begroot; 2021 en 2020 zijn gerealiseerde aantallen."])


def taakvelden_lijst(codes):
    doc.heading("Financieel overzicht", 3)
    by = {t[0]: t[1] for t in d.T_TAAKVELDEN}
    by["0.10"] = "Mutaties reserves"
    doc.bullets([f"{c} {by[c]}" for c in codes])


def subdoel(title, how):
    doc.heading("Subdoel: " + title, 3)
    doc.para("Zo gaan we dat doen", "sb", 9.5, after=0)
    doc.bullets(how)


# ------------------------------------------------------------------------------------------------ Sociale zaken
doc.new_page()
doc.heading("Doelenboom Sociale Zaken", 1)
doc.heading("Inhoudelijk perspectief", 2)
doc.para("Belangrijkste focus is dat inwoners meedoen en financieel zelfredzaam zijn. De werkloosheid in Twenterand is "
         "in 2022 gedaald tot 3,1%, maar nog te veel inwoners met een kwetsbare arbeidsmarktpositie komen niet aan de "
         "slag. We willen een inclusieve arbeidsmarkt waarin iedereen met arbeidsvermogen naar vermogen meedoet. "
         "Het lokale minimabeleid helpt inwoners met een laag inkomen mee te doen, bijvoorbeeld met de "
         "Meedoenregeling, het schoolpakket en de bijzondere bijstand.")
doc.heading("Beoogd maatschappelijk effect", 2)
doc.para("Participerende en financieel zelfredzame inwoners")
doc.heading("Doel: Naar vermogen participerende doelgroep Participatiewet in de maatschappij", 2)
doc.para("Het doel van de Participatiewet is om mensen zoveel mogelijk te laten participeren op de reguliere "
         "arbeidsmarkt. Daarbij gaan we uit van de eigen kracht van de inwoner.")
subdoel("De zelfredzaamheid van de doelgroep Participatiewet is bevorderd", [
    "Samen met Soweco en het Werkplein Twente bieden we 420 activeringstrajecten aan, gericht op werk of een "
    "zinvolle dagbesteding.",
    "Voor beschut werk houden we 16 plekken beschikbaar bij Soweco.",
    "Elke nieuwe bijstandsgerechtigde krijgt binnen vier weken een gesprek met een werkcoach."])
subdoel("Inwoners met onvoldoende draagkracht beschikken over voldoende middelen om te participeren", [
    "We verhogen de inkomensgrens van de minimaregelingen van 120% naar 130% van het sociaal minimum.",
    "De Meedoenregeling blijft € 150 per persoon per jaar; voor kinderen komt daar het schoolpakket bij.",
    "De energietoeslag van 2022 wordt in 2023 door het Rijk opnieuw toegekend; wij voeren die uit en dekken de "
    "uitvoeringskosten uit de reserve armoedebestrijding."])
subdoel("Afname van het aantal inwoners met niet beheersbare problematische schulden", [
    "Met vroegsignalering benaderen we inwoners binnen zes weken na een betalingsachterstand bij huur, energie, "
    "water of zorgverzekering.",
    "Schuldhulpverlening wordt uitgevoerd door de Stadsbank Oost Nederland; wachttijden blijven onder vier weken."])
subdoel("Nieuwe Twenteranders hebben huisvesting en maatschappelijke begeleiding en zijn ingeburgerd", [
    "De taakstelling voor het huisvesten van vergunninghouders stijgt; we begeleiden hen onder de nieuwe Wet "
    "inburgering 2021 met een persoonlijk plan inburgering en participatie (PIP)."])
doc.heading("Metingen en verplichte indicatoren", 2)
indicators("Sociale zaken")
metingen("Sociale zaken")
taakvelden_lijst(["0.10", "0.4", "6.3", "6.4", "6.5"])

# ------------------------------------------------------------------------------------------------ Wmo
doc.new_page()
doc.heading("Doelenboom Maatschappelijke ondersteuning", 1)
doc.heading("Inhoudelijk perspectief", 2)
doc.para("De vergrijzing zet door en inwoners wonen langer zelfstandig thuis. Het aantal Wmo-cliënten met een "
         "maatwerkarrangement ligt in Twenterand duidelijk boven het landelijk gemiddelde. Het abonnementstarief "
         "van € 19,50 per maand maakt vooral hulp bij het huishouden aantrekkelijk voor inwoners met een hoger "
         "inkomen. Door preventie, het versterken van het voorveld en een goede toegang via het sociaal team willen "
         "we de groei van maatwerkvoorzieningen afremmen. Met de doordecentralisatie van beschermd wonen per 2023 "
         "wordt Twenterand samen met de andere Twentse gemeenten verantwoordelijk voor beschermd wonen.")
doc.heading("Beoogd maatschappelijk effect", 2)
doc.para("Inwoners zijn zo lang en zoveel mogelijk zelfredzaam")
doc.heading("Doel: Inwoners wonen langer zelfstandig thuis", 2)
doc.para("We zorgen voor goed ingerichte woonservicegebieden en ondersteunen mantelzorgers en vrijwilligers.")
doc.heading("Doel: Inwoners voorzien in hun ondersteuningsbehoefte", 2)
subdoel("Maatwerkvoorzieningen zijn toereikend", [
    "Hulp bij het huishouden wordt vanaf 2023 resultaatgericht ingekocht met vier aanbieders in plaats van negen.",
    "We onderzoeken met de regio een inkomensafhankelijke eigen bijdrage zodra het Rijk dat toestaat."])
subdoel("Er is meer aanspraak gedaan op informele zorg (mantelzorg en vrijwilligers)", [
    "Mantelzorgers ontvangen via Stichting Evenmens de jaarlijkse waardebon; we breiden de respijtzorg uit met een "
    "logeerhuis in Vroomshoop."])
doc.heading("Metingen en verplichte indicatoren", 2)
indicators("Maatschappelijke ondersteuning")
metingen("Maatschappelijke ondersteuning")
taakvelden_lijst(["0.10", "6.1", "6.2", "6.6", "6.71", "6.81"])

# ------------------------------------------------------------------------------------------------ Gezondheid + Onderwijs
doc.new_page()
doc.heading("Doelenboom Gezondheidszorg", 1)
doc.para("We streven naar gezonde inwoners, nu en in de toekomst, vanuit het concept positieve gezondheid. De GGD "
         "Twente voert de wettelijke taken uit, zoals jeugdgezondheidszorg en infectieziektebestrijding. In 2023 "
         "starten we met het Gezond en Actief Leven Akkoord (GALA) en zetten we in op het terugdringen van alcohol- "
         "en drugsgebruik onder jongeren.")
doc.heading("Doel: De gezondheid en vitaliteit van inwoners is bevorderd", 2)
doc.heading("Doel: De gezondheid van inwoners is beschermd", 2)
subdoel("Inwoners zijn zich bewust van de invloed van leefstijl op hun gezondheid", [
    "Op alle 18 basisscholen geeft Tactus voorlichting over middelengebruik."])
taakvelden_lijst(["0.10", "0.4", "6.2", "7.1"])
doc.heading("Doelenboom Onderwijs", 1)
doc.para("We willen dat onze inwoners aanwezige ontwikkelingskansen benutten. Laaggeletterdheid blijft een opgave: "
         "met het Taalpunt in de bibliotheek en de cursussen van het ROC willen we meer inwoners bereiken. De "
         "voorschoolse educatie breiden we uit naar 16 uur per week voor doelgroeppeuters.")
doc.heading("Doel: Onderwijsachterstanden zijn teruggedrongen", 2)
doc.heading("Doel: Laaggeletterdheid is afgenomen", 2)
doc.heading("Doel: Onderwijsvoorzieningen zijn toegankelijk", 2)
subdoel("Onderwijshuisvesting en leerlingenvervoer voldoen aan de vastgestelde norm", [
    "In 2024 starten we met de nieuwbouw van het integraal kindcentrum in Westerhaar; daarom stijgen de lasten van "
    "Onderwijs in de meerjarenraming 2024 eenmalig."])
taakvelden_lijst(["0.10", "0.4", "4.1", "4.2", "4.3", "6.1"])

# ------------------------------------------------------------------------------------------------ Jeugd
doc.new_page()
doc.heading("Doelenboom Jeugd", 1)
doc.heading("Inhoudelijk perspectief", 2)
doc.para("Met de meeste jeugdigen en gezinnen in onze gemeente gaat het goed. Toch groeit het aantal jeugdigen met "
         "jeugdhulp nog steeds, en het aandeel ligt boven het landelijk gemiddelde. Met het Twents model kopen we "
         "geïndiceerde jeugdhulp regionaal en resultaatgericht in. In 2023 breiden we de praktijkondersteuners jeugd "
         "bij de huisartsen (POH-jeugd) uit naar alle huisartsenpraktijken, zodat minder kinderen worden "
         "doorverwezen naar specialistische jeugdhulp. Ook verkorten we de wachttijden door een regionale "
         "wachtlijstaanpak.")
doc.heading("Beoogd maatschappelijk effect", 2)
doc.para("Evenwichtig opgroeiende jeugd, die actief deelneemt aan de maatschappij.")
doc.heading("Doel: Er is preventie van problemen bij jeugd", 2)
doc.heading("Doel: Waar nodig is er ondersteuning en zorg voor jeugdigen en ouders", 2)
subdoel("Meer jeugdigen groeien thuis of in een thuisomgeving op", [
    "We investeren in pleegzorg en gezinshuizen, zodat uithuisplaatsing in een instelling afneemt.",
    "Het jongerenwerk van Stichting ZorgSaam Twenterand (SZT) wordt uitgebreid met een jongerenwerker in "
    "Den Ham."])
doc.heading("Metingen en verplichte indicatoren", 2)
indicators("Jeugd")
metingen("Jeugd")
taakvelden_lijst(["0.10", "0.4", "6.1", "6.2", "6.72", "6.82"])

# ------------------------------------------------------------------------------------------------ Wat mag het kosten
doc.new_page()
doc.heading("Sociaal Domein - Wat mag het kosten?", 1)
doc.para("Het overzicht toont de lasten en baten per doelenboom. Groepsregels dragen het totaal van de regels die "
         "eronder inspringen.")
MON = [(LM, "l", 0)] + [(LM + 135 + 56 * i, "r", 0) for i in range(1, 7)]
rows = [{"cells": ["Lasten"] + [eur_t(v) for v in d.T_TOT_LASTEN]}]
for dn in d.T_DOELEN:
    rows.append({"cells": [dn] + [eur_t(v) for v in d.T_LASTEN[dn]], "indent": 1})
rows[-1]["rule"] = True
rows.append({"cells": ["Baten"] + [eur_t(-v) for v in d.T_TOT_BATEN]})
for dn in d.T_DOELEN:
    rows.append({"cells": [dn] + [eur_t(-v) for v in d.T_BATEN[dn]], "indent": 1})
rows[-1]["rule"] = True
rows.append({"cells": ["Saldo van baten en lasten"] + [eur_t(v) for v in d.T_SALDO]})
rows.append({"cells": ["Mutaties reserves"] + [eur_t(v) for v in d.T_MUT], "rule": True})
rows.append({"cells": ["Geraamd resultaat"] + [eur_t(v) for v in d.T_RESULT]})
doc.table("Overzicht 3.1 Baten en lasten Sociaal Domein", MON, [[""] + d.T_COLS], rows, size=7.9,
          notes=["R = rekening, B = begroting, MJR = meerjarenraming (zie leeswijzer).",
                 "bedragen in euro's"])
stijg = d.T_TOT_LASTEN[2] - d.T_TOT_LASTEN[1]
jst = d.T_LASTEN["Jeugd"][2] - d.T_LASTEN["Jeugd"][1]
doc.heading("Toelichting op het overzicht", 3)
doc.para(f"De lasten van het programma stijgen van 2022 naar 2023 met € {th(stijg)}. Ruim een kwart daarvan komt "
         f"door jeugdhulp: de lasten van Jeugd stijgen met € {th(jst)}, vooral door de tariefindexatie van het Twents "
         "model en meer jeugdigen met specialistische hulp. Bij Sociale zaken stijgen lasten en baten door de hogere "
         "bijstandsnormen en de BUIG-uitkering van het Rijk. De eenmalige stijging bij Onderwijs in 2024 is de "
         "start van de nieuwbouw van het kindcentrum Westerhaar.")

# taakvelden table, forced over a page break with its header repeated
TV = [(LM, "l", 0), (LM + 30, "l", 0), (LM + 248, "r", 0), (LM + 312, "r", 0), (LM + 322, "w", 150)]
rows = []
for code, naam, la, ba, toel in d.T_TAAKVELDEN:
    rows.append({"cells": [code, naam, eur_t(la), eur_t(-ba), toel], "rule": True})
rows.append({"cells": ["", "Programma Sociaal Domein", eur_t(d.T_TV_LASTEN_TOT), eur_t(-d.T_TV_BATEN_TOT), ""],
             "font": "sb"})
doc.table("Overzicht 3.2 Lasten en baten per taakveld, B 2023", TV,
          [["Taakveld", "", "Lasten", "Baten", "Toelichting"]], rows, break_after=6,
          notes=["bedragen in euro's; baten als -/-"])

# reserves table with PM
RS = [(LM, "l", 0)] + [(LM + 220 + 62 * i, "r", 0) for i in range(1, 5)]
rows = [{"cells": ["Toevoegingen"] + [eur_t(v) for v in d.T_RES_TOEV_TOT]}]
for r, v in d.T_RES_TOEV.items():
    rows.append({"cells": [r] + [eur_t(x) for x in v], "indent": 1})
rows.append({"cells": ["Onttrekkingen"] + [eur_t(v) for v in d.T_RES_ONTTR_TOT]})
for r, v in d.T_RES_ONTTR.items():
    rows.append({"cells": [r] + ["PM" if x is None else eur_t(x) for x in v], "indent": 1})
rows[-1]["rule"] = True
rows.append({"cells": ["Saldo mutaties reserves"] + [eur_t(v) for v in d.T_RES_NET]})
doc.table("Overzicht 3.3 Mutaties reserves Sociaal Domein", RS, [[""] + d.T_RES_COLS], rows,
          notes=["PM: de onttrekking 2026 aan de reserve sociaal domein wordt geraamd bij de begroting 2024 en is "
                 "niet in de totalen opgenomen.", "bedragen in euro's; saldo -/- = per saldo onttrekking"])
doc.para("De onttrekking aan de reserve sociaal domein dekt in 2023 de tijdelijke extra inzet op de wachtlijsten "
         "jeugdhulp en de invoering van het nieuwe inkoopmodel hulp bij het huishouden. De egalisatiereserve Wmo "
         "vangt de piek in de kosten van woningaanpassingen op. De reserve armoedebestrijding dekt de "
         "uitvoeringskosten van de energietoeslag en de verhoging van de inkomensgrens naar 130%.")

OUT.mkdir(parents=True, exist_ok=True)
doc.save(str(OUT / d.T_FILE))
(Path(__file__).parent / "layout-twenterand.json").write_text(json.dumps(doc.log, indent=1, ensure_ascii=False))
print("wrote", OUT / d.T_FILE, doc.pageno, "pages")
