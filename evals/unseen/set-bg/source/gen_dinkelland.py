"""Writes the FICTIONAL 'Gemeente Dinkelland, Jaarstukken 2020, Ambitie Inclusieve samenleving' as HTML and prints it
to PDF with HTMLDOC (Debian package `htmldoc`, its own PDF writer; book mode with a title page and a table of
contents).  Usage: python gen_dinkelland.py OUTDIR
"""
import os
import subprocess
import sys

from data import DK_IND, DK_KERN, DK_STIM_BEGIN, DK_STIM_INITIATIEVEN, DK_STIM_TOEGEKEND, dinkelland
from fmt import dk_amount, mln, nl

D = dinkelland()
NAME = "dinkelland-jaarstukken-2020-inclusieve-samenleving"
GREEN = "#4e7d2b"
LIGHT = "#e4eed9"
GREY = "#eeeeee"


def num(n):
    return dk_amount(n)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HEAD5 = ("Begroting primitief 2020", "Wijzigingen 2020", "Begroting na wijziging 2020", "Realisatie 2020", "Verschil")


def money_table(caption, rows, total_label, total, parts=None, first_col="Taakveld"):
    """rows: dicts with code, name and the five columns; parts: list of (label, dict) under the total (italic)."""
    h = ['<!-- NEED 9cm -->', f'<p><b>{esc(caption)}</b></p>',
         '<table border="0" cellpadding="3" cellspacing="0" width="100%">',
         f'<tr bgcolor="{GREEN}"><th align="left" width="34%"><font color="#ffffff">{first_col}</font></th>']
    for c in HEAD5:
        h.append(f'<th align="right" width="13%"><font color="#ffffff">{c}</font></th>')
    h.append('</tr>')
    for i, r in enumerate(rows):
        bg = f' bgcolor="{LIGHT}"' if i % 2 else ''
        label = f'{r["code"]} {esc(r["name"])}' if r.get("code") and first_col == "Taakveld" else esc(r["name"])
        h.append(f'<tr{bg}><td>{label}</td>' + ''.join(
            f'<td align="right" nowrap>{num(r[k])}</td>' for k in ("prim", "wijz", "nw", "real", "verschil")) + '</tr>')
    h.append(f'<tr bgcolor="{GREY}"><td><b>{total_label}</b></td>' + ''.join(
        f'<td align="right" nowrap><b>{num(total[k])}</b></td>' for k in ("prim", "wijz", "nw", "real", "verschil")) + '</tr>')
    for label, p in parts or []:
        h.append(f'<tr><td>&nbsp;&nbsp;&nbsp;<i>{label}</i></td>' + ''.join(
            f'<td align="right" nowrap><i>{num(p[k])}</i></td>' for k in ("prim", "wijz", "nw", "real", "verschil")) + '</tr>')
    h.append('</table>')
    return "\n".join(h)


def simple_table(header, rows, widths=None, bold_last=False, align=None):
    h = ['<table border="0" cellpadding="3" cellspacing="0" width="100%">', f'<tr bgcolor="{GREEN}">']
    for i, c in enumerate(header):
        a = (align[i] if align else ("left" if i == 0 else "right"))
        w = f' width="{widths[i]}"' if widths else ''
        h.append(f'<th align="{a}"{w}><font color="#ffffff">{c}</font></th>')
    h.append('</tr>')
    for j, r in enumerate(rows):
        last = bold_last and j == len(rows) - 1
        bg = f' bgcolor="{GREY}"' if last else (f' bgcolor="{LIGHT}"' if j % 2 else '')
        h.append(f'<tr{bg}>')
        for i, c in enumerate(r):
            a = (align[i] if align else ("left" if i == 0 else "right"))
            c = f'<b>{c}</b>' if last else c
            h.append(f'<td align="{a}" valign="top"{" nowrap" if a == "right" else ""}>{c}</td>')
        h.append('</tr>')
    h.append('</table>')
    return "\n".join(h)


L = {r["code"]: r for r in D["L"]}
B = {r["code"]: r for r in D["B"]}
TL, TB, saldo = D["TL"], D["TB"], D["saldo"]
UP = {r["name"].split(" (")[0]: r for r in D["up"]}
RES = {r["name"]: r for r in D["res"]}
INV = {r["name"]: r for r in D["inv"]}
jeugd_real = L["6.72"]["real"] + L["6.82"]["real"]
jeugd_nw = L["6.72"]["nw"] + L["6.82"]["nw"]


def cover():
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="100%" cellpadding="14" border="0"><tr bgcolor="{GREEN}"><td>
<font color="#ffffff" size="+3"><b>Gemeente Dinkelland</b></font><br>
<font color="#ffffff" size="+2">Jaarstukken 2020</font><br>
<font color="#ffffff" size="+1">Ambitie Inclusieve samenleving</font></td></tr></table>
<br><br>
<table width="100%" cellpadding="8" border="1"><tr><td bgcolor="#fff4d6">
<b>FICTIEF DOCUMENT.</b> Dit is een verzonnen jaarverslag, gemaakt als testmateriaal. De opbouw volgt de echte
Begroting 2020 van de gemeente Dinkelland (ambitie Inclusieve samenleving), maar <b>alle bedragen, aantallen en
realisatiecijfers in dit document zijn verzonnen</b> en zeggen niets over de werkelijke jaarrekening 2020 van de
gemeente Dinkelland.</td></tr></table>
<br><br>
<p>Onderdeel van de Jaarstukken 2020: programmaverantwoording per ambitie.<br>
Aangeboden aan de gemeenteraad, mei 2021.<br>
Publicatiedatum: 27-05-2021</p>
</body></html>"""


def body():
    il, ib = D["IL"], D["IB"]
    h = []
    a = h.append
    # ---------------------------------------------------------------- 1
    a('<h1>In één oogopslag</h1>')
    a('<p>De ambitie Inclusieve samenleving omvat het sociaal domein van de gemeente Dinkelland: de vier actielijnen '
      'Langer gezond, Versterken sociale basis, Zorg meer nabij en Meer inwoners kunnen meedoen. Hieronder staan de '
      'belangrijkste cijfers van 2020. De bedragen in dit overzicht zijn afgerond op € 0,1 miljoen; de tabellen in '
      'hoofdstuk 5 geven de bedragen in hele euro\'s.</p>')
    a(simple_table(["Financieel (€ mln)", "Begroting na wijziging 2020", "Realisatie 2020"], [
        ["Lasten ambitie Inclusieve samenleving", mln(TL["nw"]), mln(TL["real"])],
        ["Baten ambitie Inclusieve samenleving", mln(TB["nw"]), mln(TB["real"])],
        ["Saldo van baten en lasten", "− " + mln(saldo["nw"]), "− " + mln(saldo["real"])],
        ["waarvan jeugdhulp (taakvelden 6.72 en 6.82)", mln(jeugd_nw), mln(jeugd_real)],
        ["waarvan Wmo-maatwerk (taakvelden 6.6 en 6.71)", mln(L["6.6"]["nw"] + L["6.71"]["nw"]),
         mln(L["6.6"]["real"] + L["6.71"]["real"])],
    ], widths=["52%", "24%", "24%"]))
    a('<br>')
    a(simple_table(["Kerngegevens", "2020"], [
        ["Aantal inwoners op 1 januari 2020", nl(DK_KERN["inwoners"])],
        ["Werkelijke lasten ambitie per inwoner (€)", nl(D["per_inw"])],
        ["Jeugdigen met jeugdhulp", nl(DK_KERN["jeugdigen_jeugdhulp"])],
        ["Cliënten met een Wmo-maatwerkvoorziening", nl(DK_KERN["clienten_wmo"])],
        ["Huishoudens met een bijstandsuitkering (31 december)", nl(DK_KERN["bijstand_31_12"])],
        ["Toegekende Tozo-aanvragen", nl(DK_KERN["tozo_toegekend"])],
        ["Huisartsenpraktijken met een POH Jeugd", nl(DK_KERN["poh_praktijken"])],
    ], widths=["70%", "30%"]))
    a('<p>Het saldo van de ambitie is in 2020 <b>€ ' + nl(-saldo["verschil"]) + ' nadeliger</b> uitgekomen dan de '
      'begroting na wijziging. De overschrijdingen zitten vooral in de maatwerkdienstverlening voor volwassenen en '
      'jeugd; zie de toelichting op de verschillen in hoofdstuk 6.</p>')
    # ---------------------------------------------------------------- 2
    a('<h1>Inleiding en leeswijzer</h1>')
    a('<h2>Inleiding Ambitie Inclusieve samenleving</h2>')
    a('<p>Een samenleving waarin iedereen mee doet, dat noemen we een inclusieve samenleving. In de Begroting 2020 '
      'hebben we beschreven hoe we samen met inwoners, verenigingen, ondernemers en maatschappelijke organisaties '
      'hier invulling aan willen geven. Het jaar 2020 stond voor een groot deel in het teken van de coronacrisis. '
      'Veel inspanningen uit het uitvoeringsplan sociaal domein zijn vertraagd, omdat bijeenkomsten met inwoners en '
      'professionals niet door konden gaan. Tegelijkertijd kwam er nieuw werk bij: de uitvoering van de Tijdelijke '
      'overbruggingsregeling zelfstandig ondernemers (Tozo) en extra steun aan de sociale basis.</p>')
    a('<p>Het project <b>Grip op sociaal domein</b> is in 2020 gestart. Er is een dashboard ontwikkeld dat per '
      'kwartaal de instroom, de doorlooptijden en de kosten van jeugdhulp en Wmo-maatwerk laat zien. De geplande '
      '<b>werkateliers</b> met professionals, inwoners en ambtenaren zijn twee keer fysiek en daarna online gehouden; '
      'de opbrengst is verwerkt in het uitvoeringsplan voor 2021.</p>')
    a('<h2>Leeswijzer</h2>')
    a('<p>Per actielijn beschrijven we wat we wilden bereiken (het doel uit de Begroting 2020), wat we hebben bereikt '
      'en wat we daarvoor hebben gedaan. Daarna volgen de financiële verantwoording en de toelichting op de '
      'verschillen. Alle bedragen in de tabellen zijn in hele euro\'s. De kolom <i>Wijzigingen 2020</i> bevat de '
      'begrotingswijzigingen die de raad in 2020 heeft vastgesteld (voorjaarsnota, najaarsnota en de '
      'coronawijzigingen); <i>Begroting na wijziging 2020</i> is de primitieve begroting plus deze wijzigingen. '
      'De kolom <i>Verschil</i> vergelijkt de realisatie met de begroting na wijziging: een positief bedrag is een '
      'voordeel, een bedrag met een minteken (bijvoorbeeld − 12.345) is een nadeel voor de gemeente.</p>')
    # ---------------------------------------------------------------- 3
    a('<h1>Meetbaarheid</h1>')
    a('<p>In de Begroting 2020 zijn per actielijn indicatoren opgenomen. De tabel geeft de nulmeting, de '
      'streefwaarde voor 2020 en de gerealiseerde waarde. Een aantal indicatoren komt uit de Jeugdmonitor van de GGD, '
      'die in 2020 vanwege corona niet is afgenomen; voor die indicatoren is er geen realisatie over 2020.</p>')
    rows = [[esc(l), esc(b), n, s, r] for l, b, n, s, r in DK_IND]
    a(simple_table(["Indicator", "Bron", "Nulmeting", "Streefwaarde 2020", "Realisatie 2020"], rows,
                   widths=["42%", "20%", "13%", "12%", "13%"], align=["left", "left", "right", "right", "right"]))
    a('<p>De Volwassenen- en ouderenmonitor is in het najaar van 2020 uitgevoerd. Het percentage inwoners dat een '
      'goede gezondheid ervaart is gedaald van 89% naar 87%; landelijk is een vergelijkbare daling zichtbaar. Het '
      'cijfer voor de cliënttevredenheid Wmo steeg naar 7,9, het cijfer voor Jeugd daalde naar 7,5.</p>')
    # ---------------------------------------------------------------- 4
    a('<h1>Actielijnen</h1>')
    a('<h2>Langer gezond</h2>')
    a('<p><b>Doel:</b> Nog meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen en zijn in staat '
      'hen te activeren deel te nemen aan de samenleving.</p>')
    a('<p><b>Wat hebben we bereikt?</b> Op 2 juli 2020 is het <b>lokale sportakkoord</b> ondertekend door 31 '
      'sportaanbieders. Het maatschappelijk kader sociaal domein is daarmee bij alle sportverenigingen uitgerold. '
      'Voor Sport als middel was in de begroting € 52.000 beschikbaar; daarvan is € 49.310 besteed. De '
      'actualisatie van de cultuurvisie is door corona uitgesteld naar 2021: van het budget voor cultuur '
      '(€ 45.500) is € 18.200 uitgegeven. Het onderzoek naar het IJslands preventiemodel is afgerond; de raad '
      'heeft in november 2020 besloten het model in drie kernen te beproeven. De kampeerfeesten gingen in 2020 '
      'niet door.</p>')
    a('<h2>Versterken sociale basis</h2>')
    a('<p><b>Doel:</b> De niet-professionele algemene voorzieningen zoals vrijwilligersorganisaties en '
      'inwonersinitiatieven zijn beter toegerust om inwoners te ondersteunen bij het bereiken van een positieve '
      'gezondheid.</p>')
    a(f'<p><b>Wat hebben we bereikt?</b> Uit het <b>stimuleringsfonds</b> zijn in 2020 {DK_STIM_INITIATIEVEN} '
      f'inwonersinitiatieven ondersteund met in totaal € {nl(DK_STIM_TOEGEKEND)}, onder andere open eettafels, '
      'boodschappendiensten en ommetjes tijdens de lockdown. Het fonds had aan het begin van het jaar een stand van '
      f'€ {nl(DK_STIM_BEGIN)}. Het verbreden van het stimuleringsfonds naar een leefbaarheidsfonds is uitgesteld '
      'naar 2021. De <b>pilot dorpsondersteuner</b> in Saasveld is geëvalueerd: de dorpsondersteuner heeft 74 '
      'inwoners geholpen en de pilot wordt in 2021 uitgebreid naar Weerselo en Rossum. De sociale hypotheek met '
      'Rossum is opgesteld en door de dorpsraad ondertekend.</p>')
    a('<h2>Zorg meer nabij</h2>')
    a('<p><b>Doel:</b> Professionals zijn beter toegerust, dichterbij en werken beter samen om inwoners te '
      'ondersteunen bij het bereiken van een positieve gezondheid.</p>')
    a(f'<p><b>Wat hebben we bereikt?</b> De pilot <b>Praktijkondersteuner Jeugd</b> in de huisartsenpraktijk loopt '
      f'nu in {DK_KERN["poh_praktijken"]} huisartsenpraktijken. Toch steeg het aandeel jeugdindicaties via de '
      'huisarts naar 27%. De realisatie van één geïntegreerde toegang (Wij in de Buurt, TOZ en Werkplein) is '
      'gestart; de fysieke huisvesting op één plek volgt in 2021. Het actieplan lokale aanpak huiselijk geweld en '
      'kindermishandeling is vastgesteld. Het plan van aanpak Wijk-GGD is geïmplementeerd; de Wijk-GGD\'er nam in '
      '2020 41 meldingen van verward gedrag in behandeling.</p>')
    a('<h2>Meer inwoners kunnen meedoen</h2>')
    a('<p><b>Doel:</b> Meer inwoners ervaren een positievere gezondheid door de inzet van een '
      'maatwerkvoorziening.</p>')
    a(f'<p><b>Wat hebben we bereikt?</b> Het advies over de <b>transformatie arbeidsmarktparticipatie</b> is in '
      'september 2020 opgeleverd; de raad koos voor het scenario waarin de uitvoering van de Participatiewet vanaf '
      '2022 lokaal wordt georganiseerd, met het <b>Noaberhoes</b> als uitvoeringslocatie voor werk en '
      'daginvulling. De inrichting van het Noaberhoes is gestart (zie de investeringen in hoofdstuk 8). In 2020 '
      f'zijn {nl(DK_KERN["tozo_toegekend"])} Tozo-aanvragen van zelfstandig ondernemers toegekend. De '
      'coördinatoren interne en externe verwijzingen zijn per 1 januari 2020 aangesteld. Het MaaS-project leverde '
      'in 2020 een eerste versie van de app op, die door 180 inwoners is getest.</p>')
    a('<p><b>Wat hebben we daarvoor gedaan?</b></p>')
    a(simple_table(["Inspanning", "Resultaat 2020", "Status"], [
        ["Sport als middel", "Lokaal sportakkoord ondertekend (2 juli 2020)", "Afgerond"],
        ["Actualiseren cultuurvisie", "Startnotitie; uitwerking uitgesteld", "Vertraagd (corona)"],
        ["Stimuleringsfonds inwonersinitiatieven", f"{DK_STIM_INITIATIEVEN} initiatieven ondersteund", "Loopt door"],
        ["Pilot dorpsondersteuner Saasveld", "Evaluatie afgerond, uitbreiding besloten", "Afgerond"],
        ["Eén geïntegreerde toegang", "Werkwijze vastgesteld, huisvesting in 2021", "Loopt door"],
        ["Transformatie arbeidsmarktparticipatie", "Advies en raadsbesluit (scenario lokaal)", "Afgerond"],
        ["MaaS-project", "Eerste versie app getest", "Loopt door"],
    ], widths=["38%", "44%", "18%"], align=["left", "left", "left"]))
    # ---------------------------------------------------------------- 5
    a('<h1>Wat heeft het gekost?</h1>')
    a('<p>Onderstaande tabellen geven de lasten en de baten van de ambitie Inclusieve samenleving per taakveld. '
      'Bedragen in euro\'s. Onder elk totaal staat welk deel structureel en welk deel incidenteel is.</p>')
    a(money_table("Tabel 5.1 Lasten per taakveld", D["L"], "Totaal lasten", TL,
                  [("waarvan structureel", D["SL"]), ("waarvan incidenteel", D["TIL"])]))
    a('<br>')
    a(money_table("Tabel 5.2 Baten per taakveld", D["B"], "Totaal baten", TB,
                  [("waarvan structureel", D["SB"]), ("waarvan incidenteel", D["TIB"])]))
    a('<br>')
    sal = [dict(name="Totaal lasten", **{k: TL[k] for k in ("prim", "wijz", "nw", "real")}, verschil=TL["verschil"]),
           dict(name="Totaal baten", **{k: TB[k] for k in ("prim", "wijz", "nw", "real")}, verschil=TB["verschil"])]
    a(money_table("Tabel 5.3 Saldo van baten en lasten", sal, "Saldo van baten en lasten", saldo, first_col="Omschrijving"))
    a('<p>Het saldo is negatief: de lasten van de ambitie zijn hoger dan de baten. Het tekort wordt gedekt uit de '
      'algemene dekkingsmiddelen (onder andere de algemene uitkering uit het gemeentefonds).</p>')
    a('<p><b>Incidentele baten en lasten</b></p>')
    a(money_table("Tabel 5.4 Incidentele lasten", il, "Totaal incidentele lasten", D["TIL"], first_col="Omschrijving"))
    a('<br>')
    a(money_table("Tabel 5.5 Incidentele baten", ib, "Totaal incidentele baten", D["TIB"], first_col="Omschrijving"))
    # ---------------------------------------------------------------- 6
    a('<h1>Toelichting op de verschillen</h1>')
    a('<p>Hieronder lichten we de verschillen tussen de realisatie en de begroting na wijziging toe die groter zijn '
      'dan € 50.000. Een voordeel betekent lagere lasten of hogere baten dan begroot.</p>')
    v = lambda code, t: (L if t == "L" else B)[code]["verschil"]
    a(f'<p><b>6.71 Maatwerkdienstverlening 18+: nadeel € {nl(v("6.71", "L"))}</b></p>')
    a('<p>De lasten van begeleiding en huishoudelijke ondersteuning waren hoger dan begroot. Het aantal cliënten met '
      'begeleiding steeg in 2020 met 9%, onder meer doordat dagbesteding tijdens de lockdown werd omgezet in '
      'individuele begeleiding thuis. Daarnaast is de continuïteitsbijdrage aan zorgaanbieders (corona) betaald '
      'zonder dat daar volledige rijkscompensatie tegenover stond.</p>')
    a(f'<p><b>6.72 Maatwerkdienstverlening 18-: nadeel € {nl(v("6.72", "L"))}</b></p>')
    a('<p>De kosten van jeugdhulp met verblijf zijn opnieuw gestegen. Vier jeugdigen zijn in 2020 in een '
      'residentiële voorziening geplaatst met een gemiddelde prijs van ruim € 80.000 per jaar. Ook de ambulante '
      'jeugdhulp via de huisarts nam toe. Het nadeel is ondanks de inzet van de POH Jeugd niet te voorkomen '
      'geweest.</p>')
    a(f'<p><b>6.3 Inkomensregelingen: voordeel lasten € {nl(v("6.3", "L"))}, nadeel baten € {nl(v("6.3", "B"))}</b></p>')
    a('<p>De uitgaven voor de Tozo bleven € 77.346 onder de raming; daar staat een even grote lagere rijksvergoeding '
      'tegenover. Het aantal bijstandsuitkeringen daalde licht (214 huishoudens op 31 december), waardoor de '
      'lasten van de Participatiewet lager uitvielen. Aan de batenkant vielen ook de terugvorderingen lager uit.</p>')
    a(f'<p><b>6.5 Arbeidsparticipatie: voordeel € {nl(v("6.5", "L"))}</b></p>')
    a('<p>Re-integratietrajecten konden in het voorjaar van 2020 niet doorgaan. Een deel van de budgetten is daardoor '
      'niet besteed.</p>')
    a(f'<p><b>6.6 Maatwerkvoorzieningen (Wmo): nadeel € {nl(v("6.6", "L"))}</b></p>')
    a('<p>Er zijn meer woningaanpassingen en scootmobielen verstrekt dan verwacht. De eigen bijdragen (baten) '
      'waren lager door het abonnementstarief Wmo.</p>')
    a(f'<p>Per saldo sluit de ambitie Inclusieve samenleving over 2020 met een nadeel van € {nl(-saldo["verschil"])} '
      'ten opzichte van de begroting na wijziging. Alle overige verschillen zijn kleiner dan € 50.000.</p>')
    # ---------------------------------------------------------------- 7
    a('<h1>Uitvoeringsplan sociaal domein en stimuleringsfonds</h1>')
    a('<p>In de Begroting 2020 zijn de afzonderlijke incidentele budgetten uit de begroting 2019 samengevoegd tot één '
      'budget voor het uitvoeringsplan sociaal domein. De tabel laat zien wat er per onderdeel beschikbaar was en '
      'wat daarvan in 2020 is besteed. Het restant van € ' + nl(D["TUP"]["restant"]) + ' is toegevoegd aan de '
      'reserve uitvoeringsplan sociaal domein en blijft beschikbaar voor 2021.</p>')
    rows = [[esc(r["name"]), nl(r["beschikbaar"]), nl(r["besteed"]), nl(r["restant"])] for r in D["up"]]
    rows.append(["Totaal uitvoeringsplan sociaal domein", nl(D["TUP"]["beschikbaar"]), nl(D["TUP"]["besteed"]),
                 nl(D["TUP"]["restant"])])
    a('<p><b>Tabel 7.1 Besteding uitvoeringsplan sociaal domein 2020</b></p>')
    a(simple_table(["Onderdeel", "Beschikbaar (Begroting 2020)", "Besteed 2020", "Restant"], rows,
                   widths=["46%", "20%", "17%", "17%"], bold_last=True))
    a(f'<p>Het <b>stimuleringsfonds</b> is een aparte reserve. In 2020 is € {nl(DK_STIM_TOEGEKEND)} aan '
      f'{DK_STIM_INITIATIEVEN} initiatieven toegekend; de stand van het fonds daalde van € {nl(DK_STIM_BEGIN)} naar '
      f'€ {nl(DK_STIM_BEGIN - DK_STIM_TOEGEKEND)}.</p>')
    # ---------------------------------------------------------------- 8
    a('<h1>Reserves en investeringen</h1>')
    a('<p><b>Tabel 8.1 Reserves ambitie Inclusieve samenleving</b> (bedragen in euro\'s)</p>')
    rows = [[esc(r["name"]), nl(r["begin"]), nl(r["toe"]), nl(r["ont"]), nl(r["eind"])] for r in D["res"]]
    TR = D["TR"]
    rows.append(["Totaal", nl(TR["begin"]), nl(TR["toe"]), nl(TR["ont"]), nl(TR["eind"])])
    a(simple_table(["Reserve", "Saldo 1 januari 2020", "Toevoeging", "Onttrekking", "Saldo 31 december 2020"], rows,
                   widths=["36%", "16%", "16%", "16%", "16%"], bold_last=True))
    a('<p>De onttrekking aan de reserve sociaal domein (€ ' + nl(RES["Reserve sociaal domein"]["ont"]) + ') dekt een '
      'deel van de tekorten op jeugdhulp. De reserve beschermd wonen is gevormd met het voordeel op de '
      'centrumgemeentemiddelen en is bestemd voor de decentralisatie beschermd wonen per 2022.</p>')
    res_row = dict(name="Resultaat na mutaties reserves")
    a('<p><b>Tabel 8.2 Resultaat ambitie na mutaties in reserves</b> (realisatie 2020, bedragen in euro\'s)</p>')
    a(simple_table(["Omschrijving", "Realisatie 2020"], [
        ["Saldo van baten en lasten", dk_amount(saldo["real"])],
        ["Onttrekkingen aan reserves", nl(TR["ont"])],
        ["Toevoegingen aan reserves", dk_amount(-TR["toe"])],
        ["Resultaat na mutaties reserves", dk_amount(D["resultaat"])],
    ], widths=["70%", "30%"], bold_last=True))
    a('<p><b>Tabel 8.3 Investeringen</b> (bedragen in euro\'s)</p>')
    rows = [[esc(r["name"]), nl(r["krediet"]), nl(r["tm2019"]), nl(r["b2020"]), nl(r["restant"])] for r in D["inv"]]
    T = D["TINV"]
    rows.append(["Totaal", nl(T["krediet"]), nl(T["tm2019"]), nl(T["b2020"]), nl(T["restant"])])
    a(simple_table(["Investering", "Krediet", "Besteed t/m 2019", "Besteed 2020", "Restant krediet"], rows,
                   widths=["40%", "15%", "15%", "15%", "15%"], bold_last=True))
    a('<p>De kredieten voor het Noaberhoes en de toegankelijkheid van het maatschappelijk vastgoed lopen door in '
      '2021. Het restant van het MaaS-krediet wordt in 2021 besteed aan de koppeling met het regiotaxivervoer.</p>')
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>Gemeente Dinkelland | Jaarstukken 2020 | Inclusieve samenleving</title></head><body>\n"
            + "\n".join(h) + "\n</body></html>")


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    work = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-dinkelland")
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "cover.html"), "w", encoding="utf-8") as f:
        f.write(cover())
    with open(os.path.join(work, "body.html"), "w", encoding="utf-8") as f:
        f.write(body())
    pdf = os.path.join(outdir, NAME + ".pdf")
    cmd = ["htmldoc", "--book", "--numbered", "--titlefile", os.path.join(work, "cover.html"),
           "--toctitle", "Inhoud", "--toclevels", "2", "--charset", "utf-8", "-t", "pdf14", "--size", "a4",
           "--bodyfont", "sans", "--headingfont", "sans", "--fontsize", "9", "--left", "18mm", "--right", "16mm",
           "--top", "16mm", "--bottom", "16mm", "--header", "t.c", "--footer", "..1", "--tocheader", "t..",
           "--tocfooter", "..i", "--linkstyle", "plain",
           "-f", pdf, os.path.join(work, "body.html")]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print("wrote", pdf)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
