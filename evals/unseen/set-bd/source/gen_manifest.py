"""Writes ../corpus/manifest.yaml: the four entries of the real manifest, copied, plus the two fictional documents."""
import sys

import yaml

out, src = sys.argv[1], sys.argv[2]
real = yaml.safe_load(open(f'{src}/manifest.yaml', encoding='utf-8'))
docs = list(real['documents'])
docs.append({'id': 'wassenaar-voorjaarsnota-2025', 'file': 'wassenaar-voorjaarsnota-2025.pdf',
             'municipality': 'Wassenaar', 'title': 'Voorjaarsnota 2025 / Kadernota 2026-2029', 'year': 2025,
             'type': 'voorjaarsnota',
             'source': 'FICTIONAL: made for the evaluation set set-bd; figures made up (7 pages, Inkscape from SVG)'})
docs.append({'id': 'vrhm-jaarstukken-2024', 'file': 'vrhm-jaarstukken-2024.pdf',
             'municipality': 'Veiligheidsregio Hollands Midden', 'title': 'Jaarstukken 2024', 'year': 2024,
             'type': 'jaarstukken',
             'source': 'FICTIONAL: made for the evaluation set set-bd; figures made up (9 pages, iText 5)'})
head = ('# set-bd corpus: the four documents of /work/main/corpus copied byte for byte, plus two FICTIONAL documents\n'
        '# (wassenaar-voorjaarsnota-2025.pdf and vrhm-jaarstukken-2024.pdf) whose figures are made up for this\n'
        '# evaluation set; they are not publications of the gemeente Wassenaar or the Veiligheidsregio Hollands Midden.\n'
        '# Fictional documents must never go into the product corpus.\n')
with open(f'{out}/manifest.yaml', 'w', encoding='utf-8') as f:
    f.write(head + yaml.safe_dump({'documents': docs}, allow_unicode=True, sort_keys=False, width=200))
