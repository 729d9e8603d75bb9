# Gemeente Lindewaard - jaarstukken 2024 data (x EUR 1.000 unless noted)
PROGS = [
 # key, name, lasten(prim,wijz,rek), baten, toev, onttr
 ("P1","Bestuur en dienstverlening",   (6412,6893,6574),  (1108,1186,1347),  (0,150,150),   (120,345,262)),
 ("P2","Veilig en leefbaar Lindewaard",(17236,18104,18655),(5812,5934,6047), (310,310,402),  (450,1265,1188)),
 ("P3","Werk, inkomen en economie",    (24318,25907,25196),(15640,16882,16355),(0,0,0),      (0,240,240)),
 ("P4","Jeugd en onderwijs",           (14926,16348,17492),(1874,2215,2190), (0,0,0),        (300,900,900)),
 ("P5","Zorg, welzijn en sport",       (21654,22420,21785),(2310,2388,2521), (0,500,500),    (185,185,185)),
 ("P6","Wonen, ruimte en duurzaamheid",(13210,15862,14931),(10432,12618,12406),(0,820,1254), (1030,2180,1612)),
 ("ADM","Algemene dekkingsmiddelen",   (612,655,701),     (None,None,None),  (0,1850,1850),  (0,0,0)),
 ("OH","Overhead",                     (11840,12395,12612),(240,240,318),    (0,0,0),        (0,120,120)),
 ("ONV","Onvoorzien",                  (100,25,0),        (0,0,0),           (0,0,0),        (0,0,0)),
]
TARGET_RES = {0: 214, 1: 318}   # primitief, na wijziging: begrotingsresultaat
ADM_BATEN_REK_DELTA = 1412

def build():
    progs = []
    for key,name,l,b,t,o in PROGS:
        progs.append(dict(key=key,name=name,l=list(l),b=list(b),t=list(t),o=list(o)))
    adm = [p for p in progs if p['key']=='ADM'][0]
    for i in (0,1):
        other = sum((p['b'][i] - p['l'][i] - p['t'][i] + p['o'][i]) for p in progs if p['key']!='ADM')
        # adm result = b - l - t + o ; total = other + adm = target
        adm['b'][i] = TARGET_RES[i] - other + adm['l'][i] + adm['t'][i] - adm['o'][i]
    adm['b'][2] = adm['b'][1] + ADM_BATEN_REK_DELTA
    for p in progs:
        p['s'] = [p['b'][i]-p['l'][i] for i in range(3)]
        p['r'] = [p['s'][i]-p['t'][i]+p['o'][i] for i in range(3)]
    tot = {k:[sum(p[k][i] for p in progs) for i in range(3)] for k in 'lbtosr'}
    return progs, tot

if __name__ == '__main__':
    progs, tot = build()
    for p in progs: print(p['key'], p['l'], p['b'], p['s'], p['t'], p['o'], p['r'], 'verschil res', p['r'][2]-p['r'][1])
    print('TOT', tot)
