"""Verifies set-bd from the finished files only (never imports data.py): FORMAT.md shape, manifest and the
byte-identical copies, every expected/accepted/other figure re-read from the PDFs at the page, row and
column its comment names (pdfplumber words; pdftotext for the real Wassenaar Begroting 2024), derivations
recomputed, text include items present, refusal absence rules, and the add-ups of both fictional documents."""
import hashlib
import json
import re
import subprocess
import sys
from functools import lru_cache

import pdfplumber
import yaml

SET = sys.argv[1]
SRC_CORPUS = sys.argv[2] if len(sys.argv) > 2 else '/work/main/corpus'
C = f'{SET}/corpus'
WF, VF, BF = 'wassenaar-voorjaarsnota-2025.pdf', 'vrhm-jaarstukken-2024.pdf', 'wassenaar-begroting-2024.pdf'
fails = []


def ok(cond, msg):
    if not cond:
        fails.append(msg)
    return cond


def num(s):
    s = s.replace('€', '').replace('%', '').replace('\u2212', '-').replace('+', '').strip()
    if s.count('.') == 1 and ',' not in s and len(s.split('.')[1]) == 2:
        return float(s)          # the real document's "135.24"
    return float(s.replace('.', '').replace(',', '.'))


@lru_cache(None)
def pdf(doc):
    return pdfplumber.open(f'{C}/{doc}')


@lru_cache(None)
def lines(doc, page):
    words = pdf(doc).pages[page - 1].extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows = []
    for w in sorted(words, key=lambda w: (round(w['top']), w['x0'])):
        for r in rows:
            if abs(r['top'] - w['top']) < 2.0:
                r['words'].append(w)
                break
        else:
            rows.append({'top': w['top'], 'words': [w]})
    for r in rows:
        r['words'].sort(key=lambda w: w['x0'])
        r['text'] = ' '.join(w['text'] for w in r['words'])
    return sorted(rows, key=lambda r: r['top'])


@lru_cache(None)
def ptext(doc, page=None):
    args = ['pdftotext', '-layout'] + (['-f', str(page), '-l', str(page)] if page else []) + [f'{C}/{doc}', '-']
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(s):
    return re.sub(r'\s+', ' ', s)


def find_tokens(line, printed):
    toks = printed.split()
    ws = line['words']
    return [(ws[i], ws[i + len(toks) - 1]) for i in range(len(ws) - len(toks) + 1)
            if [w['text'] for w in ws[i:i + len(toks)]] == toks]


def check_cell(s):
    doc, page = s['document'], s['page']
    L = lines(doc, page)
    span = 12.5 * (s.get('label_lines', 1)) + 3
    hits = []
    for ln in L:
        ts = find_tokens(ln, s['printed'])
        if not ts:
            continue
        # the row label: on this line or (wrapped label) on a line up to label_lines above
        lab_ok = any(ln2['top'] <= ln['top'] + 0.5 and ln['top'] - ln2['top'] <= span and s['row'] in ln2['text']
                     and (not s.get('row_code') or s['row_code'] in ln2['text'] or s['row_code'] in ln['text'])
                     for ln2 in L)
        if not lab_ok:
            continue
        # the column: going up from the row, the first non-figure word aligned with the cell (right edge or
        # centre) must be a word of the recorded column header (so a two-line header is read at its last line)
        last = s['column'].replace('¹', '').replace('²', '').split()[-1]
        col_ok = False
        for t in ts:
            cx, rx = (t[0]['x0'] + t[1]['x1']) / 2, t[1]['x1']
            for ln3 in sorted((x for x in L if x['top'] < ln['top'] - 1), key=lambda x: -x['top']):
                al = [w for w in ln3['words'] if (abs(w['x1'] - rx) < 3.0 or abs((w['x0'] + w['x1']) / 2 - cx) < 3.0)
                      and (w['text'].rstrip('¹²') == last or not re.search(r'\d', w['text']) and not re.fullmatch(r'\d{4}|\d{1,2}-\d{1,2}-\d{4}', w['text']))]
                if al:
                    if any(w['text'].rstrip('¹²') == last for w in al):
                        col_ok = True
                    break
        if col_ok:
            hits.append(ln)
    return ok(hits, f"cell not found: {s['document']} p{page} row {s['row']!r} col {s['column']!r} printed {s['printed']!r}")


def check_chart(s):
    L = lines(s['document'], s['page'])
    vals = [(w, ln) for ln in L for w in ln['words'] if w['text'] == s['printed']]
    yrs = [w for ln in L for w in ln['words'] if w['text'] == s['year']]
    good = any(abs((v['x0'] + v['x1']) / 2 - (y['x0'] + y['x1']) / 2) < 3 for v, _ in vals for y in yrs)
    return ok(good, f"chart label {s['printed']} over {s['year']} not found p{s['page']}")


def prose_value(snip):
    m = list(re.finditer(r'(\d[\d.]*(?:,\d+)?)\s*(%|miljoen)?', snip))[-1]
    v = num(m.group(1))
    return v * 1e6 if m.group(2) == 'miljoen' else v


def check_src(s):
    if s['kind'] == 'cell':
        check_cell(s)
        ok(abs(num(s['printed']) * s['scale'] - s['value']) < 0.005, f"value/scale mismatch {s}")
    elif s['kind'] == 'chart':
        check_chart(s)
        ok(abs(num(s['printed']) * s['scale'] - s['value']) < 0.005, f"chart value mismatch {s}")
    elif s['kind'] == 'prose':
        ok(s['snippet'] in flat(ptext(s['document'], s['page'])), f"prose not on page: {s['snippet']} p{s['page']}")
        ok(abs(prose_value(s['snippet']) - s['value']) < 0.005, f"prose value {s['snippet']} != {s['value']}")
    elif s['kind'] == 'real_cell':
        t = ptext(s['document'], s['page'])
        ok(s['table'].split(' - ')[0].split(' Woon')[0] in t, f"table {s['table']} not on p{s['page']}")
        ok(any(s['row'] in ln and s['token'] in ln for ln in t.splitlines()),
           f"real cell {s['row']} {s['token']} not on p{s['page']}")
        ok(abs(num(s['token']) * s['scale'] - s['value']) < 0.005, f"real value mismatch {s}")
    else:
        ok(False, f'unknown source kind {s}')


# ---------------------------------------------------------------- format and manifest
data = yaml.safe_load(open(f'{SET}/cases.yaml', encoding='utf-8'))
prov = json.load(open(f'{SET}/source/provenance.json', encoding='utf-8'))
man = yaml.safe_load(open(f'{C}/manifest.yaml', encoding='utf-8'))
names = {d['municipality'] for d in man['documents']}
ok(data.get('version') == 1 and isinstance(data.get('cases'), list), 'version/cases')
ids = [c['id'] for c in data['cases']]
ok(len(ids) == len(set(ids)), 'duplicate ids')
real = yaml.safe_load(open(f'{SRC_CORPUS}/manifest.yaml', encoding='utf-8'))
for d in real['documents']:
    h1 = hashlib.sha256(open(f"{SRC_CORPUS}/{d['file']}", 'rb').read()).hexdigest()
    h2 = hashlib.sha256(open(f"{C}/{d['file']}", 'rb').read()).hexdigest()
    ok(h1 == h2, f"copy differs: {d['file']}")
    ok(any(e['file'] == d['file'] and e['municipality'] == d['municipality'] and e['year'] == d['year']
           and e['type'] == d['type'] and e['title'] == d['title'] for e in man['documents']), f"manifest {d['file']}")
for f, m in ((WF, 'Wassenaar'), (VF, 'Veiligheidsregio Hollands Midden')):
    ok(any(e['file'] == f and e['municipality'] == m for e in man['documents']), f'manifest entry {f}')
    first = ptext(f, 1)
    ok('FICTIEF' in first.upper() and 'verzonnen' in first, f'{f}: page 1 does not say it is fictional')
ok('fictional' in open(f'{C}/manifest.yaml').read().lower(), 'manifest header comment')
for f, npages in ((WF, 7), (VF, 9)):
    ok(len(pdf(f).pages) == npages, f'{f}: {npages} pages expected')
    ok(all(abs(p.width - 595) < 1 and abs(p.height - 842) < 1 for p in pdf(f).pages), f'{f}: every page A4 portrait')
info = {f: subprocess.run(['pdfinfo', f'{C}/{f}'], capture_output=True, text=True).stdout for f in (WF, VF)}
ok('Inkscape' in info[WF], 'Wassenaar made by Inkscape')
ok('iText' in info[VF], 'VRHM made by iText')

counts = {}
for c in data['cases']:
    turns = c.get('turns') or [c]
    ok(len(prov[c['id']]) == len(turns), f"provenance turns {c['id']}")
    for t, pv in zip(turns, prov[c['id']]):
        k = t['kind']
        counts[k] = counts.get(k, 0) + 1
        ok(k in ('figure', 'text', 'refusal', 'any') and pv['kind'] == k, f"kind {c['id']}")
        e = t.get('expect', {})
        ok('signed' not in e, f"signed set in {c['id']}")
        if 'municipality' in e:
            ok(e['municipality'] in names, f"unknown municipality {e['municipality']}")
        if 'municipality' in c:
            ok(c['municipality'] in names, f"unknown scope {c['municipality']}")
        if k == 'figure':
            main = pv['main']
            for s in main['sources']:
                check_src(s)
            if main.get('op'):
                a, b = main['sources'][0]['value'], main['sources'][1]['value']
                v = {'sum': a + b, 'diff': abs(a - b), 'share': a / b * 100}[main['op']]
                ok(abs(round(v, 2) - main['value']) < 0.005, f"derivation {c['id']}")
            ok(abs(abs(e['value']) - abs(main['value'])) <= e.get('tolerance', 0) + 1e-9, f"value {c['id']}")
            allowed = {abs(e['value'])} | {abs(x) for x in e.get('accept', [])}
            for a in pv['accept']:
                for s in a['sources']:
                    check_src(s)
                ok(any(abs(abs(a['value']) - x) <= e.get('tolerance', 0) + 1e-9 for x in allowed),
                   f"accepted printing not in expect {c['id']}")
            for o in pv['other']:
                for s in o['sources']:
                    check_src(s)
                if o['value'] is not None:
                    ok(all(abs(abs(o['value']) - x) > e.get('tolerance', 0) for x in allowed) or
                       'equal' in o['why'] or 'same amount' in o['why'],
                       f"an 'other' printing is accepted in {c['id']}: {o['value']}")
        elif k == 'text':
            page_t = flat(ptext(pv['document'], pv['page'])).lower()
            for item in e['include']:
                alts = item if isinstance(item, list) else [item]
                ok(any(a.lower() in page_t for a in alts), f"include {item} not on p{pv['page']} ({c['id']})")
        elif k == 'refusal':
            ok('expect' not in t or not t['expect'].get('value'), f"refusal with value {c['id']}")
            for rule in pv['absent']:
                ok(not re.search(rule['regex'], ptext(rule['document'])), f"refusal rule matches: {rule} ({c['id']})")
        elif k == 'any':
            for x in e['exclude']:
                ok(x.lower() not in ptext(pv['exclude_absent_in']).lower() or pv['exclude_absent_in'] != VF
                   or x != 'Wassenaar', f"any exclude {x}")
ok(not re.search('Wassenaar', ptext(VF)), 'the VRHM document must not name Wassenaar')


# ---------------------------------------------------------------- add-ups read back from the PDFs
def row_nums(doc, page, label, nth=0, code=None):
    found = [ln for ln in lines(doc, page) if label in ln['text'] and (code is None or ln['text'].startswith(code))]
    ln = found[nth]
    vals = []
    for w in ln['words']:
        if re.fullmatch(r'[+\u2212-]?\d{1,3}(\.\d{3})*(,\d+)?%?', w['text']):
            vals.append(num(w['text']))
    return vals


def rows_by_codes(doc, page, prefix):
    out = {}
    L = lines(doc, page)

    def figs(ln):
        return [num(w['text']) for w in ln['words'] if re.fullmatch(r'[+\u2212]\d[\d.]*|0', w['text'])][-4:]
    for i, ln in enumerate(L):
        m = re.match(rf'({prefix}\d(\.\d)?) ', ln['text'])
        if m:
            # a wrapped row has its code on the first line and its figures on the LAST line
            j = i
            while len(figs(L[j])) < 4:
                j += 1
            out[m.group(1)] = figs(L[j])
    return out


def colsum(rows):
    return [sum(r[i] for r in rows) for i in range(4)]


# Wassenaar Tabel 1 (p3): every saldo row = previous saldo + its block
start = row_nums(WF, 3, 'Saldo meerjarenperspectief Begroting 2025')
A = rows_by_codes(WF, 3, 'A')
B = rows_by_codes(WF, 3, 'B')
na_a = row_nums(WF, 3, 'Saldo na autonome ontwikkelingen')
na_b = row_nums(WF, 3, 'Saldo na meicirculaire')
sc = row_nums(WF, 3, 'Nieuw beleid (zie tabel 2)')
na_c = row_nums(WF, 3, 'Saldo na nieuw beleid')
sd = row_nums(WF, 3, 'Bezuinigingen (zie tabel 3)')
na_d = row_nums(WF, 3, 'Saldo na bezuinigingen')
se = row_nums(WF, 3, 'Inzet reserves (zie tabel 5)')
fin = row_nums(WF, 3, 'Saldo Kadernota 2026-2029')
ok(len(A) == 6 and len(B) == 3, 'Tabel 1 codes')
ok([s + a for s, a in zip(start, colsum(A.values()))] == na_a, 'Tabel 1: saldo na autonome ontwikkelingen')
ok([s + a for s, a in zip(na_a, colsum(B.values()))] == na_b, 'Tabel 1: saldo na meicirculaire')
ok([s + a for s, a in zip(na_b, sc)] == na_c, 'Tabel 1: saldo na nieuw beleid')
ok([s + a for s, a in zip(na_c, sd)] == na_d, 'Tabel 1: saldo na bezuinigingen')
ok([s + a for s, a in zip(na_d, se)] == fin, 'Tabel 1: saldo kadernota')
Cc = rows_by_codes(WF, 4, 'C')
ok(len(Cc) == 8 and colsum(Cc.values()) == sc == row_nums(WF, 4, 'Totaal nieuw beleid'), 'Tabel 2 = Tabel 1 nieuw beleid')
D = rows_by_codes(WF, 5, 'D')
ok(colsum(D.values()) == sd == row_nums(WF, 5, 'Totaal bezuinigingen'), 'Tabel 3 = Tabel 1 bezuinigingen')
E = rows_by_codes(WF, 5, 'E')
ok(colsum(E.values()) == se == row_nums(WF, 5, 'Totaal inzet reserves'), 'Tabel 5 = Tabel 1 reserves')
ok(row_nums(WF, 5, 'Effect meicirculaire 2025') == colsum(B.values()), 'Tabel 4 effect = B1..B3')
ok([a + b for a, b in zip(row_nums(WF, 5, 'Algemene uitkering volgens Begroting 2025'), colsum(B.values()))]
   == row_nums(WF, 5, 'Algemene uitkering na meicirculaire 2025'), 'Tabel 4 algemene uitkering')
P = [row_nums(WF, 6, f'P{i} ') for i in range(1, 6)]
sbl = row_nums(WF, 6, 'Saldo van baten en lasten')
ok(colsum(P) == sbl, 'Tabel 6 programma\'s = saldo van baten en lasten')
ok([a + b for a, b in zip(sbl, row_nums(WF, 6, 'Mutaties reserves'))] == row_nums(WF, 6, 'Saldo na kadernota') == fin,
   'Tabel 6 saldo = Tabel 1 saldo')
t7 = {k: row_nums(WF, 6, k) for k in ('Afvalstoffenheffing meerpersoonshuishouden', 'Rioolheffing meerpersoonshuishouden',
                                     'OZB woning', 'Woonlasten meerpersoonshuishouden')}
for i in (0, 1):
    ok(abs(t7['Afvalstoffenheffing meerpersoonshuishouden'][i] + t7['Rioolheffing meerpersoonshuishouden'][i]
           + t7['OZB woning'][i + (1 if i >= 0 and len(t7['OZB woning']) > 3 else 0)] - t7['Woonlasten meerpersoonshuishouden'][i]) < 0.005,
       'Tabel 7 woonlasten')
for k, v in t7.items():
    v = v[-3:]
    ok(abs(round((v[1] / v[0] - 1) * 100, 1) - v[2]) < 0.051, f'Tabel 7 stijging {k}')
# Veiligheidsregio Tabel 2.1 (p3)
progs = [row_nums(VF, 3, p)[:4] for p in ('Brandweer', 'GHOR', 'Crisisbeheersing', 'Meldkamer', 'Bedrijfsvoering')]
lt = row_nums(VF, 3, 'Totaal lasten')
ok([sum(p[i] for p in progs) for i in range(3)] == lt[:3], 'VR lasten total')
ok(all(p[1] - p[2] == p[3] for p in progs), 'VR verschil lasten')
bat = [row_nums(VF, 3, b) for b in ('Bijdragen gemeenten', 'Rijksbijdrage (BDuR)', 'Overige baten')]
bt = row_nums(VF, 3, 'Totaal baten')
ok([sum(b[i] for b in bat) for i in range(3)] == bt[:3], 'VR baten total')
saldo = row_nums(VF, 3, 'Saldo van baten en lasten')
ok([bt[i] - lt[i] for i in range(3)] == saldo[:3], 'VR saldo')
toev, ontt = row_nums(VF, 3, 'Toevoegingen aan reserves'), row_nums(VF, 3, 'Onttrekkingen aan reserves')
res = row_nums(VF, 3, 'Resultaat')
ok([saldo[i] - toev[i] + ontt[i] for i in range(3)] == res[:3], 'VR resultaat')
# Tabel 3.1 both halves (p4)
members = [ln for ln in lines(VF, 4) if re.search(r'\d{1,3}(\.\d{3})+ \d{1,3}(\.\d{3})+ \d', ln['text'])]
tot = None
vals = []
for ln in members:
    ws = [w for w in ln['words']]
    nums_ = [num(w['text']) for w in ws if re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d\d)?', w['text'])]
    # each line holds one member of the left half and (except the last) one of the right half
    for k in range(0, len(nums_), 4):
        grp = nums_[k:k + 4]
        if len(grp) == 4:
            vals.append((ln['text'], grp))
totals = [g for t, g in vals if 'Totaal' in t]
memb = [g for t, g in vals if not ('Totaal' in t and g is vals[-1][1])]
ok(len(vals) == 19, f'Tabel 3.1: 18 members + totaal, got {len(vals)}')
tot = vals[-1][1]
mem = [g for _, g in vals[:-1]]
ok(sum(g[0] for g in mem) == tot[0] and sum(g[1] for g in mem) == tot[1] and sum(g[2] for g in mem) == tot[2],
   'Tabel 3.1 totals')
ok(all(abs(round(g[2] / g[0], 2) - g[3]) < 0.005 for g in mem), 'Tabel 3.1 per inwoner')
ok(tot[2] == bat[0][2], 'Tabel 3.1 = bijdragen gemeenten in Tabel 2.1')
# reserves p7, bestemming, balans p8, investeringen p6, personeel p6
rr = [row_nums(VF, 7, r) for r in ('Algemene reserve', 'Bestemmingsreserve materieel', 'Reserve opleiden en oefenen',
                                   'Reserve huisvesting kazernes')]
ok(all(r[0] + r[1] + r[2] == r[3] for r in rr), 'reserves: stand + toevoeging - onttrekking')
rt = row_nums(VF, 7, 'Totaal reserves')
ok([sum(r[i] for r in rr) for i in range(4)] == rt, 'reserves total')
ok(rt[1] == toev[2] and -rt[2] == ontt[2], 'reserves = mutaties Tabel 2.1')
best = [row_nums(VF, 7, b)[-1] for b in ('Toevoeging aan de algemene reserve', 'Toevoeging aan de bestemmingsreserve',
                                          'Terugbetaling aan de deelnemende')]
ok(sum(best) == row_nums(VF, 7, 'Resultaat 2024')[-1] == res[2], 'bestemming = resultaat')
act = [row_nums(VF, 8, a) for a in ('Materiële vaste activa', 'Financiële vaste activa', 'Uitzettingen met',
                                    'Liquide middelen', 'Overlopende activa')]
pas = [row_nums(VF, 8, a) for a in ('Eigen vermogen', 'Voorzieningen', 'Vaste schulden', 'Netto vlottende',
                                    'Overlopende passiva')]
ta, tp = row_nums(VF, 8, 'Totaal activa'), row_nums(VF, 8, 'Totaal passiva')
ok([sum(a[i] for a in act) for i in (0, 1)] == ta == tp == [sum(p[i] for p in pas) for i in (0, 1)], 'balans')
ok(pas[0][0] == round((rt[3] + res[2]) / 1000), 'eigen vermogen = reserves + resultaat')
solv = row_nums(VF, 8, 'Solvabiliteitsratio')[-1]
ok(abs(round(pas[0][0] / tp[0] * 100, 1) - solv) < 0.051, 'solvabiliteit')
inv = [row_nums(VF, 6, i) for i in ('Tankautospuiten', 'Hoogwerker', 'Vaartuig', 'Nieuwbouw kazerne', 'Renovatie kazerne')]
ok(all(i[-4] - i[-3] - i[-2] == i[-1] for i in inv), 'investeringen restant')
ok([sum(i[k] for i in inv) for k in (-4, -3, -2, -1)] == row_nums(VF, 6, 'Totaal 1')[-4:], 'investeringen totaal')
opk = [row_nums(VF, 5, o) for o in ('Woonfunctie ', 'Woonfunctie met zorg', 'Bijeenkomst-', 'Industrie-', 'Buitenbranden')]
ok(sum(o[0] for o in opk) == row_nums(VF, 5, 'Totaal prio 1')[1], 'prio 1 uitrukken total')

print('turns per kind:', counts, 'cases:', len(ids))
if fails:
    print('FAILED:')
    for f in fails:
        print(' -', f)
    sys.exit(1)
print('check.py: all checks passed')
