// Typeset the FICTIONAL Avalex Begroting 2025 with pdfjs (npm 'pdfjs' 2.5.4 by rkusa, opentype.js 1.3.4) from the
// block list written by gen_avalex_spec.py.  Usage: node gen_avalex.js SPEC_JSON OUT_DIR LAYOUT_JSON
// Tables are pdfjs tables: a header row that pdfjs repeats when a table runs over a page, horizontal rules only,
// the unit in a small italic line under the table.
'use strict';
const path = require('path');
const fs = require('fs');
const pdf = require(process.env.PDFJS_MODULE || 'pdfjs');

const [specFile, outDir] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const FD = '/usr/share/fonts/truetype/liberation2/';
const font = (f) => new pdf.Font(fs.readFileSync(FD + f));
const R = font('LiberationSans-Regular.ttf');
const Bd = font('LiberationSans-Bold.ttf');
const It = font('LiberationSans-Italic.ttf');
const GREEN = 0x2e7d32, DARK = 0x1b3b2a, GREY = 0x555555, LIGHT = 0xe3efe3;

const doc = new pdf.Document({
  font: R, fontSize: 9, padding: 0, paddingTop: 0, paddingLeft: 56, paddingRight: 56,
  paddingBottom: 40, paddingTop: 40,
  properties: {title: 'Avalex Begroting 2025 (fictief)', author: 'Avalex (fictief)', creator: 'gen_avalex.js'},
});
doc.header().text('Avalex  |  Begroting 2025 en meerjarenraming 2026-2028', {fontSize: 7.5, color: GREY,
  textAlign: 'right', paddingBottom: 14});
doc.footer().pageNumber((curr) => `${curr}`, {fontSize: 8, color: GREY, textAlign: 'center', paddingTop: 10});

for (const b of spec.blocks) {
  if (b.t === 'title') {
    doc.text(b.lines[0], {font: Bd, fontSize: 30, color: GREEN, paddingTop: 80});
    doc.text(b.lines[1], {font: Bd, fontSize: 22, color: DARK, paddingTop: 8});
    doc.text(b.lines[2], {fontSize: 16, color: DARK});
    doc.text(b.sub, {fontSize: 9, color: GREY, paddingTop: 10, paddingBottom: 16});
  } else if (b.t === 'notice') {
    const c = doc.cell({backgroundColor: 0xfff3cd, padding: 8, paddingBottom: 8, borderWidth: 0.8,
      borderColor: 0xb58900});
    c.text(b.text, {font: Bd, fontSize: 9});
    doc.text('', {paddingBottom: 6});
  } else if (b.t === 'h1') {
    doc.text(b.text, {font: Bd, fontSize: 14, color: GREEN, paddingTop: 14, paddingBottom: 6});
  } else if (b.t === 'h2') {
    doc.text(b.text, {font: Bd, fontSize: 11, color: DARK, paddingTop: 10, paddingBottom: 4});
  } else if (b.t === 'p') {
    doc.text(b.text, {lineHeight: 1.35, paddingBottom: 6});
  } else if (b.t === 'ul') {
    for (const it of b.items) {
      const t = doc.table({widths: [14, null]});
      const r = t.row();
      r.cell('-', {paddingLeft: 4});
      r.cell(it, {lineHeight: 1.35, paddingBottom: 3});
    }
    doc.text('', {paddingBottom: 4});
  } else if (b.t === 'kv') {
    const t = doc.table({widths: [230, 120], borderHorizontalWidths: () => 0.4, borderColor: 0xbbbbbb});
    for (const [k, v] of b.items) {
      const r = t.row();
      r.cell(k, {padding: 4});
      r.cell(v, {padding: 4, textAlign: 'right', font: Bd, color: GREEN});
    }
    doc.text('', {paddingBottom: 6});
  } else if (b.t === 'break') {
    doc.pageBreak();
  } else if (b.t === 'table') {
    doc.text(b.caption, {font: Bd, fontSize: 9.5, color: DARK, paddingTop: 8, paddingBottom: 4});
    const n = b.rows.length;
    const t = doc.table({widths: b.widths, borderHorizontalWidths: (i) => (i === 0 || i === n + 1 ? 0.9 : 0.25),
      borderColor: 0x999999, padding: 2.6, fontSize: 8});
    const h = t.header({font: Bd, backgroundColor: LIGHT, borderBottomWidth: 0.9});
    b.header.forEach((c, i) => h.cell(c, {textAlign: b.aligns[i] === 'r' ? 'right' : 'left', padding: 3}));
    for (const row of b.rows) {
      const r = t.row();
      row.cells.forEach((c, i) => {
        const o = {textAlign: b.aligns[i] === 'r' ? 'right' : 'left'};
        if (row.style === 'b') o.font = Bd;
        if (row.style === 'i') o.font = It;
        if (i === 0 && row.indent) o.paddingLeft = 2.6 + 12 * row.indent;
        if (i > 0 && b.aligns[i] === 'l') { o.fontSize = 7.5; o.color = GREY; }
        r.cell(c, o);
      });
    }
    doc.text(b.note, {font: It, fontSize: 7.5, color: GREY, paddingTop: 3, paddingBottom: 8, lineHeight: 1.25});
  }
}

const out = path.join(outDir, spec.file);
doc.pipe(fs.createWriteStream(out));
doc.end().then(() => console.log('wrote', out)).catch((e) => { console.error(e); process.exit(1); });
