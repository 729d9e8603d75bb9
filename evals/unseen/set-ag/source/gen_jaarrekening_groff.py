"""Veiligheidsregio Ravenstreek, Jaarrekening 2036: groff -ms with tbl, rendered by gropdf (groff -k -t -ms -Tpdf).

Layout: -ms cover (.TL/.AU/.AI), running header via LH/CH/RH ("pagina N"), numbered section headings (.NH),
two-column text (.2C) with an allbox table between the column text, allbox tables with numeric columns aligned
by tbl's `n` format, spanned header cells (`s` and `^` in the format lines), a `box` table (outer frame only)
for the indicators, the balans with two year columns, the reserves and an analysis of deviations in prose.

Usage: python gen_jaarrekening_groff.py CORPUS_DIR   (the .ms source is written to a temporary directory only)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import n

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.VR_FILE


def g(v: float, dec: int = 0) -> str:
    """a number for a tbl `n` column: minus as \\-, alignment point \\& at the end; 0 -> '\\-'"""
    if v == 0:
        return "\\-"
    s = n(v, dec)
    return ("\\-" + s[1:] if s.startswith("-") else s) + "\\&"


def e(v: float, dec: int = 0) -> str:
    """an amount in running text"""
    s = n(v, dec)
    return "\\[Eu]\\~" + ("\\-" + s[1:] if s.startswith("-") else s)


L: list[str] = []
A = L.append
R = d.VR
BIJ_H = d.VR_BIJDR["wijz"]["Hessendonk"]

# ---------------------------------------------------------------------------------------------------- setup + cover
A(r""".\" Veiligheidsregio Ravenstreek, Jaarrekening 2036 (generated)
.nh
.hy 0
.nr HY 0
.nr PS 10
.nr VS 12.5
.nr PD 0.4v
.nr HM 0.9i
.nr FM 0.9i
.nr LL 6.3i
.ll 6.3i
.nr PO 1.0i
.ds LH Veiligheidsregio Ravenstreek
.ds CH Jaarrekening 2036
.ds RH pagina %
.ds CF
.ND "24 juni 2037"
.RP no
.TL
Jaarrekening 2036
.AU
Veiligheidsregio Ravenstreek
.AI
Brandweer, crisisbeheersing en GHOR
voor de gemeenten Hessendonk, Aarlebroek, Wesseldijk, Torenvelde,
Schaapsdrift, Lindenhaghe en Beekerwoude
.AB no
Vastgesteld door het algemeen bestuur op 24 juni 2037.
Kenmerk VRR/AB/2037-061.
.AE""")

# ---------------------------------------------------------------------------------------------------- 1 inleiding, two columns
L_TOT, B_TOT = d.VR_L_TOT, d.VR_B_TOT
res = d.VR_RESULT[2]
ind = {r[0]: r for r in d.VR_IND}
A(rf""".NH
Inleiding
.2C
.PP
Voor u ligt de jaarrekening 2036 van Veiligheidsregio Ravenstreek. De veiligheidsregio is een gemeenschappelijke
regeling van zeven gemeenten met samen {n(d.VR_INW_TOTAL)} inwoners. Zij verzorgt de brandweerzorg, de
crisisbeheersing en de geneeskundige hulpverlening bij ongevallen en rampen (GHOR) en neemt deel aan de
gemeenschappelijke meldkamer.
.PP
De jaarrekening sluit met een positief resultaat van {e(res)}. De totale lasten bedroegen {e(L_TOT[2])} tegen
{e(L_TOT[1])} in de begroting na wijziging. De baten kwamen uit op {e(B_TOT[2])}, vooral door hogere opbrengsten
uit detacheringen en de verkoop van afgeschreven voertuigen.
.PP
In 2036 rukte de brandweer {n(ind['Aantal uitrukken'][3])} keer uit, tegen {n(ind['Aantal uitrukken'][4])} keer in
2035. Het jaar stond in het teken van de vervanging van zes tankautospuiten en de voorbereiding van de nieuwe kazerne
Lijsterhof.
.sp 0.5
.TS
center allbox tab(;);
cb s
lb cb
l n.
Tabel 1.1 Kerncijfers 2036
Kerncijfer;Aantal
Aantal kazernes;14\&
Aantal tankautospuiten;21\&
Aantal vrijwillige brandweermensen;412\&
Aantal grote incidenten (GRIP 1 of hoger);9\&
.TE
.sp 0.5
.PP
Het algemeen bestuur stelde in juli 2036 een begrotingswijziging vast. Door de nieuwe cao en hogere energieprijzen
stegen de lasten; de gemeentelijke bijdragen zijn daarom verhoogd van {e(d.VR_BIJDR_TOTAL[0])} naar
{e(d.VR_BIJDR_TOTAL[1])}. Daarnaast is {e(d.VR_RES_MUT['ontt'][1])} onttrokken aan de reserve egalisatie
kapitaallasten materieel.
.PP
De opkomsttijden van de brandweer blijven een aandachtspunt. In {n(ind['Opkomsttijd prio 1 binnen de normtijd'][3], 1)}%
van de meldingen met prioriteit 1 was de eerste tankautospuit binnen de normtijd ter plaatse; het doel is
{n(ind['Opkomsttijd prio 1 binnen de normtijd'][2], 0)}%. Vooral in het buitengebied van Schaapsdrift en Torenvelde is
de beschikbaarheid van vrijwilligers overdag beperkt. Het bestuur heeft besloten in 2037 een dagdienst met
beroepspersoneel in te richten op de kazerne Kalverdijk.
.PP
Het ziekteverzuim steeg naar {n(ind['Ziekteverzuim personeel'][3], 1)}%, boven de norm van
{n(ind['Ziekteverzuim personeel'][2], 1)}%. Met een verzuimcoach en extra aandacht voor fysieke belasting
willen wij het verzuim in 2037 terugbrengen.
.PP
\fBBestuurlijke ontwikkelingen.\fP Het algemeen bestuur bestaat uit de burgemeesters van de zeven deelnemende
gemeenten. In 2036 vergaderde het algemeen bestuur vijf keer. Belangrijke besluiten betroffen het dekkingsplan
brandweerzorg 2037\-2040, de samenwerking met de buurregio's op het gebied van specialistische taken en de keuze voor
een nieuwe locatie voor de kazerne Lijsterhof aan de rand van Wesseldijk.
.PP
\fBVrijwilligers.\fP De brandweerzorg in Ravenstreek steunt voor een groot deel op vrijwilligers. In 2036 zijn
38 nieuwe vrijwilligers begonnen aan hun opleiding; 29 vrijwilligers zijn gestopt, meestal wegens verhuizing of een
andere baan buiten de regio. Met werkgevers in de regio zijn afspraken gemaakt over het vrijmaken van personeel
voor uitrukken overdag.
.PP
\fBMeldkamer.\fP De gemeenschappelijke meldkamer met de politie en de ambulancezorg verhuisde in het voorjaar naar
een nieuw pand. De overgang verliep zonder storingen in de alarmering. De meldkamer verwerkte in 2036 ruim
9.600 meldingen voor de brandweer.
.PP
\fBLeeswijzer.\fP Hoofdstuk 2 geeft de lasten en baten per product, hoofdstuk 3 analyseert de afwijkingen ten
opzichte van de begroting. Daarna volgen de bijdragen per deelnemende gemeente, de prestaties, de balans, de
reserves, de financiële kengetallen en het voorstel voor de bestemming van het resultaat.
.1C""")

# ---------------------------------------------------------------------------------------------------- 2 programmaverantwoording
rows = []
for name, p, w, r in d.VR_LASTEN:
    rows.append(f"{name};{g(p)};{g(w)};{g(r)};{g(w - r)}")
A(rf""".NH
Programmaverantwoording
.PP
De veiligheidsregio kent één programma met zes producten. Onderstaande tabel geeft per product de lasten volgens de
primitieve begroting, de begroting na wijziging en de realisatie. Het verschil is de begroting na wijziging minus
de realisatie: een positief verschil is een voordeel, een negatief verschil (met minteken) een nadeel. Alle bedragen
zijn in hele euro's.
.sp 0.5
.TS
center allbox tab(;);
cb s s s s
cb cb s cb cb
^ cb cb ^ ^
l n n n n.
Tabel 2.1 Lasten en baten 2036 per product (bedragen in \[Eu])
Product;Begroting 2036;Realisatie 2036;Verschil
;Primitief;Na wijziging
{chr(10).join(rows)}
T{{
.B "Totaal lasten"
T}};{g(L_TOT[0])};{g(L_TOT[1])};{g(L_TOT[2])};{g(L_TOT[1] - L_TOT[2])}
Gemeentelijke bijdragen;{g(d.VR_BIJDR_TOTAL[0])};{g(d.VR_BIJDR_TOTAL[1])};{g(d.VR_BIJDR_TOTAL[2])};{g(d.VR_BIJDR_TOTAL[2] - d.VR_BIJDR_TOTAL[1])}
""" + "\n".join(f"{nm};{g(p)};{g(w)};{g(r)};{g(r - w)}" for nm, p, w, r in d.VR_BATEN_OTHER) + rf"""
T{{
.B "Totaal baten"
T}};{g(B_TOT[0])};{g(B_TOT[1])};{g(B_TOT[2])};{g(B_TOT[2] - B_TOT[1])}
Saldo van baten en lasten;{g(d.VR_SALDO[0])};{g(d.VR_SALDO[1])};{g(d.VR_SALDO[2])};{g(d.VR_SALDO[2] - d.VR_SALDO[1])}
Onttrekking aan reserves;{g(d.VR_RES_MUT['ontt'][0])};{g(d.VR_RES_MUT['ontt'][1])};{g(d.VR_RES_MUT['ontt'][2])};{g(d.VR_RES_MUT['ontt'][2] - d.VR_RES_MUT['ontt'][1])}
T{{
.B "Resultaat"
T}};{g(d.VR_RESULT[0])};{g(d.VR_RESULT[1])};{g(d.VR_RESULT[2])};{g(d.VR_RESULT[2] - d.VR_RESULT[1])}
.TE
.sp 0.5
.PP
Bij de baten is het verschil de realisatie minus de begroting na wijziging, zodat ook daar een positief verschil
een voordeel is.""")

# ---------------------------------------------------------------------------------------------------- 3 analyse (two columns)
V = d.VR_VERSCHIL
A(rf""".bp
.NH
Analyse van de afwijkingen
.2C
.PP
Het resultaat over 2036 is {e(res)} positief. Hieronder lichten wij de belangrijkste verschillen tussen de begroting
na wijziging en de realisatie toe.
.PP
\fBRepressie.\fP Op repressie is {e(V['Repressie'])} minder uitgegeven dan begroot. Door het lagere aantal grote
branden waren de vergoedingen aan vrijwilligers lager, en de levering van twee tankautospuiten schoof door naar
2037, waardoor de afschrijvingslasten later beginnen.
.PP
\fBRisicobeheersing.\fP Het voordeel van {e(V['Risicobeheersing'])} komt door vacatures bij de afdeling
risicobeheersing die pas in het najaar zijn vervuld. Daardoor zijn ook minder controles uitgevoerd dan gepland.
.PP
\fBVakbekwaamheid.\fP Op vakbekwaamheid is een nadeel ontstaan van {e(-V['Vakbekwaamheid'])}. De oefencentra
verhoogden hun tarieven en er zijn extra opleidingen gegeven voor de nieuwe vrijwilligers in Schaapsdrift en
Torenvelde. Het bestuur heeft ervoor gekozen het opleidingsprogramma niet uit te stellen.
.PP
\fBMeldkamer.\fP De lasten van de meldkamer lagen met {e(d.VR_LASTEN[3][3])} dicht bij de begroting;
het verschil van {e(V['Meldkamer'])} is niet nader toegelicht.
.PP
\fBCrisisbeheersing en GHOR.\fP Het voordeel van {e(V['Crisisbeheersing en GHOR'])} ontstond doordat de regionale
crisisoefening in het najaar kleiner is opgezet dan gepland.
.PP
\fBBedrijfsvoering.\fP De bedrijfsvoering laat een nadeel zien van {e(-V['Bedrijfsvoering'])}. De oorzaak is
de inhuur van tijdelijk personeel voor ICT en de hogere energielasten van de kazernes.
.PP
\fBBaten.\fP De overige baten waren {e(d.VR_BATEN_OTHER[1][3] - d.VR_BATEN_OTHER[1][2])} hoger dan begroot door
detacheringen bij de meldkamer en de verkoop van afgeschreven voertuigen. De rijksbijdrage (BDuR) is
ontvangen zoals begroot.
.PP
\fBGemeentelijke bijdragen.\fP De bijdragen van de deelnemers zijn in juli 2036 verhoogd met
{e(d.VR_BIJDR_TOTAL[1] - d.VR_BIJDR_TOTAL[0])}. Deze verhoging dekte de gevolgen van de cao en de hogere
energieprijzen; zonder de verhoging was het resultaat negatief geweest.
.PP
\fBReserves.\fP Conform de begroting na wijziging is {e(d.VR_RES_MUT['ontt'][2])} onttrokken aan de reserve
egalisatie kapitaallasten materieel. Aan de overige reserves is in 2036 niets toegevoegd of onttrokken, behalve de
bestemming van het resultaat over 2035 aan de algemene reserve.
.PP
\fBInvesteringen.\fP Van het investeringsplan 2036 is ongeveer twee derde uitgevoerd. De vervanging van twee
tankautospuiten en de inrichting van de oefenlocatie in Beekerwoude schuiven door naar 2037. De kredieten hiervoor
blijven beschikbaar.
.PP
\fBRisico's.\fP De belangrijkste financiële risico's zijn de uitkomst van de landelijke discussie over de
vrijwilligersvergoedingen, de stijging van de energieprijzen en de aanbesteding van nieuwe ademluchttoestellen in
2037. Het dagelijks bestuur schat het benodigde weerstandsvermogen op ongeveer 4% van de lasten. De algemene reserve
ligt daar na de voorgestelde resultaatbestemming nog onder.
.PP
\fBConclusie.\fP Per saldo sluit 2036 beter dan begroot. De voordelen op repressie en risicobeheersing zijn
grotendeels incidenteel; de nadelen op vakbekwaamheid en bedrijfsvoering zijn voor een deel structureel en zijn
verwerkt in de begroting 2037.
.1C""")

# ---------------------------------------------------------------------------------------------------- 4 bijdragen
brows = [f"{gm};{g(inw)};{g(d.VR_AANDEEL[gm], 2)};{g(d.VR_BIJDR['prim'][gm])};{g(d.VR_BIJDR['wijz'][gm])}"
         for gm, inw in d.VR_GEMEENTEN]
A(rf""".bp
.NH
Gemeentelijke bijdragen per deelnemer
.PP
De gemeentelijke bijdragen worden verdeeld naar rato van het aantal inwoners op 1 januari 2035. De begrotingswijziging
van juli 2036 verhoogde de bijdragen van alle deelnemers met hetzelfde percentage. De bijdrage per inwoner komt
daarmee op {e(d.VR_BIJDR_PER_INW, 2)}. De realisatie van de bijdragen is gelijk aan de begroting na wijziging.
.sp 0.5
.TS
center allbox tab(;);
cb s s s s
cb cb cb cb s
^ ^ ^ cb cb
l n n n n.
Tabel 4.1 Bijdragen per deelnemende gemeente 2036
Gemeente;Inwoners 1-1-2035;Aandeel (%);Bijdrage 2036 (\[Eu])
;;;Primitief;Na wijziging
{chr(10).join(brows)}
T{{
.B "Totaal"
T}};{g(d.VR_INW_TOTAL)};{g(100, 2)};{g(d.VR_BIJDR_TOTAL[0])};{g(d.VR_BIJDR_TOTAL[1])}
.TE
.sp 0.5
.PP
Voor 2037 heeft het algemeen bestuur de bijdragen met 3,8% verhoogd. Die bijdragen staan in de begroting 2037 van
de veiligheidsregio en zijn geen onderdeel van deze jaarrekening.""")

# ---------------------------------------------------------------------------------------------------- 5 indicatoren (box)
def iv(v, unit):
    if v is None:
        return "n.v.t."
    if unit == "%":
        return n(v, 1) + "%\\&"
    if unit == "min":
        return n(v, 1) + "\\&"
    return g(v)


irows = [f"{nm};{iv(no, u)};{iv(r36, u)};{iv(r35, u)}" for nm, u, no, r36, r35 in d.VR_IND]
A(rf""".NH
Prestaties en indicatoren
.PP
Het algemeen bestuur heeft voor 2036 normen vastgesteld voor de opkomsttijden, het aantal controles en inspecties en
het aantal oefeningen van de crisisorganisatie. De tabel zet de realisatie af tegen die normen en tegen 2035.
.sp 0.5
.TS
center box tab(;);
cb s s s
lb cb cb cb
l n n n.
Tabel 5.1 Indicatoren brandweerzorg en crisisbeheersing
Indicator;Norm 2036;Realisatie 2036;Realisatie 2035
_
{chr(10).join(irows)}
.TE
.sp 0.5
.PP
Het aantal controles en inspecties bleef achter bij de norm door vacatures bij risicobeheersing (zie hoofdstuk 3).
De brandweer voerde wel alle controles uit bij de risicovolle objecten, zoals zorginstellingen en bedrijven die onder
het Besluit risico's zware ongevallen vallen.""")

# ---------------------------------------------------------------------------------------------------- 6 balans
arows = [f"{nm};{g(a)};{g(b)}" for nm, a, b in d.VR_ACTIVA]
prows = [f"{nm};{g(a)};{g(b)}" for nm, a, b in d.VR_PASSIVA]
A(rf""".bp
.NH
Balans per 31 december 2036
.PP
De balans is opgesteld na verwerking van de resultaatbestemming over 2035 en vóór bestemming van het resultaat
over 2036. Bedragen in hele euro's.
.sp 0.5
.TS
center allbox tab(;);
cb s s
lb cb cb
l n n.
Tabel 6.1 Activa (bedragen in \[Eu])
Activa;31-12-2036;31-12-2035
{chr(10).join(arows[:3])}
Totaal vaste activa;{g(d.VR_VA[0])};{g(d.VR_VA[1])}
{chr(10).join(arows[3:])}
T{{
.B "Totaal activa"
T}};{g(d.VR_ACTIVA_TOT[0])};{g(d.VR_ACTIVA_TOT[1])}
.TE
.sp 1
.TS
center allbox tab(;);
cb s s
lb cb cb
l n n.
Tabel 6.2 Passiva (bedragen in \[Eu])
Passiva;31-12-2036;31-12-2035
{chr(10).join(prows[:3])}
Totaal eigen vermogen;{g(d.VR_EV[0])};{g(d.VR_EV[1])}
{chr(10).join(prows[3:])}
T{{
.B "Totaal passiva"
T}};{g(d.VR_PASSIVA_TOT[0])};{g(d.VR_PASSIVA_TOT[1])}
.TE
.sp 0.5
.PP
De vaste schulden namen af door de reguliere aflossing van {e(d.VR_PASSIVA[4][2] - d.VR_PASSIVA[4][1])}; er zijn in
2036 geen nieuwe langlopende leningen aangetrokken.""")

# ---------------------------------------------------------------------------------------------------- 7 reserves
rrows = [f"{nm};{g(b)};{g(t)};{g(o)};{g(r)};{g(d.VR_RES_END[nm])}" for nm, b, t, o, r in d.VR_RESERVES]
A(rf""".NH
Reserves
.PP
Het overzicht toont het verloop van de reserves in 2036. In de kolom bestemming 2035 staat de toevoeging van het
resultaat over 2035, die het algemeen bestuur in juni 2036 heeft vastgesteld.
.sp 0.5
.ps 8
.vs 10
.TS
center allbox tab(;);
cb s s s s s
lb cb cb cb cb cb
l n n n n n.
Tabel 7.1 Verloop van de reserves 2036 (bedragen in \[Eu])
Reserve;Stand 1-1-2036;Toevoeging;Onttrekking;Bestemming 2035;Stand 31-12-2036
{chr(10).join(rrows)}
T{{
.B "Totaal reserves"
T}};{g(d.VR_RES_TOT[0])};{g(d.VR_RES_TOT[1])};{g(d.VR_RES_TOT[2])};{g(d.VR_RES_TOT[3])};{g(d.VR_RES_TOT_END)}
.TE
.ps 10
.vs 12.5
.sp 0.5
.PP
De reserve huisvesting kazerne Lijsterhof is bestemd voor de inrichting van de nieuwe kazerne, die naar verwachting
in 2038 in gebruik wordt genomen.""")

# ---------------------------------------------------------------------------------------------------- 8 kengetallen + resultaat
RB = d.VR_RESULT_BESTEMMING
A(rf""".bp
.NH
Financiële kengetallen
.PP
De kengetallen geven een beeld van de financiële positie van de veiligheidsregio. Een gemeenschappelijke regeling
heeft geen eigen belastinggebied; de kengetallen belastingcapaciteit en grondexploitatie zijn daarom niet van
toepassing.
.sp 0.5
.TS
center allbox tab(;);
cb s s
lb cb cb
l n n.
Tabel 8.1 Financiële kengetallen
Kengetal;Rekening 2036;Rekening 2035
""" + "\n".join(f"{nm};{n(a, 1)}%\\&;{n(b, 1)}%\\&" for nm, a, b in d.VR_KENGETALLEN) + rf"""
.TE
.NH
Resultaat en voorstel tot bestemming
.PP
Het resultaat over 2036 bedraagt {e(res)} positief. Het dagelijks bestuur stelt voor {e(RB[0][1])} toe te voegen aan
de {RB[0][0].lower()} voor de extra opleidingen van nieuwe vrijwilligers, en het restant van {e(RB[1][1])} toe te
voegen aan de {RB[1][0].lower()}. Een teruggave aan de deelnemende gemeenten is niet voorgesteld, omdat de algemene
reserve onder het door het bestuur vastgestelde minimum van 5% van de lasten ligt.""")

src = "\n".join(L) + "\n"
with tempfile.TemporaryDirectory() as tmp:
    ms = Path(tmp) / "jaarrekening.ms"
    ms.write_text(src, encoding="utf-8")
    pdf = subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf", str(ms)], capture_output=True, check=True)
    if pdf.stderr.strip():
        print(pdf.stderr.decode(), file=sys.stderr)
    OUT.write_bytes(pdf.stdout)
print(f"wrote {OUT}")
