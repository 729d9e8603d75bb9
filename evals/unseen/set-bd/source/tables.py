"""Table drawing on a canvas.Page, recording every figure cell in a registry (page, table, row,
column, printed text) that gen_cases.py uses and check.py re-verifies on the PDF."""


def table(pg, x, y, cols, header, rows, reg, tname, page_no, size=8.0, head_fill='#DCE6F0',
          head_style='B', lead=None, colkeys=None, rule='#1F4E79', label_col=0, zebra=None, pad=3.0):
    """cols: [(width, align)], header: list of header rows (lists of strings), rows: dicts with
    'cells', optional 'key', 'bold', 'shade', 'line_above', 'wrap' (column whose text wraps; the
    other cells go on the row's LAST line), 'italic'. Returns the y under the table."""
    lead = lead or size * 1.45
    total_w = sum(c[0] for c in cols)
    xs = [x]
    for w, _ in cols:
        xs.append(xs[-1] + w)
    # header
    hh = lead * len(header) + 4
    if head_fill:
        pg.rect(x, y, total_w, hh, head_fill)
    pg.line(x, y, x + total_w, y, 1.0, rule)
    yy = y + lead - 1
    for hrow in header:
        for i, txt in enumerate(hrow):
            if not txt:
                continue
            w, al = cols[i]
            tx = xs[i] + pad if al == 'l' else (xs[i + 1] - pad if al == 'r' else (xs[i] + xs[i + 1]) / 2)
            pg.text(tx, yy, txt, size, head_style, al)
        yy += lead
    y += hh
    pg.line(x, y, x + total_w, y, 0.6, rule)
    y += 2
    for n, r in enumerate(rows):
        cells = r['cells']
        style = 'B' if r.get('bold') else ('I' if r.get('italic') else 'R')
        wrapcol = r.get('wrap')
        lines = {}
        nlines = 1
        if wrapcol is not None:
            wl = pg.wrap(cells[wrapcol], cols[wrapcol][0] - 2 * pad, size, style)
            lines[wrapcol] = wl
            nlines = len(wl)
        h = lead * nlines + 2
        if r.get('line_above'):
            pg.line(x, y - 1, x + total_w, y - 1, 0.5, rule)
        elif r.get('hair_above'):
            pg.line(x, y - 1, x + total_w, y - 1, 0.25, '#A6A6A6')
        if r.get('shade') or (zebra and n % 2 == 1):
            pg.rect(x, y - 0.5, total_w, h, r.get('shade') or zebra)
        base = y + lead - 1.5
        last = base + lead * (nlines - 1)
        for i, txt in enumerate(cells):
            if txt is None or txt == '':
                continue
            w, al = cols[i]
            tx = xs[i] + pad if al == 'l' else (xs[i + 1] - pad if al == 'r' else (xs[i] + xs[i + 1]) / 2)
            if i in lines:
                for k, ln in enumerate(lines[i]):
                    pg.text(tx, base + lead * k, ln, size, style, al)
            else:
                on_first = i in r.get('top', ())
                pg.text(tx, last if (wrapcol is not None and not on_first) else base, txt, size, style, al)
        if r.get('key') and colkeys:
            label = lines[label_col][0] if label_col in lines else cells[label_col]
            for i, ck in enumerate(colkeys):
                if ck is None or not cells[i]:
                    continue
                reg[f"{r['key']}|{ck}"] = {
                    'page': page_no, 'table': tname, 'row': label, 'row_code': r.get('code'),
                    'column': ' '.join(h[i] for h in header if h[i]).strip(),
                    'printed': cells[i], 'label_lines': nlines}
        y += h
    pg.line(x, y, x + total_w, y, 1.0, rule)
    return y + 13
