import yaml, re, pdfplumber
C = yaml.safe_load(open('/work/main/evals/unseen/set-h/cases.yaml'))
assert C['version'] == 1
docs = {}
for k, f in [('JR', 'vlietlanden-jaarstukken-2023.pdf'), ('VJN', 'lindewaard-voorjaarsnota-2025.pdf')]:
    p = pdfplumber.open('/work/main/evals/unseen/set-h/corpus/' + f)
    docs[k] = [pg.extract_text() for pg in p.pages]

def num(tok):
    t = tok.strip('€()%')
    neg = tok.endswith('-') and len(tok) > 1 or tok.startswith('(') or (tok.startswith('-') and len(tok) > 1)
    t = t.strip('-')
    if t in ('', '-'): return None
    v = float(t.replace('.', '').replace(',', '.'))
    return -v if neg else v

def row(doc, page, label, idx, scale=1):
    lines = [l for l in docs[doc][page-1].split('\n') if l.startswith(label)]
    assert lines, (doc, page, label)
    rest = lines[0][len(label):]
    toks = [t for t in rest.split() if re.fullmatch(r'[€(]?-?[\d.,]+[)%-]?|-', t) and t not in ('€',)]
    vals = [num(t) for t in toks]
    return abs(vals[idx]) * scale

def prose(doc, page, s):
    txt = docs[doc][page-1].replace('\n', ' ')
    assert s in txt, (doc, page, s)
    return True

E = {}
J='JR'; V='VJN'
E['h-jr-bijdrage-kreekendam'] = row(J,10,'Kreekendam',2)
E['h-jr-bijdragen-totaal'] = row(J,10,'Totaal 192.290',1)
E['h-jr-sw-hoeverwolde'] = row(J,10,'Hoeverwolde',1)
E['h-jr-kosten-beschut-werk'] = row(J,4,'1.3 Beschut werk 2.984.500',1)  # rekening after prim omitted -> idx1 of rest
E['h-jr-meer-uitgegeven-beschut'] = row(J,4,'1.3 Beschut werk 2.984.500',2)
E['h-jr-meer-uitgegeven-programma1'] = row(J,4,'Totaal lasten 29.252.400',2)
E['h-jr-resultaat'] = row(J,6,'Resultaat na bestemming',2) if False else 367556
prose(J,6,'Resultaat na bestemming - - -367.556')
prose(J,2,'nadelig resultaat van € 0,4 miljoen')
E['h-jr-opbrengst-detachering'] = row(J,4,'1.2 Detachering en begeleid werken 5.320.000',1)
prose(J,6,'De lasten van de overhead bedroegen € 4.908.671 tegen € 4.742.300 begroot'); E['h-jr-overhead-begroot']=4742300
E['h-jr-aantal-medewerkers'] = row(J,3,'Totaal medewerkers',0)
E['h-jr-uitstroom-werk'] = row(J,3,'Uitstroom naar regulier werk (personen)',0)
E['h-jr-liquide-2022'] = row(J,8,'Liquide middelen',1,1000)
E['h-jr-solvabiliteit'] = row(J,7,'Solvabiliteitsratio',2)
E['h-jr-schuldquote-begroot'] = row(J,7,'Netto schuldquote 8,8%',0)
E['h-jr-voorziening-onderhoud'] = row(J,10,'Voorziening groot onderhoud gebouwen',4,1000)
E['h-jr-salaris-directeur'] = row(J,11,'Subtotaal bezoldiging',0)
prose(J,6,'doorbetaalde rijksbijdrage Wsw (€ 20.362.140)'); E['h-jr-rijksbijdrage-wsw']=20362140
E['h-jr-saldo-productie-2022'] = row(J,9,'1.1 Productie en dienstverlening 15.618.214',2)
E['h-jr-daling-eigen-vermogen'] = row(J,8,'Eigen vermogen',1,1000) - row(J,8,'Eigen vermogen',0,1000)
E['h-jr-verschil-balanstotaal'] = row(J,8,'TOTAAL PASSIVA',1,1000) - row(J,8,'TOTAAL PASSIVA',0,1000)
assert row(J,8,'TOTAAL ACTIVA',1) == row(J,8,'TOTAAL PASSIVA',1)
E['h-jr-aandeel-vennekerk'] = round(100*row(J,10,'Vennekerk',2)/row(J,10,'Totaal 192.290',1),2)
E['h-jr-som-kreekendam-bremerveld'] = row(J,10,'Kreekendam',2)+row(J,10,'Bremerveld',2)
E['h-jr-daling-wsw-procent'] = round(100*(row(J,3,'Wsw-medewerkers',1)-row(J,3,'Wsw-medewerkers',0))/row(J,3,'Wsw-medewerkers',1),2)
E['h-jr-conv-bijdragen/0'] = row(J,10,'Dommelvliet 78.412',1)
E['h-jr-conv-bijdragen/1'] = row(J,10,'Vennekerk',2)
E['h-jr-conv-verzuim/0'] = row(J,3,'Ziekteverzuim Wsw-medewerkers',0)
E['h-jr-conv-verzuim/1'] = row(J,3,'Ziekteverzuim Wsw-medewerkers',1)
# VJN
E['h-vjn-boa-2026'] = row(V,4,'1 Uitbreiding handhaving: 2 fte boa',1,1000)  # tokens: 2 fte? careful
E['h-vjn-omgevingsplan-2025'] = row(V,4,'2 Opstellen omgevingsplan (Omgevingswet)',0,1000)
E['h-vjn-structureel-nb-2028'] = row(V,4,'Totaal nieuw beleid',7,1000)
E['h-vjn-saldo-2027'] = row(V,2,'D Saldo meerjarenbeeld na voorjaarsnota',2,1000)
E['h-vjn-algemene-uitkering-2026'] = row(V,2,'2 Algemene uitkering gemeentefonds (decembercirculaire 2023)',1,1000)
E['h-vjn-reserve-sociaal-domein'] = row(V,4,'Reserve sociaal domein',2,1000)
E['h-vjn-algemene-reserve-eind-2025'] = row(V,4,'Algemene reserve',3,1000)
prose(V,5,'Vervanging brug over de Lindevaart (Molenstraat) (€ 2.100.000)'); E['h-vjn-brug-lindevaart']=2100000
prose(V,5,'In totaal gaat het om € 4.375.000.'); E['h-vjn-investeringen-totaal']=4375000
E['h-vjn-afvalstoffenheffing-2025'] = row(V,6,'Afvalstoffenheffing',1)
E['h-vjn-sociaal-domein-2026'] = row(V,3,'4 Sociaal domein',2,1000)
E['h-vjn-ggd-2025'] = row(V,6,'GGD Vaartland',1,1000)
E['h-vjn-som-jongerenwerk-schulden-2026'] = row(V,4,'4 Jongerenwerk wijk Noorderhaven',1,1000)+row(V,4,'5 Vroegsignalering schulden',2,1000)
E['h-vjn-handhaving-vier-jaar'] = sum(row(V,4,'1 Uitbreiding handhaving: 2 fte boa',i,1000) for i in range(4))
E['h-vjn-woonlasten-stijging-procent'] = round(100*(row(V,6,'Totaal woonlasten',1)-row(V,6,'Totaal woonlasten',0))/row(V,6,'Totaal woonlasten',0),2)
E['h-vjn-aandeel-sociaal-domein'] = round(100*row(V,3,'4 Sociaal domein',1)/row(V,3,"Totaal saldo programma's",1),2)
E['h-vjn-afname-reserves'] = row(V,4,'Totaal reserves',0,1000)-row(V,4,'Totaal reserves',4,1000)
E['h-vjn-conv-jongerenwerk/0'] = row(V,4,'4 Jongerenwerk wijk Noorderhaven',0,1000)
E['h-vjn-conv-jongerenwerk/1'] = row(V,4,'4 Jongerenwerk wijk Noorderhaven',1,1000)

kinds = {}
ids=set(); n=0
for c in C['cases']:
    assert c['id'] not in ids; ids.add(c['id'])
    muni = c['municipality']
    turns = c.get('turns') or [c]
    for ti, t in enumerate(turns):
        n+=1
        k = t['kind']; kinds[k]=kinds.get(k,0)+1
        assert t['expect'].get('municipality') == muni, c['id']
        key = c['id'] + (f'/{ti}' if 'turns' in c else '')
        if k == 'figure':
            exp = t['expect']['value']; tol = t['expect'].get('tolerance', 0)
            got = E.get(key)
            ok = got is not None and abs(abs(got) - exp) <= max(tol, 1e-9)
            print(('OK  ' if ok else 'FAIL'), key, exp, got)
print(n, kinds)
