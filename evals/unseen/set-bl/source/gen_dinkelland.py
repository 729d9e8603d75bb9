"""Build the FICTIONAL 'Gemeente Dinkelland - Jaarstukken 2022' (set-bl, document a).

Writes build/dinkelland-jaarstukken-2022.odg (LibreOffice Draw is then used to make the PDF,
see build.sh) and facts-dinkelland.json with every figure a case may use.
All amounts, counts, tariffs and percentages are made up.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Facts, check_sum, k  # noqa: E402
from data_dinkelland import (INVESTERINGEN, PROGRAMMAS, RES_OTHER, RESERVES,  # noqa: E402
                             RISICOS, TAAKVELDEN, VOORZIENINGEN)
from layout import Doc, OdgBackend, eur, nl, pct  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
DOC_ID = "dinkelland-jaarstukken-2022"
F = Facts(DOC_ID)
rng = random.Random(20221231)

# ------------------------------------------------------------------ numbers
TARGET = {"real": 1874, "nw": -612, "prim": 85, "r21": 2341}  # resultaat na reserves, x 1.000


def draw_rem(n):
    return [rng.randint(-480, 480) for _ in range(n)]


tv = {}
for code, name, prog, rl, rb, ratl, ratb in TAAKVELDEN:
    d = dict(code=code, name=name, prog=prog)
    for side, base, rat in (("L", rl, ratl), ("B", rb, ratb)):
        if base is None:
            continue
        real = base
        nw = int(round(real / rat))
        prim = int(round(nw * rng.uniform(0.95, 1.0))) if rat != 1.0 else int(round(nw * rng.uniform(0.97, 1.0)))
        r21 = int(round(real * rng.uniform(0.9, 1.03)))
        d[side] = dict(real=real, nw=nw, prim=prim, r21=r21)
    tv[code] = d

# reserves, realisatie 2022 in euros
res_prog = {}
for name, prog, s0, toev, ontt in RESERVES:
    a = res_prog.setdefault(prog, [[], []])
    a[0].append(toev)
    a[1].append(ontt)
for prog, (toevs, ontts) in res_prog.items():
    check_sum(toevs, "toevoegingen " + prog)
    check_sum(ontts, "onttrekkingen " + prog)
TOEV_E = sum(r[3] for r in RESERVES)
ONTT_E = sum(r[4] for r in RESERVES)
check_sum([r[3] for r in RESERVES], "toevoegingen totaal")
check_sum([r[4] for r in RESERVES], "onttrekkingen totaal")


def resk(prog, col):
    """(toevoeging, onttrekking) in k for a programme and column."""
    if col == "real":
        toevs, ontts = res_prog.get(prog, [[], []])
        return k(sum(toevs)), k(sum(ontts))
    return RES_OTHER[prog][col]


PROGS = [p[0] for p in PROGRAMMAS]
COLS = ["r21", "prim", "nw", "real"]

# plug: algemene uitkering per column so that the resultaat hits TARGET
for col in COLS:
    lasten = sum(t["L"][col] for t in tv.values())
    baten = sum(t["B"][col] for c, t in tv.items() if c != "0.7" and "B" in t)
    toev = sum(resk(p, col)[0] for p in PROGS)
    ontt = sum(resk(p, col)[1] for p in PROGS)
    au = TARGET[col] - (baten - lasten + ontt - toev)
    tv["0.7"].setdefault("B", {})[col] = au

# euro amounts for 'nw' and 'real' (taakveld overview), remainders constrained so that
# every printed total in thousands equals the rounded euro total
groups = {}
for code, t in tv.items():
    for side in ("L", "B"):
        if side in t:
            groups.setdefault((t["prog"], side), []).append(code)


def assign(col):
    for attempt in range(5000):
        ok = True
        for (prog, side), codes in groups.items():
            for _ in range(200):
                rem = draw_rem(len(codes))
                rem = [0 if tv[c][side][col] == 0 else r for c, r in zip(codes, rem)]
                if abs(sum(rem)) <= 120:
                    break
            for c, r in zip(codes, rem):
                tv[c][side][col + "_e"] = tv[c][side][col] * 1000 + r
        # grand result in euros must round to the printed result
        totL = sum(t["L"][col + "_e"] for t in tv.values())
        totB = sum(t["B"][col + "_e"] for t in tv.values() if "B" in t)
        if col == "real":
            toev_e, ontt_e = TOEV_E, ONTT_E
        else:
            toev_e = sum(resk(p, col)[0] for p in PROGS) * 1000
            ontt_e = sum(resk(p, col)[1] for p in PROGS) * 1000
        result_e = totB - totL + ontt_e - toev_e
        if k(result_e) != TARGET[col] or abs(totB - sum(t["B"][col] for t in tv.values() if "B" in t) * 1000) > 480 \
                or abs(totL - sum(t["L"][col] for t in tv.values()) * 1000) > 480:
            ok = False
        if ok:
            return result_e, toev_e, ontt_e
    raise RuntimeError("no consistent remainders for " + col)


RESULT_E = {}
for col in ("nw", "real"):
    RESULT_E[col] = assign(col)

for (prog, side), codes in groups.items():
    for col in ("nw", "real"):
        check_sum([tv[c][side][col + "_e"] for c in codes], f"{prog} {side} {col}")


def prog_tot(prog, side, col):
    return sum(tv[c][side][col] for c in groups.get((prog, side), []))


# ------------------------------------------------------------------ layout style
BLUE = (0.0, 0.32, 0.55)
GREEN = (0.12, 0.45, 0.25)
ST = dict(
    page=(595.28, 841.89), margin_top=62, margin_left=60, margin_right=54, margin_bottom=66,
    font="sans", size=9, lead=1.38, para_after=5, table_after=10,
    headings={
        0: dict(size=17, font="sans-b", color=BLUE, before=0, after=10, rule=1.2),
        1: dict(size=12.5, font="sans-b", color=BLUE, before=12, after=5),
        2: dict(size=10, font="sans-b", color=GREEN, before=7, after=3),
        3: dict(size=9, font="sans-b", color=(0, 0, 0), before=4, after=2),
    },
    table=dict(size=8, font="sans", bold="sans-b", font_i="sans-i", caption_font="sans-b", caption_size=8.8,
               caption_color=BLUE, pad=2.6, rule_heavy=0.8, header_fill=(0.86, 0.91, 0.96), zebra=None,
               total_fill=(0.93, 0.93, 0.93), row_pad_factor=0.45, section_font="sans-b"),
)
doc = Doc(ST)


def vn(v):
    return "" if v == 0 else ("V" if v > 0 else "N")


# ------------------------------------------------------------------ page 1: cover
doc.y = 150
doc.text(doc.left, doc.y, "Gemeente Dinkelland", "sans-b", 30, color=BLUE)
doc.y += 44
doc.text(doc.left, doc.y, "Jaarstukken 2022", "sans-b", 24)
doc.y += 34
doc.text(doc.left, doc.y, "Jaarverslag en jaarrekening over het begrotingsjaar 2022", "sans", 13)
doc.y += 60
doc.box(["FICTIEF DOCUMENT"], size=20, sw=3, stroke=(0.75, 0, 0),
        sub="Dit is een verzonnen testdocument. Alle bedragen, aantallen, tarieven en percentages zijn "
            "verzonnen en komen niet overeen met de werkelijke jaarstukken van de gemeente Dinkelland.")
doc.y += 30
doc.para("Aangeboden aan de gemeenteraad op 30 mei 2023. Vastgesteld in de raadsvergadering van 4 juli 2023.", size=10)
doc.para("Bedragen in tabellen zijn x € 1.000, tenzij anders vermeld. Door afronding kunnen totalen in "
         "verschillende tabellen onderling € 1.000 afwijken.", size=9, key="sans-i")
doc.y += 20
doc.heading("Inhoudsopgave", 2)
for ln in ["1 Inleiding en kerncijfers", "2 Financieel overzicht op hoofdlijnen", "3 Programmaverantwoording (programma 1 t/m 8)",
           "4 Algemene dekkingsmiddelen en overhead", "5 Paragrafen: lokale heffingen, weerstandsvermogen en risicobeheersing, verbonden partijen",
           "6 Reserves, voorzieningen en investeringen", "7 Balans per 31 december 2022", "Bijlage: Overzicht baten en lasten per taakveld"]:
    doc.para(ln, after=1)

# ------------------------------------------------------------------ 1 inleiding + kerncijfers
doc.heading("1 Inleiding en kerncijfers", 0)
res_real_e = RESULT_E["real"][0]
res_nw_e = RESULT_E["nw"][0]
doc.heading("Voorwoord", 1)
doc.para("Voor u liggen de jaarstukken 2022 van de gemeente Dinkelland. Met deze jaarstukken leggen wij verantwoording "
         "af over de uitvoering van de programmabegroting 2022. Het jaar 2022 stond in het teken van de opvang van "
         "ontheemden uit Oekraïne, de sterk gestegen energieprijzen en de afronding van de coronamaatregelen.")
p_res = F.add("dk.resultaat.real_e", res_real_e, eur(res_real_e),
              "Voorwoord, prose: 'De jaarrekening 2022 sluit met een positief resultaat van € ...'",
              near=[("begroot resultaat na wijziging", res_nw_e)])
p_diff = F.add("dk.resultaat.verschil_e", res_real_e - res_nw_e, eur(res_real_e - res_nw_e),
               "Voorwoord prose: verschil met begroting na wijziging")
doc.para(f"De jaarrekening 2022 sluit met een positief resultaat van {p_res} (na verrekening met de reserves). In de "
         f"begroting na wijziging (tweede bestuursrapportage) gingen wij nog uit van een nadelig saldo van "
         f"{eur(-res_nw_e)}. Het resultaat is daarmee {p_diff} gunstiger dan begroot. De belangrijkste oorzaken zijn "
         f"hogere opbrengsten uit grondverkopen, een hogere algemene uitkering uit de decembercirculaire en lagere "
         f"kapitaallasten door vertraging van investeringen. Daar staan hogere kosten voor jeugdhulp en Wmo-begeleiding tegenover.")
doc.para("Wij stellen voor het resultaat toe te voegen aan de algemene reserve, met uitzondering van een bedrag van "
         "€ 250.000 dat wij willen reserveren voor de uitvoering van het Lokaal Energieplan in 2023.")

doc.heading("Kerncijfers", 1)
KERN = [
    # label, 2022, 2021, unit, key
    ("Aantal inwoners per 1 januari", 26912, 26804, "count", "inwoners"),
    ("  waarvan jonger dan 20 jaar", 5803, 5861, "count", "jong"),
    ("  waarvan 65 jaar en ouder", 6488, 6317, "count", "oud"),
    ("Aantal huishoudens", 10847, 10779, "count", "huishoudens"),
    ("Aantal woningen (WOZ-objecten)", 11296, 11203, "count", "woningen"),
    ("Oppervlakte gemeente in hectare", 17681, 17681, "count", "opp"),
    ("Aantal kernen", 26, 26, "count", "kernen"),
    ("Huishoudens met bijstandsuitkering", 298, 311, "count", "bijstand"),
    ("Inwoners met een Wmo-maatwerkvoorziening", 1541, 1487, "count", "wmo"),
    ("Jeugdigen met jeugdhulp", 672, 641, "count", "jeugdhulp"),
    ("Formatie ambtelijke organisatie Noaberkracht (fte) 1)", 318.4, 309.7, "fte", "fte"),
]
rows = []
for lab, v22, v21, unit, key in KERN:
    dec = 1 if unit == "fte" else 0
    p22 = nl(v22, dec)
    p21 = nl(v21, dec)
    F.add(f"dk.kern.{key}.2022", v22, p22, f"Tabel 1.1 Kerncijfers, row '{lab.strip()}', column 2022", unit="count",
          near=[("2021", v21)])
    F.add(f"dk.kern.{key}.2021", v21, p21, f"Tabel 1.1 Kerncijfers, row '{lab.strip()}', column 2021", unit="count",
          near=[("2022", v22)])
    rows.append(dict(cells=[lab.strip(), p22, p21], indent=10 if lab.startswith("  ") else 0))
doc.table([(5, "left"), (1.2, "right"), (1.2, "right")], [["Omschrijving", "2022", "2021"]], rows,
          caption="Tabel 1.1 Kerncijfers", scale="aantallen",
          footnotes=["1) De ambtelijke organisatie is ondergebracht in de gemeenschappelijke regeling Noaberkracht "
                     "Dinkelland Tubbergen; de formatie betreft beide gemeenten."])

# ------------------------------------------------------------------ 2 financieel overzicht
doc.heading("2 Financieel overzicht op hoofdlijnen", 0)
doc.para("Het overzicht hieronder geeft per programma de lasten, de baten en het saldo volgens de begroting na "
         "wijziging en volgens de rekening 2022. Een negatief saldo betekent dat de lasten hoger zijn dan de baten.")
rows = []
sumrow = {c: 0 for c in ("nwL", "nwB", "reL", "reB")}
for pid, nr, pname in PROGRAMMAS:
    nwL, nwB = prog_tot(pid, "L", "nw"), prog_tot(pid, "B", "nw")
    reL, reB = prog_tot(pid, "L", "real"), prog_tot(pid, "B", "real")
    for c, v in (("nwL", nwL), ("nwB", nwB), ("reL", reL), ("reB", reB)):
        sumrow[c] += v
    label = f"{nr} {pname}" if nr else pname
    rows.append(dict(cells=[label, nl(nwL), nl(nwB), nl(nwB - nwL), nl(reL), nl(reB), nl(reB - reL)]))
    F.add(f"dk.ov.{pid}.real.L", reL * 1000, nl(reL), f"Tabel 2.1 Overzicht baten en lasten, row '{label}', column Rekening 2022 Lasten",
          near=[("begroting na wijziging lasten", nwL * 1000), ("rekening baten", reB * 1000)], scale=1000)
    F.add(f"dk.ov.{pid}.real.saldo", (reB - reL) * 1000, nl(reB - reL), f"Tabel 2.1, row '{label}', column Rekening 2022 Saldo",
          near=[("begroting saldo", (nwB - nwL) * 1000)], scale=1000)
    F.add(f"dk.ov.{pid}.nw.L", nwL * 1000, nl(nwL), f"Tabel 2.1, row '{label}', column Begroting 2022 na wijziging Lasten",
          near=[("rekening lasten", reL * 1000)], scale=1000)
rows.append(dict(cells=["Saldo van baten en lasten", nl(sumrow["nwL"]), nl(sumrow["nwB"]), nl(sumrow["nwB"] - sumrow["nwL"]),
                        nl(sumrow["reL"]), nl(sumrow["reB"]), nl(sumrow["reB"] - sumrow["reL"])], style="subtotal"))
F.add("dk.ov.totaal.real.L", sumrow["reL"] * 1000, nl(sumrow["reL"]), "Tabel 2.1, row 'Saldo van baten en lasten', column Rekening 2022 Lasten",
      near=[("begroting", sumrow["nwL"] * 1000)], scale=1000)
toev_nw = sum(resk(p, "nw")[0] for p in PROGS)
ontt_nw = sum(resk(p, "nw")[1] for p in PROGS)
toev_re = sum(resk(p, "real")[0] for p in PROGS)
ontt_re = sum(resk(p, "real")[1] for p in PROGS)
rows.append(dict(cells=["Toevoegingen aan reserves", nl(toev_nw), "", nl(-toev_nw), nl(toev_re), "", nl(-toev_re)]))
rows.append(dict(cells=["Onttrekkingen aan reserves", "", nl(ontt_nw), nl(ontt_nw), "", nl(ontt_re), nl(ontt_re)]))
res_nw = sumrow["nwB"] - sumrow["nwL"] - toev_nw + ontt_nw
res_re = sumrow["reB"] - sumrow["reL"] - toev_re + ontt_re
assert res_nw == TARGET["nw"] and res_re == TARGET["real"], (res_nw, res_re)
rows.append(dict(cells=["Resultaat na bestemming", "", "", nl(res_nw), "", "", nl(res_re)], style="total"))
F.add("dk.ov.resultaat.real", res_re * 1000, nl(res_re), "Tabel 2.1, row 'Resultaat na bestemming', column Rekening 2022 Saldo",
      near=[("begroting na wijziging", res_nw * 1000)], scale=1000)
F.add("dk.ov.ontt.real", ontt_re * 1000, nl(ontt_re), "Tabel 2.1, row 'Onttrekkingen aan reserves', column Rekening 2022",
      near=[("begroting", ontt_nw * 1000)], scale=1000)
doc.table([(3.6, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
          [["", ("Begroting 2022 na wijziging", 3), ("Rekening 2022", 3)],
           ["Programma", "Lasten", "Baten", "Saldo", "Lasten", "Baten", "Saldo"]],
          rows, caption="Tabel 2.1 Overzicht van baten en lasten per programma", scale="bedragen x € 1.000")

doc.heading("Analyse op hoofdlijnen", 1)
dAU = tv["0.7"]["B"]["real_e"] - tv["0.7"]["B"]["nw_e"]
dGrond = tv["8.2"]["B"]["real_e"] - tv["8.2"]["B"]["nw_e"]
p_au = F.add("dk.analyse.au_extra", dAU, eur(dAU), "§2 Analyse op hoofdlijnen, prose: algemene uitkering hoger dan begroot")
p_gr = F.add("dk.analyse.grond_extra", dGrond, eur(dGrond), "§2 Analyse, prose: grondverkopen hoger dan begroot")
doc.para(f"De algemene uitkering uit het gemeentefonds is {p_au} hoger uitgevallen dan in de begroting na wijziging, "
         f"vooral door de decembercirculaire 2022 (compensatie voor de energietoeslag en de opvang van ontheemden). De "
         f"opbrengsten uit grondverkopen liggen {p_gr} boven de raming: in 2022 zijn 41 bouwkavels verkocht, tegen 27 "
         f"begroot.")
F.add("dk.analyse.kavels", 41, "41 bouwkavels", "§2 Analyse, prose: in 2022 verkochte bouwkavels", unit="count",
      near=[("begroot", 27)])

# ------------------------------------------------------------------ 3 programmas
PROGTEXT = {
    "P1": dict(
        intro="Dit programma gaat over het gemeentebestuur, de dienstverlening aan inwoners en ondernemers en de "
              "samenwerking met inwoners in de kernen via MijnDinkelland2030!.",
        doelen=["Inwoners en ondernemers zijn tevreden over de dienstverlening van de gemeente.",
                "Inwoners denken en doen mee bij plannen voor hun eigen kern.",
                "Dienstverlening is digitaal waar het kan en persoonlijk waar het moet."],
        gedaan=["Het Klantcontactcentrum is sinds september 2022 op werkdagen tot 20.00 uur telefonisch bereikbaar. "
                "Voor afspraken aan huis (bijvoorbeeld voor een rijbewijs of paspoort voor minder mobiele inwoners) "
                "zijn 118 huisbezoeken afgelegd.",
                "Via MijnDinkelland2030! zijn in 2022 negen kernagenda's geactualiseerd. Voor inwonersinitiatieven "
                "is € 211.560 uit de reserve MijnDinkelland2030! ingezet, onder meer voor de dorpsommetjes in "
                "Lattrop en Tilligte en de jeugdontmoetingsplek in Rossum."],
        facts=[("dk.p1.huisbezoeken", 118, "118 huisbezoeken", "count"),
               ("dk.p1.mijndinkelland", 211560, "€ 211.560", "EUR")],
        ind=[("Klanttevredenheid dienstverlening (rapportcijfer)", "cijfer", "7,4", "7,6", "Eigen onderzoek", "grade", 7.6, 7.4),
             ("Aantal verstrekte reisdocumenten", "aantal", "4.977", "5.812", "Burgerzaken", "count", 5812, 4977),
             ("Formatie gemeenteraad (zetels)", "aantal", "19", "19", "-", "count", 19, 19)]),
    "P2": dict(
        intro="De gemeente zorgt samen met politie, brandweer en Veiligheidsregio Twente voor een veilige woon- en "
              "leefomgeving.",
        doelen=["Inwoners voelen zich veilig in hun buurt.",
                "Ondermijnende criminaliteit wordt vroegtijdig gesignaleerd en aangepakt.",
                "De brandweerzorg voldoet aan de normen uit het regionaal dekkingsplan."],
        gedaan=["Wij hebben in 2022 de aanpak ondermijning versterkt met een tweede BOA voor het buitengebied. "
                "Er zijn 37 integrale controles uitgevoerd op bedrijventerreinen en vrijkomende agrarische "
                "bebouwing (2021: 22).",
                "Bij de kampeerfeesten in de zomer is gewerkt met het convenant veilige evenementen; 14 feesten "
                "kregen een vergunning met extra voorwaarden voor alcoholgebruik onder jongeren."],
        facts=[("dk.p2.controles", 37, "37 integrale controles", "count")],
        ind=[("Verwijzingen Halt per 10.000 jongeren", "aantal", "71", "64", "Bureau Halt", "count", 64, 71),
             ("Winkeldiefstallen per 1.000 inwoners", "aantal", "0,7", "0,6", "CBS", "count", 0.6, 0.7),
             ("Geweldsmisdrijven per 1.000 inwoners", "aantal", "3,4", "3,1", "CBS", "count", 3.1, 3.4),
             ("Diefstallen uit woning per 1.000 inwoners", "aantal", "1,2", "1,4", "CBS", "count", 1.4, 1.2)]),
    "P3": dict(
        intro="Dit programma omvat de wegen, fiets- en voetpaden, het openbaar groen en de openbare verlichting.",
        doelen=["Wegen en fietspaden zijn veilig en goed onderhouden (minimaal beeldkwaliteit B).",
                "Het aantal verkeersslachtoffers daalt.",
                "Het openbaar groen draagt bij aan biodiversiteit en klimaatadaptatie."],
        gedaan=["De tweede fase van het fietspad Ootmarsum-Agelo is in oktober 2022 opgeleverd. De reconstructie van "
                "de Hoofdstraat in Weerselo is gestart en wordt in 2023 afgerond.",
                "Er zijn 1.120 armaturen van de openbare verlichting vervangen door LED-verlichting. Daarmee is 64% van "
                "alle lichtmasten in de gemeente omgezet naar LED."],
        facts=[("dk.p3.led", 1120, "1.120 armaturen", "count"), ("dk.p3.ledpct", 64, "64%", "percent")],
        ind=[("Ziekenhuisopnamen na verkeersongeval met motorvoertuig", "%", "8", "7", "VeiligheidNL", "percent", 7, 8),
             ("Areaal wegen met beeldkwaliteit B of beter", "%", "86", "88", "Schouw", "percent", 88, 86)]),
    "P4": dict(
        intro="Wij versterken de lokale economie, de vrijetijdseconomie en het vestigingsklimaat voor ondernemers.",
        doelen=["Bedrijven kunnen zich in Dinkelland vestigen en uitbreiden.",
                "Dinkelland is een aantrekkelijke bestemming voor toeristen en dagjesmensen."],
        gedaan=["Op bedrijventerrein Ootmarsum-Zuid zijn 2,4 hectare bedrijfsgrond uitgegeven. Het Ondernemersfonds "
                "Dinkelland kreeg een bijdrage van € 95.000.",
                "Het aantal toeristische overnachtingen waarover toeristenbelasting is afgedragen steeg naar 472.380 "
                "(2021: 398.116)."],
        facts=[("dk.p4.ondernemersfonds", 95000, "€ 95.000", "EUR"),
               ("dk.p4.overnachtingen", 472380, "472.380", "count")],
        ind=[("Vestigingen per 1.000 inwoners (15-64 jaar)", "aantal", "176,9", "182,4", "LISA", "count", 182.4, 176.9),
             ("Banen per 1.000 inwoners (15-64 jaar)", "aantal", "758,2", "771,3", "LISA", "count", 771.3, 758.2),
             ("Functiemenging", "%", "49,8", "50,6", "LISA", "percent", 50.6, 49.8)]),
    "P5": dict(
        intro="Goed onderwijs, een actief sport- en verenigingsleven en cultuur dragen bij aan vitale kernen.",
        doelen=["Elk kind krijgt een goede start en volgt onderwijs in een passend en duurzaam schoolgebouw.",
                "Meer inwoners sporten en bewegen, ook inwoners met een kleine beurs.",
                "Het culturele erfgoed van Dinkelland blijft zichtbaar en toegankelijk."],
        gedaan=["De bouw van Kindcentrum Denekamp-Oost ligt op schema; de oplevering is gepland voor het najaar van "
                "2023. In 2022 is € 3.904.118 aan de bouw besteed.",
                "Met het lokaal sportakkoord zijn 23 beweegactiviteiten voor ouderen georganiseerd. Het kunstgrasveld "
                "op sportpark De Kolk is vervangen."],
        facts=[("dk.p5.beweeg", 23, "23 beweegactiviteiten", "count")],
        ind=[("Absoluut verzuim per 1.000 leerlingen", "aantal", "2,1", "1,9", "DUO", "count", 1.9, 2.1),
             ("Relatief verzuim per 1.000 leerlingen", "aantal", "18", "21", "DUO", "count", 21, 18),
             ("Voortijdig schoolverlaters (vo en mbo)", "%", "1,3", "1,4", "DUO", "percent", 1.4, 1.3),
             ("Niet-sporters", "%", "43,0", "41,2", "Gezondheidsmonitor", "percent", 41.2, 43.0)]),
    "P6": dict(
        intro="Het sociaal domein omvat de Wmo, de Jeugdwet, de Participatiewet, het minimabeleid en de "
              "publieke gezondheid. Onze ambitie is een inclusieve samenleving waarin iedereen mee kan doen.",
        doelen=["Inwoners blijven langer gezond en zelfredzaam (actielijn Langer gezond).",
                "Inwoners met een hulpvraag vinden snel de juiste ondersteuning via één toegang.",
                "Minder inwoners raken in de schulden; inwoners met een laag inkomen kunnen meedoen.",
                "De uitgaven voor jeugdhulp en Wmo blijven beheersbaar."],
        gedaan=["Sinds 1 april 2022 werken het Sociaal Team, de schuldhulpverlening en de jeugdconsulenten samen "
                "vanuit één toegang in het gemeentehuis in Denekamp. Er zijn 2.317 meldingen behandeld.",
                "Wij hebben aan 1.148 huishoudens met een laag inkomen de energietoeslag van € 1.300 uitbetaald. De "
                "kosten hiervan (€ 1.492.400) zijn volledig vergoed via de algemene uitkering.",
                "Voor de opvang van ontheemden uit Oekraïne zijn 86 opvangplekken ingericht in Ootmarsum en Denekamp. "
                "In december 2022 verbleven er 71 ontheemden.",
                "De kosten voor jeugdhulp en Wmo-begeleiding zijn hoger uitgevallen dan begroot. De pilot "
                "praktijkondersteuner jeugd bij de huisartsen is na evaluatie omgezet in een structurele voorziening."],
        facts=[("dk.p6.meldingen", 2317, "2.317 meldingen", "count"),
               ("dk.p6.energietoeslag_hh", 1148, "1.148 huishoudens", "count"),
               ("dk.p6.energietoeslag_bedrag", 1300, "€ 1.300", "EUR"),
               ("dk.p6.energietoeslag_kosten", 1492400, "€ 1.492.400", "EUR"),
               ("dk.p6.opvangplekken", 86, "86 opvangplekken", "count")],
        ind=[("Jongeren met jeugdhulp", "%", "9,8", "10,4", "CBS", "percent", 10.4, 9.8),
             ("Jongeren met jeugdbescherming", "%", "0,8", "0,9", "CBS", "percent", 0.9, 0.8),
             ("Cliënten met een maatwerkarrangement Wmo per 10.000 inwoners", "aantal", "555", "573", "CBS", "count", 573, 555),
             ("Personen met een bijstandsuitkering per 10.000 inwoners", "aantal", "131", "124", "CBS", "count", 124, 131),
             ("Lopende re-integratievoorzieningen per 10.000 inwoners 15-64 jaar", "aantal", "102", "98", "CBS", "count", 98, 102)]),
    "P7": dict(
        intro="Dit programma gaat over riolering, afvalinzameling, milieu en duurzaamheid en de begraafplaatsen.",
        doelen=["Minder restafval: in 2025 maximaal 50 kg restafval per inwoner.",
                "In 2030 wekken we 49% van onze energie lokaal en duurzaam op.",
                "Het rioolstelsel kan hevige buien beter verwerken."],
        gedaan=["Het Energieloket Dinkelland heeft 612 woningeigenaren geadviseerd. Via de isolatieregeling kregen "
                "389 huishoudens een bijdrage van gemiddeld € 412 voor kleine energiebesparende maatregelen.",
                "In de kern Saasveld is het riool in de wijk Saasveld-Noord vervangen en is hemelwater afgekoppeld. "
                "Het gemeentelijk rioleringsplan (GRP) 2023-2027 is vastgesteld."],
        facts=[("dk.p7.energieloket", 612, "612 woningeigenaren", "count"),
               ("dk.p7.isolatie_hh", 389, "389 huishoudens", "count"),
               ("dk.p7.isolatie_gem", 412, "€ 412", "EUR")],
        ind=[("Omvang huishoudelijk restafval (kg per inwoner)", "kg", "84", "78", "CBS", "count", 78, 84),
             ("Hernieuwbare elektriciteit", "%", "27,5", "31,8", "Klimaatmonitor", "percent", 31.8, 27.5)]),
    "P8": dict(
        intro="Wij zorgen voor voldoende en passende woningen in alle kernen en bereiden de invoering van de "
              "Omgevingswet voor.",
        doelen=["Er worden jaarlijks minimaal 110 woningen toegevoegd, met aandacht voor starters en senioren.",
                "Vergunningen worden binnen de wettelijke termijn verleend.",
                "De organisatie is klaar voor de Omgevingswet."],
        gedaan=["In 2022 zijn 143 nieuwe woningen opgeleverd, waarvan 38 sociale huurwoningen. Met de "
                "starterslening zijn 24 starters geholpen.",
                "Er zijn 41 bouwkavels verkocht in de plannen Denekamp-Oost, Weerselo-Zuid en Ootmarsum De Hoge Es."],
        facts=[("dk.p8.woningen", 143, "143 nieuwe woningen", "count"),
               ("dk.p8.sociaal", 38, "38 sociale huurwoningen", "count"),
               ("dk.p8.starters", 24, "24 starters", "count")],
        ind=[("Nieuw gebouwde woningen per 1.000 woningen", "aantal", "7,6", "12,7", "BAG", "count", 12.7, 7.6),
             ("Gemiddelde WOZ-waarde woningen (x € 1.000)", "x € 1.000", "301", "334", "CBS", "EUR", 334000, 301000),
             ("Demografische druk", "%", "80,4", "81,2", "CBS", "percent", 81.2, 80.4)]),
}

REASONS = {
    ("2.1", "L"): "Groot onderhoud aan wegen in het buitengebied is door drukte bij aannemers deels doorgeschoven naar 2023.",
    ("4.2", "L"): "De kapitaallasten van Kindcentrum Denekamp-Oost starten pas na oplevering in 2023.",
    ("6.1", "L"): "Minder inzet op het uitvoeringsplan sociaal domein dan begroot; activiteiten lopen door in 2023.",
    ("6.3", "L"): "Meer aanvragen bijzondere bijstand en individuele inkomenstoeslag door de gestegen energieprijzen.",
    ("6.71", "L"): "De kosten van Wmo-begeleiding en dagbesteding zijn gestegen door meer cliënten en hogere tarieven.",
    ("6.72", "L"): "Meer jeugdigen met specialistische jeugdhulp en langere trajecten; de regionale tarieven zijn verhoogd.",
    ("7.4", "L"): "Een deel van het budget voor het Lokaal Energieplan is in 2022 niet besteed.",
    ("3.2", "B"): "Hogere opbrengst uit de verkoop van bedrijfskavels op Ootmarsum-Zuid.",
    ("8.2", "L"): "Minder kosten voor bouwrijp maken doordat fasen van Weerselo-Zuid later starten.",
    ("8.2", "B"): "Meer bouwkavels verkocht dan begroot (41 in plaats van 27).",
    ("8.3", "B"): "Hogere opbrengst bouwleges door enkele grote bouwaanvragen.",
    ("0.8", "L"): "De stelpost voor loon- en prijsstijgingen is niet volledig nodig geweest.",
    ("0.4", "L"): "Lagere bijdrage aan Noaberkracht door vacatures.",
    ("0.7", "B"): "Hogere algemene uitkering door de decembercirculaire 2022.",
}


def prog_table(pid, label):
    """'Wat heeft het gekost?' table per programme."""
    codes_L = groups.get((pid, "L"), [])
    codes_B = groups.get((pid, "B"), [])
    rows = [dict(cells=["Lasten", "", "", "", "", "", ""], style="section")]
    cols = ["r21", "prim", "nw", "real"]

    def line(lbl, vals, verschil, style="normal", indent=8):
        return dict(cells=[lbl] + [nl(v) for v in vals] + [nl(verschil), vn(verschil)], style=style, indent=indent)

    for c in codes_L:
        t = tv[c]["L"]
        if all(t[x] == 0 for x in cols):
            continue
        v = [t[x] for x in cols]
        verschil = t["nw"] - t["real"]
        lbl = f"{c} {tv[c]['name']}"
        rows.append(line(lbl, v, verschil))
        F.add(f"dk.{pid}.{c}.L.real", t["real"] * 1000, nl(t["real"]),
              f"'Wat heeft het gekost?' {label}, row '{lbl}' (lasten), column Rekening 2022",
              near=[("Begroting 2022 na wijziging", t["nw"] * 1000), ("Begroting primitief", t["prim"] * 1000),
                    ("Rekening 2021", t["r21"] * 1000)], scale=1000)
        F.add(f"dk.{pid}.{c}.L.nw", t["nw"] * 1000, nl(t["nw"]),
              f"'Wat heeft het gekost?' {label}, row '{lbl}' (lasten), column Begroting 2022 na wijziging",
              near=[("Rekening 2022", t["real"] * 1000), ("primitief", t["prim"] * 1000)], scale=1000)
        F.add(f"dk.{pid}.{c}.L.r21", t["r21"] * 1000, nl(t["r21"]),
              f"'Wat heeft het gekost?' {label}, row '{lbl}' (lasten), column Rekening 2021",
              near=[("Rekening 2022", t["real"] * 1000)], scale=1000)
    tl = [sum(tv[c]["L"][x] for c in codes_L) for x in cols]
    rows.append(line("Totaal lasten", tl, tl[2] - tl[3], "subtotal", 0))
    F.add(f"dk.{pid}.totL.real", tl[3] * 1000, nl(tl[3]), f"{label}, row 'Totaal lasten', column Rekening 2022",
          near=[("na wijziging", tl[2] * 1000), ("primitief", tl[1] * 1000), ("rekening 2021", tl[0] * 1000)], scale=1000)
    F.add(f"dk.{pid}.totL.nw", tl[2] * 1000, nl(tl[2]), f"{label}, row 'Totaal lasten', column Begroting 2022 na wijziging",
          near=[("rekening 2022", tl[3] * 1000)], scale=1000)
    F.add(f"dk.{pid}.totL.r21", tl[0] * 1000, nl(tl[0]), f"{label}, row 'Totaal lasten', column Rekening 2021",
          near=[("rekening 2022", tl[3] * 1000)], scale=1000)
    rows.append(dict(cells=["Baten", "", "", "", "", "", ""], style="section"))
    for c in codes_B:
        t = tv[c]["B"]
        if all(t[x] == 0 for x in cols):
            continue
        v = [t[x] for x in cols]
        verschil = t["real"] - t["nw"]
        lbl = f"{c} {tv[c]['name']}"
        rows.append(line(lbl, v, verschil))
        F.add(f"dk.{pid}.{c}.B.real", t["real"] * 1000, nl(t["real"]),
              f"'Wat heeft het gekost?' {label}, row '{lbl}' (baten), column Rekening 2022",
              near=[("Begroting na wijziging", t["nw"] * 1000), ("lasten", tv[c]["L"]["real"] * 1000)], scale=1000)
        F.add(f"dk.{pid}.{c}.B.nw", t["nw"] * 1000, nl(t["nw"]),
              f"'Wat heeft het gekost?' {label}, row '{lbl}' (baten), column Begroting 2022 na wijziging",
              near=[("Rekening 2022", t["real"] * 1000)], scale=1000)
    tb = [sum(tv[c]["B"][x] for c in codes_B) for x in cols]
    rows.append(line("Totaal baten", tb, tb[3] - tb[2], "subtotal", 0))
    F.add(f"dk.{pid}.totB.real", tb[3] * 1000, nl(tb[3]), f"{label}, row 'Totaal baten', column Rekening 2022",
          near=[("na wijziging", tb[2] * 1000), ("totaal lasten", tl[3] * 1000)], scale=1000)
    F.add(f"dk.{pid}.totB.nw", tb[2] * 1000, nl(tb[2]), f"{label}, row 'Totaal baten', column Begroting 2022 na wijziging",
          near=[("rekening", tb[3] * 1000)], scale=1000)
    saldo = [b - l for b, l in zip(tb, tl)]
    rows.append(line("Saldo van baten en lasten", saldo, saldo[3] - saldo[2], "bold", 0))
    F.add(f"dk.{pid}.saldo.real", saldo[3] * 1000, nl(saldo[3]), f"{label}, row 'Saldo van baten en lasten', column Rekening 2022",
          near=[("na wijziging", saldo[2] * 1000)], scale=1000)
    toev = [resk(pid, x)[0] for x in cols]
    ontt = [resk(pid, x)[1] for x in cols]
    rows.append(line("Toevoegingen aan reserves", [-v for v in toev], toev[2] - toev[3], "normal", 0))
    rows.append(line("Onttrekkingen aan reserves", ontt, ontt[3] - ontt[2], "normal", 0))
    F.add(f"dk.{pid}.ontt.real", ontt[3] * 1000, nl(ontt[3]), f"{label}, row 'Onttrekkingen aan reserves', column Rekening 2022",
          near=[("na wijziging", ontt[2] * 1000)], scale=1000)
    F.add(f"dk.{pid}.toev.real", toev[3] * 1000, nl(-toev[3]), f"{label}, row 'Toevoegingen aan reserves', column Rekening 2022 (printed negative)",
          near=[("na wijziging", toev[2] * 1000)], scale=1000)
    resu = [s - t + o for s, t, o in zip(saldo, toev, ontt)]
    rows.append(line("Resultaat", resu, resu[3] - resu[2], "total", 0))
    F.add(f"dk.{pid}.resultaat.real", resu[3] * 1000, nl(resu[3]), f"{label}, row 'Resultaat', column Rekening 2022",
          near=[("na wijziging", resu[2] * 1000)], scale=1000)
    doc.table([(3.3, "left"), (0.95, "right"), (0.95, "right"), (0.95, "right"), (0.95, "right"), (0.85, "right"), (0.35, "center")],
              [["", "Rekening", ("Begroting 2022", 2), "Rekening", "Verschil", ""],
               ["Omschrijving", "2021", "primitief", "na wijziging", "2022", "", "V/N"]],
              rows, caption=f"Tabel 3.{label.split()[1] if label.split()[1].isdigit() else 9} Wat heeft het gekost? {label}",
              scale="bedragen x € 1.000", valign="top")


def toelichting(pid):
    items = []
    for side in ("L", "B"):
        for c in groups.get((pid, side), []):
            t = tv[c][side]
            d = (t["nw_e"] - t["real_e"]) if side == "L" else (t["real_e"] - t["nw_e"])
            if abs(d) < 95000:
                continue
            kind = "lasten" if side == "L" else "baten"
            hl = ("lager" if d > 0 else "hoger") if side == "L" else ("hoger" if d > 0 else "lager")
            reason = REASONS.get((c, side), "Diverse kleinere afwijkingen.")
            printed = eur(abs(d))
            F.add(f"dk.verschil.{c}.{side}", abs(d), printed,
                  f"Toelichting op de verschillen ({pid}), prose '{c} {tv[c]['name']} ({kind}): {printed} {vn(d)}'; "
                  f"table Verschil column shows {nl(abs(t['nw'] - t['real']))} (x € 1.000)",
                  near=[("begroting na wijziging", t["nw_e"]), ("realisatie", t["real_e"])],
                  context=dict(code=c, side=side, vn=vn(d), table_k=abs(t["nw"] - t["real"]) * 1000))
            items.append(f"{c} {tv[c]['name']} ({kind} {printed} {hl} dan begroot, {vn(d)}): {reason}")
    if items:
        doc.heading("Toelichting op de verschillen", 3)
        doc.para("Verschillen tussen de begroting na wijziging en de rekening van meer dan € 95.000 (bedragen in euro's):", key="sans-i")
        doc.bullets(items)


doc.heading("3 Programmaverantwoording", 0)
doc.para("Per programma geven wij antwoord op drie vragen: Wat wilden we bereiken? Wat hebben we daarvoor gedaan? "
         "Wat heeft het gekost? De beleidsindicatoren zijn de verplichte indicatoren uit de Regeling beleidsindicatoren "
         "(bron: waarstaatjegemeente.nl).")
for pid, nr, pname in PROGRAMMAS[:8]:
    txt = PROGTEXT[pid]
    label = f"Programma {nr} {pname}"
    doc.heading(label, 1)
    doc.para(txt["intro"])
    doc.heading("Wat wilden we bereiken?", 2)
    doc.bullets(txt["doelen"])
    doc.heading("Wat hebben we daarvoor gedaan?", 2)
    for p in txt["gedaan"]:
        doc.para(p)
    for key, val, printed, unit in txt.get("facts", []):
        F.add(key, val, printed, f"{label}, 'Wat hebben we daarvoor gedaan?', prose", unit=unit)
    rows = []
    for name, eenh, v21, v22, bron, unit, val22, val21 in txt["ind"]:
        rows.append(dict(cells=[name, eenh, v21, v22, bron]))
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:24]
        F.add(f"dk.ind.{pid}.{slug}.2022", val22, v22, f"Beleidsindicatoren {label}, row '{name}', column 2022",
              unit=unit, near=[("2021", val21)])
        F.add(f"dk.ind.{pid}.{slug}.2021", val21, v21, f"Beleidsindicatoren {label}, row '{name}', column 2021",
              unit=unit, near=[("2022", val22)])
    doc.table([(4.2, "left"), (0.9, "center"), (0.7, "right"), (0.7, "right"), (1.4, "left")],
              [["Indicator", "Eenheid", "2021", "2022", "Bron"]], rows,
              caption=f"Beleidsindicatoren programma {nr}", size=7.8)
    doc.heading("Wat heeft het gekost?", 2)
    prog_table(pid, label)
    toelichting(pid)

# ------------------------------------------------------------------ 4 ADM + overhead
doc.heading("4 Algemene dekkingsmiddelen en overhead", 0)
doc.para("De algemene dekkingsmiddelen zijn de inkomsten die de gemeente vrij kan besteden: de algemene uitkering uit "
         "het gemeentefonds, de onroerendezaakbelastingen (OZB), de toeristenbelasting, dividenden en het saldo van "
         "de financieringsfunctie. De overhead omvat de kosten van de sturing en ondersteuning van de organisatie.")
au_e = tv["0.7"]["B"]["real_e"]
p_au_e = F.add("dk.au.real_e", au_e, eur(au_e), "§4 prose: algemene uitkering 2022 ontvangen",
               near=[("begroting na wijziging", tv["0.7"]["B"]["nw_e"])])
doc.para(f"In 2022 ontvingen wij in totaal {p_au_e} aan algemene uitkering en overige uitkeringen uit het "
         f"gemeentefonds. De opbrengst van de OZB woningen en niet-woningen samen bedroeg "
         f"{eur(tv['0.61']['B']['real_e'] + tv['0.62']['B']['real_e'])}. Het dividend van BNG Bank en Vitens was samen € 186.214.")
F.add("dk.ozb.opbrengst_e", tv["0.61"]["B"]["real_e"] + tv["0.62"]["B"]["real_e"],
      eur(tv["0.61"]["B"]["real_e"] + tv["0.62"]["B"]["real_e"]), "§4 prose: opbrengst OZB woningen + niet-woningen")
F.add("dk.dividend", 186214, "€ 186.214", "§4 prose: dividend BNG Bank en Vitens samen")
doc.heading("Wat heeft het gekost? Algemene dekkingsmiddelen", 2)
prog_table("ADM", "Overzicht 9 Algemene dekkingsmiddelen")
toelichting("ADM")
doc.heading("Overhead, onvoorzien en vennootschapsbelasting", 2)
doc.para(f"De lasten van de overhead bedroegen in 2022 {eur(tv['0.4']['L']['real_e'])}. Het grootste deel hiervan is de "
         f"bijdrage aan Noaberkracht Dinkelland Tubbergen voor de bedrijfsvoering. Het budget voor onvoorziene "
         f"uitgaven (€ 100.000) is in 2022 niet aangesproken. Dinkelland heeft over 2022 € 5.870 vennootschapsbelasting "
         f"betaald in verband met de grondexploitaties.")
F.add("dk.overhead.real_e", tv["0.4"]["L"]["real_e"], eur(tv["0.4"]["L"]["real_e"]), "§4 Overhead prose: lasten overhead 2022",
      near=[("begroting na wijziging", tv["0.4"]["L"]["nw_e"])])
F.add("dk.onvoorzien", 100000, "€ 100.000", "§4 prose: budget onvoorzien")
doc.heading("Wat heeft het gekost? Overhead", 2)
prog_table("OVH", "Overzicht 10 Overhead")
toelichting("OVH")

# ------------------------------------------------------------------ 5 paragrafen
doc.heading("5 Paragrafen", 0)
doc.heading("5.1 Lokale heffingen", 1)
doc.para("De gemeenteraad stelt jaarlijks de tarieven van de gemeentelijke belastingen en heffingen vast. Voor 2022 is "
         "de OZB verhoogd met het inflatiepercentage van 1,6%; door de gestegen WOZ-waarden daalde het tarief als "
         "percentage van de WOZ-waarde.")
TAR = [
    # omschrijving, eenheid, 2021, 2022, dec, key, unit
    ("OZB woningen eigenaar", "% WOZ-waarde", 0.1052, 0.0987, 4, "ozb_won", "percent"),
    ("OZB niet-woningen eigenaar", "% WOZ-waarde", 0.2188, 0.2101, 4, "ozb_nw_eig", "percent"),
    ("OZB niet-woningen gebruiker", "% WOZ-waarde", 0.1806, 0.1734, 4, "ozb_nw_geb", "percent"),
    ("Afvalstoffenheffing vastrecht per huishouden", "per jaar", 108.00, 114.00, 2, "afval_vast", "EUR"),
    ("Afvalstoffenheffing per lediging restafvalcontainer 140 liter", "per lediging", 8.40, 8.75, 2, "afval_ledig", "EUR"),
    ("Rioolheffing per aansluiting", "per jaar", 236.40, 243.60, 2, "riool", "EUR"),
    ("Toeristenbelasting per persoon per nacht", "per nacht", 1.40, 1.45, 2, "toerist", "EUR"),
    ("Hondenbelasting eerste hond", "per jaar", 66.00, 68.40, 2, "hond", "EUR"),
    ("Forensenbelasting per woning", "per jaar", 312.00, 318.00, 2, "forens", "EUR"),
]
rows = []
for lab, eenh, t21, t22, dec, key, unit in TAR:
    p21 = (nl(t21, dec) + "%") if unit == "percent" else eur(t21, dec)
    p22 = (nl(t22, dec) + "%") if unit == "percent" else eur(t22, dec)
    rows.append(dict(cells=[lab, eenh, p21, p22]))
    F.add(f"dk.tarief.{key}.2022", t22, p22 if unit == "percent" else nl(t22, dec),
          f"Tabel 5.1 Tarieven, row '{lab}', column 2022", unit=unit, near=[("2021", t21)])
    F.add(f"dk.tarief.{key}.2021", t21, p21 if unit == "percent" else nl(t21, dec),
          f"Tabel 5.1 Tarieven, row '{lab}', column 2021", unit=unit, near=[("2022", t22)])
doc.table([(4.2, "left"), (1.3, "left"), (1, "right"), (1, "right")], [["Belasting / heffing", "Grondslag", "2021", "2022"]],
          rows, caption="Tabel 5.1 Tarieven lokale heffingen", scale="tarieven in euro's")
# woonlasten
woz = 312000
ozb = round(woz * 0.0987 / 100, 2)
afval = 114.00 + 8 * 8.75
riool = 243.60
wl = round(ozb + afval + riool, 2)
F.add("dk.woonlasten.totaal", wl, nl(wl, 2), "Tabel 5.2 Woonlasten, row 'Totaal woonlasten', column 2022", near=[("OZB deel", ozb)])
F.add("dk.woonlasten.ozb", ozb, nl(ozb, 2), "Tabel 5.2 Woonlasten, row 'OZB', column 2022")
rows = [dict(cells=["OZB (eigenaar) bij een WOZ-waarde van € 312.000", nl(ozb, 2)]),
        dict(cells=["Afvalstoffenheffing (vastrecht plus 8 ledigingen)", nl(afval, 2)]),
        dict(cells=["Rioolheffing", nl(riool, 2)]),
        dict(cells=["Totaal woonlasten", nl(wl, 2)], style="total")]
doc.table([(5, "left"), (1.2, "right")], [["Meerpersoonshuishouden met eigen woning", "2022"]], rows,
          caption="Tabel 5.2 Woonlasten meerpersoonshuishouden", scale="bedragen in euro's", keep=4)
# kostendekkendheid
rows = []
for code, naam in (("7.3", "Afvalstoffenheffing"), ("7.2", "Rioolheffing")):
    L = tv[code]["L"]["real_e"]
    ovh = 214630 if code == "7.3" else 187440
    btw = 302118 if code == "7.3" else 356907
    tot = L + ovh + btw
    opbr = tv[code]["B"]["real_e"] - (61250 if code == "7.3" else 18830)
    dek = round(opbr / tot * 100, 1)
    rows.append(dict(cells=[naam, nl(L), nl(ovh), nl(btw), nl(tot), nl(opbr), nl(dek, 1) + "%"]))
    F.add(f"dk.dekking.{code}", dek, nl(dek, 1) + "%", f"Tabel 5.3 Kostendekkendheid, row '{naam}', column Dekking", unit="percent")
    F.add(f"dk.dekking.{code}.opbrengst", opbr, nl(opbr), f"Tabel 5.3 Kostendekkendheid, row '{naam}', column Opbrengst heffing")
doc.table([(1.7, "left"), (1.1, "right"), (0.9, "right"), (0.9, "right"), (1.1, "right"), (1.1, "right"), (0.8, "right")],
          [["", "Lasten", "Toegerekende", "BTW", "Totale", "Opbrengst", "Dekking"],
           ["Heffing", "taakveld", "overhead", "", "kosten", "heffing", ""]], rows,
          caption="Tabel 5.3 Kostendekkendheid heffingen 2022", scale="bedragen in euro's")
doc.para("Kwijtschelding: in 2022 zijn 246 verzoeken om kwijtschelding van gemeentelijke belastingen ingediend, "
         "waarvan er 201 zijn toegekend. Het totaal kwijtgescholden bedrag was € 87.412.")
F.add("dk.kwijtschelding.verzoeken", 246, "246 verzoeken", "§5.1 prose kwijtschelding", unit="count", near=[("toegekend", 201)])
F.add("dk.kwijtschelding.toegekend", 201, "201", "§5.1 prose kwijtschelding toegekend", unit="count", near=[("verzoeken", 246)])
F.add("dk.kwijtschelding.bedrag", 87412, "€ 87.412", "§5.1 prose kwijtschelding bedrag")

doc.heading("5.2 Weerstandsvermogen en risicobeheersing", 1)
doc.para("Het weerstandsvermogen is de mate waarin de gemeente in staat is middelen vrij te maken om onverwachte "
         "tegenvallers op te vangen zonder dat het beleid moet worden aangepast. Wij zetten de beschikbare "
         "weerstandscapaciteit af tegen de benodigde weerstandscapaciteit op basis van de risico's.")
ar_end = RESERVES[0][2] + RESERVES[0][3] - RESERVES[0][4]
onbenut = 1986300
onvz = 100000
beschikbaar = ar_end + onbenut + onvz
rows = [dict(cells=["Algemene reserve per 31 december 2022", nl(ar_end)]),
        dict(cells=["Onbenutte belastingcapaciteit OZB", nl(onbenut)]),
        dict(cells=["Budget onvoorzien", nl(onvz)]),
        dict(cells=["Totaal beschikbare weerstandscapaciteit", nl(beschikbaar)], style="total")]
F.add("dk.weerstand.beschikbaar", beschikbaar, nl(beschikbaar), "Tabel 5.4, row 'Totaal beschikbare weerstandscapaciteit'")
doc.table([(5, "left"), (1.3, "right")], [["Onderdeel", "Bedrag"]], rows,
          caption="Tabel 5.4 Beschikbare weerstandscapaciteit", scale="bedragen in euro's", keep=4)
rows = []
benodigd = 0
for oms, kans, eff in RISICOS:
    g = round(eff * kans / 100)
    benodigd += g
    rows.append(dict(cells=[oms, f"{kans}%", nl(eff), nl(g)]))
rows.append(dict(cells=["Totaal", "", nl(sum(r[2] for r in RISICOS)), nl(benodigd)], style="total"))
F.add("dk.weerstand.benodigd", benodigd, nl(benodigd), "Tabel 5.5 Risico's, row 'Totaal', column Benodigd (kans x effect)",
      near=[("maximaal effect totaal", sum(r[2] for r in RISICOS))])
F.add("dk.risico.jeugd.effect", RISICOS[0][2], nl(RISICOS[0][2]), "Tabel 5.5, row 'Open-einderegelingen jeugdhulp en Wmo', column Maximaal effect",
      near=[("benodigd", round(RISICOS[0][2] * RISICOS[0][1] / 100))])
doc.table([(4.2, "left"), (0.7, "right"), (1.2, "right"), (1.2, "right")],
          [["", "", "Maximaal", "Benodigd"], ["Risico", "Kans", "financieel effect", "(kans x effect)"]], rows,
          caption="Tabel 5.5 Belangrijkste risico's", scale="bedragen in euro's")
ratio = round(beschikbaar / benodigd, 2)
F.add("dk.weerstand.ratio", ratio, nl(ratio, 2), "§5.2 prose below Tabel 5.5: ratio weerstandsvermogen", unit="count")
doc.para(f"De ratio weerstandsvermogen (beschikbare gedeeld door benodigde weerstandscapaciteit) is {nl(ratio, 2)}. Dit "
         f"valt in klasse A (uitstekend; ratio groter dan 2,0). De raad heeft als norm een ratio van minimaal 1,4 vastgesteld.")
# ------------------------------------------------------------------ balance figures (used in 5.2 and 7)
ar0 = k(RESERVES[0][2])
br0 = k(sum(r[2] for r in RESERVES[1:]))
ar1 = k(RESERVES[0][2] + RESERVES[0][3] - RESERVES[0][4])
br1 = k(sum(r[2] + r[3] - r[4] for r in RESERVES[1:]))
res21 = TARGET["r21"]
res22 = k(res_real_e)
vz1, vz0 = k(sum(v[1] + v[2] - v[3] - v[4] for v in VOORZIENINGEN)), k(sum(v[1] for v in VOORZIENINGEN))
ACT = {
    "Immateriële vaste activa": (412, 455),
    "Materiële vaste activa met economisch nut": (61208, 58866),
    "Materiële vaste activa met maatschappelijk nut": (14612, 13410),
    "Financiële vaste activa": (4388, 4712),
    "Voorraden (bouwgronden in exploitatie)": (9784, 11322),
    "Uitzettingen met een rentetypische looptijd < 1 jaar": (8810, 7455),
    "Liquide middelen": (1126, 688),
    "Overlopende activa": (6215, 5874),
}
va = ["Immateriële vaste activa", "Materiële vaste activa met economisch nut", "Materiële vaste activa met maatschappelijk nut",
      "Financiële vaste activa"]
vla = ["Voorraden (bouwgronden in exploitatie)", "Uitzettingen met een rentetypische looptijd < 1 jaar", "Liquide middelen",
       "Overlopende activa"]
tot_va = [sum(ACT[x][i] for x in va) for i in (0, 1)]
tot_vla = [sum(ACT[x][i] for x in vla) for i in (0, 1)]
tot_act = [tot_va[i] + tot_vla[i] for i in (0, 1)]
ev_bal = [ar1 + br1 + res22, ar0 + br0 + res21]
vaste_schuld = [38412, 40118]
ovl_pas = [5210, 4988]
nvs = [tot_act[i] - ev_bal[i] - [vz1, vz0][i] - vaste_schuld[i] - ovl_pas[i] for i in (0, 1)]
assert all(x > 0 for x in nvs), nvs
bat22 = sumrow["reB"]
bat21 = sum(t["B"]["r21"] for t in tv.values() if "B" in t)
def _nsq(i, bat, corr=False):
    schuld = vaste_schuld[i] + nvs[i] + ovl_pas[i] - ACT["Uitzettingen met een rentetypische looptijd < 1 jaar"][i] \
        - ACT["Liquide middelen"][i] - ACT["Overlopende activa"][i]
    if corr:
        schuld -= ACT["Financiële vaste activa"][i]
    return round(schuld / bat * 100, 1)
KG_CALC = {
    "schuld": (_nsq(1, bat21), _nsq(0, bat22)),
    "schuldcorr": (_nsq(1, bat21, True), _nsq(0, bat22, True)),
    "solv": (round(ev_bal[1] / tot_act[1] * 100, 1), round(ev_bal[0] / tot_act[0] * 100, 1)),
    "grex": (round(ACT["Voorraden (bouwgronden in exploitatie)"][1] / bat21 * 100, 1),
             round(ACT["Voorraden (bouwgronden in exploitatie)"][0] / bat22 * 100, 1)),
}
KENG = [
    ("Netto schuldquote", 58.4, 51.0, 52.7, "schuld"),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 55.1, 46.2, 49.8, "schuldcorr"),
    ("Solvabiliteitsratio", 31.2, 36.1, 33.6, "solv"),
    ("Grondexploitatie", 9.8, 12.4, 7.1, "grex"),
    ("Structurele exploitatieruimte", 1.9, 0.4, 2.6, "struct"),
    ("Belastingcapaciteit", 96.3, 95.0, 94.1, "belcap"),
]
rows = []
for lab, r21, b22, r22, key in KENG:
    if key in KG_CALC:
        r21, r22 = KG_CALC[key]
    rows.append(dict(cells=[lab, pct(r21), pct(b22), pct(r22)]))
    F.add(f"dk.keng.{key}.r22", r22, pct(r22), f"Tabel 5.6 Financiële kengetallen, row '{lab}', column Rekening 2022",
          unit="percent", near=[("Begroting 2022", b22), ("Rekening 2021", r21)])
    F.add(f"dk.keng.{key}.r21", r21, pct(r21), f"Tabel 5.6, row '{lab}', column Rekening 2021", unit="percent",
          near=[("Rekening 2022", r22)])
doc.table([(4.2, "left"), (1, "right"), (1, "right"), (1, "right")],
          [["Kengetal", "Rekening 2021", "Begroting 2022", "Rekening 2022"]], rows,
          caption="Tabel 5.6 Financiële kengetallen",
          footnotes=["De signaleringswaarden zijn die van de provincie Overijssel (categorie A = minst risicovol)."])

doc.heading("5.3 Verbonden partijen", 1)
doc.para("Verbonden partijen zijn organisaties waarin de gemeente een bestuurlijk én een financieel belang heeft. "
         "Onderstaand overzicht geeft de bijdrage van Dinkelland in 2022 en de financiële positie van de partij "
         "volgens haar (voorlopige) jaarrekening 2022.")
VP = [
    # naam, soort, bijdrage begroot, bijdrage werkelijk, EV 31-12, VV 31-12, resultaat
    ("Noaberkracht Dinkelland Tubbergen (ambtelijke organisatie)", "GR", 11846200, 11702318, 1210400, 9118600, 244100),
    ("Regio Twente (o.a. GGD Twente en Jeugdgezondheidszorg)", "GR", 1412300, 1408612, 3905000, 58210000, -412000),
    ("Veiligheidsregio Twente", "GR", 1987400, 1987431, 7612000, 41005000, 1088000),
    ("Werkbedrijf Dinkel-Regge (sociale werkvoorziening)", "GR", 5468200, 5503944, 2760000, 7474000, 214000),
    ("Omgevingsdienst Twente", "GR", 418900, 421077, 960000, 3344000, 57000),
    ("Twence Holding B.V. (afvalverwerking)", "Deelneming", 0, 0, 176400000, 298100000, 21300000),
    ("Vitens N.V. (drinkwater)", "Deelneming", 0, 0, 612000000, 1468000000, 48000000),
]
rows = []
for naam, soort, bb, bw, ev, vv, res in VP:
    rows.append(dict(cells=[naam, soort, nl(bb) if bb else "-", nl(bw) if bw else "-", nl(ev / 1000), nl(vv / 1000), nl(res / 1000)]))
    slug = naam.split()[0].lower().replace("-", "")
    if bw:
        F.add(f"dk.vp.{slug}.bijdrage", bw, nl(bw), f"Tabel 5.7 Verbonden partijen, row '{naam}', column Bijdrage 2022 werkelijk",
              near=[("begroot", bb)])
    F.add(f"dk.vp.{slug}.ev", ev, nl(ev / 1000), f"Tabel 5.7, row '{naam}', column Eigen vermogen 31-12-2022 (x € 1.000)",
          scale=1000, near=[("vreemd vermogen", vv)])
doc.table([(3.2, "left"), (0.9, "left"), (1, "right"), (1, "right"), (0.95, "right"), (0.95, "right"), (0.85, "right")],
          [["", "", ("Bijdrage Dinkelland 2022", 2), ("Partij, per 31-12-2022 (x € 1.000)", 3)],
           ["Verbonden partij", "Soort", "begroot", "werkelijk", "Eigen vermogen", "Vreemd vermogen", "Resultaat"]],
          rows, caption="Tabel 5.7 Verbonden partijen", scale="bijdragen in euro's", valign="bottom",
          footnotes=["GR = gemeenschappelijke regeling. Voor Twence en Vitens ontvangt Dinkelland dividend; er is geen bijdrage."])
doc.para("Bij het Werkbedrijf Dinkel-Regge is in 2022 een herstructureringsplan gestart om de begeleiding van "
         "Wsw-medewerkers te combineren met beschut werk. De hogere bijdrage dan begroot komt door de cao-loonstijging "
         "voor Wsw-medewerkers.")

# ------------------------------------------------------------------ 6 reserves, voorzieningen, investeringen
doc.heading("6 Reserves, voorzieningen en investeringen", 0)
doc.heading("6.1 Reserves", 1)
doc.para("Het verloop van de reserves in 2022 staat in tabel 6.1. De toevoeging aan de algemene reserve betreft de "
         "bestemming van het rekeningresultaat 2021 (besluit raad 5 juli 2022).")
rows = [dict(cells=["Algemene reserve", "", "", "", ""], style="section")]
tot = [0, 0, 0, 0]
sub = [0, 0, 0, 0]
for i, (name, prog, s0, t, o) in enumerate(RESERVES):
    s1 = s0 + t - o
    if i == 1:
        rows.append(dict(cells=["Bestemmingsreserves", "", "", "", ""], style="section"))
    rows.append(dict(cells=[name, nl(s0), nl(t) if t else "-", nl(o) if o else "-", nl(s1)], indent=8))
    for j, v in enumerate((s0, t, o, s1)):
        tot[j] += v
        if i >= 1:
            sub[j] += v
    slug = name.replace("Reserve ", "").replace("Algemene reserve", "algemeen").split()[0].lower().strip("!")
    F.add(f"dk.res.{slug}.eind", s1, nl(s1), f"Tabel 6.1 Verloop reserves, row '{name}', column Saldo 31-12-2022",
          near=[("Saldo 1-1-2022", s0)])
    F.add(f"dk.res.{slug}.begin", s0, nl(s0), f"Tabel 6.1, row '{name}', column Saldo 1-1-2022", near=[("Saldo 31-12-2022", s1)])
    if o:
        F.add(f"dk.res.{slug}.ontt", o, nl(o), f"Tabel 6.1, row '{name}', column Onttrekkingen", near=[("Toevoegingen", t)])
    if t:
        F.add(f"dk.res.{slug}.toev", t, nl(t), f"Tabel 6.1, row '{name}', column Toevoegingen", near=[("Onttrekkingen", o)])
    if i == len(RESERVES) - 1:
        rows.append(dict(cells=["Subtotaal bestemmingsreserves"] + [nl(v) for v in sub], style="subtotal"))
rows.append(dict(cells=["Totaal reserves"] + [nl(v) for v in tot], style="total"))
F.add("dk.res.totaal.eind", tot[3], nl(tot[3]), "Tabel 6.1, row 'Totaal reserves', column Saldo 31-12-2022", near=[("1-1-2022", tot[0])])
F.add("dk.res.bestemming.eind", sub[3], nl(sub[3]), "Tabel 6.1, row 'Subtotaal bestemmingsreserves', column Saldo 31-12-2022")
assert tot[1] == TOEV_E and tot[2] == ONTT_E
doc.table([(3.4, "left"), (1.1, "right"), (1.0, "right"), (1.0, "right"), (1.1, "right")],
          [["Reserve", "Saldo 1-1-2022", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2022"]], rows,
          caption="Tabel 6.1 Verloop reserves 2022", scale="bedragen in euro's")

doc.heading("6.2 Voorzieningen", 1)
rows = []
vt = [0] * 5
for name, s0, t, a, v in VOORZIENINGEN:
    s1 = s0 + t - a - v
    rows.append(dict(cells=[name, nl(s0), nl(t), nl(a) if a else "-", nl(v) if v else "-", nl(s1)]))
    for j, x in enumerate((s0, t, a, v, s1)):
        vt[j] += x
    slug = name.split()[2] if len(name.split()) > 2 else name
    F.add(f"dk.vz.{slug.lower()}.eind", s1, nl(s1), f"Tabel 6.2 Voorzieningen, row '{name}', column Saldo 31-12-2022",
          near=[("1-1-2022", s0)])
rows.append(dict(cells=["Totaal voorzieningen"] + [nl(x) for x in vt], style="total"))
F.add("dk.vz.totaal.eind", vt[4], nl(vt[4]), "Tabel 6.2, row 'Totaal voorzieningen', column Saldo 31-12-2022")
doc.table([(3.0, "left"), (1, "right"), (1, "right"), (1, "right"), (0.8, "right"), (1, "right")],
          [["Voorziening", "Saldo 1-1-2022", "Toevoeging", "Aanwending", "Vrijval", "Saldo 31-12-2022"]], rows,
          caption="Tabel 6.2 Verloop voorzieningen 2022", scale="bedragen in euro's")

doc.heading("6.3 Investeringen", 1)
doc.para("Tabel 6.3 geeft de stand van de lopende investeringskredieten. Kredieten met 'ja' in de laatste kolom worden "
         "met deze jaarrekening afgesloten; het restant valt vrij.")
rows = []
it = [0] * 5
for oms, kr, t21, u22, afs in INVESTERINGEN:
    totu = t21 + u22
    rest = kr - totu
    rows.append(dict(cells=[oms, nl(kr), nl(t21) if t21 else "-", nl(u22), nl(totu), nl(rest), afs]))
    for j, x in enumerate((kr, t21, u22, totu, rest)):
        it[j] += x
    slug = oms.split()[0].lower() + "_" + oms.split()[1].lower()
    F.add(f"dk.inv.{slug}.krediet", kr, nl(kr), f"Tabel 6.3 Investeringen, row '{oms}', column Krediet",
          near=[("uitgaven 2022", u22), ("restant", rest)])
    F.add(f"dk.inv.{slug}.u22", u22, nl(u22), f"Tabel 6.3, row '{oms}', column Uitgaven 2022",
          near=[("krediet", kr), ("totaal uitgaven", totu)])
    F.add(f"dk.inv.{slug}.rest", rest, nl(rest), f"Tabel 6.3, row '{oms}', column Restant krediet", near=[("krediet", kr)])
rows.append(dict(cells=["Totaal", nl(it[0]), nl(it[1]), nl(it[2]), nl(it[3]), nl(it[4]), ""], style="total"))
F.add("dk.inv.totaal.u22", it[2], nl(it[2]), "Tabel 6.3, row 'Totaal', column Uitgaven 2022")
doc.table([(3.1, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (0.6, "center")],
          [["", "", "Uitgaven", "Uitgaven", "Totaal", "Restant", "Af-"],
           ["Investering", "Krediet", "t/m 2021", "2022", "uitgaven", "krediet", "sluiten"]], rows,
          caption="Tabel 6.3 Investeringskredieten", scale="bedragen in euro's")

# ------------------------------------------------------------------ 7 balans
doc.heading("7 Balans per 31 december 2022", 0)
# (balance figures are computed before section 5, see "balance figures")
rows = [dict(cells=["Activa", "", ""], style="section"), dict(cells=["Vaste activa", "", ""], style="section")]
for x in va:
    rows.append(dict(cells=[x, nl(ACT[x][0]), nl(ACT[x][1])], indent=8))
rows.append(dict(cells=["Totaal vaste activa", nl(tot_va[0]), nl(tot_va[1])], style="subtotal"))
rows.append(dict(cells=["Vlottende activa", "", ""], style="section"))
for x in vla:
    rows.append(dict(cells=[x, nl(ACT[x][0]), nl(ACT[x][1])], indent=8))
rows.append(dict(cells=["Totaal vlottende activa", nl(tot_vla[0]), nl(tot_vla[1])], style="subtotal"))
rows.append(dict(cells=["Totaal activa", nl(tot_act[0]), nl(tot_act[1])], style="total"))
rows.append(dict(cells=["Passiva", "", ""], style="section"))
rows.append(dict(cells=["Algemene reserve", nl(ar1), nl(ar0)], indent=8))
rows.append(dict(cells=["Bestemmingsreserves", nl(br1), nl(br0)], indent=8))
rows.append(dict(cells=["Gerealiseerd resultaat", nl(res22), nl(res21)], indent=8))
rows.append(dict(cells=["Eigen vermogen", nl(ev_bal[0]), nl(ev_bal[1])], style="subtotal"))
rows.append(dict(cells=["Voorzieningen", nl(vz1), nl(vz0)], indent=8))
rows.append(dict(cells=["Vaste schulden met een rentetypische looptijd van één jaar of langer", nl(vaste_schuld[0]), nl(vaste_schuld[1])], indent=8))
vp = [ev_bal[i] + [vz1, vz0][i] + vaste_schuld[i] for i in (0, 1)]
rows.append(dict(cells=["Totaal vaste passiva", nl(vp[0]), nl(vp[1])], style="subtotal"))
rows.append(dict(cells=["Netto-vlottende schulden met een rentetypische looptijd < 1 jaar", nl(nvs[0]), nl(nvs[1])], indent=8))
rows.append(dict(cells=["Overlopende passiva", nl(ovl_pas[0]), nl(ovl_pas[1])], indent=8))
rows.append(dict(cells=["Totaal vlottende passiva", nl(nvs[0] + ovl_pas[0]), nl(nvs[1] + ovl_pas[1])], style="subtotal"))
rows.append(dict(cells=["Totaal passiva", nl(tot_act[0]), nl(tot_act[1])], style="total"))
F.add("dk.bal.va.2021", tot_va[1] * 1000, nl(tot_va[1]), "Tabel 7.1 Balans, row 'Totaal vaste activa', column 31-12-2021 (second column)",
      near=[("31-12-2022", tot_va[0] * 1000)], scale=1000)
F.add("dk.bal.va.2022", tot_va[0] * 1000, nl(tot_va[0]), "Tabel 7.1 Balans, row 'Totaal vaste activa', column 31-12-2022 (first column)",
      near=[("31-12-2021", tot_va[1] * 1000)], scale=1000)
F.add("dk.bal.ev.2022", ev_bal[0] * 1000, nl(ev_bal[0]), "Tabel 7.1, row 'Eigen vermogen', column 31-12-2022", near=[("2021", ev_bal[1] * 1000)], scale=1000)
F.add("dk.bal.ev.2021", ev_bal[1] * 1000, nl(ev_bal[1]), "Tabel 7.1, row 'Eigen vermogen', column 31-12-2021", near=[("2022", ev_bal[0] * 1000)], scale=1000)
F.add("dk.bal.totaal.2022", tot_act[0] * 1000, nl(tot_act[0]), "Tabel 7.1, row 'Totaal activa'/'Totaal passiva', column 31-12-2022",
      near=[("2021", tot_act[1] * 1000)], scale=1000)
F.add("dk.bal.vasteschuld.2022", vaste_schuld[0] * 1000, nl(vaste_schuld[0]), "Tabel 7.1, row 'Vaste schulden ...', column 31-12-2022",
      near=[("2021", vaste_schuld[1] * 1000)], scale=1000)
F.add("dk.bal.vasteschuld.2021", vaste_schuld[1] * 1000, nl(vaste_schuld[1]), "Tabel 7.1, row 'Vaste schulden ...', column 31-12-2021",
      near=[("2022", vaste_schuld[0] * 1000)], scale=1000)
F.add("dk.bal.liquide.2022", ACT["Liquide middelen"][0] * 1000, nl(ACT["Liquide middelen"][0]), "Tabel 7.1, row 'Liquide middelen', column 31-12-2022",
      near=[("2021", ACT["Liquide middelen"][1] * 1000)], scale=1000)
doc.table([(4.6, "left"), (1.2, "right"), (1.2, "right")], [["Omschrijving", "31-12-2022", "31-12-2021"]], rows,
          caption="Tabel 7.1 Balans per 31 december", scale="bedragen x € 1.000",
          footnotes=["De balans is opgesteld vóór resultaatbestemming; het gerealiseerde resultaat is apart opgenomen "
                     "onder het eigen vermogen. Door afronding kunnen totalen afwijken van de som der delen in andere tabellen."])
doc.para(f"Op 31 december 2022 bedroeg de langlopende schuld € {nl(vaste_schuld[0] / 1000, 1)} miljoen (eind 2021: "
         f"€ {nl(vaste_schuld[1] / 1000, 1)} miljoen). In 2022 is geen nieuwe langlopende lening aangetrokken; er is "
         f"€ 1.706.000 afgelost.")
F.add("dk.schuld.mln.2022", round(vaste_schuld[0] / 100) * 100000, f"€ {nl(vaste_schuld[0] / 1000, 1)} miljoen", "§7 prose under Tabel 7.1: langlopende schuld eind 2022 in miljoenen",
      near=[("eind 2021", vaste_schuld[1] * 1000)])
F.add("dk.aflossing", 1706000, "€ 1.706.000", "§7 prose: aflossing langlopende leningen 2022")

# ------------------------------------------------------------------ bijlage taakvelden (euros)
doc.heading("Bijlage: Overzicht baten en lasten per taakveld", 0)
doc.para("Dit overzicht volgt de indeling in taakvelden van de Iv3-voorschriften (Besluit begroting en verantwoording). "
         "Alle bedragen in deze bijlage zijn in hele euro's.", key="sans-i")
order = sorted(tv.keys(), key=lambda c: (int(c.split(".")[0]), float("0." + c.split(".")[1])))
rows = []
sums = [0, 0, 0, 0]
for c in order:
    t = tv[c]
    vals = [t["L"]["nw_e"], t["B"]["nw_e"] if "B" in t else 0, t["L"]["real_e"], t["B"]["real_e"] if "B" in t else 0]
    for j, v in enumerate(vals):
        sums[j] += v
    lbl = f"{c} {t['name']}"
    rows.append(dict(cells=[lbl] + [nl(v) if v else "-" for v in vals]))
    F.add(f"dk.tv.{c}.L.real_e", vals[2], nl(vals[2]), f"Bijlage Overzicht per taakveld, row '{lbl}', column Realisatie 2022 Lasten",
          near=[("Begroting na wijziging lasten", vals[0]), ("Realisatie baten", vals[3])],
          context=dict(k=t["L"]["real"] * 1000, k_printed=nl(t["L"]["real"])))
    F.add(f"dk.tv.{c}.L.nw_e", vals[0], nl(vals[0]), f"Bijlage, row '{lbl}', column Begroting 2022 na wijziging Lasten",
          near=[("Realisatie lasten", vals[2])], context=dict(k=t["L"]["nw"] * 1000, k_printed=nl(t["L"]["nw"])))
    if vals[3]:
        F.add(f"dk.tv.{c}.B.real_e", vals[3], nl(vals[3]), f"Bijlage, row '{lbl}', column Realisatie 2022 Baten",
              near=[("Begroting baten", vals[1]), ("Realisatie lasten", vals[2])],
              context=dict(k=t["B"]["real"] * 1000, k_printed=nl(t["B"]["real"])))
# 0.10 mutaties reserves and 0.11 resultaat
toev_nw_e, ontt_nw_e = RESULT_E["nw"][1], RESULT_E["nw"][2]
rows.append(dict(cells=["0.10 Mutaties reserves", nl(toev_nw_e), nl(ontt_nw_e), nl(TOEV_E), nl(ONTT_E)]))
sums = [sums[0] + toev_nw_e, sums[1] + ontt_nw_e, sums[2] + TOEV_E, sums[3] + ONTT_E]
rows.append(dict(cells=["0.11 Resultaat van de rekening van baten en lasten", nl(res_nw_e), "-", nl(res_real_e), "-"]))
sums[0] += res_nw_e
sums[2] += res_real_e
assert sums[0] == sums[1] and sums[2] == sums[3], sums
rows.append(dict(cells=["Totaal", nl(sums[0]), nl(sums[1]), nl(sums[2]), nl(sums[3])], style="total"))
F.add("dk.tv.totaal.real_e", sums[2], nl(sums[2]), "Bijlage, row 'Totaal', column Realisatie 2022 Lasten (= Baten)")
F.add("dk.tv.0.11.real_e", res_real_e, nl(res_real_e), "Bijlage, row '0.11 Resultaat van de rekening van baten en lasten', Realisatie lasten")
doc.table([(3.6, "left"), (1.05, "right"), (1.05, "right"), (1.05, "right"), (1.05, "right")],
          [["", ("Begroting 2022 na wijziging", 2), ("Realisatie 2022", 2)],
           ["Taakveld", "Lasten", "Baten", "Lasten", "Baten"]],
          rows, caption="Tabel B.1 Baten en lasten per taakveld", scale="bedragen in euro's", key="narrow",
          footnotes=["Het resultaat (taakveld 0.11) is als last opgenomen, zodat de totalen van lasten en baten gelijk zijn.",
                     "Een negatief bedrag bij 0.11 in de begroting is een begroot tekort."])


def footer(d, p, i, n):
    d.line(d.st["margin_left"], 42, p.w - d.st["margin_right"], 42, 0.4, BLUE)
    if i > 1:
        d.text(d.st["margin_left"], 30, "Gemeente Dinkelland", "sans-b", 7.5, color=BLUE)
        d.text(p.w - d.st["margin_right"], 30, "Jaarstukken 2022", "sans", 7.5, align="right", color=BLUE)
    y = p.h - 46
    d.line(d.st["margin_left"], y, p.w - d.st["margin_right"], y, 0.4)
    d.text(d.st["margin_left"], y + 5, "FICTIEF DOCUMENT - testdocument met verzonnen cijfers, niet de echte jaarstukken van Dinkelland",
           "sans-b", 7, color=(0.7, 0, 0))
    d.text(p.w - d.st["margin_right"], y + 5, f"{i}", "sans", 8, align="right")


doc.finish(footer)

if __name__ == "__main__":
    os.makedirs(BUILD, exist_ok=True)
    OdgBackend(doc, "Gemeente Dinkelland - Jaarstukken 2022 (FICTIEF DOCUMENT)",
               "Fictief testdocument set-bl; alle cijfers verzonnen").write(os.path.join(BUILD, DOC_ID + ".odg"))
    F.save(os.path.join(HERE, "facts-dinkelland.json"))
    print("pages:", len(doc.pages), "facts:", len(F.items))
