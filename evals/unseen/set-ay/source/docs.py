"""Turn data.py into the block lists that the two renderers lay out (every printed figure is formatted here).

Writes build/vjn.json (Wassenaar Voorjaarsnota 2025, rendered by render_vjn.rb with Prawn) and build/rt.json
(Regio Twente Jaarstukken 2024, rendered by render_rt.js with PDFKit).

Block types: cover, toc, h1 (new page unless "same": true), h2, h3, p, bullets, table, note, box, pagebreak,
signature.  A table: caption, scale (a line set right above the table, optional), header (rows of cells:
a string or {"text", "span"}), rows ({"cells", "style"}: normal | group | subtotal | total | stand | italic),
widths (relative), align (l | c | r per column), notes (lines under the table).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from fmt import dec, k, nl, thin

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "build")


def eur(v):
    return "€ " + nl(v)


def teur(v):
    return "€ " + thin(v)


def mlntxt(v_thousands):
    """-4653 (x 1.000) -> '4,7 miljoen' (absolute)"""
    return dec(abs(v_thousands) / 1000, 1) + " miljoen"


# ====================================================================================== Wassenaar Voorjaarsnota
def w_blank(v):
    return "" if v is None or v == 0 else nl(v)


def w_signed_vn(vals):
    """a subtotal of signed amounts printed unsigned with one V/N for the row (asserted in data.py)"""
    cells = ["" if v == 0 else nl(abs(v)) for v in vals]
    return cells, ("N" if any(v < 0 for v in vals) else "V")


def vjn_blocks():
    B = []
    Y = d.YEARS
    saldo_na = d.W_SALDO_NA
    B.append({"t": "cover", "title": "Voorjaarsnota 2025", "body": "Gemeente Wassenaar",
              "subtitle": "Financiële positie na de jaarrekening 2024, meerjarenperspectief 2025-2028 "
                          "en voorstellen voor nieuw beleid",
              "date": "Raadsvergadering 1 juli 2025",
              "fiction": "FICTIEF DOCUMENT. Deze voorjaarsnota is gemaakt voor een evaluatieset. De opbouw en "
                         "de programma's volgen de begroting 2024 van de gemeente Wassenaar, maar alle bedragen, "
                         "aantallen, ratio's en voorstellen in dit document zijn verzonnen. Het is niet de "
                         "voorjaarsnota 2025 van de gemeente Wassenaar en het mag niet als bron worden gebruikt."})
    B.append({"t": "toc", "title": "Inhoudsopgave"})

    # ---------------------------------------------------------------- 1 Inleiding
    B.append({"t": "h1", "text": "1 Inleiding"})
    B.append({"t": "p", "text": "Beste Wassenaarders,"})
    B.append({"t": "p", "text":
              "Met deze voorjaarsnota geeft het college een beeld van de financiële positie van Wassenaar na de "
              "jaarrekening 2024 en van het meerjarenperspectief 2025-2028. De voorjaarsnota is de eerste stap "
              "naar de begroting 2026: de raad stelt hiermee de kaders vast waarbinnen het college de begroting "
              "opstelt."})
    B.append({"t": "p", "text":
              f"De jaarrekening 2024 sluit met een positief resultaat van {eur(d.W_RESULT_EUR)}. Dat is vooral "
              "het gevolg van een hogere algemene uitkering uit de decembercirculaire 2024 en van werkzaamheden "
              "die later zijn gestart dan gepland. Daar staat een forse overschrijding op de jeugdzorg tegenover. "
              "Het college stelt voor het resultaat grotendeels toe te voegen aan de algemene reserve en een deel "
              "te reserveren voor het sociaal domein en voor duurzaamheid."})
    B.append({"t": "p", "text":
              "Het meerjarenperspectief is ten opzichte van de begroting 2025 verslechterd. De belangrijkste "
              "oorzaken zijn de stijgende kosten van de jeugdzorg en de Wmo, de loon- en prijsontwikkeling, de "
              "hogere energiekosten en de lagere algemene uitkering vanaf 2026 volgens de meicirculaire 2025. "
              f"Na de voorstellen in deze voorjaarsnota is het begrotingssaldo voor 2025 nog licht positief "
              f"({eur(saldo_na[0] * 1000)}), maar voor 2026 verwachten wij een tekort van € {mlntxt(saldo_na[1])}. "
              f"Ook 2027 en 2028 laten een tekort zien (€ {mlntxt(saldo_na[2])} en € {mlntxt(saldo_na[3])})."})
    B.append({"t": "p", "text":
              "Wassenaar heeft een stevige financiële buffer. De ratio weerstandsvermogen komt uit op "
              f"{dec(d.W_RATIO, 1)} en is daarmee nog steeds uitstekend. Toch is het niet verantwoord om de "
              "structurele tekorten uit de reserves te blijven dekken. Het college komt bij de begroting 2026 met "
              "een pakket maatregelen om de begroting vanaf 2027 structureel sluitend te maken."})
    B.append({"t": "signature", "lines": ["Met vriendelijke groet,",
                                          "Namens het college van burgemeester en wethouders,",
                                          "de wethouder Financiën"]})

    # ---------------------------------------------------------------- 2 Leeswijzer
    B.append({"t": "h1", "text": "2 Leeswijzer"})
    B.append({"t": "p", "text":
              "Hoofdstuk 3 beschrijft de financiële positie na de jaarrekening 2024: de stand van de reserves "
              "en voorzieningen, het resultaat 2024 en het voorstel voor de bestemming daarvan. Hoofdstuk 4 "
              "bevat het meerjarenperspectief 2025-2028 met de autonome ontwikkelingen en de bijstellingen per "
              "programma. Hoofdstuk 5 bevat de voorstellen voor nieuw beleid, hoofdstuk 6 de investeringen die "
              "aan het investeringsplan worden toegevoegd, hoofdstuk 7 het verloop van de reserves en hoofdstuk 8 "
              "het weerstandsvermogen. Hoofdstuk 9 bevat het voorstel aan de raad."})
    B.append({"t": "p", "text":
              "Bedragen zijn in duizenden euro's (x € 1.000), tenzij anders vermeld. Tabel 3.1 geeft de "
              "financiële positie in miljoenen euro's met één decimaal. Tabel 6.1 (investeringen) is in hele "
              "euro's. Door afronding kunnen totalen afwijken van de som van de afzonderlijke bedragen."})
    B.append({"t": "p", "text":
              "Tekens. In tabel 4.1 (meerjarenperspectief) en in de saldokolommen van tabel 3.2 betekent een "
              "min-teken (-) een nadeel en een bedrag zonder teken een voordeel. In de tabellen 3.2, 4.2 en 4.3 "
              "staan de afwijkingen en mutaties zonder teken; de kolom V/N geeft aan of het om een voordeel (V) "
              "of een nadeel (N) gaat. De kolom I/S geeft aan of een mutatie incidenteel (I) of structureel (S) "
              "is. In tabel 4.2 en 4.3 betekent een lege cel dat er in dat jaar geen effect is; in tabel 5.1 "
              "staat daarvoor een streepje (-) en in tabel 7.1 een nul."})
    B.append({"t": "p", "text":
              "De programma's zijn dezelfde als in de begroting: P1 Veiligheid en Handhaving, P2 Mens en "
              "Maatschappij, P3 Bestuur en Middelen, P4 Fysieke Leefomgeving en P5 Natuur, Klimaat en Mobiliteit."})

    # ---------------------------------------------------------------- 3 Financiële positie
    B.append({"t": "h1", "text": "3 Financiële positie na de jaarrekening 2024"})
    B.append({"t": "h2", "text": "3.1 Financiële positie in één oogopslag"})
    B.append({"t": "p", "text":
              "De jaarrekening 2024 is op 17 juni 2025 aan de raad aangeboden. Tabel 3.1 vat de belangrijkste "
              "balansposten samen. De reserves staan vóór de bestemming van het resultaat 2024; dat resultaat is "
              "apart vermeld."})
    rows = []
    for i, (lab, a, b) in enumerate(d.W_POS):
        rows.append({"cells": [lab, dec(a, 1), dec(b, 1)], "style": "subtotal" if i == 3 else "normal"})
    B.append({"t": "table", "id": "W-T3.1", "caption": "Tabel 3.1 - Financiële positie (bedragen x € 1 mln)",
              "header": [["Balanspost", "31-12-2023", "31-12-2024"]], "rows": rows,
              "widths": [60, 20, 20], "align": ["l", "r", "r"], "width": 0.72})

    B.append({"t": "h2", "text": "3.2 Resultaat 2024"})
    B.append({"t": "p", "text":
              f"De jaarrekening 2024 sluit met een positief resultaat van {eur(d.W_RESULT_EUR)}. In de begroting "
              f"na wijziging was rekening gehouden met een nadelig resultaat van {eur(-d.W_RESULT_BEGROOT * 1000)}. "
              f"Per saldo is het resultaat daarmee {eur((d.W_RESULT - d.W_RESULT_BEGROOT) * 1000)} gunstiger dan "
              "begroot. Tabel 3.2 laat per programma zien waar de afwijkingen zitten."})
    rows = []
    for (lab, b, r), dev in zip(d.W_RES, d.W_RES_DEV):
        rows.append({"cells": [lab, nl(b), nl(r), nl(abs(dev)), "V" if dev > 0 else "N"]})
    sb, sr = d.W_RES_SALDO
    rows.append({"cells": ["Saldo van baten en lasten", nl(sb), nl(sr), nl(abs(sr - sb)), "V" if sr > sb else "N"],
                 "style": "subtotal"})
    mb, mr = d.W_RES_MUT
    rows.append({"cells": ["Mutaties reserves", nl(mb), nl(mr), nl(abs(mr - mb)), "V" if mr > mb else "N"]})
    rows.append({"cells": ["Resultaat", nl(d.W_RESULT_BEGROOT), nl(d.W_RESULT),
                           nl(abs(d.W_RESULT - d.W_RESULT_BEGROOT)), "V"], "style": "total"})
    B.append({"t": "table", "id": "W-T3.2", "caption": "Tabel 3.2 - Analyse resultaat 2024 per programma",
              "scale": "bedragen x € 1.000",
              "header": [["Programma", "Saldo begroting 2024 na wijziging", "Saldo rekening 2024",
                          "Afwijking", "V/N"]],
              "rows": rows, "widths": [40, 18, 16, 14, 8], "align": ["l", "r", "r", "r", "c"]})
    B.append({"t": "p", "text":
              f"P2 Mens en Maatschappij ({nl(abs(d.W_RES_DEV[1]))} N). De lasten van de jeugdzorg waren "
              "aanzienlijk hoger dan begroot. Het aantal jeugdigen met specialistische jeugdhulp nam toe en de "
              "tarieven van de regionale contracten zijn per 1 januari 2024 verhoogd. Daarnaast nam het gebruik "
              "van hulp bij het huishouden verder toe."})
    B.append({"t": "p", "text":
              f"P4 Fysieke Leefomgeving ({nl(d.W_RES_DEV[3])} V). De sanering van de gemeentewerf is later "
              "gestart dan gepland. Een deel van de werkzaamheden schuift door naar 2025; daardoor is ook minder "
              "uit de reserves onttrokken dan begroot."})
    B.append({"t": "p", "text":
              f"Algemene dekkingsmiddelen ({nl(d.W_RES_DEV[5])} V). De decembercirculaire 2024 leverde een "
              "hogere algemene uitkering op dan geraamd en de opbrengst van de onroerendezaakbelasting viel hoger "
              "uit door meer nieuwbouw."})
    B.append({"t": "h2", "text": "3.3 Voorstel resultaatbestemming 2024"})
    be = dict(d.W_BESTEMMING)
    B.append({"t": "p", "text":
              f"Het college stelt voor het resultaat van {eur(d.W_RESULT_EUR)} als volgt te bestemmen:"})
    B.append({"t": "bullets", "items": [
        f"{eur(be['BR uitvoering Sociaal domein'])} toevoegen aan de bestemmingsreserve uitvoering Sociaal "
        "domein, om de tekorten op de jeugdzorg in 2025 deels op te vangen;",
        f"{eur(be['BR volkshuisvesting en duurzaamheid'])} toevoegen aan de bestemmingsreserve volkshuisvesting "
        "en duurzaamheid, voor de aanpak van energiearmoede en het energieloket;",
        f"het restant van {eur(be['Algemene reserve (vrij besteedbaar)'])} toevoegen aan de algemene reserve "
        "(vrij besteedbaar)."]})

    # ---------------------------------------------------------------- 4 Meerjarenperspectief
    B.append({"t": "h1", "text": "4 Meerjarenperspectief 2025-2028"})
    B.append({"t": "h2", "text": "4.1 Van begroting 2025 naar voorjaarsnota 2025"})
    B.append({"t": "p", "text":
              "Tabel 4.1 laat zien hoe het begrotingssaldo zich ontwikkelt vanaf de vastgestelde begroting 2025. "
              "De regel 'Stand na voorjaarsnota' geeft het saldo na de autonome ontwikkelingen en de "
              "bijstellingen per programma, vóór de voorstellen voor nieuw beleid. De laatste regel geeft het "
              "begrotingssaldo na alle voorstellen in deze voorjaarsnota."})

    def srow(label, vals, style="normal"):
        return {"cells": [label] + [nl(v) for v in vals], "style": style}

    rows = [srow("Begrotingssaldo begroting 2025 (vastgesteld 7 november 2024)", d.W_SALDO_BEGR25),
            srow("Raadsbesluiten na vaststelling van de begroting", d.W_RAAD),
            srow("Stand vóór voorjaarsnota", d.W_STAND_VOOR, "subtotal"),
            srow("Autonome ontwikkelingen (tabel 4.2)", d.W_AUTO_TOTAL),
            srow("Bijstellingen per programma (tabel 4.3)", d.W_MUT_TOTAL),
            srow("Stand na voorjaarsnota", d.W_STAND_NA, "stand"),
            srow("Nieuw beleid (tabel 5.1)", [-v for v in d.W_NEW_TOTAL]),
            srow("Dekking incidenteel nieuw beleid uit de algemene reserve", d.W_NEW_INC),
            srow("Begrotingssaldo na voorstellen", saldo_na, "total")]
    B.append({"t": "table", "id": "W-T4.1", "caption": "Tabel 4.1 - Meerjarenperspectief 2025-2028",
              "header": [["(bedragen x € 1.000; \"-\" = nadeel)"] + [str(y) for y in Y]], "rows": rows,
              "widths": [56, 11, 11, 11, 11], "align": ["l", "r", "r", "r", "r"]})
    B.append({"t": "p", "text":
              f"Na de voorstellen is het saldo voor 2025 positief ({nl(saldo_na[0])}). In 2026 ontstaat een "
              f"tekort van {nl(abs(saldo_na[1]))}, dat in 2027 en 2028 afneemt tot {nl(abs(saldo_na[2]))} en "
              f"{nl(abs(saldo_na[3]))}. Het tekort in 2026 hangt vooral samen met de lagere algemene uitkering "
              "(het zogenoemde ravijnjaar) en de doorwerking van de hogere kosten in het sociaal domein."})

    B.append({"t": "h2", "text": "4.2 Autonome ontwikkelingen"})
    B.append({"t": "p", "text":
              "Autonome ontwikkelingen zijn ontwikkelingen waarop de gemeente geen of weinig invloed heeft, zoals "
              "de loon- en prijsontwikkeling en de circulaires van het gemeentefonds."})
    rows = []
    for nr, lab, i_s, sign, vals in d.W_AUTO:
        rows.append({"cells": [nr, lab, i_s] + [w_blank(v) for v in vals] + ["V" if sign > 0 else "N"]})
    cells, vn = w_signed_vn(d.W_AUTO_TOTAL)
    rows.append({"cells": ["", "Totaal autonome ontwikkelingen", ""] + cells + [vn], "style": "total"})
    B.append({"t": "table", "id": "W-T4.2", "caption": "Tabel 4.2 - Autonome ontwikkelingen",
              "scale": "bedragen x € 1.000",
              "header": [["Nr", "Omschrijving", "I/S"] + [str(y) for y in Y] + ["V/N"]], "rows": rows,
              "widths": [6, 46, 6, 9, 9, 9, 9, 6], "align": ["l", "l", "c", "r", "r", "r", "r", "c"],
              "notes": ["* Eerste inschatting op basis van de meicirculaire 2025 (verschenen op 28 mei 2025). "
                        "De definitieve verwerking volgt in de begroting 2026."]})
    a = {r[0]: r for r in d.W_AUTO}
    B.append({"t": "p", "text":
              "Loon- en prijsindexatie. De cao gemeenten 2025-2026 leidt tot een loonstijging van 3,5% per "
              f"1 januari 2025 en 2,5% per 1 januari 2026. In de begroting was rekening gehouden met 2,0%. Het "
              f"structurele nadeel loopt op tot {eur(a['A1'][4][1] * 1000)} per jaar vanaf 2026. De materiële "
              "budgetten en subsidies worden geïndexeerd met de prijsindex van het Centraal Planbureau."})
    B.append({"t": "p", "text":
              "Algemene uitkering. De septembercirculaire 2024 en de decembercirculaire 2024 waren nog niet in "
              "de begroting 2025 verwerkt; beide leveren een voordeel op. De meicirculaire 2025 laat vanaf 2026 "
              f"een nadeel zien, oplopend tot {eur(a['A5'][4][1] * 1000)} in 2026, doordat het Rijk de omvang van "
              "het gemeentefonds vanaf 2026 niet meer laat meegroeien met de rijksuitgaven."})
    B.append({"t": "p", "text":
              "Energiekosten. Het energiecontract voor de gemeentelijke gebouwen liep af op 31 december 2024. Het "
              "nieuwe contract heeft een hogere vaste prijs voor elektriciteit en gas."})

    B.append({"t": "h2", "text": "4.3 Bijstellingen per programma"})
    B.append({"t": "p", "text":
              "Tabel 4.3 bevat de bijstellingen van de ramingen per programma. Het gaat om ontwikkelingen binnen "
              "het bestaande beleid."})
    rows = []
    for p, items in d.W_MUT.items():
        rows.append({"cells": [d.PROGS[p], "", "", "", "", "", "", ""], "style": "group"})
        for nr, lab, i_s, sign, vals in items:
            rows.append({"cells": [nr, lab, i_s] + [w_blank(v) for v in vals] + ["V" if sign > 0 else "N"]})
        cells, vn = w_signed_vn(d.W_MUT_SUB[p])
        rows.append({"cells": ["", f"Subtotaal {p}", ""] + cells + [vn], "style": "subtotal"})
    cells, vn = w_signed_vn(d.W_MUT_TOTAL)
    rows.append({"cells": ["", "Totaal bijstellingen per programma", ""] + cells + [vn], "style": "total"})
    B.append({"t": "table", "id": "W-T4.3", "caption": "Tabel 4.3 - Bijstellingen per programma",
              "scale": "bedragen x € 1.000",
              "header": [["Nr", "Omschrijving", "I/S"] + [str(y) for y in Y] + ["V/N"]], "rows": rows,
              "widths": [6, 46, 6, 9, 9, 9, 9, 6], "align": ["l", "l", "c", "r", "r", "r", "r", "c"]})

    B.append({"t": "h2", "text": "4.4 Toelichting op de belangrijkste afwijkingen"})
    m = {r[0]: r for items in d.W_MUT.values() for r in items}
    B.append({"t": "h3", "text": "Jeugdzorg"})
    B.append({"t": "p", "text":
              "De kosten van de jeugdzorg blijven stijgen. In 2024 ontvingen meer jeugdigen specialistische "
              "jeugdhulp dan waarmee in de begroting rekening was gehouden, en trajecten duren langer. Daarnaast "
              "zijn de tarieven van de regionaal ingekochte jeugdhulp verhoogd om de hogere loonkosten van "
              f"aanbieders te compenseren. Wij ramen de extra kosten op {eur(m['P2.1'][4][0] * 1000)} in 2025, "
              f"aflopend naar {eur(m['P2.1'][4][3] * 1000)} in 2028 door de maatregelen uit de regionale "
              f"hervormingsagenda. Voor 2025 wordt {eur(m['P2.2'][4][0] * 1000)} gedekt uit de bestemmingsreserve "
              "uitvoering Sociaal domein."})
    B.append({"t": "h3", "text": "Wmo"})
    B.append({"t": "p", "text":
              "Het gebruik van hulp bij het huishouden neemt nog steeds toe. Door het abonnementstarief betalen "
              "inwoners een vaste, lage eigen bijdrage, ongeacht hun inkomen; daardoor doen meer inwoners met een "
              "hoger inkomen een beroep op de Wmo. De vergrijzing versterkt dit effect. Daarnaast zijn de "
              "tarieven voor begeleiding en hulpmiddelen verhoogd. Het abonnementstarief wordt volgens het "
              "kabinet per 2027 vervangen door een inkomensafhankelijke eigen bijdrage; wij hebben daar nog geen "
              "rekening mee gehouden."})
    B.append({"t": "h3", "text": "Energie"})
    B.append({"t": "p", "text":
              "De energiekosten van de gemeentelijke gebouwen, de openbare verlichting en de gemalen stijgen "
              "doordat de contracten met een vaste prijs uit 2021 zijn afgelopen. De nieuwe contracten zijn "
              "afgesloten tegen de huidige marktprijzen. De vervanging van de openbare verlichting door LED en "
              "de zonnepanelen op gemeentelijke gebouwen (zie hoofdstuk 6) verlagen het verbruik vanaf 2026."})

    # ---------------------------------------------------------------- 5 Nieuw beleid
    B.append({"t": "h1", "text": "5 Nieuw beleid"})
    B.append({"t": "p", "text":
              "Het college stelt de volgende voorstellen voor nieuw beleid voor. Incidentele voorstellen worden "
              "gedekt uit de algemene reserve (vrij besteedbaar); structurele voorstellen komen ten laste van het "
              "begrotingssaldo."})
    rows = []
    for nr, lab, prog, i_s, vals in d.W_NEW:
        rows.append({"cells": [nr, lab, prog, i_s] + [nl(v) if v else "-" for v in vals]})
    rows.append({"cells": ["", "Totaal nieuw beleid", "", ""] + [nl(v) for v in d.W_NEW_TOTAL],
                 "style": "total"})
    rows.append({"cells": ["", "waarvan incidenteel (dekking algemene reserve)", "", ""]
                 + [nl(v) if v else "-" for v in d.W_NEW_INC], "style": "italic"})
    B.append({"t": "table", "id": "W-T5.1", "caption": "Tabel 5.1 - Voorstellen nieuw beleid (bedragen x € 1.000)",
              "header": [["Nr", "Voorstel", "Progr.", "I/S"] + [str(y) for y in Y]], "rows": rows,
              "widths": [6, 50, 8, 6, 9, 9, 9, 9], "align": ["l", "l", "c", "c", "r", "r", "r", "r"]})
    n = {r[0]: r for r in d.W_NEW}
    B.append({"t": "p", "text":
              f"N1 Uitbreiding Sociaal Team Wassenaar. Het Sociaal Team krijgt er 2 fte bij, zodat wachttijden "
              f"korter worden en meer inwoners met lichte ondersteuning geholpen kunnen worden voordat "
              f"specialistische zorg nodig is. Kosten {eur(n['N1'][4][0] * 1000)} in 2025, oplopend tot "
              f"{eur(n['N1'][4][3] * 1000)} in 2028."})
    B.append({"t": "p", "text":
              "N2 Pilot praktijkondersteuner jeugd. In 2025 en 2026 werken drie huisartsenpraktijken met een "
              "praktijkondersteuner jeugd (POH-jeugd), zodat jeugdigen minder vaak worden doorverwezen naar "
              "specialistische jeugdhulp."})
    B.append({"t": "p", "text":
              "N3 Energieloket en isolatieaanpak. Inwoners krijgen gratis energieadvies aan huis en een bijdrage "
              "in de kosten van kleine isolatiemaatregelen. De kosten worden incidenteel gedekt uit de algemene "
              "reserve; de toevoeging uit het resultaat 2024 aan de bestemmingsreserve volkshuisvesting en "
              "duurzaamheid is bedoeld voor de vervolgaanpak."})
    B.append({"t": "p", "text":
              "N5 Actualisatie omgevingsplan. Het omgevingsplan moet uiterlijk in 2032 compleet zijn. Voor de "
              "eerste fase is extra capaciteit nodig."})
    B.append({"t": "p", "text":
              "N8 Kapitaallasten. De investeringen uit hoofdstuk 6 leiden vanaf 2026 tot kapitaallasten "
              "(afschrijvingen). Omdat de omslagrente 0% is, bestaan de kapitaallasten alleen uit afschrijving."})

    # ---------------------------------------------------------------- 6 Investeringen
    B.append({"t": "h1", "text": "6 Investeringen"})
    B.append({"t": "p", "text":
              "Het college stelt voor de volgende investeringen toe te voegen aan het investeringsplan 2025-2028 "
              f"en hiervoor in totaal {eur(d.W_INV_TOTAL)} aan kredieten beschikbaar te stellen. De investeringen "
              "worden lineair afgeschreven; de kapitaallasten beginnen in het jaar na de investering."})
    rows = []
    for (nr, lab, prog, kr, t, y0), kl in zip(d.W_INV, d.W_INV_KL):
        rows.append({"cells": [nr, lab, prog, nl(kr), str(t), str(y0), nl(kl)]})
    rows.append({"cells": ["", "Totaal", "", nl(d.W_INV_TOTAL), "", "", nl(sum(d.W_INV_KL))], "style": "total"})
    B.append({"t": "table", "id": "W-T6.1",
              "caption": "Tabel 6.1 - Toevoegingen aan het investeringsplan 2025-2028 (bedragen in euro's)",
              "header": [["Nr", "Investering", "Progr.", "Krediet", "Termijn (jaren)",
                          "Kapitaallasten vanaf", "Kapitaallasten per jaar"]], "rows": rows,
              "widths": [5, 33, 7, 13, 12, 15, 15], "align": ["l", "l", "c", "r", "c", "c", "r"]})
    B.append({"t": "p", "text":
              "De vervanging van de openbare verlichting door LED en de zonnepanelen op gemeentelijke gebouwen "
              "verlagen het energieverbruik. De herinrichting van de schoolroutes hoort bij het programma "
              "verkeersveiligheid. De kleedaccommodatie van sportpark Wassenaar-Noord is aan het einde van haar "
              "levensduur; de renovatie start in 2026, zodat de kapitaallasten vanaf 2027 beginnen."})

    # ---------------------------------------------------------------- 7 Reserves
    B.append({"t": "h1", "text": "7 Reserves"})
    B.append({"t": "p", "text":
              "Tabel 7.1 geeft het verloop van de reserves in 2025. De stand per 1 januari 2025 is de stand uit de "
              "jaarrekening 2024, vóór de bestemming van het resultaat. De kolom 'Resultaatbestemming 2024' bevat "
              "het voorstel uit paragraaf 3.3. De toevoegingen en onttrekkingen 2025 zijn die uit de begroting "
              "2025 inclusief de voorstellen in deze voorjaarsnota."})
    rows = []
    for name, s25, best, toe, ont, end in d.W_RES_ROWS:
        rows.append({"cells": [name, nl(s25), nl(best), nl(toe), nl(ont), nl(end)]})
    rows.append({"cells": ["Totaal reserves"] + [nl(v) for v in d.W_RES_TOT], "style": "total"})
    B.append({"t": "table", "id": "W-T7.1", "caption": "Tabel 7.1 - Verloop reserves 2025 (bedragen x € 1.000)",
              "header": [["Reserve", "Stand 1-1-2025", "Resultaat-bestemming 2024", "Toevoegingen 2025",
                          "Onttrekkingen 2025", "Stand 31-12-2025"]], "rows": rows,
              "widths": [30, 13, 14, 14, 14, 15], "align": ["l", "r", "r", "r", "r", "r"]})
    B.append({"t": "p", "text":
              "De onttrekking aan de algemene reserve in 2025 bestaat uit de onttrekking die al in de begroting "
              f"2025 was opgenomen ({eur(700000)}) en de dekking van het incidentele nieuwe beleid "
              f"({eur(d.W_NEW_INC[0] * 1000)}). Uit de bestemmingsreserve uitvoering Sociaal domein wordt in 2025 "
              f"{eur(400000)} onttrokken voor de tekorten op de jeugdzorg."})

    # ---------------------------------------------------------------- 8 Weerstandsvermogen
    B.append({"t": "h1", "text": "8 Weerstandsvermogen"})
    B.append({"t": "p", "text":
              "Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde "
              "weerstandscapaciteit. De benodigde capaciteit is de som van de gekwantificeerde risico's, elk "
              "vermenigvuldigd met de kans dat het risico zich voordoet. Voor de overige, kleinere risico's wordt "
              "10% opgeteld."})
    rows = []
    for (lab, b, p), x in zip(d.W_RISKS, d.W_RISK_X):
        rows.append({"cells": [lab, nl(b), f"{p}%", nl(x)]})
    rows.append({"cells": ["Subtotaal gekwantificeerde risico's", "", "", nl(d.W_RISK_SUB)], "style": "subtotal"})
    rows.append({"cells": ["Overige risico's (10%)", "", "", nl(d.W_RISK_OTHER)]})
    rows.append({"cells": ["Benodigde weerstandscapaciteit", "", "", nl(d.W_RISK_TOTAL)], "style": "total"})
    B.append({"t": "table", "id": "W-T8.1", "caption": "Tabel 8.1 - Risico's (bedragen x € 1.000)",
              "header": [["Risico", "Bedrag impact", "Kans", "Bedrag x kans"]], "rows": rows,
              "widths": [52, 16, 12, 20], "align": ["l", "r", "r", "r"], "width": 0.85})
    rows = [{"cells": [lab, nl(v)]} for lab, v in d.W_CAP]
    rows.append({"cells": ["Beschikbare weerstandscapaciteit", nl(d.W_CAP_TOTAL)], "style": "subtotal"})
    rows.append({"cells": ["Benodigde weerstandscapaciteit (tabel 8.1)", nl(d.W_RISK_TOTAL)]})
    rows.append({"cells": ["Ratio weerstandsvermogen", dec(d.W_RATIO, 1)], "style": "total"})
    B.append({"t": "table", "id": "W-T8.2", "caption": "Tabel 8.2 - Ratio weerstandsvermogen (bedragen x € 1.000)",
              "header": [["Onderdeel", "Bedrag"]], "rows": rows, "widths": [75, 25], "align": ["l", "r"],
              "width": 0.7})
    B.append({"t": "p", "text":
              f"De ratio weerstandsvermogen komt uit op {dec(d.W_RATIO, 1)}. In de begroting 2024 was dat nog 17,4. "
              "De daling komt vooral doordat het risico op de jeugdzorg hoger is ingeschat en er een risico is "
              "opgenomen voor de algemene uitkering vanaf 2026. Een ratio boven 2,0 valt in categorie A en geldt "
              "als uitstekend; de raad heeft een minimale ratio van 2,0 vastgesteld. Het weerstandsvermogen blijft "
              "dus ruim voldoende."})

    # ---------------------------------------------------------------- 9 Voorstel
    B.append({"t": "h1", "text": "9 Voorstel aan de raad", "same": False})
    B.append({"t": "p", "text": "Het college stelt de raad voor:"})
    B.append({"t": "bullets", "items": [
        "de voorjaarsnota 2025 vast te stellen als kader voor de begroting 2026 en de meerjarenraming;",
        f"het resultaat 2024 van {eur(d.W_RESULT_EUR)} te bestemmen zoals voorgesteld in paragraaf 3.3;",
        "in te stemmen met de voorstellen voor nieuw beleid uit hoofdstuk 5 en de incidentele voorstellen te "
        "dekken uit de algemene reserve (vrij besteedbaar);",
        f"voor de investeringen uit hoofdstuk 6 in totaal {eur(d.W_INV_TOTAL)} aan kredieten beschikbaar te "
        "stellen;",
        "de financiële gevolgen te verwerken in de eerste begrotingswijziging 2025."]})
    return B


# ====================================================================================== Regio Twente Jaarstukken
def rt_blocks():
    B = []
    G = [n for n, _ in d.RT_GEM]
    B.append({"t": "cover", "title": "Jaarstukken 2024", "body": "Regio Twente",
              "subtitle": "Jaarverslag en jaarrekening van de gemeenschappelijke regeling Regio Twente",
              "date": "Algemeen bestuur, 3 juli 2025",
              "members": "Almelo · Borne · Dinkelland · Enschede · Haaksbergen · Hellendoorn · Hengelo · "
                         "Hof van Twente · Losser · Oldenzaal · Rijssen-Holten · Tubbergen · Twenterand · Wierden",
              "fiction": "FICTIEF DOCUMENT. Deze jaarstukken zijn gemaakt voor een evaluatieset. Regio Twente en "
                         "haar veertien gemeenten bestaan echt, maar alle bedragen, aantallen, percentages en "
                         "inwonertallen in dit document zijn verzonnen. Dit zijn niet de jaarstukken 2024 van "
                         "Regio Twente en ze mogen niet als bron worden gebruikt."})
    B.append({"t": "toc", "title": "Inhoud"})

    # ---------------------------------------------------------------- 1 Inleiding
    B.append({"t": "h1", "text": "1 Inleiding en kerncijfers"})
    B.append({"t": "p", "text":
              "Regio Twente is de gemeenschappelijke regeling van de veertien Twentse gemeenten. Onder Regio "
              "Twente vallen de GGD Twente (publieke gezondheid en jeugdgezondheidszorg), Veilig Thuis Twente en "
              "de regionale samenwerking van de gemeenten, waaronder de Agenda van Twente. In deze jaarstukken "
              "leggen wij verantwoording af over 2024."})
    B.append({"t": "p", "text":
              f"Het jaar 2024 sluit met een positief resultaat van {teur(d.RT_RES_2024)}. De begroting na "
              "wijziging ging uit van een sluitend resultaat. Het voordeel komt vooral doordat vacatures bij de "
              "jeugdgezondheidszorg en de publieke gezondheid later zijn ingevuld en doordat projecten van de "
              "Agenda van Twente vertraging opliepen. Daar staat een overschrijding bij Veilig Thuis Twente "
              "tegenover, door het stijgende aantal meldingen. Het algemeen bestuur stelt voor een deel van het "
              "resultaat terug te betalen aan de gemeenten (hoofdstuk 6)."})
    kern = [("Deelnemende gemeenten", "14"),
            ("Inwoners werkgebied per 1 januari 2023", thin(d.RT_INW_TOTAL)),
            ("Totale lasten 2024", teur(d.RT_LASTEN[3])),
            ("Totale baten 2024", teur(d.RT_BATEN[3])),
            ("Resultaat 2024", teur(d.RT_RES_2024)),
            ("Bezetting 31 december 2024 (fte)", dec(d.RT_FTE_TOT[1], 1)),
            ("Ziekteverzuim 2024", dec(d.RT_VERZUIM[1], 1) + "%")]
    B.append({"t": "table", "id": "RT-T1.1", "caption": "Tabel 1.1 Kerncijfers 2024",
              "header": [["Kerncijfer", "2024"]], "rows": [{"cells": list(c)} for c in kern],
              "widths": [70, 30], "align": ["l", "r"], "width": 0.5})

    # ---------------------------------------------------------------- 2 Programma's
    B.append({"t": "h1", "text": "2 Programmaverantwoording"})
    B.append({"t": "p", "text":
              "Per programma beschrijven wij wat wij wilden bereiken, wat wij daarvoor hebben gedaan en wat het "
              "heeft gekost. De tabellen 'Wat heeft het gekost?' zijn in hele euro's. De lasten en baten staan "
              "zonder teken; het saldo is baten min lasten, een negatief saldo is een nadeel. De kolom Verschil "
              "geeft het verschil tussen de realisatie en de begroting na wijziging zonder teken; de kolom V/N "
              "geeft aan of het verschil een voordeel (V) of een nadeel (N) is. De bijdragen van de gemeenten "
              "zijn niet bij de programma's verantwoord maar als algemene dekkingsmiddelen (hoofdstuk 4 en 5)."})
    texts = [
        ("Wij wilden de gezondheid van alle inwoners van Twente beschermen en bevorderen: infectieziekten "
         "voorkomen en bestrijden, toezicht houden op de kinderopvang, medische milieukunde en "
         "gezondheidsbevordering in de gemeenten.",
         "Het aantal meldingen van meldingsplichtige infectieziekten steeg, onder meer door kinkhoest en "
         "mazelen. De reizigersvaccinatie trok meer bezoekers dan verwacht, wat hogere baten opleverde. Door "
         "vacatures die pas in de tweede helft van het jaar zijn ingevuld, bleven de lasten onder de begroting."),
        ("Wij wilden dat alle kinderen in Twente gezond en veilig opgroeien, met een hoge vaccinatiegraad en "
         "contactmomenten op de belangrijke momenten van 0 tot 18 jaar.",
         "De vaccinatiegraad voor BMR daalde opnieuw licht. De belangrijkste oorzaak is vaccinatietwijfel bij "
         "ouders; de JGZ heeft extra gesprekken gevoerd en in drie gemeenten inloopspreekuren georganiseerd. De "
         "lasten bleven onder de begroting doordat vacatures voor jeugdartsen en jeugdverpleegkundigen moeilijk "
         "te vervullen zijn. Rijssen-Holten neemt de jeugdgezondheidszorg niet af van Regio Twente."),
        ("Wij wilden dat signalen van huiselijk geweld en kindermishandeling snel worden opgepakt door Veilig "
         "Thuis Twente en dat de regionale inkoop van zorg goed verloopt.",
         "Veilig Thuis Twente ontving meer meldingen dan ooit. Om de wachtlijst voor onderzoeken te beperken "
         "is tijdelijk extra personeel ingehuurd. Daardoor vielen de lasten hoger uit dan begroot. De hogere "
         "baten komen van de aanvullende rijksbijdrage voor de aanpak van wachtlijsten."),
        ("Wij wilden de economische kracht en de leefbaarheid van Twente versterken met de Agenda van Twente en "
         "de samenwerking met de provincie Overijssel en het bedrijfsleven.",
         "Er waren 27 projecten van de Agenda van Twente in uitvoering. Enkele grote projecten, waaronder de "
         "uitbreiding van de technologiecampus, liepen vertraging op. Daardoor zijn de lasten en de onttrekking "
         "aan de bestemmingsreserve Agenda van Twente lager dan begroot; ook de bijdrage van de provincie "
         "(baten) viel lager uit."),
        ("Wij wilden een wendbare en efficiënte organisatie die de programma's goed ondersteunt: personeel, "
         "financiën, ICT, huisvesting en informatiebeveiliging.",
         "De kosten van ICT en informatiebeveiliging stegen, maar de lagere kosten van huisvesting compenseerden "
         "dit. De baten zijn hoger door detachering van medewerkers."),
    ]
    for pi, ((name, lasten, baten), (want, done)) in enumerate(zip(d.RT_PROGS, texts)):
        B.append({"t": "h2", "text": f"2.{pi + 1} Programma {name}"})
        B.append({"t": "h3", "text": "Wat wilden we bereiken?"})
        B.append({"t": "p", "text": want})
        B.append({"t": "h3", "text": "Wat hebben we daarvoor gedaan?"})
        B.append({"t": "p", "text": done})
        inds = [i for i in d.RT_IND if i[0] == pi]
        if inds:
            rows = []
            for _, lab, unit, r23, s24, r24 in inds:
                def f(v, unit=unit):
                    if v is None:
                        return "n.v.t."
                    return dec(v, 1) + "%" if unit == "%" else thin(v)
                rows.append({"cells": [lab, unit if unit != "%" else "%", f(r23), f(s24), f(r24)]})
            B.append({"t": "table", "id": f"RT-T2.{pi + 1}a",
                      "caption": f"Tabel 2.{pi + 1}a Prestatie-indicatoren {d.RT_PROG_SHORT[pi]}",
                      "header": [["Indicator", "Eenheid", "Realisatie 2023", "Streefwaarde 2024",
                                  "Realisatie 2024"]],
                      "rows": rows, "widths": [46, 10, 14, 15, 15], "align": ["l", "c", "r", "r", "r"],
                      "width": 0.8})
        B.append({"t": "h3", "text": "Wat heeft het gekost?"})
        saldo = tuple(baten[i] - lasten[i] for i in range(4))
        rows = []
        for lab, vals, kind in (("Lasten", lasten, "l"), ("Baten", baten, "b"), ("Saldo", saldo, "s")):
            if kind == "l":
                diff = vals[2] - vals[3]
            else:
                diff = vals[3] - vals[2]
            rows.append({"cells": [lab, thin(vals[0]), thin(vals[1]), thin(vals[2]), thin(vals[3]),
                                   thin(abs(diff)), "V" if diff > 0 else ("N" if diff < 0 else "")],
                         "style": "subtotal" if kind == "s" else "normal"})
        B.append({"t": "table", "id": f"RT-T2.{pi + 1}b",
                  "caption": f"Tabel 2.{pi + 1}b Lasten en baten {d.RT_PROG_SHORT[pi]} (bedragen in euro's)",
                  "header": [["", "", {"text": "2024", "span": 4}, ""],
                             ["Programma " + d.RT_PROG_SHORT[pi], "Realisatie 2023", "Begroting primitief",
                              "Begroting na wijziging", "Realisatie", "Verschil", "V/N"]],
                  "rows": rows, "widths": [24, 13, 13, 14, 13, 12, 6], "align": ["l", "r", "r", "r", "r", "r", "c"],
                  "width": 0.9})
        dl = lasten[2] - lasten[3]
        db = baten[3] - baten[2]
        B.append({"t": "p", "text":
                  f"Toelichting. De lasten zijn {teur(abs(dl))} {'lager' if dl > 0 else 'hoger'} dan de begroting "
                  f"na wijziging ({'voordeel' if dl > 0 else 'nadeel'}); de baten zijn {teur(abs(db))} "
                  f"{'hoger' if db > 0 else 'lager'} ({'voordeel' if db > 0 else 'nadeel'})."})

    # ---------------------------------------------------------------- 3 Paragrafen
    B.append({"t": "h1", "text": "3 Paragrafen"})
    B.append({"t": "h2", "text": "3.1 Weerstandsvermogen en risicobeheersing"})
    B.append({"t": "p", "text":
              "Regio Twente heeft geen eigen belastinggebied. Tegenvallers worden opgevangen in de algemene "
              "reserve; als die niet toereikend is, dragen de gemeenten de tekorten naar rato van hun bijdrage. "
              "De beschikbare weerstandscapaciteit is de stand van de algemene reserve per 31 december 2024."})
    rows = [{"cells": [lab, teur(b), f"{p}%", teur(x)]} for (lab, b, p), x in zip(d.RT_RISKS, d.RT_RISK_X)]
    rows.append({"cells": ["Benodigde weerstandscapaciteit", "", "", teur(d.RT_BENODIGD)], "style": "subtotal"})
    rows.append({"cells": ["Beschikbare weerstandscapaciteit (algemene reserve 31-12-2024)", "", "",
                           teur(d.RT_BESCHIKBAAR)]})
    rows.append({"cells": ["Ratio weerstandsvermogen", "", "", dec(d.RT_RATIO, 2)], "style": "total"})
    B.append({"t": "table", "id": "RT-T3.1", "caption": "Tabel 3.1 Risico's en weerstandsvermogen",
              "header": [["Risico", "Maximaal effect", "Kans", "Effect x kans"]], "rows": rows,
              "widths": [52, 16, 10, 22], "align": ["l", "r", "r", "r"], "width": 0.8})
    B.append({"t": "p", "text":
              f"De ratio weerstandsvermogen is {dec(d.RT_RATIO, 2)}. Het algemeen bestuur hanteert een "
              "ondergrens van 1,0; de ratio is daarmee voldoende."})
    B.append({"t": "h2", "text": "3.2 Financiële kengetallen"})
    rows = [{"cells": [lab, dec(a, 1) + "%", dec(b, 1) + "%", dec(c, 1) + "%"]} for lab, a, b, c in d.RT_KENGETALLEN]
    B.append({"t": "table", "id": "RT-T3.2", "caption": "Tabel 3.2 Financiële kengetallen",
              "header": [["Kengetal", "Realisatie 2023", "Begroting 2024", "Realisatie 2024"]], "rows": rows,
              "widths": [52, 16, 16, 16], "align": ["l", "r", "r", "r"], "width": 0.8})
    B.append({"t": "p", "text":
              "Een negatieve netto schuldquote betekent dat de financiële bezittingen groter zijn dan de schulden. "
              "De solvabiliteitsratio is het eigen vermogen als percentage van het balanstotaal."})
    B.append({"t": "h2", "text": "3.3 Bedrijfsvoering"})
    B.append({"t": "p", "text":
              f"Eind 2024 werkten {d.RT_FTE_TOT[2]} medewerkers bij Regio Twente, samen {dec(d.RT_FTE_TOT[1], 1)} "
              f"fte. De formatie was {dec(d.RT_FTE_TOT[0], 1)} fte. Het ziekteverzuim daalde van "
              f"{dec(d.RT_VERZUIM[0], 1)}% in 2023 naar {dec(d.RT_VERZUIM[1], 1)}% in 2024."})
    rows = [{"cells": [d.RT_PROG_SHORT[i], dec(f[0], 1), dec(f[1], 1), str(f[2])]} for i, f in enumerate(d.RT_FTE)]
    rows.append({"cells": ["Totaal", dec(d.RT_FTE_TOT[0], 1), dec(d.RT_FTE_TOT[1], 1), str(d.RT_FTE_TOT[2])],
                 "style": "total"})
    B.append({"t": "table", "id": "RT-T3.3", "caption": "Tabel 3.3 Formatie en bezetting per 31 december 2024",
              "header": [["Programma", "Formatie (fte)", "Bezetting (fte)", "Medewerkers (aantal)"]], "rows": rows,
              "widths": [46, 18, 18, 18], "align": ["l", "r", "r", "r"], "width": 0.7})

    # ---------------------------------------------------------------- 4 Bijdragen gemeenten
    B.append({"t": "h1", "text": "4 Bijdragen van de gemeenten"})
    tar = "; ".join(f"{c} € {dec(t, 2)}" for c, t in d.RT_COMP)
    B.append({"t": "p", "text":
              "De gemeenten betalen een inwonerbijdrage voor de basistaken en een bijdrage voor de plustaken en "
              "het maatwerk dat zij afnemen. De inwonerbijdrage is het aantal inwoners per 1 januari 2023 "
              "(het jaar t-1 vóór het begrotingsjaar) vermenigvuldigd met het tarief per inwoner. Het tarief "
              f"2024 is € {dec(d.RT_TARIEF, 2)} per inwoner, opgebouwd uit: {tar}. De plustaken en het maatwerk "
              "worden afgerekend op basis van de werkelijke afname."})
    rows = []
    for n, inw in d.RT_GEM:
        lab = n + ("*" if n == d.RT_NOJGZ else "")
        rows.append({"cells": [lab, thin(inw)] + [thin(v) for v in d.RT_BASIS[n]] + [thin(d.RT_BASIS_TOT[n])]})
    rows.append({"cells": ["Totaal", thin(d.RT_INW_TOTAL)] + [thin(v) for v in d.RT_BASIS_COMP_TOT]
                 + [thin(d.RT_BASIS_TOTAL)], "style": "total"})
    B.append({"t": "table", "id": "RT-T4.1", "caption": "Tabel 4.1 Inwonerbijdrage basistaken 2024 per gemeente",
              "scale": "bedragen in euro's",
              "header": [["Gemeente", "Inwoners 1-1-2023", "Publieke gezondheid", "Jeugdgezondheidszorg",
                          "Sociaal domein / Zorg", "Regionale samenwerking", "Bedrijfsvoering",
                          "Totaal basistaken"]],
              "rows": rows, "widths": [16, 11, 12, 13, 12, 12, 11, 13], "align": ["l"] + ["r"] * 7,
              "notes": ["* Rijssen-Holten neemt de jeugdgezondheidszorg niet af van Regio Twente en betaalt "
                        "daarom geen bijdrage voor de jeugdgezondheidszorg."]})
    rows = []
    for n, inw in d.RT_GEM:
        lab = n + ("*" if n == d.RT_NOJGZ else "")
        pb, pw = d.RT_PLUS[n]
        rows.append({"cells": [lab, thin(d.RT_BASIS_TOT[n]), thin(pb), thin(pw), thin(d.RT_TOT_BEGR[n]),
                               thin(d.RT_TOT_WERK[n]), dec(d.RT_PER_INW[n], 2)]})
    tb = sum(d.RT_TOT_BEGR.values())
    tw = sum(d.RT_TOT_WERK.values())
    rows.append({"cells": ["Totaal", thin(d.RT_BASIS_TOTAL), thin(d.RT_PLUS_BEGR), thin(d.RT_PLUS_WERK), thin(tb),
                           thin(tw), dec(round(tw / d.RT_INW_TOTAL, 2), 2)], "style": "total"})
    B.append({"t": "table", "id": "RT-T4.2",
              "caption": "Tabel 4.2 Bijdragen per gemeente 2024: begroot en werkelijk",
              "scale": "bedragen in euro's; per inwoner in euro's met twee decimalen",
              "header": [["Gemeente", "Basistaken", "Plustaken en maatwerk begroot",
                          "Plustaken en maatwerk werkelijk", "Totaal begroot", "Totaal werkelijk",
                          "Per inwoner (werkelijk)"]],
              "rows": rows, "widths": [17, 14, 15, 15, 14, 14, 11], "align": ["l"] + ["r"] * 6,
              "notes": ["* Zie de toelichting onder tabel 4.1."]})
    B.append({"t": "p", "text":
              "Het bedrag per inwoner verschilt per gemeente door het maatwerk dat een gemeente afneemt. Enschede "
              "neemt het meeste maatwerk af, onder meer voor de aanpak van gezondheidsachterstanden in wijken."})

    # ---------------------------------------------------------------- 5 Jaarrekening
    B.append({"t": "h1", "text": "5 Jaarrekening"})
    B.append({"t": "h2", "text": "5.1 Overzicht van baten en lasten"})
    B.append({"t": "p", "text":
              "Het overzicht van baten en lasten is in duizenden euro's. Door afronding kan de som van de regels "
              "afwijken van het totaal."})
    cols = ["Realisatie 2023", "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Realisatie 2024"]
    rows = [{"cells": ["Lasten", "", "", "", ""], "style": "group"}]
    for name, lasten, _ in d.RT_PROGS:
        rows.append({"cells": [name] + [thin(k(v)) for v in lasten]})
    rows.append({"cells": ["Totaal lasten"] + [thin(k(v)) for v in d.RT_LASTEN], "style": "subtotal"})
    rows.append({"cells": ["Baten", "", "", "", ""], "style": "group"})
    for name, _, baten in d.RT_PROGS:
        rows.append({"cells": [name] + [thin(k(v)) for v in baten]})
    rows.append({"cells": ["Bijdragen gemeenten basistaken"] + [thin(k(v)) for v in d.RT_BIJDR_BASIS]})
    rows.append({"cells": ["Bijdragen gemeenten plustaken en maatwerk"] + [thin(k(v)) for v in d.RT_BIJDR_PLUS]})
    rows.append({"cells": ["Totaal baten"] + [thin(k(v)) for v in d.RT_BATEN], "style": "subtotal"})
    rows.append({"cells": ["Saldo van baten en lasten"] + [thin(k(v)) for v in d.RT_SALDO], "style": "subtotal"})
    rows.append({"cells": ["Toevoegingen aan reserves"] + [thin(k(v)) for v in d.RT_TOEV]})
    rows.append({"cells": ["Onttrekkingen aan reserves"] + [thin(k(v)) for v in d.RT_ONTT]})
    rows.append({"cells": ["Resultaat"] + [thin(k(v)) for v in d.RT_RESULT], "style": "total"})
    B.append({"t": "table", "id": "RT-T5.1", "caption": "Tabel 5.1 Overzicht van baten en lasten 2024",
              "scale": "bedragen x € 1 000",
              "header": [["Omschrijving"] + cols], "rows": rows, "widths": [36, 16, 16, 16, 16],
              "align": ["l", "r", "r", "r", "r"], "width": 0.85})
    B.append({"t": "h2", "text": "5.2 Balans per 31 december", "newpage": True})
    rows = [{"cells": ["Activa", "", ""], "style": "group"}]
    rows += [{"cells": [lab, thin(a), thin(b)]} for lab, a, b in d.RT_BAL_ACT]
    rows.append({"cells": ["Totaal activa", thin(d.RT_BAL_TOTAL[0]), thin(d.RT_BAL_TOTAL[1])], "style": "subtotal"})
    rows.append({"cells": ["Passiva", "", ""], "style": "group"})
    rows += [{"cells": [lab, thin(a), thin(b)]} for lab, a, b in d.RT_BAL_PAS]
    rows.append({"cells": ["Totaal passiva", thin(d.RT_BAL_TOTAL[0]), thin(d.RT_BAL_TOTAL[1])], "style": "total"})
    B.append({"t": "table", "id": "RT-T5.2", "caption": "Tabel 5.2 Balans (bedragen x € 1 000)",
              "header": [["Balanspost", "31-12-2024", "31-12-2023"]], "rows": rows, "widths": [60, 20, 20],
              "align": ["l", "r", "r"], "width": 0.65})
    B.append({"t": "p", "text":
              "Het eigen vermogen bestaat uit de reserves (tabel 5.3) en het resultaat van het boekjaar."})
    B.append({"t": "h2", "text": "5.3 Reserves"})
    rows = [{"cells": [n, thin(a), thin(b), thin(c), thin(e), thin(f)]} for n, a, b, c, e, f in d.RT_RES_ROWS]
    rows.append({"cells": ["Totaal reserves"] + [thin(v) for v in d.RT_RES_TOT], "style": "total"})
    B.append({"t": "table", "id": "RT-T5.3", "caption": "Tabel 5.3 Verloop van de reserves in 2024",
              "scale": "bedragen in euro's",
              "header": [["Reserve", "Stand 1-1-2024", "Bestemming resultaat 2023", "Toevoegingen",
                          "Onttrekkingen", "Stand 31-12-2024"]], "rows": rows,
              "widths": [32, 13, 15, 13, 13, 14], "align": ["l", "r", "r", "r", "r", "r"], "width": 0.9})
    B.append({"t": "p", "text":
              f"Van het resultaat 2023 ({teur(d.RT_RES_RESULT_2023)}) is {teur(d.RT_RES_2023_TO_GEM)} "
              f"terugbetaald aan de gemeenten en {teur(d.RT_RES_RESULT_2023 - d.RT_RES_2023_TO_GEM)} toegevoegd "
              "aan de algemene reserve. De onttrekking aan de bestemmingsreserve Agenda van Twente is lager dan "
              "begroot doordat projecten vertraging opliepen."})
    B.append({"t": "h2", "text": "5.4 Wet normering topinkomens (WNT)", "newpage": True})
    B.append({"t": "p", "text":
              "De WNT is van toepassing op Regio Twente. Het bezoldigingsmaximum 2024 voor Regio Twente is het "
              f"algemene bezoldigingsmaximum van {teur(d.RT_WNT_MAX)}. De namen van de topfunctionarissen zijn in "
              "deze fictieve versie weggelaten."})
    hdr = ["Bedragen x € 1"] + [f for f, _, _ in d.RT_WNT]
    rows = [{"cells": ["Functiegegevens", "", "", ""], "style": "group"},
            {"cells": ["Aanvang en einde functievervulling in 2024"] + ["1/1 - 31/12"] * 3},
            {"cells": ["Omvang dienstverband (als deeltijdfactor in fte)"] + ["1,0"] * 3},
            {"cells": ["Bezoldiging", "", "", ""], "style": "group"},
            {"cells": ["Beloning plus belastbare onkostenvergoedingen"] + [thin(b) for _, b, _ in d.RT_WNT]},
            {"cells": ["Beloningen betaalbaar op termijn"] + [thin(t) for _, _, t in d.RT_WNT]},
            {"cells": ["Subtotaal"] + [thin(t) for t in d.RT_WNT_TOT], "style": "subtotal"},
            {"cells": ["Individueel toepasselijk bezoldigingsmaximum"] + [thin(d.RT_WNT_MAX)] * 3},
            {"cells": ["Totale bezoldiging"] + [thin(t) for t in d.RT_WNT_TOT], "style": "total"},
            {"cells": ["Onverschuldigd betaald bedrag"] + ["0"] * 3}]
    B.append({"t": "table", "id": "RT-T5.4", "caption": "Tabel 5.4 Bezoldiging topfunctionarissen 2024",
              "header": [hdr], "rows": rows, "widths": [40, 20, 20, 20], "align": ["l", "r", "r", "r"],
              "width": 0.85})
    B.append({"t": "p", "text":
              "Geen van de topfunctionarissen heeft een bezoldiging boven het bezoldigingsmaximum ontvangen; er is "
              "dus geen sprake van een overschrijding."})

    # ---------------------------------------------------------------- 6 Resultaat
    B.append({"t": "h1", "text": "6 Resultaat en resultaatbestemming"})
    B.append({"t": "p", "text":
              f"Het resultaat over 2024 bedraagt {teur(d.RT_RES_2024)} voordelig. Het dagelijks bestuur stelt het "
              "algemeen bestuur voor het resultaat als volgt te bestemmen:"})
    B.append({"t": "bullets", "items": [
        f"{teur(d.RT_BEST_PAND)} toevoegen aan de reserve pandemische paraatheid, die in 2024 is aangesproken "
        "voor de opschaling bij de mazelenuitbraak;",
        f"{teur(d.RT_BEST_VT)} toevoegen aan de egalisatiereserve Veilig Thuis, om schommelingen in het aantal "
        "meldingen op te vangen;",
        f"het restant van {teur(d.RT_TERUG)} terugbetalen aan de gemeenten, naar rato van hun bijdrage voor de "
        "basistaken 2024 (tabel 6.1)."]})
    rows = [{"cells": [n + ("*" if n == d.RT_NOJGZ else ""), thin(d.RT_BASIS_TOT[n]), dec(d.RT_AANDEEL[n], 2) + "%",
                       thin(d.RT_TERUG_GEM[n])]} for n in G]
    rows.append({"cells": ["Totaal", thin(d.RT_BASIS_TOTAL), "100,00%", thin(d.RT_TERUG)], "style": "total"})
    B.append({"t": "table", "id": "RT-T6.1", "caption": "Tabel 6.1 Terugbetaling resultaat 2024 per gemeente",
              "scale": "bedragen in euro's",
              "header": [["Gemeente", "Bijdrage basistaken 2024", "Aandeel", "Terugbetaling"]], "rows": rows,
              "widths": [34, 24, 18, 24], "align": ["l", "r", "r", "r"], "width": 0.7})
    return B


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, blocks in (("vjn", vjn_blocks()), ("rt", rt_blocks())):
        (OUT / f"{name}.json").write_text(json.dumps(blocks, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {OUT / name}.json ({len(blocks)} blocks)")


if __name__ == "__main__":
    main()
