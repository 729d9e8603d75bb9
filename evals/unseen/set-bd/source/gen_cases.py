"""Writes ../cases.yaml (FORMAT.md version 1) and provenance.json from the registries that the two
generators wrote (every figure cell with page, table, row, column and printed text) plus the few
cells of the real Wassenaar Begroting 2024 that the cross-document questions use."""
import json
import sys

import yaml

SET = sys.argv[1]
BUILD = sys.argv[2]
RW = json.load(open(f'{BUILD}/reg-wassenaar.json', encoding='utf-8'))
RV = json.load(open(f'{BUILD}/reg-vr.json', encoding='utf-8'))
WF, VF, BF = 'wassenaar-voorjaarsnota-2025.pdf', 'vrhm-jaarstukken-2024.pdf', 'wassenaar-begroting-2024.pdf'
WM, VM = 'Wassenaar', 'Veiligheidsregio Hollands Midden'
# cells of the REAL Wassenaar Begroting 2024 (read, not generated); check.py re-reads them
REAL = {
    'b24-riool-een-2024': {'page': 77, 'table': 'Tabel 7.14 Woonlastenoverzicht Wassenaar 2023 en 2024',
                           'row': '3. Rioolheffing:', 'column': 'Eenpersoonshuishouden 2024', 'printed': '€ 135.24',
                           'token': '135.24', 'scale': 1},
    'b24-riool-een-2024-t74': {'page': 70, 'table': 'Tabel 7.4 - Tarieven riool- en waterzorgheffing',
                               'row': 'vastrecht t/m 80 m3', 'column': '2024', 'printed': '135,24',
                               'token': '135,24', 'scale': 1},
    'b24-afval-meer-2024': {'page': 77, 'table': 'Tabel 7.14 Woonlastenoverzicht Wassenaar 2023 en 2024',
                            'row': '2. Afvalstoffenheffing', 'column': 'Meerpersoonshuishouden 2024',
                            'printed': '€ 507,12', 'token': '507,12', 'scale': 1},
    'b24-P2-2027': {'page': 111, 'table': 'Tabel 12.2 - Meerjarenperspectief 2024-2027 per programma',
                    'row': 'P2 Mens en Maatschappij', 'column': 'Begroting 2027 saldo', 'printed': '-27.962',
                    'token': '-27.962', 'scale': 1000},
}

# the figure each prose snippet states (check.py re-derives it from the snippet text)
PROSE_VALUES = {'w-prose-c41': 310000, 'w-prose-ozb': 4.8, 'w-prose-ozb-2025': 3.9, 'w-prose-tekort-2027': 2100000,
                'w-prose-final-2026': 24000, 'w-prose-accres': 1310000, 'w-prose-ar': 14200000,
                'w-prose-woningen': 450, 'v-prose-vc': 60752, 'v-prose-vb': 413512,
                'v-prose-resultaat': 1470574, 'v-prose-res2': 1470574, 'v-prose-uitruk': 11086, 'v-prose-vrijw': 94,
                'v-prose-fte': 501.5, 'v-prose-wntmax': 233000, 'v-prose-tarief': 59.05, 'v-prose-bij': 52250093,
                'v-prose-prio1': 4847}


# scale of each generated table (euros per printed unit)
def scale_of(doc, ent):
    t = ent.get('table') or ''
    if ent.get('kind') == 'chart':
        return 1000 if doc == WF else 1
    if doc == WF:
        return 1 if t.startswith('Tabel 7') else 1000
    return 1000 if t.startswith('Tabel 7.1') else 1


def num(printed):
    s = printed.replace('€', '').replace('%', '').replace('\u2212', '-').replace('+', '').strip()
    s = s.replace('.', '').replace(',', '.') if not (s.count('.') == 1 and ',' not in s and len(s.split('.')[1]) == 2) \
        else s
    return float(s)


def src(doc, key):
    if doc == BF:
        e = dict(REAL[key])
        v = num(e['printed']) * e['scale']
        return dict(kind='real_cell', document=doc, key=key, **e, value=round(v, 2))
    reg = RW if doc == WF else RV
    e = reg[key]
    if e.get('kind') == 'prose':
        return dict(kind='prose', document=doc, key=key, page=e['page'], snippet=e['snippet'], value=PROSE_VALUES[key])
    sc = scale_of(doc, e)
    v = num(e['printed']) * sc
    out = dict(kind=e.get('kind', 'cell'), document=doc, key=key, page=e['page'], printed=e['printed'], scale=sc,
               value=round(v, 2))
    for k in ('table', 'row', 'row_code', 'column', 'label_lines', 'year'):
        if e.get(k) is not None:
            out[k] = e[k]
    return out


def where(s):
    if s['kind'] == 'prose':
        return f"{s['document']} p.{s['page']}, prose: \"{s['snippet']}\""
    if s['kind'] == 'chart':
        return f"{s['document']} p.{s['page']}, bar chart, bar '{s['year']}', label '{s['printed']}'"
    extra = f", code {s['row_code']}" if s.get('row_code') else ''
    extra += f", label over {s['label_lines']} lines, figures on the last" if s.get('label_lines', 1) > 1 else ''
    return (f"{s['document']} p.{s['page']}, {s['table']}, row '{s['row']}'{extra}, column '{s['column']}', "
            f"printed '{s['printed']}'" + (f" x {s['scale']}" if s['scale'] != 1 else ''))


CASES, PROV = [], {}


def nl(v):
    """a number written the Dutch way for the derivation comments: 1.884.000, -27.962.000, 53,98"""
    if float(v).is_integer():
        return ('-' if v < 0 else '') + f'{abs(int(v)):,}'.replace(',', '.')
    return f'{v:.2f}'.replace('.', ',')


def fig(q, doc, key, unit='EUR', muni=None, accept=(), others=(), scope=None, op=None, keys2=None, tol=None,
        value=None, note=None):
    """one figure turn; op: None (a cell), 'sum', 'diff' (a - b), 'share' (a / b * 100)."""
    muni = muni or (WM if doc in (WF, BF) else VM)
    if op:
        srcs = [src(d, k) for d, k in keys2]
        a, b = srcs[0]['value'], srcs[1]['value']
        val = {'sum': a + b, 'diff': abs(a - b), 'share': a / b * 100}[op]
        sym = {'sum': '+', 'diff': '-', 'share': '/'}[op]
        val = round(val, 2)
        deriv = f"{nl(a)} {sym} {nl(b)}{' x 100' if op == 'share' else ''} = {nl(val)}"
        if op == 'diff':
            deriv = f"|{nl(a)} - ({nl(b)})| = {nl(val)}"
        main = {'value': val, 'sources': srcs, 'op': op, 'derivation': deriv}
    else:
        s = src(doc, key)
        val = s['value'] if value is None else value
        main = {'value': val, 'sources': [s]}
    accs = []
    for d, k in accept:
        s2 = src(d, k)
        accs.append({'value': s2['value'], 'sources': [s2]})
    oth = []
    for d, k, why in others:
        s3 = src(d, k)
        oth.append({'value': s3.get('value'), 'why': why, 'sources': [s3]})
    exp = {'value': int(val) if float(val).is_integer() else val}
    acc_vals = sorted({abs(a['value']) for a in accs if abs(a['value']) != abs(val)})
    if acc_vals:
        exp['accept'] = [int(v) if float(v).is_integer() else v for v in acc_vals]
    if tol:
        exp['tolerance'] = tol
    exp['unit'] = unit
    exp['municipality'] = muni
    turn = {'question': q, 'kind': 'figure', 'expect': exp}
    com = []
    for s in main['sources']:
        com.append('value from ' + where(s))
    if op:
        com.append(f"computed ({op}): {main['derivation']}")
    for a in accs:
        com.append('also accepted: ' + where(a['sources'][0]))
    for o in oth:
        com.append(f"NOT accepted: {where(o['sources'][0])} ({o['why']})")
    if note:
        com.append(note)
    return turn, com, {'kind': 'figure', 'main': main, 'accept': accs, 'other': oth}


def txt(q, doc, page, include, why, muni=None, exclude=None):
    muni = muni or (WM if doc in (WF, BF) else VM)
    exp = {'include': include}
    if exclude:
        exp['exclude'] = exclude
    exp['municipality'] = muni
    return ({'question': q, 'kind': 'text', 'expect': exp},
            [f'text from {doc} p.{page}: {why}; include items are printed there'],
            {'kind': 'text', 'document': doc, 'page': page, 'include': include, 'why': why})


def ref(q, why, absent):
    """absent: list of (document, regex) that must NOT match anywhere in that document's text."""
    return ({'question': q, 'kind': 'refusal'}, [f'refusal: {why}'],
            {'kind': 'refusal', 'why': why, 'absent': [{'document': d, 'regex': r} for d, r in absent]})


def anyk(q, muni, exclude, why, absent_doc):
    return ({'question': q, 'kind': 'any', 'expect': {'exclude': exclude, 'municipality': muni}},
            [f'any: {why}'], {'kind': 'any', 'why': why, 'exclude_absent_in': absent_doc})


# figures written and checked but left out to keep the set near 55 turns (kept in provenance as spare)
SKIP = {'bd-w-05', 'bd-w-06', 'bd-w-10', 'bd-w-11', 'bd-w-12', 'bd-w-13', 'bd-w-14', 'bd-v-03', 'bd-v-05',
        'bd-v-15', 'bd-v-21', 'bd-v-22', 'bd-v-23'}


def add(cid, *turns, scope=None):
    if cid in SKIP:
        return
    if len(turns) == 1:
        t, com, pv = turns[0]
        case = {'id': cid, 'question': t['question']}
        if scope:
            case['municipality'] = scope
        case['kind'] = t['kind']
        if 'expect' in t:
            case['expect'] = t['expect']
        CASES.append((case, com))
        PROV[cid] = [pv]
    else:
        case = {'id': cid}
        if scope:
            case['municipality'] = scope
        case['turns'] = [t for t, _, _ in turns]
        com = []
        for i, (_, c, _) in enumerate(turns, 1):
            com += [f'turn {i}: {x}' for x in c]
        CASES.append((case, com))
        PROV[cid] = [pv for _, _, pv in turns]


ALL_W = [WF, BF]
ALL = [WF, VF, BF]
# ============================================================== Wassenaar Voorjaarsnota 2025 / Kadernota
add('bd-w-01', fig('Wat is het saldo na autonome ontwikkelingen in 2027 volgens de Kadernota 2026-2029 van Wassenaar?',
                   WF, 'na-a|2027', others=[(WF, 'na-a|2026', 'other year'), (WF, 'na-b|2027', 'the next step: saldo na meicirculaire'),
                                            (WF, 'A1|2027', 'a single row of the block')],
                   note='printed with U+2212 (nadeel); absolute value compared'))
add('bd-w-02', fig('Hoeveel levert het accres van de algemene uitkering Wassenaar in 2028 op volgens de meicirculaire 2025?',
                   WF, 'B1|2028', others=[(WF, 'B1|2026', 'the 2026 amount, also in prose as € 1.310.000'),
                                          (WF, 'au-effect|2028', 'the whole meicirculaire effect B1 t/m B3')]))
add('bd-w-03', fig('hoeveel geld trekt wassenaar uit voor het versnellen van de woningbouw in 2027?', WF, 'C4.1|2027',
                   accept=[(WF, 'w-prose-c41')], others=[(WF, 'C4.2|2027', 'startersregeling, another woningbouw claim')]))
add('bd-w-04', fig('Wat is het saldo van de kadernota voor 2029?', WF, 'final|2029',
                   accept=[(WF, 'final2|2029'), (WF, 'fig1|2029')],
                   others=[(WF, 'start|2029', 'the startpunt of the Begroting 2025'),
                           (WF, 'na-c|2029', 'saldo na nieuw beleid')]), scope=WM)
add('bd-w-05', fig('Hoeveel kost de pilot met de praktijkondersteuner jeugd in 2026?', WF, 'C2.2|2026',
                   others=[(WF, 'E2|2026', 'the reserve withdrawal that covers it (same amount, a voordeel)')]), scope=WM)
add('bd-w-06', fig('Hoeveel wil Wassenaar in 2027 besparen op de inhuur van derden?', WF, 'D1|2027',
                   others=[(WF, 'D1|2026', 'the 2026 amount'), (WF, 'sum-d|2027', 'all bezuinigingen')]))
add('bd-w-07', fig('Met hoeveel procent gaat de ozb omhoog in 2026 in wassenaar?', WF, 'w-prose-ozb', unit='percent',
                   value=4.8, accept=[(WF, 'ozb-woning|stijging')],
                   others=[(WF, 'w-prose-ozb-2025', 'the 2025 increase 3,9%'), (WF, 'woonlasten-meer|stijging', 'the woonlasten 5,6%')]))
add('bd-w-08', fig('Wat betaalt een meerpersoonshuishouden in Wassenaar in 2026 aan afvalstoffenheffing?', WF,
                   'afval-meer|2026', others=[(WF, 'afval-meer|2025', 'the 2025 tariff'),
                                              (WF, 'afval-een|2026', 'eenpersoonshuishouden')]))
add('bd-w-10', fig('Wat is het saldo van programma Mens en Maatschappij in 2028 na de kadernota?', WF, 'P2|2028',
                   others=[(WF, 'P2|2027', 'other year')]), scope=WM)
add('bd-w-11', fig('Hoe hoog is de algemene uitkering van Wassenaar in 2027 na de meicirculaire 2025?', WF, 'au-na|2027',
                   others=[(WF, 'au-basis|2027', 'before the meicirculaire'), (WF, 'au-effect|2027', 'only the effect')]))
add('bd-w-12', fig('Hoeveel wordt er in 2027 uit de algemene reserve gehaald om de kadernota te dekken?', WF, 'E1|2027',
                   others=[(WF, 'sum-e|2027', 'all reserves together, incl. reserve sociaal domein')]), scope=WM)
add('bd-w-13', fig('Met hoeveel stijgen de kosten door de volumegroei van de Wmo-voorzieningen in 2029?', WF, 'A3|2029'),
    scope=WM)
add('bd-w-14', fig('Wat kost de claim duinen en strand (C5.1) in 2026 en 2027 samen?', WF, None, op='sum',
                   keys2=[(WF, 'C5.1|2026'), (WF, 'C5.1|2027')]))
add('bd-w-15', fig('Welk percentage van het totale nieuw beleid in 2026 gaat naar de versnelling van de woningbouw?', WF,
                   None, op='share', keys2=[(WF, 'C4.1|2026'), (WF, 'sum-c2|2026')], unit='percent', tol=0.1), scope=WM)
add('bd-w-16', fig('Hoeveel is het tekort in 2027 volgens de voorjaarsnota 2025 van Wassenaar?', WF, 'final|2027',
                   accept=[(WF, 'final2|2027'), (WF, 'fig1|2027'), (WF, 'w-prose-tekort-2027')],
                   note='the prose rounds it to "€ 2,1 miljoen" = 2.100.000, accepted'))
# ---- across the two Wassenaar documents
add('bd-x-01', fig('Hoeveel is de afvalstoffenheffing voor een meerpersoonshuishouden in Wassenaar gestegen van 2024 naar 2026?',
                   WF, None, op='diff', keys2=[(WF, 'afval-meer|2026'), (BF, 'b24-afval-meer-2024')],
                   note='2024 from the REAL Begroting 2024 (Tabel 7.14), 2026 from the fictional voorjaarsnota'))
add('bd-x-02', fig('Met hoeveel is het nadelig saldo van Mens en Maatschappij voor 2027 veranderd tussen de Begroting 2024 en de Kadernota 2026-2029?',
                   WF, None, op='diff', keys2=[(WF, 'P2|2027'), (BF, 'b24-P2-2027')],
                   note='both saldi are nadelig; the change is a deterioration'), scope=WM)
add('bd-x-conv-riool',
    fig('Wat was de rioolheffing voor een eenpersoonshuishouden in Wassenaar in 2024?', BF, 'b24-riool-een-2024',
        accept=[(BF, 'b24-riool-een-2024-t74')], note='the real document prints "€ 135.24" with a point in Tabel 7.14'),
    fig('En in 2026?', WF, 'riool-een|2026', others=[(WF, 'riool-een|2025', 'the 2025 tariff'),
                                                     (WF, 'riool-meer|2026', 'meerpersoonshuishouden')]),
    fig('Hoeveel procent is dat meer dan in 2025?', WF, 'riool-een|stijging', unit='percent'),
    scope=WM)
add('bd-w-conv-claims',
    fig('Hoeveel kost het extra toezicht op strand en duinen per jaar?', WF, 'C1.1|2026',
        note='the claim is the same in 2026-2029'),
    txt('Is dat incidenteel of structureel?', WF, 4, ['structureel'], 'C1.1 has "S" in the I/S column (S = structureel, leeswijzer p.2)'),
    fig('En de claim voor klimaatadaptatie in 2027?', WF, 'C5.2|2027', others=[(WF, 'C5.2|2028', '0 in 2028')]),
    scope=WM)
# ============================================================== Veiligheidsregio Hollands Midden
add('bd-v-01', fig('Wat waren de werkelijke lasten van de GHOR in 2024 bij Veiligheidsregio Hollands Midden?', VF,
                   'L-GHOR|real', others=[(VF, 'L-GHOR|nw', 'begroting na wijziging'), (VF, 'L-GHOR|prim', 'primitief')]))
add('bd-v-conv-crisis',
    fig('Hoeveel week crisisbeheersing af van de begroting bij de VRHM in 2024?', VF, 'L-Crisisbeheersing|verschil',
        accept=[(VF, 'v-prose-vc')], note='printed "−60.752" (nadeel) in the column Verschil; the prose says "nadeel € 60.752"'),
    txt('Waarom was er een nadeel?', VF, 3, ['Rijnhaven', ['oefening', 'waterschappen']],
        'Toelichting op de verschillen, Crisisbeheersing'),
    scope=VM)
add('bd-v-03', fig('Wat was de oorspronkelijke begroting 2024 voor de meldkamer?', VF, 'L-Meldkamer|prim',
                   others=[(VF, 'L-Meldkamer|nw', 'na wijziging'), (VF, 'L-Meldkamer|real', 'realisatie')]), scope=VM)
add('bd-v-conv-gouda',
    fig('Wat betaalde Gouda in 2024 werkelijk aan de Veiligheidsregio Hollands Midden?', VF, 'G-Gouda|wrk',
        others=[(VF, 'G-Gouda|beg', 'begroot')]),
    fig('En voor Leiden?', VF, 'G-Leiden|wrk', note='Leiden stands in the LEFT half of Tabel 3.1, Gouda too'),
    fig('Hoeveel is dat per inwoner?', VF, 'G-Leiden|perinw',
        others=[(VF, 'G-totaal|perinw', 'the average of all members')]))
add('bd-v-05', fig('Hoeveel inwoners heeft Katwijk volgens de jaarstukken 2024 van de veiligheidsregio?', VF,
                   'G-Katwijk|inw', unit='count'))
add('bd-v-06', fig('Wat is het resultaat 2024 van Veiligheidsregio Hollands Midden?', VF, 'resultaat|real',
                   accept=[(VF, 'v-prose-resultaat'), (VF, 'BS-totaal|bedrag')],
                   others=[(VF, 'saldo|real', 'saldo van baten en lasten before reserves')]))
add('bd-v-07', fig('hoeveel krijgen de gemeenten terug van het resultaat van de veiligheidsregio?', VF, 'BS-terug|bedrag'),
    scope=VM)
add('bd-v-conv-uitruk',
    fig('Hoe vaak rukte de brandweer van Hollands Midden uit in 2024?', VF, 'fig41|2024', unit='count',
        accept=[(VF, 'v-prose-uitruk')], others=[(VF, 'O-totaal|n', 'only the prio 1 uitrukken (4.847)')]),
    fig('En in 2022?', VF, 'fig41|2022', unit='count', note='printed only as the label on the 2022 bar of Figuur 4.1'),
    ref('En in 2019?', 'Figuur 4.1 runs from 2020 to 2024; 2019 is not in the document',
        [(VF, r'2019')]),
    scope=VM)
add('bd-v-10', fig('Welk percentage van de uitrukken naar woningen was binnen de normtijd?', VF, 'O-Woonfunctie|pct',
                   unit='percent', others=[(VF, 'O-totaal|pct', 'all prio 1 (74,3%)'),
                                           (VF, 'O-Woonfunctie met zorg en celfunctie|pct', 'woonfunctie met zorg')]),
    scope=VM)
add('bd-v-11', fig('Hoeveel fte beroepspersoneel had de veiligheidsregio Hollands Midden eind 2024?', VF,
                   'P-beroeps|fte', unit='count', others=[(VF, 'v-prose-fte', 'the begrote formatie 501,5 fte'),
                                                          (VF, 'P-Brandweer beroepspersoneel|fte', 'brandweer only')]))
add('bd-v-12', fig('hoeveel vrijwillgers heeft de brandweer in hollands midden?', VF, 'P-Brandweer vrijwilligers|personen',
                   unit='count', others=[(VF, 'v-prose-vrijw', 'the 94 NEW vrijwilligers of 2024, same paragraph')],
                   note='1.046 is also printed in the prose of p.2 ("telde de brandweer 1.046 vrijwilligers")'))
add('bd-v-13', fig('Wat is de stand van de bestemmingsreserve materieel eind 2024?', VF,
                   'R-Bestemmingsreserve materieel|eind', others=[(VF, 'R-Bestemmingsreserve materieel|begin', 'stand 1-1-2024')]),
    scope=VM)
add('bd-v-14', fig('Hoeveel is er in 2024 uitgegeven aan de nieuwe kazerne in Nieuwkoop?', VF,
                   'I-Nieuwbouw kazerne Nieuwkoop|2024',
                   others=[(VF, 'I-Nieuwbouw kazerne Nieuwkoop|tm2023', 'besteed t/m 2023'),
                           (VF, 'I-Nieuwbouw kazerne Nieuwkoop|krediet', 'the krediet')]), scope=VM)
add('bd-v-15', fig('Hoeveel krediet is er nog over voor de renovatie van kazerne Katwijk-Noord?', VF,
                   'I-Renovatie kazerne Katwijk-Noord|restant'), scope=VM)
add('bd-v-conv-balans',
    fig('Hoeveel liquide middelen had de VRHM op 31 december 2024?', VF, 'BA-Liquide middelen|2024',
        note='balans in x € 1.000: 2.844 -> 2.844.000'),
    fig('En eind 2023?', VF, 'BA-Liquide middelen|2023'),
    scope=VM)
add('bd-v-17', fig('Wat is de solvabiliteitsratio van de veiligheidsregio in 2024?', VF, 'K-Solvabiliteitsratio|r2024',
                   unit='percent', others=[(VF, 'K-Solvabiliteitsratio|b2024', 'begroting 2024'),
                                           (VF, 'K-Solvabiliteitsratio|r2023', 'realisatie 2023')]), scope=VM)
add('bd-v-18', fig('Wat verdiende de algemeen directeur van Veiligheidsregio Hollands Midden in 2024 in totaal?', VF,
                   'W-drs. M.L. van Rijswijk|totaal', others=[(VF, 'W-drs. M.L. van Rijswijk|beloning', 'beloning alone'),
                                                             (VF, 'v-prose-wntmax', 'the WNT maximum')]))
add('bd-v-19', fig('Hoeveel betaalden Leiden en Leiderdorp samen werkelijk aan de veiligheidsregio in 2024?', VF, None,
                   op='sum', keys2=[(VF, 'G-Leiden|wrk'), (VF, 'G-Leiderdorp|wrk')]))
add('bd-v-20', fig('Welk deel van de totale werkelijke bijdrage van de gemeenten aan de VRHM kwam van Alphen aan den Rijn, in procenten?',
                   VF, None, op='share', keys2=[(VF, 'G-Alphen aan den Rijn|wrk'), (VF, 'G-totaal|wrk')],
                   unit='percent', tol=0.05))
add('bd-v-21', fig('Hoeveel meer betaalde Zoeterwoude werkelijk dan begroot aan de veiligheidsregio in 2024?', VF, None,
                   op='diff', keys2=[(VF, 'G-Zoeterwoude|wrk'), (VF, 'G-Zoeterwoude|beg')],
                   note='Zoeterwoude stands in the RIGHT half of Tabel 3.1'))
add('bd-v-22', fig('Hoeveel overige baten had de veiligheidsregio Hollands Midden in 2024 in werkelijkheid?', VF,
                   'B-Overige baten|real', others=[(VF, 'B-Overige baten|nw', 'begroot na wijziging'),
                                                   (VF, 'B-Overige baten|verschil', 'the verschil')]))
add('bd-v-23', fig('Wat betaalde Noordwijk per inwoner aan de veiligheidsregio?', VF, 'G-Noordwijk|perinw',
                   note='right half of Tabel 3.1'), scope=VM)
# ============================================================== refusals
NOT_W = [(VF, r'Wassenaar')]
add('bd-r-01', ref('Hoeveel betaalt Wassenaar aan de Veiligheidsregio Hollands Midden?',
                   'Wassenaar is no member of VR Hollands Midden (it belongs to VR Haaglanden); the VRHM document never '
                   'names Wassenaar and the Wassenaar documents give no contribution to Hollands Midden',
                   NOT_W + [(WF, r'Hollands Midden'), (BF, r'Hollands Midden')]))
add('bd-r-02', ref('Wat was de bijdrage per inwoner van Wassenaar aan de veiligheidsregio in 2024?',
                   'no per-inwoner contribution of Wassenaar is printed: not in Tabel 3.1 (no Wassenaar row), the '
                   'voorjaarsnota only has the increase A2 for VR Haaglanden from 2026',
                   NOT_W + [(WF, r'(?i)per inwoner'), (BF, r'(?i)veiligheidsregio[^\n]{0,80}per inwoner')]))
add('bd-r-03', ref('Hoeveel uitrukken had de brandweer in Wassenaar in 2024?',
                   'Wassenaar is not covered by the VRHM figures; no Wassenaar document has uitrukken',
                   NOT_W + [(WF, r'(?i)uitruk'), (BF, r'(?i)uitruk')]))
add('bd-r-04', ref('Wat is het saldo van de kadernota voor 2030?', 'the kadernota runs 2026-2029',
                   [(WF, r'2030'), (BF, r'(?i)saldo[^\n]*2030')]), scope=WM)
add('bd-r-05', ref('Hoeveel uitrukken had Veiligheidsregio Haaglanden in 2024?',
                   'another body: the corpus holds no document of VR Haaglanden (Wassenaar\'s voorjaarsnota names it only '
                   'for a higher contribution)', [(VF, r'Haaglanden'), (WF, r'(?i)uitruk'), (BF, r'(?i)uitruk')]))
add('bd-r-06', ref('Wat gaat de hondenbelasting in Wassenaar in 2026 kosten?',
                   'the voorjaarsnota has no hondenbelasting; the Begroting 2024 gives 2023/2024 tariffs only',
                   [(WF, r'(?i)hond'), (BF, r'(?i)hondenbelasting[^\n]*2026')]), scope=WM)
add('bd-r-07', ref('Wat waren de lasten van de GHOR in 2023?',
                   'the VRHM jaarstukken give programme lasten for 2024 only (2023 appears only in the balans and '
                   'kengetallen columns)', [(VF, r'(?i)realisatie 2023[^\n]*\n[^\n]*GHOR'), (VF, r'GHOR[^\n]*2023')]),
    scope=VM)
add('bd-r-08', ref('Hoeveel brengt de OZB in Wassenaar in 2027 op?',
                   'the voorjaarsnota gives the OZB only as a percentage increase and a tariff for one WOZ value; no '
                   'opbrengst for 2027 (the Begroting 2024 has the opbrengst 2023/2024 only)',
                   [(WF, r'(?i)OZB-opbrengst|opbrengst[^\n]{0,20}OZB'), (BF, r'(?i)OZB[^\n]*2027')]))
add('bd-r-09', ref('Hoeveel inwoners heeft Wassenaar volgens de veiligheidsregio?',
                   'Wassenaar has no row in Tabel 3.1 (not a member)', NOT_W), scope=VM)
# ============================================================== text
add('bd-t-01', txt('Waarom trekt Wassenaar extra geld uit voor woningbouw?', WF, 7,
                   ['Maaldrift', 'Kerkehout', ['projectleider', 'plancapaciteit']], 'Keuzes > Woningbouw'))
add('bd-t-02', txt('wat gaat de gemeente doen aan de duinen en het strand?', WF, 7,
                   [['toezicht', 'handhaving'], 'duinovergangen'], 'Keuzes > Duinen en strand'), scope=WM)
add('bd-t-03', txt('Welke keuzes maakt Wassenaar in de kadernota voor het sociaal domein?', WF, 7,
                   ['Wmo', 'jeugdhulp', 'praktijkondersteuner'], 'Keuzes > Sociaal domein'))
SKIP.add('bd-t-04')
add('bd-t-04', txt('Hoe worden de incidentele claims in de kadernota gedekt?', WF, 5,
                   ['algemene reserve', 'sociaal domein'], 'Tabel 5 Dekking uit reserves and its intro'), scope=WM)
add('bd-t-05', txt('Waarom gaat de OZB in 2026 extra omhoog?', WF, 6,
                   [['inflatie', 'inflatiecorrectie'], ['tekort', '1,9%']], '7 Lokale lasten 2026, first paragraph'),
    scope=WM)
add('bd-t-06', txt('Hoe lang duurde het gemiddeld voordat de brandweer ter plaatse was bij branden in industrie-, kantoor- en winkelpanden?',
                   VF, 5, [['8:45', '8 minuten en 45 seconden', '8 min 45']], 'Tabel 4.1, row Industrie-, kantoor- en winkelfunctie, Gem. opkomsttijd (mm:ss); '
                   'the normtijd 10:00 is NOT the answer'), scope=VM)
add('bd-t-07', txt('Hoe wordt de bijdrage van een gemeente aan de veiligheidsregio berekend?', VF, 4,
                   ['vaste voet', ['59,05', 'per inwoner']], '3. Bijdragen gemeenten, first paragraph'), scope=VM)
add('bd-t-08', txt('Wat gebeurt er met het positieve resultaat 2024 van de VRHM?', VF, 7,
                   ['algemene reserve', 'materieel', ['terug', 'terugbetaling']], 'Tabel 6.2 Bestemming resultaat 2024'))
add('bd-t-09', txt('waarom zijn de opkomsttijden op het platteland langer?', VF, 2,
                   ['vrijwilligers', ['Krimpenerwaard', 'Nieuwkoop']], '1. Terugblik, paragraph on opkomsttijden'),
    scope=VM)
add('bd-t-10', txt('Wat was het grootste incident van 2024 in Hollands Midden?', VF, 2,
                   ['Rijnhaven', 'Alphen aan den Rijn'], '1. Terugblik, first paragraph'))
# ============================================================== any
add('bd-a-01', anyk('Hoe staat Wassenaar er financieel voor?', WM, ['Hollands Midden'],
                    'open question; the answer may draw on the begroting 2024 or the voorjaarsnota, but must cite '
                    'Wassenaar and must not bring in the veiligheidsregio', VF), scope=WM)
add('bd-a-02', anyk('Vertel eens iets over de brandweer in Hollands Midden', VM, ['Wassenaar'],
                    'open question about the VRHM; Wassenaar is no member and must not appear', VF))

# ---------------------------------------------------------------- write
head = """# set-bd: blind evaluation set (FORMAT.md version 1), generated by source/gen_cases.py; do not edit by hand.
# Six documents: the four of /work/main/corpus unchanged, plus two FICTIONAL documents whose figures are made up:
#   wassenaar-voorjaarsnota-2025.pdf  Gemeente Wassenaar, Voorjaarsnota 2025 / Kadernota 2026-2029 (Inkscape from SVG)
#   vrhm-jaarstukken-2024.pdf         Veiligheidsregio Hollands Midden, Jaarstukken 2024 (iText 5)
# Values are euros after the table's scale (k€ x 1000, balans x € 1.000), percent as printed (68.2), counts.
# 'NOT accepted' lines name nearby printed figures that must not be given. signed is never set.
"""
out = [head, 'version: 1', 'cases:']
for case, com in CASES:
    for c in com:
        out.append('# ' + c)
    y = yaml.safe_dump([case], allow_unicode=True, sort_keys=False, width=200)
    out.append(y.rstrip())
open(f'{SET}/cases.yaml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
json.dump(PROV, open(f'{SET}/source/provenance.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
kinds = {}
for case, _ in CASES:
    for t in case.get('turns', [case]):
        kinds[t['kind']] = kinds.get(t['kind'], 0) + 1
print('cases', len(CASES), 'turns', sum(kinds.values()), kinds)
