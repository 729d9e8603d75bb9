"""Gemeente Dinkelland, Raadsvoorstel Investeringsplan 2026-2029 en kredieten 2026 (FICTIONAL) -> PDF.

A council proposal as the griffie publishes it: a header block (raadsvergadering, agendapunt, portefeuillehouder,
onderwerp), Voorstel with numbered beslispunten, Inleiding, Argumenten, Kanttekeningen en risico's, Financiën (a
summary table x € 1.000 and the effect on the meerjarenbegroting in euros), Vervolg, ondertekening, the
ontwerpbesluit, and the bijlagen: the investment plan in euros on landscape pages (two-level header, groups with
subtotals, a grand total, '-' for years without an amount, some labels over two lines, header repeated on the second
page) and a toelichting per investment.  HTML printed by headless Chromium (CSS margin boxes, a named landscape
page).

Usage: python gen_raadsvoorstel.py CORPUS_DIR
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import eur, nl, nl_or_dash

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
E = html.escape
M = d.D_META
Y = d.D_YEARS
IT = d.D_ITEM
IKC, SH = d.IKC, d.SPORTHAL
PR = d.D_PROSE

CSS = """
@page { size: A4; margin: 24mm 20mm 22mm 24mm;
  @top-right { content: "gemeente Dinkelland"; font: 8pt 'Liberation Sans'; color: #5f6b5a; }
  @top-left { content: "Raadsvoorstel " """ + '"' + M["registratienummer"] + '"' + """; font: 8pt 'Liberation Sans';
              color: #5f6b5a; }
  @bottom-left { content: "Raadsvoorstel Investeringsplan 2026-2029 en kredieten 2026"; font: 8pt 'Liberation Sans';
                 color: #5f6b5a; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt 'Liberation Sans';
                  color: #5f6b5a; }
}
@page bijlage { size: A4 landscape; margin: 18mm 16mm 18mm 16mm; }
body { font: 10pt/1.42 'Liberation Sans'; color: #000; margin: 0; }
.kop { font-size: 20pt; font-weight: bold; color: #2e5a1c; margin: 0 0 2pt 0; }
.ondertitel { font-size: 10pt; color: #000; margin: 0 0 12pt 0; }
table.meta { border-collapse: collapse; width: 100%; margin: 0 0 14pt 0; font-size: 9.5pt; }
table.meta td { padding: 3pt 6pt 3pt 0; vertical-align: top; border-bottom: 0.5pt solid #b9c4b3; }
table.meta td.k { width: 34%; font-weight: bold; }
h2 { font-size: 12.5pt; color: #2e5a1c; margin: 14pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ol.besluit > li { margin: 0 0 4pt 0; }
ul { margin: 0 0 6pt 0; padding-left: 14pt; }
p.caption { font-weight: bold; font-size: 9.5pt; margin: 10pt 0 3pt 0; break-after: avoid; }
p.note { font-size: 8pt; margin: 3pt 0 8pt 0; }
table.fin { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.fin th { background: #dfe9d8; font-weight: bold; text-align: right; vertical-align: bottom; padding: 3pt 5pt;
               border-right: 1.5pt solid #fff; border-bottom: 1.5pt solid #fff; }
table.fin th.l { text-align: left; }
table.fin td { padding: 2.5pt 5pt; text-align: right; vertical-align: top; border-bottom: 0.5pt solid #9aa894; }
table.fin td.l { text-align: left; }
table.fin tr.grp td { font-weight: bold; padding-top: 6pt; }
table.fin tr.sub td { font-weight: bold; }
table.fin tr.tot td { font-weight: bold; border-bottom: 1.4pt solid #2e5a1c; }
table.fin tr { break-inside: avoid; }
thead { display: table-header-group; }
.bijlage { page: bijlage; }
.bijlage table.fin { font-size: 8.6pt; }
.sign { margin-top: 18pt; }
.newpage { break-before: page; }
"""


def ps(*xs):
    return "".join(f"<p>{E(x)}</p>" for x in xs)


def ul(items):
    return "<ul>" + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>"


def ftable(caption, head_rows, rows, widths, note=None, nleft=1):
    """head_rows: list of header rows, each a list of (text, colspan, rowspan, left); rows: (kind, cells)"""
    h = [f'<p class="caption">{E(caption)}</p>', '<table class="fin"><colgroup>']
    h += [f'<col style="width:{w}%">' for w in widths]
    h.append("</colgroup><thead>")
    for hr in head_rows:
        h.append("<tr>")
        for text, cs, rs, left in hr:
            h.append(f'<th colspan="{cs}" rowspan="{rs}" class="{"l" if left else ""}">{text}</th>')
        h.append("</tr>")
    h.append("</thead><tbody>")
    for kind, cells in rows:
        h.append(f'<tr class="{kind}">')
        for i, c in enumerate(cells):
            if isinstance(c, tuple):          # (text, colspan)
                h.append(f'<td class="l" colspan="{c[1]}">{E(c[0])}</td>')
            else:
                h.append(f'<td class="{"l" if i < nleft else ""}">{E(c)}</td>')
        h.append("</tr>")
    h.append("</tbody></table>")
    if note:
        h.append(f'<p class="note">{E(note)}</p>')
    return "\n".join(h)




def voorstel_text():
    return [
        f"Het Investeringsplan 2026-2029 vast te stellen, met een totaal bruto investeringsvolume van "
        f"{eur(d.D_TOTAAL)} (bijlage 1).",
        f"Voor de investeringen in 2026 kredieten beschikbaar te stellen tot een totaalbedrag van "
        f"{eur(d.D_TOT[2026])}, zoals opgenomen in de kolom 2026 van bijlage 1.",
        f"Daarbij voor de nieuwbouw van het integraal kindcentrum Denekamp-Noord een krediet van "
        f"{eur(PR['ikc_2026'])} beschikbaar te stellen voor de eerste fase, en kennis te nemen van de totale raming "
        f"van {eur(PR['ikc_total'])}.",
        f"De kapitaallasten van het IKC Denekamp-Noord en de sporthal Weerselo te dekken uit de reserve dekking "
        f"kapitaallasten, oplopend tot {eur(d.D_DEK_RESERVE[2029])} in 2029.",
        "De kapitaallasten van de investeringen in riolering te dekken uit de rioolheffing.",
        "De financiële gevolgen te verwerken in de begroting 2026 en de meerjarenraming 2027-2029 door middel "
        "van de bijgevoegde begrotingswijziging.",
    ]


def summary_table():
    head = [[("Beleidsveld", 1, 1, True)] + [(str(y), 1, 1, False) for y in Y] + [("Totaal 2026-2029", 1, 1, False)]]
    rows = []
    for g in d.D_GROUPS:
        rows.append(("", [g] + [nl_or_dash(d.D_SUM_K[g][y]) for y in Y] + [nl(d.D_SUM_K[g]["tot"])]))
    rows.append(("tot", ["Totaal"] + [nl(d.D_SUM_K_TOT[y]) for y in Y] + [nl(d.D_SUM_K_TOT["tot"])]))
    return ftable("Tabel 1 Investeringsplan 2026-2029 per beleidsveld (bedragen x € 1.000)", head, rows,
                  [35, 13, 13, 13, 13, 13], note="Bedragen x € 1.000. Door afronding kunnen de totalen afwijken van "
                                                 "de som van de afzonderlijke bedragen.")


def effect_table():
    head = [[("Bedragen in €", 1, 1, True)] + [(str(y), 1, 1, False) for y in Y]]
    rows = []
    for gy in (2026, 2027, 2028):
        rows.append(("", [f"Kapitaallasten investeringen gereed in {gy}"] +
                     [nl_or_dash(d.D_EFF_ROWS[gy][y]) for y in Y]))
    rows.append(("sub", ["Totaal kapitaallasten"] + [nl_or_dash(d.D_EFF_TOT[y]) for y in Y]))
    rows.append(("", ["Dekking uit de rioolheffing"] + [nl_or_dash(d.D_DEK_RIOOL[y]) for y in Y]))
    rows.append(("", ["Onttrekking reserve dekking kapitaallasten"] + [nl_or_dash(d.D_DEK_RESERVE[y]) for y in Y]))
    rows.append(("", ["Stelpost kapitaallasten in de meerjarenbegroting"] + [nl_or_dash(d.D_STELPOST[y]) for y in Y]))
    rows.append(("tot", ["Saldo effect op de begroting (nadeel = -)"] + [nl_or_dash(d.D_EFF_SALDO[y]) for y in Y]))
    return ftable("Tabel 2 Effect van het investeringsplan op de meerjarenbegroting", head, rows,
                  [44, 14, 14, 14, 14],
                  note="Kapitaallasten zijn de afschrijving en de rente (omslagrente 1,5%) in het eerste volle jaar; "
                       "zij gaan in vanaf het jaar na het jaar waarin de investering gereed is.")


def bijlage_table():
    head = [[("Nr.", 1, 2, True), ("Investering", 1, 2, True), ("Bruto investering per jaar", 4, 1, False),
             ("Totaal 2026-2029", 1, 2, False), ("Afschr.- termijn (jaren)", 1, 2, False),
             ("Kapitaallasten eerste volle jaar", 1, 2, False)],
            [(str(y), 1, 1, False) for y in Y]]
    rows = []
    n = 0
    for g in d.D_GROUPS:
        rows.append(("grp", [(g, 9)]))
        for it in [x for x in d.D_ITEMS if x["group"] == g]:
            n += 1
            rows.append(("", [str(n), it["label"]] + [nl_or_dash(it["years"].get(y)) for y in Y] +
                         [nl(it["total"]), str(it["termijn"]), nl(it["kapl"])]))
        rows.append(("sub", ["", f"Subtotaal {g}"] + [nl_or_dash(d.D_SUB[g][y]) for y in Y] +
                     [nl(d.D_SUB_TOT[g]), "", nl(d.D_SUB_KAPL[g])]))
    rows.append(("tot", ["", "Totaal investeringsplan"] + [nl(d.D_TOT[y]) for y in Y] + [nl(d.D_TOTAAL), "",
                                                                                        nl(d.D_TOT_KAPL)]))
    return ftable("Tabel 3 Investeringsplan 2026-2029 per investering (bedragen in €)", head, rows,
                  [4, 31, 9.5, 9.5, 9.5, 9.5, 10, 7, 10],
                  note="- = geen investering in dat jaar. Bedragen exclusief btw voor zover compensabel. "
                       "Kapitaallasten: lineaire afschrijving plus 1,5% rente over de investering.", nleft=2)


def body():
    o = ['<div class="kop">Raadsvoorstel</div>', f'<div class="ondertitel">{E(M["onderwerp"])}</div>']
    meta = [("Raadsvergadering", M["raadsvergadering"]), ("Agendapunt", M["agendapunt"]),
            ("Portefeuillehouder", M["portefeuillehouder"]), ("Onderwerp", M["onderwerp"]),
            ("Registratienummer", M["registratienummer"]), ("Datum collegebesluit", M["collegebesluit"]),
            ("Bijlagen", "1. Investeringsplan 2026-2029; 2. Toelichting per investering; 3. Begrotingswijziging")]
    o.append('<table class="meta">' + "".join(f'<tr><td class="k">{E(k)}</td><td>{E(v)}</td></tr>' for k, v in meta)
             + "</table>")
    o.append("<h2>Voorstel</h2><p>Wij stellen u voor:</p>")
    o.append('<ol class="besluit">' + "".join(f"<li>{E(x)}</li>" for x in voorstel_text()) + "</ol>")

    o.append("<h2>Inleiding</h2>")
    o.append(ps(
        "Jaarlijks leggen wij bij de begroting een investeringsplan voor de komende vier jaar aan u voor. Het plan "
        "bevat de vervangingsinvesteringen uit de beheerplannen en de nieuwe investeringen waarover u eerder een "
        "besluit nam of waarvoor wij nu een voorstel doen. Met dit voorstel vragen wij u het Investeringsplan "
        "2026-2029 vast te stellen en de kredieten voor 2026 beschikbaar te stellen. De kredieten voor de jaren "
        "2027 tot en met 2029 vragen wij bij de begroting van dat jaar aan.",
        "Het plan telt " + str(len(d.D_ITEMS)) + " investeringen in zes beleidsvelden: onderwijshuisvesting, wegen "
        "en verkeer, riolering, sport, ICT en vervoer en materieel. De grootste projecten zijn de nieuwbouw van het "
        "integraal kindcentrum (IKC) Denekamp-Noord en de nieuwbouw van de sporthal in Weerselo. Samen zijn zij goed "
        "voor ongeveer " + str(PR["groot_pct"]) + " procent van het totale investeringsvolume."))

    o.append("<h2>Argumenten</h2>")
    o.append("<h3>1.1 Het investeringsplan geeft een samenhangend beeld van de investeringen</h3>")
    o.append(ps(
        "Door alle investeringen in één plan op te nemen, kunt u de investeringen in samenhang afwegen en ziet u wat "
        "de gevolgen zijn voor de kapitaallasten in de meerjarenbegroting. Het plan sluit aan op het integraal "
        "huisvestingsplan onderwijs, het gemeentelijk rioleringsplan, het beheerplan wegen en de sportnota."))
    o.append("<h3>2.1 Kredieten per jaar geven de raad sturing</h3>")
    o.append(ps(
        "Door de kredieten per jaar beschikbaar te stellen, houdt u bij iedere begroting zicht op de voortgang en "
        "kunt u bijsturen als de omstandigheden veranderen. Voor 2026 gaat het om " + str(sum(1 for it in d.D_ITEMS
        if 2026 in it["years"])) + " investeringen met een totaal van " + eur(d.D_TOT[2026]) + "."))
    o.append("<h3>3.1 Het IKC Denekamp-Noord vervangt twee verouderde schoolgebouwen</h3>")
    o.append(ps(
        "De twee basisscholen in Denekamp-Noord zijn gehuisvest in gebouwen uit 1968 en 1974 die niet meer voldoen "
        "aan de eisen voor binnenklimaat en energiegebruik. In het integraal huisvestingsplan onderwijs is daarom "
        "gekozen voor nieuwbouw van één integraal kindcentrum met kinderopvang en een gymzaal. De totale raming "
        "bedraagt " + eur(PR["ikc_total"]) + ". De eerste fase (ontwerp, sloop en bouwrijp maken) start in 2026; "
        "daarvoor vragen wij nu een krediet van " + eur(PR["ikc_2026"]) + ". Het restant van " +
        eur(IT[IKC]["years"][2027]) + " volgt in 2027."))
    o.append("<h3>3.2 De sporthal in Weerselo is aan het einde van haar levensduur</h3>")
    o.append(ps(
        "De sporthal in Weerselo is in 1979 gebouwd en technisch afgeschreven. Renovatie is volgens het "
        "onderzoek van het adviesbureau duurder dan nieuwbouw over de hele levensduur. De nieuwbouw kost " +
        PR["sporthal_rb"] + " € " + PR["sporthal_mln"] + " miljoen, verdeeld over 2027 en 2028. De "
        "sportverenigingen en het onderwijs zijn betrokken bij het programma van eisen."))
    o.append("<h3>4.1 De reserve dekking kapitaallasten is toereikend</h3>")
    o.append(ps(
        "De reserve dekking kapitaallasten heeft op 1 januari 2026 een stand van " + eur(d.D_RESERVE_STAND) + ". De "
        "onttrekkingen voor het IKC en de sporthal lopen op tot " + eur(d.D_DEK_RESERVE[2029]) + " in 2029. De "
        "reserve is daarmee voldoende om deze kapitaallasten de komende jaren te dekken; bij de kadernota 2027 "
        "bekijken wij de structurele dekking opnieuw."))
    o.append("<h3>5.1 Riolering wordt bekostigd uit de rioolheffing</h3>")
    o.append(ps(
        "De investeringen in riolering (samen " + eur(PR["riool_tot"]) + ") komen voort uit het gemeentelijk "
        "rioleringsplan. De kapitaallasten zijn in de tarieven van de rioolheffing verwerkt en drukken daardoor "
        "niet op de algemene middelen."))

    o.append("<h2>Kanttekeningen en risico's</h2>")
    o.append(ul([
        "Bouwkosten: de ramingen zijn gebaseerd op het prijspeil 2025. De bouwkosten stijgen nog steeds sneller dan "
        "de algemene inflatie. Een stijging van 5 procent boven de raming betekent voor het IKC en de sporthal samen "
        + PR["bouw5_rb"] + " € " + PR["bouw5_mln"] + " miljoen extra investering.",
        "Rente: de kapitaallasten zijn berekend met een omslagrente van 1,5 procent. Als de rente bij nieuwe "
        "leningen 1 procentpunt hoger uitvalt, stijgen de jaarlijkse rentelasten met circa " + eur(PR["rente1"]) + ".",
        "Netcongestie: voor de laadinfrastructuur op de gemeentewerf is een zwaardere aansluiting nodig. De "
        "netbeheerder kan nog geen datum noemen; de investering kan daardoor vertragen.",
        "Subsidies: voor de sporthal gaan wij uit van de specifieke uitkering sport (SPUK) voor de btw. Als die "
        "uitkering lager uitvalt, stijgen de netto investeringskosten.",
        "Capaciteit: het plan is omvangrijk. Wij hebben de planning afgestemd op de beschikbare capaciteit, maar "
        "vertraging van een deel van de projecten is niet uit te sluiten."]))

    o.append('<h2 class="newpage">Financiën</h2>')
    o.append(ps(
        "Het totale investeringsvolume van het Investeringsplan 2026-2029 bedraagt " + PR["totaal_rb"] + " € " +
        PR["totaal_mln"] + " miljoen. Tabel 1 geeft de verdeling over de beleidsvelden en de jaren. Voor 2026 "
        "vragen wij kredieten voor een totaalbedrag van " + eur(d.D_TOT[2026]) + "; het zwaartepunt ligt in 2027, "
        "wanneer de bouw van het IKC en de sporthal samenvalt.",
        "De kapitaallasten van de nieuwe investeringen lopen op tot " + PR["kapl_2029_rb"] + " € " +
        PR["kapl_2029_mln"] + " miljoen in 2029. Een deel daarvan is gedekt: de riolering via de rioolheffing, het "
        "IKC en de sporthal via de reserve dekking kapitaallasten, en de stelpost kapitaallasten die al in de "
        "meerjarenbegroting is opgenomen. Per saldo blijft in 2029 een nadeel van " + eur(-d.D_EFF_SALDO[2029]) +
        " over. Dit nadeel is verwerkt in de begroting 2026 en de meerjarenraming."))
    o.append(summary_table())
    o.append(effect_table())

    o.append("<h2>Vervolg</h2>")
    o.append(ps(
        "Na uw besluit stellen wij de kredieten voor 2026 open en starten wij de voorbereiding en aanbesteding van "
        "de projecten. Voor het IKC Denekamp-Noord leggen wij het definitief ontwerp met de aanbestedingsresultaten "
        "in het najaar van 2026 aan u voor, voordat het krediet voor de tweede fase wordt aangevraagd. Over de "
        "voortgang van het investeringsplan informeren wij u via de bestuursrapportages en de jaarstukken."))
    o.append('<div class="sign"><p>Burgemeester en wethouders van Dinkelland,</p>'
             '<p>de secretaris, A.J.M. Wolbers &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; de burgemeester, E.H. van Velzen</p></div>')

    o.append('<h2>Ontwerpbesluit</h2>')
    o.append(ps("De raad van de gemeente Dinkelland;",
                f"gelezen het voorstel van burgemeester en wethouders van {M['collegebesluit']}, registratienummer "
                f"{M['registratienummer']};",
                "gelet op artikel 189 van de Gemeentewet en de Financiële verordening gemeente Dinkelland;",
                "besluit:"))
    o.append('<ol class="besluit">' + "".join(f"<li>{E(x)}</li>" for x in voorstel_text()) + "</ol>")
    o.append(ps(f"Aldus besloten in de openbare vergadering van de raad van de gemeente Dinkelland van "
                f"{M['raadsvergadering']}.", "De griffier, De voorzitter,"))

    o.append('<div class="bijlage">')
    o.append("<h2>Bijlage 1 Investeringsplan 2026-2029</h2>")
    o.append(bijlage_table())
    o.append("</div>")

    o.append('<h2 class="newpage">Bijlage 2 Toelichting per investering</h2>')
    o.append("<h3>Onderwijshuisvesting</h3>")
    o.append(ps(
        "IKC Denekamp-Noord: nieuwbouw van een kindcentrum voor ongeveer 320 leerlingen, met kinderopvang en een "
        "gymzaal. Het gebouw wordt energieneutraal (BENG). Daarnaast is " + eur(IT["Eerste inrichting IKC Denekamp-Noord"]["total"]) +
        " geraamd voor de eerste inrichting.",
        "Basisschool Weerselo: uitbreiding met twee lokalen vanwege de groei van het leerlingenaantal door de "
        "nieuwbouwwijk. Kindcentrum Rossum: renovatie en verduurzaming (isolatie, ventilatie en zonnepanelen), "
        "verdeeld over 2028 en 2029."))
    o.append("<h3>Wegen en verkeer</h3>")
    o.append(ps(
        "De reconstructie van de Grotestraat in Denekamp combineert groot onderhoud met een veiliger inrichting "
        "voor fietsers. Het fietspad tussen Weerselo en Saasveld is onderdeel van het regionale fietsnetwerk; wij "
        "verwachten hiervoor een provinciale bijdrage, die nog niet in de raming is verwerkt. De herinrichting van "
        "de Markt in Ootmarsum staat gepland voor 2029, na afronding van de werkzaamheden aan de riolering in de "
        "binnenstad."))
    o.append("<h3>Riolering</h3>")
    o.append(ps(
        "De vervanging van de riolering in Lattrop-Breklenkamp en Tilligte volgt uit de inspecties. In "
        "Denekamp-Centrum wordt het hemelwater afgekoppeld om wateroverlast bij hevige buien te voorkomen. De "
        "gemalen en de drukriolering in het buitengebied worden in twee tranches vervangen."))
    o.append("<h3>Sport</h3>")
    o.append(ps(
        "Naast de nieuwbouw van de sporthal in Weerselo worden de kunstgrasvelden van vv Rossum en sv Saasveld "
        "vervangen aan het einde van hun technische levensduur van twaalf jaar. De kleedaccommodatie op het "
        "sportpark in Deurningen wordt gerenoveerd."))
    o.append("<h3>ICT en vervoer en materieel</h3>")
    o.append(ps(
        "De ICT-investeringen betreffen de reguliere vervanging van werkplekken, telefonie en netwerk, en een nieuw "
        "zaaksysteem. Bij vervoer en materieel kiezen wij waar mogelijk voor elektrische voertuigen; daarvoor is "
        "laadinfrastructuur op de gemeentewerf nodig."))
    return "\n".join(o)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    doc = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Raadsvoorstel Investeringsplan 2026-2029 en kredieten 2026</title><style>{CSS}</style></head>
<body>{body()}</body></html>"""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "raadsvoorstel.html"
        src.write_text(doc, encoding="utf-8")
        out = OUT / d.D_FILE
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/profile", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    print(f"wrote {OUT / d.D_FILE}")


if __name__ == "__main__":
    main()
