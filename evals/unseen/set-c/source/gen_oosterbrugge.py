# Gemeente Oosterbrugge (fictional) - "De begroting 2025 in één oogopslag"
def f(n):
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s
def m(x): return f"{x:.1f}".replace(".", ",")

INW = 29640
PROG = [  # name, 2024 (mln), 2025 (mln)
 ("Bestuur en burger", 3.6, 3.9), ("Veiligheid", 2.8, 3.1), ("Verkeer, vervoer en waterstaat", 5.9, 6.4),
 ("Economie en haven", 1.2, 1.3), ("Onderwijs", 4.4, 4.7), ("Sport, cultuur en recreatie", 6.1, 6.5),
 ("Sociaal domein", 27.3, 29.2), ("Volksgezondheid en milieu", 7.6, 8.1), ("Wonen en ruimte", 4.3, 3.8),
 ("Overhead en ondersteuning", 10.2, 10.8), ("Algemene dekkingsmiddelen", 0.4, 0.5)]
L24, L25 = 73790, 78312          # lasten x 1.000
T24, T25 = 1180, 655             # toevoegingen reserves x 1.000
s24 = round(sum(p[1] for p in PROG), 1); s25 = round(sum(p[2] for p in PROG), 1)
assert s24 == round(L24 / 1000, 1) == 73.8 and s25 == round(L25 / 1000, 1) == 78.3
INK = [  # name, 2024, 2025 (x 1.000)
 ("Algemene uitkering gemeentefonds", 43115, 45870), ("Onroerendezaakbelastingen (OZB)", 7420, 7915),
 ("Afvalstoffenheffing", 3480, 3612), ("Rioolheffing", 3012, 3148), ("Toeristenbelasting en havengelden", 1164, 1236),
 ("Bijdragen Rijk en provincie", 9310, 9842), ("Huren, leges en overige inkomsten", 6124, 6511),
 ("Onttrekkingen uit reserves", 1390, 1020)]
I24 = sum(i[1] for i in INK); I25 = sum(i[2] for i in INK)
SALDO25 = I25 - L25 - T25; SALDO24 = I24 - L24 - T24
print("inkomsten", I24, I25, "saldo", SALDO24, SALDO25)
assert SALDO25 == 187
assert round((L24 + T24) / 1000, 1) == 75.0 and round((L25 + T25) / 1000, 1) == 79.0
PER_INW = round(L25 * 1000 / INW); print("per inwoner", PER_INW)
SD = [("Jeugd", 9.4), ("Wmo en zorg", 8.7), ("Werk en inkomen", 11.1)]
assert round(sum(x[1] for x in SD), 1) == 29.2
INV = [("Nieuwbouw IKC Zeezicht", 4.8), ("Herinrichting Havenkade", 3.1), ("Vervanging riolering Westwijk", 2.2), ("Overige investeringen", 2.3)]
assert round(sum(x[1] for x in INV), 1) == 12.4
# woonlasten
WOZ24, WOZ25 = 331000, 356000
OZB24, OZB25 = round(WOZ24 * 0.000812), round(WOZ25 * 0.000786)
assert (OZB24, OZB25) == (269, 280)
WL_M = (OZB24 + 298 + 241, OZB25 + 309 + 254); WL_E = (OZB24 + 222 + 241, OZB25 + 231 + 254)
print("woonlasten", WL_M, WL_E, round((WL_M[1] / WL_M[0] - 1) * 100, 1))
MJ = [(2025, 187), (2026, -236), (2027, 58), (2028, 341)]
def suf(n): return f(n) if n >= 0 else f(-n) + "-"
assert round(56.0e6 / INW) == 1889

CSS = """
@page { size: A4; margin: 12mm 12mm 12mm 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; color: #1d2b3a; margin: 0; line-height: 1.3; }
.top { background: #0b5a8a; color: #fff; padding: 5mm 6mm; display: flex; justify-content: space-between; align-items: flex-end; }
.top h1 { margin: 0; font-size: 19pt; } .top .g { font-size: 10pt; } .top .r { text-align: right; font-size: 8pt; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
.tile { background: #e6f1f8; border-radius: 3mm; padding: 3mm; }
.tile .big { font-size: 17pt; font-weight: bold; color: #0b5a8a; }
.tile .lbl { font-size: 8pt; }
.tile.o { background: #fdf0e1; } .tile.o .big { color: #b4570b; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
h2 { font-size: 11.5pt; color: #0b5a8a; margin: 2mm 0 1.5mm 0; }
h3 { font-size: 9.5pt; margin: 2mm 0 1mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.2pt; }
th { text-align: right; font-weight: bold; padding: 1mm 1.2mm; border-bottom: 1pt solid #0b5a8a; vertical-align: bottom; }
td { text-align: right; white-space: nowrap; padding: 0.9mm 1.2mm; border-bottom: 0.3pt solid #c9d7e1; }
th:first-child, td:first-child { text-align: left; white-space: normal; }
tr.tot td { font-weight: bold; border-top: 1pt solid #1d2b3a; border-bottom: none; }
.sm { font-size: 7.2pt; color: #52606d; font-style: italic; }
.bar { height: 2.2mm; background: #0b5a8a; border-radius: 1mm; }
p { margin: 0 0 1.6mm 0; }
.pb { break-before: page; }
.foot { margin-top: 4mm; font-size: 7pt; color: #52606d; border-top: 0.5pt solid #c9d7e1; padding-top: 1.5mm; }
"""
H = [f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>De begroting 2025 in één oogopslag - Gemeente Oosterbrugge</title><style>{CSS}</style></head><body>']
H.append('''<div class="top"><div><div class="g">Gemeente Oosterbrugge</div><h1>De begroting 2025 in één oogopslag</h1></div>
<div class="r">Programmabegroting 2025–2028<br>vastgesteld door de raad op 7 november 2024</div></div>''')
tiles = [(f"€ {m(L25/1000)} mln", "totale uitgaven (lasten) in 2025", ""),
         (f"€ {f(PER_INW)}", "uitgaven per inwoner", ""),
         (f"€ {f(SALDO25)}.000", "overschot: de begroting 2025 is sluitend", "o"),
         ("€ 12,4 mln", "investeringen in 2025", "o")]
H.append('<div class="tiles">' + "".join(f'<div class="tile {c}"><div class="big">{a}</div><div class="lbl">{b}</div></div>' for a, b, c in tiles) + '</div>')
H.append('''<p>Elk jaar stelt de gemeenteraad de begroting vast: het plan voor wat de gemeente het komende jaar doet en wat dat kost.
Op deze twee pagina's ziet u de belangrijkste cijfers van de begroting 2025. Van elke euro die de gemeente uitgeeft, gaat
ongeveer 37 cent naar het sociaal domein: jeugdhulp, Wmo, werk en inkomen. De volledige programmabegroting vindt u op www.oosterbrugge.nl/begroting.</p>''')
mx = max(p[2] for p in PROG)
rows = "".join(f'<tr><td>{n}</td><td>{m(a)}</td><td>{m(b)}</td><td style="width:22%"><div class="bar" style="width:{b/mx*100:.0f}%"></div></td></tr>' for n, a, b in PROG)
rows += f'<tr><td>Stortingen in reserves</td><td>{m(T24/1000)}</td><td>{m(T25/1000)}</td><td></td></tr>'
rows += f'<tr class="tot"><td>Totaal</td><td>{m((L24+T24)/1000)}</td><td>{m((L25+T25)/1000)}</td><td></td></tr>'
left = f'''<h2>Waar gaat het geld naartoe?</h2><div class="sm">in € mln</div>
<table><thead><tr><th>Programma</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th><th></th></tr></thead><tbody>{rows}</tbody></table>'''
rows = "".join(f'<tr><td>{n}</td><td>{f(a)}</td><td>{f(b)}</td></tr>' for n, a, b in INK)
rows += f'<tr class="tot"><td>Totaal inkomsten</td><td>{f(I24)}</td><td>{f(I25)}</td></tr>'
right = f'''<h2>Waar komt het geld vandaan?</h2><div class="sm">bedragen x € 1.000</div>
<table><thead><tr><th>Inkomstenbron</th><th>Begroting<br>2024</th><th>Begroting<br>2025</th></tr></thead><tbody>{rows}</tbody></table>
<p style="margin-top:2mm">Ruim de helft van het geld krijgen we van het Rijk via het gemeentefonds. De eigen belastingen
(OZB, afvalstoffenheffing, rioolheffing en toeristenbelasting) zijn samen goed voor ongeveer een vijfde van de inkomsten.</p>'''
H.append(f'<div class="cols"><div>{left}</div><div>{right}</div></div>')
sdt = "".join(f'<div class="tile"><div class="big">€ {m(v)} mln</div><div class="lbl">{n}</div></div>' for n, v in SD)
H.append(f'''<h2 style="margin-top:4mm">Het sociaal domein: € 29,2 miljoen</h2>
<div class="tiles" style="grid-template-columns: repeat(3, 1fr); margin-top:1mm">{sdt}</div>
<p>De kosten van jeugdhulp stijgen ook in 2025. Eind 2023 kregen 812 kinderen en jongeren jeugdhulp. Met meer inzet op het
voorliggend veld en de praktijkondersteuner jeugd bij de huisartsen willen we de groei afremmen.</p>''')
H.append('<div class="foot">Gemeente Oosterbrugge · Begroting 2025 in één oogopslag · pagina 1 van 2</div>')

# ---------------- page 2 ----------------
H.append('<div class="pb"></div>')
kern = [(f"{f(INW)}", "inwoners (1 januari 2024)"), ("13.385", "woningen"), ("2.410", "bedrijfsvestigingen"), ("64,2 km²", "oppervlakte")]
H.append('<h2>Oosterbrugge in cijfers</h2><div class="tiles" style="margin-top:1mm">' + "".join(f'<div class="tile"><div class="big">{a}</div><div class="lbl">{b}</div></div>' for a, b in kern) + '</div>')
wl = [("Gemiddelde WOZ-waarde woning", f"€ {f(WOZ24)}", f"€ {f(WOZ25)}"),
      ("OZB-tarief woningen (eigenaar)", "0,0812%", "0,0786%"),
      ("OZB-tarief niet-woningen (eigenaar)", "0,1744%", "0,1688%"),
      ("OZB-tarief niet-woningen (gebruiker)", "0,1399%", "0,1354%"),
      ("OZB bij een gemiddelde woning", f"€ {OZB24}", f"€ {OZB25}"),
      ("Afvalstoffenheffing eenpersoonshuishouden", "€ 222", "€ 231"),
      ("Afvalstoffenheffing meerpersoonshuishouden", "€ 298", "€ 309"),
      ("Rioolheffing (eigenaar)", "€ 241", "€ 254"),
      ("Toeristenbelasting per persoon per nacht", "€ 1,95", "€ 2,10")]
rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in wl)
rows += f'<tr class="tot"><td>Woonlasten meerpersoonshuishouden</td><td>€ {f(WL_M[0])}</td><td>€ {f(WL_M[1])}</td></tr>'
rows += f'<tr class="tot"><td>Woonlasten eenpersoonshuishouden</td><td>€ {f(WL_E[0])}</td><td>€ {f(WL_E[1])}</td></tr>'
left = f'''<h2>Wat betaalt u in 2025?</h2>
<table><thead><tr><th>Gemeentelijke belastingen</th><th>2024</th><th>2025</th></tr></thead><tbody>{rows}</tbody></table>
<p style="margin-top:2mm">De woonlasten voor een meerpersoonshuishouden met een eigen woning stijgen in 2025 met 4,3%. Het OZB-tarief daalt,
omdat de WOZ-waarden gemiddeld met 7,6% zijn gestegen; de opbrengst stijgt alleen met de inflatie en door nieuwbouw.
Inwoners met een laag inkomen kunnen kwijtschelding aanvragen.</p>'''
assert round((WOZ25 / WOZ24 - 1) * 100, 1) == 7.6
mjhead = "".join(f"<th>{y}</th>" for y, c in MJ)
rows = "<tr><td>Begrotingssaldo</td>" + "".join(f"<td>{suf(c)}</td>" for y, c in MJ) + "</tr>"
invrows = "".join(f"<tr><td>{a}</td><td>€ {m(b)} mln</td></tr>" for a, b in INV) + '<tr class="tot"><td>Totaal investeringen 2025</td><td>€ 12,4 mln</td></tr>'
right = f'''<h2>Meerjarenbeeld</h2><div class="sm">begrotingssaldo, x €1.000 (een min achter het bedrag is een tekort)</div>
<table><thead><tr><th></th>{mjhead}</tr></thead><tbody>{rows}</tbody></table>
<p style="margin-top:2mm">Vanaf 2026 krijgen gemeenten minder geld van het Rijk. Daardoor verwachten we in 2026 een tekort van € 236.000.
Vanaf 2027 is de begroting naar verwachting weer sluitend.</p>
<h2>Investeren in Oosterbrugge</h2>
<table><thead><tr><th>Grootste investeringen</th><th>2025</th></tr></thead><tbody>{invrows}</tbody></table>'''
H.append(f'<div class="cols"><div>{left}</div><div>{right}</div></div>')
fin = [("€ 11,8 mln", "algemene reserve op 1 januari 2025"), ("1,4", "weerstandsratio (voldoende)"), ("68%", "netto schuldquote"), ("€ 1.889", "schuld per inwoner")]
H.append('<h2 style="margin-top:4mm">Financieel gezond?</h2><div class="tiles" style="margin-top:1mm">' + "".join(f'<div class="tile o"><div class="big">{a}</div><div class="lbl">{b}</div></div>' for a, b in fin) + '</div>')
H.append('''<p>De gemeente heeft voldoende buffers om tegenvallers op te vangen: de weerstandsratio is 1,4. De vaste schuld bedraagt € 56,0 miljoen.
De netto schuldquote blijft met 68% ruim onder de grens van 100% die de raad heeft afgesproken. In 2025 lossen we € 4,1 miljoen af en
lenen we naar verwachting € 6,0 miljoen bij voor de nieuwbouw van IKC Zeezicht.</p>''')
H.append('''<h2 style="margin-top:3mm">Wat gaan we in 2025 doen?</h2><ul style="margin:0;padding-left:5mm">
<li>In Westwijk-Noord starten we met de bouw van 260 woningen, waarvan 30% sociale huurwoningen.</li>
<li>We bouwen IKC Zeezicht: een nieuw kindcentrum voor ongeveer 420 leerlingen, met kinderopvang en een gymzaal.</li>
<li>We planten 1.500 nieuwe bomen en vervangen 2,8 kilometer riolering in Westwijk.</li>
<li>Er komen twee extra boa's voor toezicht in het centrum en aan de haven (€ 145.000 per jaar).</li>
<li>Ongeveer 650 huishoudens krijgen gratis hulp van een energiecoach om hun energierekening te verlagen.</li></ul>''')
H.append('<div class="foot">Gemeente Oosterbrugge · Begroting 2025 in één oogopslag · pagina 2 van 2 · Aan deze samenvatting kunnen geen rechten worden ontleend.</div>')
H.append("</body></html>")
open("oosterbrugge-begroting-2025-oogopslag.html", "w").write("\n".join(H))
print("written")
