"""Doc -> one multi-page SVG (Inkscape 1.2 pages) -> PDF with `inkscape --export-type=pdf`."""
import subprocess
from xml.sax.saxutils import escape

FAM = {'lib': 'Liberation Sans', 'dv': 'DejaVu Sans Condensed'}


def render(doc, svg_path, pdf_path, title):
    gap = 20
    H = doc.H
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" '
           f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           f'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
           f'width="{doc.W}pt" height="{H}pt" viewBox="0 0 {doc.W} {H}">',   # the first page; the others lie below it
           f'<title>{escape(title)}</title>', '<sodipodi:namedview>']
    for i in range(len(doc.pages)):
        out.append(f'<inkscape:page x="0" y="{i * (H + gap)}" width="{doc.W}" height="{H}"/>')
    out.append('</sodipodi:namedview>')
    fam = FAM[doc.family]
    for i, ops in enumerate(doc.pages):
        oy = i * (H + gap)
        out.append(f'<g id="page{i + 1}">')
        for op in ops:
            if op[0] == 'rect':
                _, x, y, w, h, fill = op
                out.append(f'<rect x="{x}" y="{y + oy}" width="{w}" height="{h}" fill="{fill}"/>')
            elif op[0] == 'line':
                _, x1, y1, x2, y2, w, c = op
                out.append(f'<line x1="{x1}" y1="{y1 + oy}" x2="{x2}" y2="{y2 + oy}" stroke="{c}" stroke-width="{w}"/>')
            else:
                _, x, y, s, size, style, align, c = op
                anchor = {'l': 'start', 'r': 'end', 'c': 'middle'}[align]
                wt = ' font-weight="bold"' if style == 'B' else ''
                it = ' font-style="italic"' if style == 'I' else ''
                out.append(f'<text xml:space="preserve" x="{x}" y="{y + oy}" font-family="{fam}" font-size="{size}"'
                           f'{wt}{it} text-anchor="{anchor}" fill="{c}">{escape(s)}</text>')
        out.append('</g>')
    out.append('</svg>')
    with open(svg_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    subprocess.run(['inkscape', svg_path, '--export-type=pdf', f'--export-filename={pdf_path}'],
                   check=True, stderr=subprocess.DEVNULL)
