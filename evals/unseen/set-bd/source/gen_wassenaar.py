"""FICTIONAL Gemeente Wassenaar, Voorjaarsnota 2025 / Kadernota 2026-2029: drawn on canvas pages and
exported through a multi-page SVG by Inkscape. Writes the PDF and a registry of every figure."""
import json
import sys

from canvas import Doc
from data import *  # noqa: F401,F403
from fmt import pm, dec, pct, eur
from render_svg import render
from tables import table

BLUE, TEAL, GREY = '#1F4E79', '#2E75B6', '#595959'
L, R = 56.0, 539.0
TW = R - L
FILE = 'wassenaar-voorjaarsnota-2025.pdf'
reg = {}
doc = Doc('lib')
PAGES = []


def page():
    pg = doc.new_page()
    n = len(doc.pages)
    if n > 1:
        pg.text(L, 40, 'Gemeente Wassenaar', 8, 'B', 'l', BLUE)
        pg.text(R, 40, 'Voorjaarsnota 2025 / Kadernota 2026-2029', 8, 'R', 'r', GREY)
        pg.line(L, 45, R, 45, 0.5, BLUE)
        pg.text(R, 810, str(n), 8, 'R', 'r', GREY)
        pg.text(L, 810, 'FICTIEF document (evaluatieset) - bedragen verzonnen', 6.5, 'I', 'l', GREY)
    return pg, n


def h1(pg, y, s):
    pg.text(L, y, s, 15, 'B', 'l', BLUE)
    return y + 24


def h2(pg, y, s):
    pg.text(L, y, s, 11, 'B', 'l', TEAL)
    return y + 17


def p(pg, y, s, key=None, n=None, snip=None, w=TW, x=L):
    if key:
        assert snip in s, (snip, s)
        reg[key] = {'kind': 'prose', 'page': n, 'snippet': snip}
    return pg.para(x, y, s, w, 9.5, 'R', 13.2)


def note(pg, y, s):
    pg.text(L, y, s, 7.5, 'I', 'l', GREY)
    return y + 11


def yr(v):
    return [pm(a) for a in v]


# ---------------------------------------------------------------- page 1: cover
pg, n = page()
pg.rect(0, 0, 595, 300, BLUE)
pg.text(L, 120, 'Gemeente Wassenaar', 16, 'R', 'l', '#FFFFFF')
pg.text(L, 170, 'Voorjaarsnota 2025', 30, 'B', 'l', '#FFFFFF')
pg.text(L, 205, 'Kadernota 2026-2029', 20, 'R', 'l', '#FFFFFF')
pg.text(L, 260, 'Raadsvoorstel voor de vergadering van 1 juli 2025', 10, 'R', 'l', '#FFFFFF')
pg.rect(L, 340, TW, 92, '#FDECEA')
pg.line(L, 340, L, 432, 3, '#C00000')
y = pg.para(L + 12, 360, 'FICTIEF DOCUMENT', TW - 24, 12, 'B', 16, '#C00000')
y = pg.para(L + 12, y, 'Dit document is gemaakt voor een evaluatieset. De opzet volgt de stijl en programmanamen van '
            'de Begroting 2024 van de gemeente Wassenaar, maar alle bedragen, tarieven en voorstellen in dit document '
            'zijn verzonnen. Het is geen publicatie van de gemeente Wassenaar.', TW - 24, 9.5, 'R', 13)
y = 480
y = h2(pg, y, 'Inhoud')
for i, t in enumerate(['Inleiding en financieel beeld', 'Van Begroting 2025 naar Kadernota 2026-2029',
                       'Nieuw beleid', 'Bezuinigingen en meicirculaire 2025', 'Inzet reserves',
                       'Meerjarenperspectief per programma', 'Lokale lasten 2026', 'Keuzes'], 1):
    pg.text(L, y, f'{i}   {t}', 9.5)
    y += 14

# ---------------------------------------------------------------- page 2: inleiding
pg, n = page()
y = h1(pg, 80, '1  Inleiding en financieel beeld')
y = p(pg, y, 'Met deze Voorjaarsnota 2025 leggen wij de financiële kaders vast voor de Begroting 2026 en het '
      'meerjarenperspectief tot en met 2029. Het startpunt is het meerjarenperspectief uit de Begroting 2025. '
      'Daarop verwerken wij achtereenvolgens de autonome ontwikkelingen, de uitkomsten van de meicirculaire 2025 '
      'van het gemeentefonds, de voorstellen voor nieuw beleid, de bezuinigingen en de inzet van reserves. Na '
      'iedere stap ziet u het bijgewerkte saldo per jaar.')
y = h2(pg, y + 4, 'Leeswijzer')
y = p(pg, y, 'Alle bedragen in de tabellen van deze kadernota zijn in duizenden euro\'s (k€), tenzij anders '
      'vermeld. Een plusteken (+) betekent een voordeel, een minteken (−) een nadeel voor het saldo. In de kolom '
      'I/S staat of een bedrag incidenteel (I) of structureel (S) is.')
y = h2(pg, y + 4, 'Financieel beeld in één oogopslag')
s = (f'Het meerjarenperspectief uit de Begroting 2025 liet voor 2026 een voordelig saldo zien van '
     f'€ {dec(W_START[0] / 1000, 3).replace(",", ".")}.000. Na alle stappen in deze kadernota resteert voor 2026 '
     f'een klein voordelig saldo van € {W_FINAL[0]}.000. Voor de jaren daarna is de begroting nog niet sluitend: '
     f'in 2027 is er een tekort van € {dec(-W_FINAL[1] / 1000, 1)} miljoen, in 2028 van '
     f'€ {dec(-W_FINAL[2] / 1000, 1)} miljoen en in 2029 van € {dec(-W_FINAL[3] / 1000, 1)} miljoen.')
y = p(pg, y, s, 'w-prose-final-2026', n, f'€ {W_FINAL[0]}.000')
reg['w-prose-tekort-2027'] = {'kind': 'prose', 'page': n, 'snippet': f'€ {dec(-W_FINAL[1] / 1000, 1)} miljoen'}
y = p(pg, y, 'De grootste tegenvallers zitten in het sociaal domein: de kosten van de Wmo-voorzieningen en van de '
      'specialistische jeugdhulp blijven stijgen. Daar staat een gunstige meicirculaire tegenover: het accres '
      'van de algemene uitkering valt hoger uit dan in de Begroting 2025 was verwacht. De incidentele '
      'voorstellen voor nieuw beleid dekken wij uit de algemene reserve en de reserve sociaal domein; '
      'structureel nieuw beleid dekken wij met bezuinigingen.')
y = p(pg, y, 'Het college stelt voor om het tekort vanaf 2027 uiterlijk bij de Begroting 2026 op te lossen. Daarvoor '
      'worden in het najaar aanvullende maatregelen uitgewerkt, waaronder een verdere verhoging van de OZB en '
      'een heroverweging van de taken in programma P3 Bestuur en middelen.')

# ---------------------------------------------------------------- page 3: Tabel 1 + figuur
pg, n = page()
y = h1(pg, 80, '2  Van Begroting 2025 naar Kadernota 2026-2029')
y = p(pg, y, 'Tabel 1 laat stap voor stap zien hoe het saldo zich ontwikkelt. Na ieder blok staat het bijgewerkte '
      'saldo.')
pg.text(L, y + 4, 'Tabel 1  Ontwikkeling saldo meerjarenperspectief', 9.5, 'B', 'l', BLUE)
y += 10
cols = [(30, 'l'), (243, 'l'), (26, 'c'), (46, 'r'), (46, 'r'), (46, 'r'), (46, 'r')]
ck = [None, None, None, 2026, 2027, 2028, 2029]
rows = [{'cells': ['', 'Saldo meerjarenperspectief Begroting 2025', ''] + yr(W_START), 'bold': True,
         'key': 'start', 'shade': '#EEF3F8'}]
rows.append({'cells': ['', 'Autonome ontwikkelingen', '', '', '', '', ''], 'italic': True})
for c, lab, prog, i_s, v in W_AUTONOOM:
    rows.append({'cells': [c, lab, i_s] + yr(v), 'key': c, 'code': c})
rows.append({'cells': ['', 'Saldo na autonome ontwikkelingen', ''] + yr(W_NA_A), 'bold': True, 'key': 'na-a',
             'line_above': True, 'shade': '#EEF3F8'})
rows.append({'cells': ['', 'Meicirculaire 2025 (algemene uitkering)', '', '', '', '', ''], 'italic': True})
for c, lab, prog, i_s, v in W_MEI:
    rows.append({'cells': [c, lab, i_s] + yr(v), 'key': c, 'code': c})
rows.append({'cells': ['', 'Saldo na meicirculaire', ''] + yr(W_NA_B), 'bold': True, 'key': 'na-b',
             'line_above': True, 'shade': '#EEF3F8'})
rows.append({'cells': ['C', 'Nieuw beleid (zie tabel 2)', ''] + yr(W_SUM_C), 'key': 'sum-c'})
rows.append({'cells': ['', 'Saldo na nieuw beleid', ''] + yr(W_NA_C), 'bold': True, 'key': 'na-c',
             'line_above': True, 'shade': '#EEF3F8'})
rows.append({'cells': ['D', 'Bezuinigingen (zie tabel 3)', ''] + yr(W_SUM_D), 'key': 'sum-d'})
rows.append({'cells': ['', 'Saldo na bezuinigingen', ''] + yr(W_NA_D), 'bold': True, 'key': 'na-d',
             'line_above': True, 'shade': '#EEF3F8'})
rows.append({'cells': ['E', 'Inzet reserves (zie tabel 5)', ''] + yr(W_SUM_E), 'key': 'sum-e'})
rows.append({'cells': ['', 'Saldo Kadernota 2026-2029', ''] + yr(W_FINAL), 'bold': True, 'key': 'final',
             'line_above': True, 'shade': '#DCE6F0'})
y = table(pg, L, y, cols, [['Code', 'Omschrijving', 'I/S', '2026', '2027', '2028', '2029']], rows, reg,
          'Tabel 1 Ontwikkeling saldo meerjarenperspectief', n, size=8, colkeys=ck, label_col=1,
          head_fill='#DCE6F0')
# 'k€' in the header: put it over the year columns
pg.text(R, y - 2, 'bedragen in k€;  + = voordeel, − = nadeel', 7.5, 'I', 'r', GREY)
y += 26
pg.text(L, y, 'Figuur 1  Saldo per jaar na de kadernota (k€)', 9.5, 'B', 'l', BLUE)
y += 14
# bar chart with value labels on the bars; zero line in the middle
cx0, cw, zero = L + 50, 80, y + 40
scale = 110 / 3500.0
pg.line(L + 40, zero, R - 20, zero, 0.8, '#000000')
for i, (yrr, v) in enumerate(zip(YEARS, W_FINAL)):
    bx = cx0 + i * (cw + 20)
    hgt = abs(v) * scale
    if v >= 0:
        pg.rect(bx, zero - max(hgt, 1.5), cw, max(hgt, 1.5), '#2E75B6')
        pg.text(bx + cw / 2, zero - max(hgt, 1.5) - 4, pm(v), 8.5, 'B', 'c')
    else:
        pg.rect(bx, zero, cw, hgt, '#C55A11')
        pg.text(bx + cw / 2, zero + 12, pm(v), 8.5, 'B', 'c', '#FFFFFF')
    pg.text(bx + cw / 2, zero + 128, str(yrr), 8.5, 'R', 'c')
    reg[f'fig1|{yrr}'] = {'kind': 'chart', 'page': n, 'printed': pm(v), 'year': str(yrr)}

# ---------------------------------------------------------------- page 4: nieuw beleid
pg, n = page()
y = h1(pg, 80, '3  Nieuw beleid')
y = p(pg, y, 'De voorstellen voor nieuw beleid zijn per programma gerangschikt. Iedere claim heeft een code; de kolom '
      'I/S geeft aan of de claim incidenteel of structureel is. De omschrijving beschrijft wat met het geld '
      'gebeurt; de bedragen staan op de laatste regel van de omschrijving.')
pg.text(L, y + 4, 'Tabel 2  Claims nieuw beleid per programma', 9.5, 'B', 'l', BLUE)
y += 10
cols = [(30, 'l'), (218, 'l'), (28, 'c'), (22, 'c'), (46, 'r'), (46, 'r'), (46, 'r'), (47, 'r')]
ck = [None, None, None, None, 2026, 2027, 2028, 2029]
rows = []
for c, short, longd, prog, i_s, v in W_CLAIMS:
    rows.append({'cells': [c, longd, prog, i_s] + yr(v), 'key': c, 'code': c, 'wrap': 1, 'top': (0,),
                 'hair_above': bool(rows)})
rows.append({'cells': ['', 'Totaal nieuw beleid', '', ''] + yr(W_SUM_C), 'bold': True, 'key': 'sum-c2',
             'line_above': True, 'shade': '#EEF3F8'})
y = table(pg, L, y, cols, [['Code', 'Omschrijving', 'Progr.', 'I/S', 'k€ 2026', 'k€ 2027', 'k€ 2028', 'k€ 2029']],
          rows, reg, 'Tabel 2 Claims nieuw beleid per programma', n, size=8, colkeys=ck, label_col=1)
y = note(pg, y - 2, '+ = voordeel, − = nadeel. Programma\'s: P1 Veiligheid en Handhaving, P2 Mens en Maatschappij, '
         'P3 Bestuur en middelen, P4 Fysieke leefomgeving,')
y = note(pg, y, 'P5 Natuur, klimaat en Mobiliteit.')
y = h2(pg, y + 10, 'Toelichting')
y = p(pg, y, 'De grootste claim is de versnelling van de woningbouw (C4.1): € 310.000 per jaar in 2026, 2027 en '
      '2028 voor een projectleider en extra plancapaciteit. De claims voor het sociaal domein (C2.1 en C2.2) '
      'moeten de wachtlijst bij de Wmo verkorten en de instroom in de specialistische jeugdhulp beperken.',
      'w-prose-c41', n, '€ 310.000 per jaar')

# ---------------------------------------------------------------- page 5: bezuinigingen, meicirculaire, reserves
pg, n = page()
y = h1(pg, 80, '4  Bezuinigingen en meicirculaire 2025')
pg.text(L, y + 2, 'Tabel 3  Bezuinigingen', 9.5, 'B', 'l', BLUE)
y += 8
cols = [(30, 'l'), (216, 'l'), (28, 'c'), (22, 'c'), (46, 'r'), (46, 'r'), (46, 'r'), (49, 'r')]
ck = [None, None, None, None, 2026, 2027, 2028, 2029]
rows = [{'cells': [c, lab, prog, i_s] + yr(v), 'key': c, 'code': c} for c, lab, prog, i_s, v in W_BEZUIN]
rows.append({'cells': ['', 'Totaal bezuinigingen', '', ''] + yr(W_SUM_D), 'bold': True, 'key': 'sum-d2',
             'line_above': True})
y = table(pg, L, y, cols, [['Code', 'Omschrijving', 'Progr.', 'I/S', 'k€ 2026', 'k€ 2027', 'k€ 2028', 'k€ 2029']],
          rows, reg, 'Tabel 3 Bezuinigingen', n, size=8, colkeys=ck, label_col=1, head_fill='#E2EFDA',
          rule='#548235')
y = p(pg, y + 2, 'De meicirculaire 2025 is positief voor Wassenaar. Het accres, de groei van het gemeentefonds die '
      'meebeweegt met de rijksuitgaven, valt in 2026 € 1.310.000 hoger uit dan geraamd. De herijking van het '
      'verdeelmodel kost Wassenaar structureel € 240.000 per jaar.', 'w-prose-accres', n, '€ 1.310.000')
pg.text(L, y + 2, 'Tabel 4  Algemene uitkering na de meicirculaire 2025 (k€)', 9.5, 'B', 'l', BLUE)
y += 8
AU_BASIS = [36184, 36702, 37215, 37688]
AU_NA = [a + b for a, b in zip(AU_BASIS, W_SUM_B)]
cols = [(275, 'l'), (52, 'r'), (52, 'r'), (52, 'r'), (52, 'r')]
rows = [{'cells': ['Algemene uitkering volgens Begroting 2025'] + [dec(a / 1000, 3).replace(',', '.') for a in AU_BASIS],
         'key': 'au-basis'},
        {'cells': ['Effect meicirculaire 2025 (B1 t/m B3)'] + yr(W_SUM_B), 'key': 'au-effect'},
        {'cells': ['Algemene uitkering na meicirculaire 2025'] + [dec(a / 1000, 3).replace(',', '.') for a in AU_NA],
         'key': 'au-na', 'bold': True, 'line_above': True}]
y = table(pg, L, y, cols, [['Omschrijving', '2026', '2027', '2028', '2029']], rows, reg,
          'Tabel 4 Algemene uitkering na de meicirculaire 2025', n, size=8, colkeys=[None] + YEARS)
y = h1(pg, y + 16, '5  Inzet reserves')
y = p(pg, y, 'De incidentele claims worden gedekt uit reserves. De onttrekkingen staan in tabel 5, met de stand van '
      'de reserves.')
pg.text(L, y + 2, 'Tabel 5  Dekking uit reserves', 9.5, 'B', 'l', BLUE)
y += 8
cols = [(24, 'l'), (244, 'l'), (22, 'c'), (48, 'r'), (48, 'r'), (48, 'r'), (49, 'r')]
rows = [{'cells': [c, lab, i_s] + yr(v), 'key': c, 'code': c} for c, lab, res, i_s, v in W_RESERVES]
rows.append({'cells': ['', 'Totaal inzet reserves', ''] + yr(W_SUM_E), 'bold': True, 'key': 'sum-e2',
             'line_above': True})
y = table(pg, L, y, cols, [['Code', 'Omschrijving', 'I/S', '2026', '2027', '2028', '2029']], rows, reg,
          'Tabel 5 Dekking uit reserves', n, size=8, colkeys=[None, None, None] + YEARS, label_col=1)
ar0 = W_RES_STAND_1_1_2026['Algemene reserve']
s = (f'De algemene reserve bedraagt op 1 januari 2026 naar verwachting € {dec(ar0 / 1000, 1)} miljoen. Na de '
     f'onttrekkingen uit deze kadernota resteert eind 2029 € {dec(W_RES_STAND_EIND_2029["Algemene reserve"] / 1000, 1)} '
     f'miljoen. De reserve sociaal domein daalt van € {dec(W_RES_STAND_1_1_2026["Reserve sociaal domein"] / 1000, 2)} '
     f'miljoen naar € {dec(W_RES_STAND_EIND_2029["Reserve sociaal domein"] / 1000, 2)} miljoen.')
y = p(pg, y + 4, s, 'w-prose-ar', n, f'€ {dec(ar0 / 1000, 1)} miljoen')

# ---------------------------------------------------------------- page 6: programma's + lokale lasten
pg, n = page()
y = h1(pg, 80, '6  Meerjarenperspectief per programma')
pg.text(L, y + 2, 'Tabel 6  Saldo per programma na de kadernota (k€)', 9.5, 'B', 'l', BLUE)
y += 8
cols = [(275, 'l'), (52, 'r'), (52, 'r'), (52, 'r'), (52, 'r')]
rows = [{'cells': [W_PROG_NAMES[k]] + yr(W_PROG[k]), 'key': k} for k in ('P1', 'P2', 'P3', 'P4', 'P5')]
rows.append({'cells': ['Saldo van baten en lasten'] + yr(W_SALDO_BL), 'key': 'saldo-bl', 'bold': True,
             'line_above': True})
rows.append({'cells': ['Mutaties reserves'] + yr(W_MUT_RES), 'key': 'mut-res'})
rows.append({'cells': ['Saldo na kadernota'] + yr(W_FINAL), 'key': 'final2', 'bold': True, 'line_above': True})
y = table(pg, L, y, cols, [['Programma', '2026', '2027', '2028', '2029']], rows, reg,
          'Tabel 6 Saldo per programma na de kadernota', n, size=8, colkeys=[None] + YEARS)
y = note(pg, y + 2, 'Saldo = baten min lasten; + = voordelig saldo, − = nadelig saldo. P3 bevat de algemene dekkingsmiddelen.')
y = h1(pg, y + 16, '7  Lokale lasten 2026')
s = (f'De OZB-tarieven stijgen in 2026 met {pct(W_OZB_PCT[2026])}: {pct(W_OZB_PCT["inflatie"])} inflatiecorrectie '
     f'en {pct(W_OZB_PCT["extra"])} extra verhoging om het structurele tekort te verkleinen. In 2025 was de '
     f'stijging {pct(W_OZB_PCT[2025])}. De afvalstoffenheffing en de rioolheffing blijven 100% kostendekkend.')
y = p(pg, y, s, 'w-prose-ozb', n, f'stijgen in 2026 met {pct(W_OZB_PCT[2026])}')
reg['w-prose-ozb-2025'] = {'kind': 'prose', 'page': n, 'snippet': f'stijging {pct(W_OZB_PCT[2025])}'}
pg.text(L, y + 2, 'Tabel 7  Tarieven per huishouden 2025 en 2026 (in euro\'s)', 9.5, 'B', 'l', BLUE)
y += 8
cols = [(250, 'l'), (78, 'r'), (78, 'r'), (77, 'r')]
rows = []
keys = ['afval-een', 'afval-meer', 'riool-een', 'riool-meer', 'ozb-woning']
for k, (lab, a, b) in zip(keys, W_TARIEVEN):
    lab2 = lab + ('¹' if k == 'ozb-woning' else '') + ('²' if k.startswith('riool') else '')
    rows.append({'cells': [lab2, eur(a), eur(b), pct(W_STIJGING[lab])], 'key': k})
rows.append({'cells': ['Woonlasten meerpersoonshuishouden¹', eur(W_TOTAAL_MEER[0]), eur(W_TOTAAL_MEER[1]),
                       pct(W_STIJGING_TOTAAL)], 'key': 'woonlasten-meer', 'bold': True, 'line_above': True})
y = table(pg, L, y, cols, [['Heffing', 'Tarief 2025', 'Tarief 2026', 'Stijging']], rows, reg,
          'Tabel 7 Tarieven per huishouden 2025 en 2026', n, size=8.5, colkeys=[None, 2025, 2026, 'stijging'])
y = note(pg, y + 2, '¹ Op basis van een woning met een WOZ-waarde van € 350.000; woonlasten = OZB + afvalstoffenheffing + rioolheffing.')
y = note(pg, y, '² Rioolheffing per aansluiting, voor eigenaar-bewoners.')

# ---------------------------------------------------------------- page 7: keuzes
pg, n = page()
y = h1(pg, 80, '8  Keuzes')
y = h2(pg, y, 'Woningbouw')
y = p(pg, y, 'Wassenaar wil de komende jaren meer betaalbare woningen bouwen, vooral voor jongeren, starters en '
      'ouderen die kleiner willen wonen. Op de locaties Maaldrift en Kerkehout zijn samen circa 450 woningen '
      'gepland, waarvan een derde sociale huur. Om die plannen sneller van de grond te krijgen, stellen wij '
      'tijdelijk een projectleider aan en kopen wij extra plancapaciteit in (claim C4.1). Daarnaast blijft de '
      'startersregeling bestaan (C4.2).', 'w-prose-woningen', n, 'circa 450 woningen')
y = h2(pg, y + 4, 'Duinen en strand')
y = p(pg, y, 'Duinen en strand zijn het visitekaartje van Wassenaar en trekken in de zomer steeds meer bezoekers. '
      'Dat vraagt om meer toezicht en handhaving, met name op parkeren, afval en vuur in de duinen (claim C1.1). '
      'De duinovergangen zijn na de stormen van de afgelopen winters beschadigd; herstel en extra schoonmaak van '
      'het strand bij de Wassenaarseslag nemen wij op in claim C5.1. Over het beheer van de duinen blijven wij '
      'in gesprek met Staatsbosbeheer en het Hoogheemraadschap van Rijnland.')
y = h2(pg, y + 4, 'Sociaal domein')
y = p(pg, y, 'De kosten van de Wmo en de jeugdhulp blijven de grootste financiële opgave. Het aantal inwoners met '
      'een Wmo-voorziening groeit door de vergrijzing, en de tarieven van de specialistische jeugdhulp stijgen '
      'door hogere loonkosten bij aanbieders. Wij kiezen voor preventie: een praktijkondersteuner jeugd bij de '
      'huisartsen (C2.2) en versterking van het sociaal team (C2.1). Tegelijk herijken wij de subsidies voor '
      'welzijn en cultuur (D2).')
y = h2(pg, y + 4, 'Vervolg')
y = p(pg, y, 'Na vaststelling van deze kadernota door de raad verwerken wij de kaders in de Begroting 2026, die '
      'in november 2025 in de raad wordt behandeld.')

render(doc, sys.argv[2] + '/wassenaar-voorjaarsnota-2025.svg',
       sys.argv[1] + '/' + FILE, 'Gemeente Wassenaar - Voorjaarsnota 2025 / Kadernota 2026-2029 (fictief)')
reg['_meta'] = {'file': FILE, 'au_basis': AU_BASIS, 'au_na': AU_NA, 'pages': len(doc.pages)}
with open(sys.argv[2] + '/reg-wassenaar.json', 'w') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
