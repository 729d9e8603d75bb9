"""FICTIONAL Veiligheidsregio Hollands Midden, Jaarstukken 2024: drawn on canvas pages and written by
iText 5 (Render.java). Writes the PDF and a registry of every figure."""
import json
import sys

from canvas import Doc
from data import *  # noqa: F401,F403
from fmt import um, thou, dec, pct, mmss, eur
from render_itext import render
from tables import table

RED, DARK, GREY = '#A6192E', '#222222', '#666666'
L, R = 50.0, 545.0
TW = R - L
FILE = 'vrhm-jaarstukken-2024.pdf'
reg = {}
doc = Doc('dv')


def page():
    pg = doc.new_page()
    n = len(doc.pages)
    if n > 1:
        pg.rect(0, 0, 595, 30, RED)
        pg.text(L, 19, 'Veiligheidsregio Hollands Midden', 8.5, 'B', 'l', '#FFFFFF')
        pg.text(R, 19, 'Jaarstukken 2024', 8.5, 'R', 'r', '#FFFFFF')
        pg.text(297, 815, f'- {n} -', 8, 'R', 'c', GREY)
        pg.text(L, 828, 'Fictief document voor een evaluatieset: alle bedragen en aantallen zijn verzonnen.', 6.5, 'I', 'l', GREY)
    return pg, n


def h1(pg, y, s):
    pg.text(L, y, s, 14, 'B', 'l', RED)
    pg.line(L, y + 5, R, y + 5, 0.6, RED)
    return y + 24


def h2(pg, y, s):
    pg.text(L, y, s, 10.5, 'B', 'l', DARK)
    return y + 16


def p(pg, y, s, key=None, n=None, snip=None, w=TW, x=L):
    if key:
        assert snip in s, (snip, s)
        reg[key] = {'kind': 'prose', 'page': n, 'snippet': snip}
    return pg.para(x, y, s, w, 9, 'R', 12.6)


def cap(pg, y, s):
    pg.text(L, y, s, 9, 'B', 'l', RED)
    return y + 7


def note(pg, y, s, x=L):
    pg.text(x, y, s, 7.2, 'R', 'l', GREY)
    return y + 10


# ---------------------------------------------------------------- page 1: cover
pg, n = page()
pg.rect(0, 0, 595, 842, '#FFFFFF')
pg.rect(0, 0, 18, 842, RED)
pg.text(L, 150, 'Veiligheidsregio', 26, 'R', 'l', RED)
pg.text(L, 182, 'Hollands Midden', 26, 'B', 'l', RED)
pg.text(L, 250, 'Jaarstukken 2024', 22, 'B', 'l', DARK)
pg.text(L, 274, 'Jaarverslag en jaarrekening', 12, 'R', 'l', DARK)
pg.text(L, 300, 'Vastgesteld door het algemeen bestuur op 3 juli 2025', 9.5, 'I', 'l', GREY)
pg.rect(L, 340, TW, 84, '#F4E3E5')
y = pg.para(L + 10, 360, 'LET OP: FICTIEF DOCUMENT', TW - 20, 11.5, 'B', 15, RED)
y = pg.para(L + 10, y, 'Deze jaarstukken zijn gemaakt voor een evaluatieset. Veiligheidsregio Hollands Midden bestaat, '
            'maar alle bedragen, aantallen, namen en prestaties in dit document zijn verzonnen. Het is geen '
            'publicatie van de veiligheidsregio.', TW - 20, 9, 'R', 12.5)
y = 470
pg.text(L, y, 'Inhoud', 11, 'B', 'l', DARK)
y += 16
for i, t in enumerate(['Terugblik op 2024', 'Programmaverantwoording', 'Bijdragen gemeenten', 'Prestaties',
                       'Personeel en investeringen', 'Reserves, resultaat en bestemming',
                       'Balans en kengetallen', 'WNT-verantwoording'], 1):
    pg.text(L, y, f'{i}.  {t}', 9)
    y += 13
y += 16
pg.text(L, y, 'Deelnemende gemeenten', 9.5, 'B', 'l', DARK)
y += 14
names = ', '.join(g for g, _ in V_LEDEN)
pg.para(L, y, names + '.', TW, 8.5, 'R', 11.5)

# ---------------------------------------------------------------- page 2: terugblik
pg, n = page()
y = h1(pg, 62, '1. Terugblik op 2024')
y = p(pg, y, 'Veiligheidsregio Hollands Midden werkt voor de achttien gemeenten in de regio aan brandweerzorg, '
      'geneeskundige hulpverlening bij rampen (GHOR), crisisbeheersing en de meldkamer. In 2024 waren de '
      'inzetten van de brandweer talrijker dan ooit: de brandweer rukte 11.086 keer uit, 355 keer vaker dan in '
      '2023. Het grootste incident was de brand in een bedrijfspand op bedrijventerrein Rijnhaven in Alphen aan '
      'den Rijn in maart, waarbij de regionale crisisorganisatie (GRIP 2) werd opgeschaald.',
      'v-prose-uitruk', n, '11.086 keer uit')
y = p(pg, y, 'Financieel sluiten wij 2024 af met een positief resultaat van '
      f'€ {thou(V_RESULTAAT)}. Het voordeel komt vooral door hogere overige baten (detacheringen en de '
      'vergoeding voor de inzet bij evenementen) en lagere lasten bij de brandweer, doordat vacatures later '
      'werden ingevuld. Crisisbeheersing kende een nadeel door de extra inzet bij het incident in Alphen aan den '
      'Rijn en de oefening met de waterschappen in het najaar.', 'v-prose-resultaat', n, f'€ {thou(V_RESULTAAT)}')
y = p(pg, y, 'De opkomsttijden blijven een aandachtspunt. In de woonfunctie kwam de eerste tankautospuit in '
      f'{pct(V_OPK_PCT["Woonfunctie"])} van de gevallen binnen de normtijd van 8 minuten ter plaatse. Vooral in '
      'het landelijk gebied van de Krimpenerwaard en Nieuwkoop is de opkomsttijd langer, omdat daar met '
      'vrijwilligers wordt gewerkt die eerst naar de kazerne moeten komen.')
y = p(pg, y, 'Op het gebied van personeel was 2024 het jaar van de werving van vrijwilligers: er traden 94 nieuwe '
      'vrijwilligers in dienst. Eind 2024 telde de brandweer 1.046 vrijwilligers. De nieuwe kazerne in '
      'Nieuwkoop is in aanbouw en wordt naar verwachting in het voorjaar van 2025 opgeleverd.',
      'v-prose-vrijw', n, '94 nieuwe')

# ---------------------------------------------------------------- page 3: programmaverantwoording
pg, n = page()
y = h1(pg, 62, '2. Programmaverantwoording')
y = p(pg, y, 'Tabel 2.1 geeft per programma de lasten en de baten van de veiligheidsregio, met de begroting zoals '
      'vastgesteld (primitief), de begroting na de begrotingswijzigingen van 2024 en de realisatie. Alle bedragen '
      'in deze tabel zijn in hele euro\'s.')
y = cap(pg, y + 4, 'Tabel 2.1  Overzicht van baten en lasten 2024 (in euro\'s)')
cols = [(175, 'l'), (80, 'r'), (80, 'r'), (80, 'r'), (80, 'r')]
ck = [None, 'prim', 'nw', 'real', 'verschil']
head = [['', 'Begroting 2024', 'Begroting 2024', 'Realisatie', 'Verschil¹'],
        ['Programma', 'primitief', 'na wijziging', '2024', '']]
rows = [{'cells': ['Lasten', '', '', '', ''], 'bold': True}]
for nm, a, b, c in V_PROG:
    rows.append({'cells': [nm, thou(a), thou(b), thou(c), ('+' if b - c > 0 else '') + um(b - c)], 'key': 'L-' + nm})
rows.append({'cells': ['Totaal lasten', thou(V_LASTEN[0]), thou(V_LASTEN[1]), thou(V_LASTEN[2]),
                       '+' + um(V_VERSCHIL_LASTEN)], 'key': 'L-tot', 'bold': True, 'line_above': True})
rows.append({'cells': ['Baten', '', '', '', ''], 'bold': True})
for nm, a, b, c in V_BATEN:
    d = c - b
    rows.append({'cells': [nm, thou(a), thou(b), thou(c), ('+' if d > 0 else '') + um(d) if d else '0'], 'key': 'B-' + nm})
d = V_BATEN_TOT[2] - V_BATEN_TOT[1]
rows.append({'cells': ['Totaal baten', thou(V_BATEN_TOT[0]), thou(V_BATEN_TOT[1]), thou(V_BATEN_TOT[2]),
                       '+' + um(d)], 'key': 'B-tot', 'bold': True, 'line_above': True})
d = V_SALDO_BL[2] - V_SALDO_BL[1]
rows.append({'cells': ['Saldo van baten en lasten', um(V_SALDO_BL[0]), um(V_SALDO_BL[1]), um(V_SALDO_BL[2]),
                       '+' + um(d)], 'key': 'saldo', 'bold': True, 'shade': '#F2F2F2'})
rows.append({'cells': ['Toevoegingen aan reserves', thou(V_TOEV_BEG[0]), thou(V_TOEV_BEG[1]), thou(V_TOEV),
                       '0'], 'key': 'toev'})
d = V_ONTT - V_ONTT_BEG[1]
rows.append({'cells': ['Onttrekkingen aan reserves', thou(V_ONTT_BEG[0]), thou(V_ONTT_BEG[1]), thou(V_ONTT),
                       ('+' if d > 0 else '') + um(d)], 'key': 'ontt'})
rows.append({'cells': ['Resultaat²', '0', '0', thou(V_RESULTAAT), '+' + um(V_RESULTAAT)], 'key': 'resultaat',
             'bold': True, 'line_above': True, 'shade': '#F4E3E5'})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 2.1 Overzicht van baten en lasten 2024', n, size=8.2,
          colkeys=ck, head_fill='#F4E3E5', rule=RED)
y = note(pg, y - 2, '¹ Verschil tussen begroting na wijziging en realisatie: + is voordelig, − is nadelig.')
y = note(pg, y, '² Resultaat = saldo van baten en lasten − toevoegingen + onttrekkingen aan reserves.')
y = h2(pg, y + 10, 'Toelichting op de verschillen')
vb = V_VERSCHIL['Brandweer']
vc = V_VERSCHIL['Crisisbeheersing']
y = p(pg, y, f'Brandweer (voordeel € {thou(vb)}): vacatures in de repressieve dienst werden later ingevuld dan '
      'begroot en de vervanging van ademluchtapparatuur is naar 2025 geschoven.', 'v-prose-vb', n,
      f'voordeel € {thou(vb)}')
y = p(pg, y, f'Crisisbeheersing (nadeel € {thou(-vc)}): de opschaling bij de brand op bedrijventerrein Rijnhaven en '
      'de regionale oefening met de waterschappen leidden tot hogere lasten dan begroot.', 'v-prose-vc', n,
      f'nadeel € {thou(-vc)}')
y = p(pg, y, 'Overige baten: de detachering van medewerkers aan de meldkamer en de vergoedingen voor de inzet bij '
      'evenementen brachten meer op dan begroot.')

# ---------------------------------------------------------------- page 4: bijdragen gemeenten (two halves)
pg, n = page()
y = h1(pg, 62, '3. Bijdragen gemeenten')
y = p(pg, y, f'De bijdrage van iedere gemeente bestaat uit een vaste voet van € {thou(V_VASTE_VOET)} en een bedrag '
      f'per inwoner van € {dec(V_TARIEF)} (inwonertal per 1 januari 2024). Na de eerste begrotingswijziging van 2024 '
      f'zijn de bijdragen met {pct(V_INDEX * 100, 2)} verhoogd voor de loonkosten van de cao-gemeenten. Tabel 3.1 '
      'toont per gemeente de begrote en de werkelijke bijdrage en de werkelijke bijdrage per inwoner.',
      'v-prose-tarief', n, f'€ {dec(V_TARIEF)}')
y = cap(pg, y + 4, 'Tabel 3.1  Bijdragen gemeenten 2024 (in euro\'s)')
y0 = y
cols = [(78, 'l'), (38, 'r'), (49, 'r'), (49, 'r'), (27, 'r')]
head = [['Gemeente', 'Inwoners', 'Bijdrage', 'Bijdrage', 'Per'], ['', '1-1-2024', 'begroot', 'werkelijk', 'inw.']]
ck = ['', 'inw', 'beg', 'wrk', 'perinw']
ck[0] = None
left = []
right = []
for i, (g, _) in enumerate(V_LEDEN):
    inw, beg, wrk, per = V_BIJDRAGE[g]
    row = {'cells': [g, thou(inw), thou(beg), thou(wrk), dec(per)], 'key': 'G-' + g}
    (left if i < 9 else right).append(row)
right.append({'cells': ['Totaal', thou(V_INW_TOT), thou(V_BIJ_BEG), thou(V_BIJ_WRK), dec(V_BIJ_PER_INW)],
              'key': 'G-totaal', 'bold': True, 'line_above': True})
yl = table(pg, L, y0, cols, head, left, reg, 'Tabel 3.1 Bijdragen gemeenten 2024 (linkerhelft)', n, size=7.4,
           colkeys=ck, head_fill='#F4E3E5', rule=RED, pad=2.5)
yr_ = table(pg, L + 254, y0, cols, head, right, reg, 'Tabel 3.1 Bijdragen gemeenten 2024 (rechterhelft)', n,
            size=7.4, colkeys=ck, head_fill='#F4E3E5', rule=RED, pad=2.5)
y = max(yl, yr_)
y = p(pg, y + 6, f'De werkelijke bijdrage van alle gemeenten samen was € {thou(V_BIJ_WRK)}; dat is '
      f'€ {dec(V_BIJ_PER_INW)} per inwoner. Leiden betaalt als grootste gemeente het meest; Zoeterwoude het minst, '
      'maar door de vaste voet is de bijdrage per inwoner daar het hoogst.', 'v-prose-bij', n, f'€ {thou(V_BIJ_WRK)}')
y = p(pg, y, f'Van het resultaat 2024 stellen wij voor € {thou(V_TERUG)} terug te betalen aan de gemeenten, naar rato '
      'van hun werkelijke bijdrage (zie hoofdstuk 6).')

# ---------------------------------------------------------------- page 5: prestaties
pg, n = page()
y = h1(pg, 62, '4. Prestaties')
y = p(pg, y, 'Figuur 4.1 toont het aantal uitrukken van de brandweer in de afgelopen vijf jaar (alle prioriteiten). '
      'Het aantal stijgt vooral door meer hulpverleningen bij stormschade en wateroverlast en door meer '
      'automatische brandmeldingen.')
y = cap(pg, y + 4, 'Figuur 4.1  Aantal uitrukken brandweer 2020-2024')
base = y + 150
pg.line(L + 30, base, L + 420, base, 0.8, DARK)
for i, (jaar, v) in enumerate(V_UITRUK_JAREN):
    bx = L + 50 + i * 74
    hgt = v / 12000 * 130
    pg.rect(bx, base - hgt, 50, hgt, RED if jaar == 2024 else '#D98C97')
    pg.text(bx + 25, base - hgt + 13, thou(v), 8, 'B', 'c', '#FFFFFF')
    pg.text(bx + 25, base + 11, str(jaar), 8, 'R', 'c', DARK)
    reg[f'fig41|{jaar}'] = {'kind': 'chart', 'page': n, 'printed': thou(v), 'year': str(jaar)}
y = base + 30
y = cap(pg, y, 'Tabel 4.1  Uitrukken met prioriteit 1 en opkomsttijden 2024')
cols = [(185, 'l'), (62, 'r'), (62, 'r'), (92, 'r'), (94, 'r')]
head = [['Gebruiksfunctie', 'Normtijd²', 'Uitrukken', 'Gem. opkomsttijd¹', 'Binnen normtijd'],
        ['', '(mm:ss)', 'prio 1', '(mm:ss)', '(%)']]
ck = [None, 'norm', 'n', 'gem', 'pct']
rows = []
for nm, norm, cnt, gem, binnen in V_OPKOMST:
    rows.append({'cells': [nm, mmss(norm), thou(cnt), mmss(gem), pct(V_OPK_PCT[nm])], 'key': 'O-' + nm})
rows.append({'cells': ['Totaal prio 1', '', thou(V_OPK_N), mmss(V_OPK_GEM), pct(V_OPK_PCT_TOT)], 'key': 'O-totaal',
             'bold': True, 'line_above': True})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 4.1 Uitrukken met prioriteit 1 en opkomsttijden 2024', n,
          size=8.2, colkeys=ck, head_fill='#F4E3E5', rule=RED)
y = note(pg, y - 2, '¹ Opkomsttijd: de tijd tussen de alarmering door de meldkamer en de aankomst van de eerste '
         'tankautospuit ter plaatse, in minuten en seconden.')
y = note(pg, y, '² Normtijden volgens het Besluit veiligheidsregio\'s, per gebruiksfunctie van het object.')
y = p(pg, y + 8, f'Van de {thou(V_OPK_N)} uitrukken met prioriteit 1 was de brandweer in {pct(V_OPK_PCT_TOT)} van de '
      'gevallen binnen de normtijd ter plaatse. De overige uitrukken hadden een lagere prioriteit of betroffen '
      'automatische brandmeldingen.', 'v-prose-prio1', n, f'{thou(V_OPK_N)} uitrukken')

# ---------------------------------------------------------------- page 6: personeel en investeringen
pg, n = page()
y = h1(pg, 62, '5. Personeel en investeringen')
y = cap(pg, y, 'Tabel 5.1  Personeel per 31 december 2024')
cols = [(230, 'l'), (90, 'r'), (90, 'r')]
head = [['Onderdeel', 'Aantal personen', 'Formatie (fte)']]
rows = [{'cells': [nm, thou(c), dec(f, 1) if f is not None else ''], 'key': 'P-' + nm} for nm, c, f in V_PERSONEEL]
rows.append({'cells': ['Totaal beroepspersoneel', thou(V_PERS_BEROEPS), dec(V_FTE_TOT, 1)], 'key': 'P-beroeps',
             'bold': True, 'line_above': True})
rows.append({'cells': ['Totaal inclusief vrijwilligers', thou(V_PERS_TOT), ''], 'key': 'P-totaal', 'bold': True})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 5.1 Personeel per 31 december 2024', n, size=8.2,
          colkeys=[None, 'personen', 'fte'], head_fill='#F4E3E5', rule=RED)
y = note(pg, y - 2, 'Vrijwilligers hebben geen formatieplaats; zij worden per uur vergoed.')
y = p(pg, y + 8, f'De begrote formatie voor 2024 was {dec(V_FTE_BEGROOT, 1)} fte; eind 2024 was {dec(V_FTE_TOT, 1)} '
      'fte ingevuld.', 'v-prose-fte', n, f'{dec(V_FTE_BEGROOT, 1)} fte')
y = h2(pg, y + 6, 'Investeringen')
y = p(pg, y, 'In 2024 zijn vier tankautospuiten, een hoogwerker en een vaartuig voor oppervlakteredding vervangen. '
      'De nieuwbouw van de kazerne in Nieuwkoop en de renovatie van kazerne Katwijk-Noord lopen door in 2025.')
y = cap(pg, y + 4, 'Tabel 5.2  Investeringen 2024 (in euro\'s)')
cols = [(160, 'l'), (56, 'l'), (70, 'r'), (70, 'r'), (70, 'r'), (69, 'r')]
head = [['Investering', 'Soort', 'Krediet', 'Besteed', 'Besteed', 'Restant'],
        ['', '', '', 't/m 2023', '2024', 'krediet']]
rows = [{'cells': [nm, srt, thou(k), thou(a) if a else '0', thou(b), thou(V_INV_REST[nm])], 'key': 'I-' + nm}
        for nm, srt, k, a, b in V_INVEST]
rows.append({'cells': ['Totaal', '', thou(V_INV_TOT[0]), thou(V_INV_TOT[1]), thou(V_INV_TOT[2]),
                       thou(V_INV_REST_TOT)], 'key': 'I-totaal', 'bold': True, 'line_above': True})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 5.2 Investeringen 2024', n, size=8.2,
          colkeys=[None, None, 'krediet', 'tm2023', '2024', 'restant'], head_fill='#F4E3E5', rule=RED)

# ---------------------------------------------------------------- page 7: reserves, resultaat
pg, n = page()
y = h1(pg, 62, '6. Reserves, resultaat en bestemming')
y = cap(pg, y, 'Tabel 6.1  Verloop van de reserves 2024 (in euro\'s)')
cols = [(175, 'l'), (80, 'r'), (80, 'r'), (80, 'r'), (80, 'r')]
head = [['Reserve', 'Stand 1-1-2024', 'Toevoeging', 'Onttrekking', 'Stand 31-12-2024']]
rows = [{'cells': [nm, thou(a), thou(t) if t else '0', ('−' + thou(o)) if o else '0', thou(V_RES_EIND[nm])],
         'key': 'R-' + nm} for nm, a, t, o in V_RES]
rows.append({'cells': ['Totaal reserves', thou(V_RES_TOT[0]), thou(V_RES_TOT[1]), '−' + thou(V_RES_TOT[2]),
                       thou(V_RES_TOT[3])], 'key': 'R-totaal', 'bold': True, 'line_above': True})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 6.1 Verloop van de reserves 2024', n, size=8.2,
          colkeys=[None, 'begin', 'toev', 'ontt', 'eind'], head_fill='#F4E3E5', rule=RED)
y = p(pg, y + 4, 'De onttrekking aan de bestemmingsreserve materieel dekt de kapitaallasten van de nieuwe '
      'tankautospuiten; de reserve huisvesting kazernes dekt de tijdelijke huisvesting in Nieuwkoop.')
y = h2(pg, y + 6, 'Resultaat en voorstel tot bestemming')
y = p(pg, y, f'Het resultaat over 2024 bedraagt € {thou(V_RESULTAAT)} positief. Het dagelijks bestuur stelt het '
      'algemeen bestuur voor het resultaat als volgt te bestemmen:', 'v-prose-res2', n, f'€ {thou(V_RESULTAAT)} positief')
y = cap(pg, y + 2, 'Tabel 6.2  Bestemming resultaat 2024 (in euro\'s)')
cols = [(330, 'l'), (100, 'r')]
rows = [{'cells': [nm, thou(v)], 'key': 'BS-' + nm} for nm, v in V_BESTEMMING]
rows.append({'cells': ['Terugbetaling aan de deelnemende gemeenten', thou(V_TERUG)], 'key': 'BS-terug'})
rows.append({'cells': ['Resultaat 2024', thou(V_RESULTAAT)], 'key': 'BS-totaal', 'bold': True, 'line_above': True})
y = table(pg, L, y, cols, [['Bestemming', 'Bedrag']], rows, reg, 'Tabel 6.2 Bestemming resultaat 2024', n,
          size=8.2, colkeys=[None, 'bedrag'], head_fill='#F4E3E5', rule=RED)
y = p(pg, y + 4, 'De terugbetaling wordt verdeeld naar rato van de werkelijke bijdrage 2024 van iedere gemeente. '
      'De toevoeging aan de bestemmingsreserve materieel is bedoeld voor de vervanging van de redvoertuigen in '
      '2026 en 2027. Met de toevoeging aan de algemene reserve komt het weerstandsvermogen op het niveau dat het '
      'algemeen bestuur heeft afgesproken.')

# ---------------------------------------------------------------- page 8: balans, kengetallen
pg, n = page()
y = h1(pg, 62, '7. Balans en kengetallen')
y = cap(pg, y, 'Tabel 7.1  Balans per 31 december (bedragen x € 1.000)')
cols = [(300, 'l'), (80, 'r'), (80, 'r')]
head = [['', '31-12-2024', '31-12-2023']]
rows = [{'cells': ['Activa', '', ''], 'bold': True}]
rows += [{'cells': [nm, thou(a), thou(b)], 'key': 'BA-' + nm} for nm, a, b in V_ACTIVA]
rows.append({'cells': ['Totaal activa', thou(V_ACT_TOT[0]), thou(V_ACT_TOT[1])], 'key': 'BA-totaal',
             'bold': True, 'line_above': True})
rows.append({'cells': ['Passiva', '', ''], 'bold': True})
rows += [{'cells': [nm, thou(a), thou(b)], 'key': 'BP-' + nm} for nm, a, b in V_PASSIVA]
rows.append({'cells': ['Totaal passiva', thou(V_PAS_TOT[0]), thou(V_PAS_TOT[1])], 'key': 'BP-totaal',
             'bold': True, 'line_above': True})
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 7.1 Balans per 31 december', n, size=8.2,
          colkeys=[None, '2024', '2023'], head_fill='#F4E3E5', rule=RED)
y = note(pg, y - 2, 'Het eigen vermogen per 31-12-2024 bestaat uit de reserves (tabel 6.1) en het resultaat 2024.')
y = cap(pg, y + 12, 'Tabel 7.2  Financiële kengetallen')
cols = [(220, 'l'), (80, 'r'), (80, 'r'), (80, 'r')]
head = [['Kengetal', 'Realisatie 2023', 'Begroting 2024', 'Realisatie 2024']]
rows = [{'cells': [nm, pct(a), pct(b), pct(c)], 'key': 'K-' + nm} for nm, a, b, c in V_KENGETALLEN]
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 7.2 Financiële kengetallen', n, size=8.2,
          colkeys=[None, 'r2023', 'b2024', 'r2024'], head_fill='#F4E3E5', rule=RED)
y = p(pg, y + 4, 'De netto schuldquote stijgt door de financiering van de kazerne Nieuwkoop en de nieuwe voertuigen '
      'met langlopende leningen. De solvabiliteit verbetert door het positieve resultaat.')

# ---------------------------------------------------------------- page 9: WNT
pg, n = page()
y = h1(pg, 62, '8. WNT-verantwoording')
y = p(pg, y, 'Op grond van de Wet normering topinkomens (WNT) maakt de veiligheidsregio de bezoldiging van haar '
      f'topfunctionarissen bekend. Het bezoldigingsmaximum voor 2024 is € {thou(V_WNT_MAX)} bij een voltijds '
      'dienstverband.', 'v-prose-wntmax', n, f'€ {thou(V_WNT_MAX)}')
y = cap(pg, y + 4, 'Tabel 8.1  Bezoldiging topfunctionarissen 2024 (in euro\'s)')
cols = [(100, 'l'), (135, 'l'), (48, 'r'), (68, 'r'), (72, 'r'), (72, 'r')]
head = [['Naam', 'Functie', 'Omvang', 'Beloning', 'Betaalbaar', 'Totale'],
        ['', '', '(fte)', '', 'op termijn', 'bezoldiging']]
rows = [{'cells': [nm, fn, dec(f, 1), thou(b), thou(t), thou(b + t)], 'key': 'W-' + nm, 'wrap': 1, 'top': (0,)}
        for nm, fn, f, b, t in V_WNT]
y = table(pg, L, y, cols, head, rows, reg, 'Tabel 8.1 Bezoldiging topfunctionarissen 2024', n, size=8.2,
          colkeys=[None, None, 'fte', 'beloning', 'termijn', 'totaal'], head_fill='#F4E3E5', rule=RED)
y = p(pg, y + 4, 'Er zijn in 2024 geen ontslaguitkeringen betaald aan topfunctionarissen. De leden van het algemeen '
      'en het dagelijks bestuur ontvangen geen bezoldiging van de veiligheidsregio.')

render(doc, sys.argv[2] + '/vrhm.ops', sys.argv[1] + '/' + FILE,
       'Veiligheidsregio Hollands Midden - Jaarstukken 2024 (fictief)', sys.argv[2] + '/java')
reg['_meta'] = {'file': FILE, 'pages': len(doc.pages)}
with open(sys.argv[2] + '/reg-vr.json', 'w') as f:
    json.dump(reg, f, ensure_ascii=False, indent=1)
