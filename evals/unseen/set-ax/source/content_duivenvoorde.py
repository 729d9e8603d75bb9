"""Document model of the FICTIONAL 'Werkorganisatie Duivenvoorde, Begroting 2025' (set-ax).

render_duivenvoorde.js lays it out with jsPDF + jspdf-autotable on A4 landscape pages. Conventions: negatives with a
leading minus sign ('-150'); the scale in a small line under each caption ('Bedragen x € 1.000' or 'Bedragen in
euro's'); a two-row header with 'Begroting' spanning 2025 | 2026 | 2027 | 2028; contributions per municipality
with years as the rows; fte with two decimals; afdeling group rows, italic subtotals, bold totals; the afdeling
table breaks over a page under its repeated header; long team names wrap in a narrow first column.
"""
from data import *            # noqa: F401,F403
from fmt import amt_minus as M, dec, thousands, euro, rnd

blocks = []


def H1(t): blocks.append({"t": "h1", "text": t})
def H2(t): blocks.append({"t": "h2", "text": t})
def P(t): blocks.append({"t": "p", "text": t})
def UL(items): blocks.append({"t": "ul", "items": items})
def BR(): blocks.append({"t": "pagebreak"})


def TABLE(tid, caption, scale, header, rows, widths, align=None, repeat=False, cols=None):
    blocks.append({"t": "table", "id": tid, "caption": caption, "scale": scale, "header": header, "rows": rows,
                   "widths": widths, "align": align, "repeat": repeat, "cols": cols})


def R(label, vals, style="normal", f=M):
    return {"cells": [label] + [f(v) if isinstance(v, (int, float)) else v for v in vals], "style": style}


def G(label, n):
    return {"cells": [label] + [""] * n, "style": "group"}


def FTE(x):
    return dec(x, 2)


B = DV_BIJDR
K = YEARS

# ------------------------------------------------------------------------------------------- title
blocks.append({"t": "title", "lines": ["Werkorganisatie Duivenvoorde", "Begroting 2025",
                                       "en meerjarenraming 2026-2028",
                                       "Ambtelijke organisatie van de gemeenten Wassenaar en Voorschoten",
                                       "Vastgesteld door het algemeen bestuur op 3 juli 2024"],
               "notice": ("FICTIEF DOCUMENT. Deze begroting is gemaakt voor een evaluatieset. Werkorganisatie "
                          "Duivenvoorde bestaat echt, maar alle bedragen, aantallen, percentages en plannen in dit "
                          "document zijn verzonnen en komen niet overeen met de werkelijke begroting.")})
blocks.append({"t": "contents", "items": ["1 Inleiding", "2 Financieel overzicht en meerjarenraming",
                                          "3 Bijdragen van de gemeenten", "4 Lasten per afdeling en team",
                                          "5 Personeel", "6 Overhead", "7 Reserves", "8 Investeringsplan",
                                          "9 Risico's en weerstandsvermogen"]})

# ------------------------------------------------------------------------------------------- 1 inleiding
H1("1 Inleiding")
P("Werkorganisatie Duivenvoorde is de gezamenlijke ambtelijke organisatie van de gemeenten Wassenaar en Voorschoten. "
  "De werkorganisatie is een gemeenschappelijke regeling (een bedrijfsvoeringsorganisatie): zij voert het beleid "
  "uit van twee zelfstandige gemeenten, elk met een eigen raad en college. De kosten worden gedekt door de "
  "bijdragen van beide gemeenten, verdeeld volgens een vaste verdeelsleutel.")
H2("Wat willen we bereiken?")
P("Duivenvoorde wil een wendbare en betrouwbare werkorganisatie zijn, die twee gemeenten met elk een eigen identiteit "
  "even goed bedient. Inwoners en ondernemers van Wassenaar en Voorschoten moeten merken dat zij met één deskundige "
  "organisatie te maken hebben, die dichtbij is en snel antwoord geeft. In 2025 richten wij ons op drie dingen: "
  "minder afhankelijkheid van inhuur door zelf mensen op te leiden, een veilige digitale dienstverlening, en een "
  "organisatie die de opgaven van beide gemeenten aankan binnen de bijdragen die zij daarvoor beschikbaar stellen.")
P(f"De totale lasten van de werkorganisatie zijn in 2025 € {thousands(DV_LASTEN_2025)}. De formatie is "
  f"{FTE(DV_FTE)} fte. De bijdrage van de gemeenten samen is € {thousands(B['B2025']['Totaal'])}; "
  f"dat is {dec(rnd((DV_BIJDR_K[2] - DV_BIJDR_K[1]) / DV_BIJDR_K[1] * 100, 1), 1)}% "
  f"{'minder' if DV_BIJDR_K[2] < DV_BIJDR_K[1] else 'meer'} dan in de begroting 2024 na wijziging, vooral doordat "
  "wij minder externe krachten inhuren.")
H2("Kerngegevens")
krows = [{"cells": [g, thousands(DV_INWONERS[g]), thousands(DV_WOONRUIMTEN[g]),
                    dec(DV_SLEUTEL['B2025'] if g == 'Wassenaar' else 100 - DV_SLEUTEL['B2025'], 2) + "%"],
          "style": "normal"} for g in ("Wassenaar", "Voorschoten")]
krows.append({"cells": ["Totaal", thousands(sum(DV_INWONERS.values())), thousands(sum(DV_WOONRUIMTEN.values())),
                        "100,00%"], "style": "total"})
TABLE("D1", "Tabel 1 Kerngegevens deelnemende gemeenten", "Aantallen op 1 januari 2024",
      [["Gemeente", "Inwoners", "Woonruimten", "Verdeelsleutel 2025"]], krows, [180, 90, 90, 110],
      cols=["Gemeente", "Inwoners", "Woonruimten", "Verdeelsleutel 2025"])

# ------------------------------------------------------------------------------------------- 2 meerjarenraming
BR()
H1("2 Financieel overzicht en meerjarenraming")
P("De tabel hieronder geeft de lasten en baten van de werkorganisatie. Lasten en baten zijn positieve bedragen. Het "
  "saldo is baten min lasten; een negatief bedrag is een nadeel. Toevoegingen aan reserves staan er met een "
  "minteken, onttrekkingen zonder. De kolom Verschil geeft de begroting 2025 min de begroting 2024 na wijziging.")
HDR = [[{"text": "", "rowSpan": 2}, {"text": "Realisatie"}, {"text": "Begroting 2024"},
        {"text": "Begroting", "colSpan": 4}, {}, {}, {}, {"text": "Verschil", "rowSpan": 2}],
       [{}, "2023", "na wijziging", "2025", "2026", "2027", "2028", {}]]
COLSM = ["Omschrijving", "Realisatie 2023", "Begroting 2024 na wijziging", "Begroting 2025", "Begroting 2026",
         "Begroting 2027", "Begroting 2028", "Verschil"]


def withdiff(vals):
    return list(vals) + [vals[2] - vals[1]]


rows = [G("Lasten", 7)]
for k, v in DV_MJR_LASTEN.items():
    rows.append(R(k, withdiff(v)))
rows.append(R("Totaal lasten", withdiff(DV_LASTEN_K), "sub"))
rows.append(G("Baten", 7))
rows.append(R("Bijdrage gemeente Wassenaar", withdiff([DV_BIJDR_K_GEM[k]["Wassenaar"] for k in K])))
rows.append(R("Bijdrage gemeente Voorschoten", withdiff([DV_BIJDR_K_GEM[k]["Voorschoten"] for k in K])))
rows.append(R("Overige baten (detacheringen en subsidies)", withdiff(DV_OVERIGE_BATEN)))
rows.append(R("Totaal baten", withdiff(DV_BATEN_K), "sub"))
rows.append(R("Saldo van baten en lasten", withdiff(DV_SALDO_K), "total"))
rows.append(R("Toevoeging aan reserves", withdiff([-x for x in DV_RES_TOEV])))
rows.append(R("Onttrekking aan reserves", withdiff(DV_RES_ONTT)))
rows.append(R("Resultaat", withdiff(DV_RESULT), "total"))
TABLE("D2", "Tabel 2 Meerjarenraming 2025-2028", "Bedragen x € 1.000", HDR, rows,
      [200, 70, 80, 70, 70, 70, 70, 70], cols=COLSM)
P(f"De lasten dalen in 2025 ten opzichte van 2024 met € {thousands((DV_LASTEN_K[1] - DV_LASTEN_K[2]) * 1000)}. De "
  "salarislasten stijgen door de cao gemeenten, maar de inhuur van derden daalt sterker, omdat wij vacatures vaker "
  "met eigen mensen vervullen. Vanaf 2026 stijgen de lasten weer door de loonontwikkeling. De realisatie 2023 "
  f"sloot met een positief resultaat van € {thousands(DV_RESULT[0] * 1000)}; dat is teruggegeven aan de gemeenten.")

# ------------------------------------------------------------------------------------------- 3 bijdragen
BR()
H1("3 Bijdragen van de gemeenten")
P("De gemeenten betalen samen de kosten van de werkorganisatie, na aftrek van de overige baten en de mutaties in de "
  "reserves. De bijdrage wordt verdeeld met een verdeelsleutel: voor 60% op basis van het aantal inwoners en voor "
  "40% op basis van het aantal woonruimten, beide op 1 januari van het jaar vóór het begrotingsjaar. De bijdrage van "
  "Wassenaar is het totaal maal het percentage van Wassenaar, afgerond op hele euro's; Voorschoten betaalt de rest. "
  "Voor de jaren 2026 tot en met 2028 houden wij de verdeelsleutel van 2025 aan.")
yrows = []
lab = {"R2023": "2023 (realisatie)", "B2024": "2024 (na wijziging)", "B2025": "2025", "M2026": "2026",
       "M2027": "2027", "M2028": "2028"}
for k in K:
    w = DV_SLEUTEL[k]
    yrows.append({"cells": [lab[k], dec(w, 2) + "%", thousands(B[k]["Wassenaar"]), dec(100 - w, 2) + "%",
                            thousands(B[k]["Voorschoten"]), thousands(B[k]["Totaal"])], "style": "normal"})
TABLE("D3", "Tabel 3 Bijdragen per gemeente 2023-2028", "Bedragen in euro's",
      [["Jaar", "Verdeelsleutel Wassenaar", "Bijdrage Wassenaar", "Verdeelsleutel Voorschoten",
        "Bijdrage Voorschoten", "Totaal bijdragen"]], yrows, [130, 100, 110, 100, 110, 110],
      align=["left", "right", "right", "right", "right", "right"],
      cols=["Jaar", "Verdeelsleutel Wassenaar", "Bijdrage Wassenaar", "Verdeelsleutel Voorschoten",
            "Bijdrage Voorschoten", "Totaal bijdragen"])
P(f"In 2025 betaalt Wassenaar € {thousands(B['B2025']['Wassenaar'])} en Voorschoten "
  f"€ {thousands(B['B2025']['Voorschoten'])}. Beide gemeenten nemen deze bijdrage op in hun eigen begroting, "
  "verdeeld over hun programma's en de overhead.")

# ------------------------------------------------------------------------------------------- 4 afdelingen
BR()
H1("4 Lasten per afdeling en team")
P("De werkorganisatie heeft vijf afdelingen. De tabel geeft per team de formatie in fte, de loonsom en de overige "
  "directe lasten (inhuur, opleidingen, licenties en materiaal) in 2025. De centrale budgetten staan onder de "
  "afdelingen.")
arows = []
for afd, rate, teams in DV_AFD:
    arows.append(G(afd, 4))
    for t in [t for t in DV_TEAMS if t["afd"] == afd]:
        arows.append({"cells": [t["team"], FTE(t["fte"]), thousands(t["loonsom"]), thousands(t["overig"]),
                                thousands(t["totaal"])], "style": "normal"})
    a = DV_AFD_TOT[afd]
    arows.append({"cells": [f"Subtotaal {afd}", FTE(a["fte"]), thousands(a["loonsom"]), thousands(a["overig"]),
                            thousands(a["totaal"])], "style": "sub"})
arows.append(G("Centrale budgetten", 4))
for n, v in DV_CENTRAAL:
    arows.append({"cells": [n, "", "", thousands(v), thousands(v)], "style": "normal"})
arows.append({"cells": ["Subtotaal centrale budgetten", "", "", thousands(sum(v for _, v in DV_CENTRAAL)),
                        thousands(sum(v for _, v in DV_CENTRAAL))], "style": "sub"})
arows.append({"cells": ["Totaal werkorganisatie", FTE(DV_FTE), thousands(DV_LOONSOM),
                        thousands(DV_OVERIG + sum(v for _, v in DV_CENTRAAL)), thousands(DV_LASTEN_2025)],
              "style": "total"})
assert rnd(DV_LASTEN_2025 / 1000) == DV_LASTEN_K[2]
TABLE("D4", "Tabel 4 Lasten per afdeling en team, begroting 2025", "Bedragen in euro's; formatie in fte",
      [["Afdeling / team", "Formatie (fte)", "Loonsom", "Overige lasten", "Totaal lasten"]], arows,
      [150, 90, 110, 110, 110], repeat=True,
      cols=["Afdeling / team", "Formatie (fte)", "Loonsom", "Overige lasten", "Totaal lasten"])

# ------------------------------------------------------------------------------------------- 5 personeel
BR()
H1("5 Personeel")
prow = []
for afd, _, _ in DV_AFD:
    a, b = DV_FTE_2024[afd], DV_AFD_TOT[afd]["fte"]
    prow.append({"cells": [afd, FTE(a), FTE(b), ("-" if b - a < 0 else "") + FTE(abs(round(b - a, 2)))], "style": "normal"})
d = round(DV_FTE - DV_FTE_2024_TOT, 2)
prow.append({"cells": ["Totaal", FTE(DV_FTE_2024_TOT), FTE(DV_FTE), ("-" if d < 0 else "") + FTE(abs(d))], "style": "total"})
TABLE("D5", "Tabel 5 Formatie per afdeling", "In fte",
      [["Afdeling", "Formatie 2024", "Formatie 2025", "Verschil"]], prow, [220, 100, 100, 100],
      cols=["Afdeling", "Formatie 2024", "Formatie 2025", "Verschil"])
gem = rnd(DV_LOONSOM / DV_FTE)
P(f"De formatie groeit in 2025 van {FTE(DV_FTE_2024_TOT)} naar {FTE(DV_FTE)} fte, vooral bij Vergunningen, toezicht "
  f"en handhaving (afdeling Publiekszaken) en bij de afdeling Ruimte. De loonsom 2025 is € {thousands(DV_LOONSOM)}; dat is gemiddeld "
  f"€ {thousands(gem)} per fte. De loonsom is geraamd op basis van de cao gemeenten 2024-2025, met een "
  "loonstijging van 3,2% per 1 januari 2025.")
P(f"Op 1 mei 2024 had Duivenvoorde {DV_PROSE['vacatures']} openstaande vacatures. Het ziekteverzuim was in 2023 "
  f"{dec(DV_PROSE['ziekteverzuim'], 1)}%; de norm is {dec(DV_PROSE['ziekteverzuim_norm'], 1)}%. De inhuur van derden "
  f"moet in 2025 dalen naar {dec(DV_PROSE['inhuur_pct'], 1)}% van de loonsom.")

# ------------------------------------------------------------------------------------------- 6 overhead
H1("6 Overhead")
P("Tot de overhead rekenen wij de directie en bestuursondersteuning en de afdeling Bedrijfsvoering. Voor de "
  "gemeenten is de hele bijdrage aan Duivenvoorde uitvoering van hun taken; zij verdelen de bijdrage over hun "
  "taakvelden en het taakveld 0.4 Overhead.")
orow = [{"cells": [a, FTE(DV_AFD_TOT[a]["fte"]), thousands(DV_AFD_TOT[a]["totaal"])], "style": "normal"}
        for a in DV_OVERHEAD_AFD]
orow.append({"cells": ["Totaal overhead", FTE(DV_OVERHEAD_FTE), thousands(DV_OVERHEAD)], "style": "total"})
orow.append({"cells": ["Overhead als percentage van de totale lasten", "", dec(DV_OVERHEAD_PCT, 1) + "%"], "style": "normal"})
TABLE("D6", "Tabel 6 Overhead 2025", "Bedragen in euro's",
      [["Onderdeel", "Formatie (fte)", "Lasten 2025"]], orow, [260, 100, 120],
      cols=["Onderdeel", "Formatie (fte)", "Lasten 2025"])

# ------------------------------------------------------------------------------------------- 7 reserves
BR()
H1("7 Reserves")
P("Duivenvoorde heeft drie reserves. Onttrekkingen staan in de tabel met een minteken.")
rrows = [{"cells": [n, thousands(a), thousands(b), M(-c), thousands(a + b - c)], "style": "normal"}
         for n, a, b, c in DV_RESERVES]
rrows.append({"cells": ["Totaal", thousands(sum(r[1] for r in DV_RESERVES)), thousands(sum(r[2] for r in DV_RESERVES)),
                        M(-sum(r[3] for r in DV_RESERVES)), thousands(sum(DV_RES_END.values()))], "style": "total"})
TABLE("D7", "Tabel 7 Verloop reserves 2025", "Bedragen in euro's",
      [["Reserve", "Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025"]], rrows,
      [220, 100, 100, 100, 110], cols=["Reserve", "Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025"])
P("De algemene reserve is de buffer om risico's op te vangen; het maximum is 3% van de totale lasten. De "
  "bestemmingsreserve frictiekosten dekt de kosten van boventallig personeel en van de herindeling van taken. De "
  "reserve vervanging ICT spreidt de kosten van grote ICT-vervangingen over de jaren.")

# ------------------------------------------------------------------------------------------- 8 investeringen
H1("8 Investeringsplan")
P("Het investeringsplan geeft de geplande investeringen per jaar. De kapitaallasten (afschrijving en rente) van deze "
  "investeringen zijn opgenomen in de meerjarenraming.")
irows = [{"cells": [n, str(t)] + [M(x) for x in v] + [M(sum(v))], "style": "normal"} for n, t, v in DV_INV]
irows.append({"cells": ["Totaal", ""] + [M(x) for x in DV_INV_YEARTOT] + [M(sum(DV_INV_YEARTOT))], "style": "total"})
TABLE("D8", "Tabel 8 Investeringsplan 2025-2028", "Bedragen x € 1.000",
      [["Investering", "Afschrijvingstermijn (jaren)", "2025", "2026", "2027", "2028", "Totaal 2025-2028"]], irows,
      [190, 90, 60, 60, 60, 60, 90], align=["left", "center", "right", "right", "right", "right", "right"],
      cols=["Investering", "Afschrijvingstermijn (jaren)", "2025", "2026", "2027", "2028", "Totaal 2025-2028"])

# ------------------------------------------------------------------------------------------- 9 risico's
BR()
H1("9 Risico's en weerstandsvermogen")
P("Wij schatten per risico de kans en het financiële gevolg. Het risicobedrag is de kans maal het gevolg. Het "
  "grootste risico is dat de loonkosten harder stijgen dan de indexatie van de bijdragen: de cao gemeenten wordt "
  "pas na het vaststellen van de begroting bekend.")
krows = [{"cells": [n, f"{k}%", thousands(e), thousands(rnd(k * e / 100))], "style": "normal"} for n, k, e in DV_RISKS]
krows.append({"cells": ["Totaal risicobedrag", "", "", thousands(DV_RISK_TOT)], "style": "total"})
TABLE("D9", "Tabel 9 Risico's", "Bedragen in euro's",
      [["Risico", "Kans", "Financieel gevolg", "Risicobedrag"]], krows, [300, 60, 110, 110],
      align=["left", "center", "right", "right"], cols=["Risico", "Kans", "Financieel gevolg", "Risicobedrag"])
P(f"De weerstandscapaciteit is de algemene reserve van € {thousands(DV_RESERVES[0][1])}. De ratio "
  f"weerstandsvermogen is dus {thousands(DV_RESERVES[0][1])} / {thousands(DV_RISK_TOT)} = {dec(DV_RATIO, 2)}. Dat is "
  "voldoende. Risico's die groter zijn dan de algemene reserve komen volgens de gemeenschappelijke regeling voor "
  "rekening van de gemeenten, naar rato van de verdeelsleutel.")

MODEL = {"doc": "duivenvoorde-begroting-2025", "blocks": blocks}
