// Lays out the Twenterand Programmabegroting 2025 (FICTIONAL figures) with pdfmake (PDFKit underneath).
// usage: node render_twenterand.js model.json out.pdf
const path = require('path');
const fs = require('fs');
const NODE = process.env.AX_NODE || '/tmp/ax-node';
const pdfmake = require(path.join(NODE, 'node_modules/pdfmake'));

const [, , modelPath, outPath] = process.argv;
const model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
const L = '/usr/share/fonts/truetype/liberation2/';
pdfmake.setFonts({
  Sans: { normal: L + 'LiberationSans-Regular.ttf', bold: L + 'LiberationSans-Bold.ttf',
          italics: L + 'LiberationSans-Italic.ttf', bolditalics: L + 'LiberationSans-BoldItalic.ttf' },
  Serif: { normal: L + 'LiberationSerif-Regular.ttf', bold: L + 'LiberationSerif-Bold.ttf',
           italics: L + 'LiberationSerif-Italic.ttf', bolditalics: L + 'LiberationSerif-BoldItalic.ttf' },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => p.startsWith(L));

const GREEN = '#2e6b3a';
const content = [];

function cellObj(c, align, style, isHeader) {
  const o = (c !== null && typeof c === 'object') ? Object.assign({}, c) : { text: c === undefined ? '' : String(c) };
  if (o.text === undefined) o.text = '';
  if (isHeader) { o.bold = true; o.fillColor = '#dbe9dc'; o.alignment = o.alignment || (align === 'left' ? 'left' : 'center'); }
  else {
    o.alignment = o.alignment || align;
    if (style === 'total') o.bold = true;
    if (style === 'sub') o.italics = true;
    if (style === 'group') o.bold = true;
  }
  return o;
}

function table(b) {
  const n = b.widths.length;
  const align = b.align || ['left'].concat(Array(n - 1).fill('right'));
  const body = [];
  for (const hr of b.header) body.push(hr.map((c, j) => cellObj(c, align[j], null, true)));
  const styles = [];
  for (const r of b.rows) {
    body.push(r.cells.map((c, j) => cellObj(c, align[j], r.style, false)));
    styles.push(r.style);
  }
  const hdr = b.header.length;
  const tbl = {
    table: { headerRows: hdr, dontBreakRows: true, keepWithHeaderRows: 1, widths: b.widths, body },
    fontSize: b.font || 8,
    layout: {
      hLineWidth: (i, node) => {
        if (i === 0 || i === node.table.body.length) return 0.8;
        if (i === hdr) return 0.8;
        const st = styles[i - hdr];
        if (st === 'total') return 0.6;
        return 0;
      },
      vLineWidth: () => 0,
      hLineColor: () => '#4d4d4d',
      paddingTop: () => 1.6, paddingBottom: () => 1.6, paddingLeft: () => 3, paddingRight: () => 3,
    },
    margin: [0, 2, 0, 8],
  };
  const cap = { text: b.caption, bold: true, fontSize: 9, color: GREEN, margin: [0, 6, 0, 2] };
  if (b.repeat) return [cap, tbl];
  return [{ stack: [cap, tbl], unbreakable: true }];
}

let breakNext = false;
for (const b of model.blocks) {
  const before = content.length;
  if (b.t === 'pagebreak') { breakNext = true; continue; }
  switch (b.t) {
    case 'title': {
      content.push({ text: b.lines[0][0], fontSize: 16, bold: true, color: GREEN, margin: [0, 120, 0, 30] });
      content.push({ text: b.lines[1][0], fontSize: 30, bold: true, margin: [0, 0, 0, 6] });
      content.push({ text: b.lines[2][0], fontSize: 16, margin: [0, 0, 0, 40] });
      content.push({ text: b.lines[3][0], fontSize: 11, margin: [0, 0, 0, 60] });
      content.push({ table: { widths: ['*'], body: [[{ text: b.notice, fontSize: 10, bold: true, margin: [8, 8, 8, 8] }]] },
                     layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5, hLineColor: () => '#b00000', vLineColor: () => '#b00000' } });
      content.push({ text: '', pageBreak: 'after' });
      break;
    }
    case 'toc':
      content.push({ toc: { title: { text: 'Inhoud', fontSize: 16, bold: true, color: GREEN, margin: [0, 0, 0, 12] },
                            numberStyle: { fontSize: 10 } } });
      content.push({ text: '', pageBreak: 'after' });
      break;
    case 'h1': content.push({ text: b.text, fontSize: 17, bold: true, color: GREEN, margin: [0, 4, 0, 10], tocItem: true,
                              tocStyle: { bold: true, fontSize: 10 }, tocMargin: [0, 6, 0, 0] }); break;
    case 'h2': content.push({ text: b.text, fontSize: 13, bold: true, color: GREEN, margin: [0, 10, 0, 6], tocItem: true,
                              tocStyle: { fontSize: 10 }, tocMargin: [14, 2, 0, 0], headlineLevel: 2 }); break;
    case 'h3': content.push({ text: b.text, fontSize: 11, bold: true, margin: [0, 8, 0, 4] }); break;
    case 'h4': content.push({ text: b.text, fontSize: 10, bold: true, italics: true, margin: [0, 6, 0, 3] }); break;
    case 'p': content.push({ text: b.text, margin: [0, 0, 0, 6], lineHeight: 1.15 }); break;
    case 'scale': content.push({ text: b.text, italics: true, margin: [0, 0, 0, 4] }); break;
    case 'note': content.push({ text: b.text, fontSize: 8, italics: true, margin: [0, 0, 0, 6] }); break;
    case 'ul': content.push({ ul: b.items, margin: [0, 0, 0, 6], lineHeight: 1.1 }); break;
    case 'tree': {
      for (const [kind, text] of b.items) {
        if (kind === 'effect') content.push({ text, bold: true, margin: [0, 2, 0, 3] });
        else if (kind === 'doel') content.push({ text, margin: [12, 2, 0, 2], bold: true, fontSize: 9.5 });
        else content.push({ text, margin: [26, 0, 0, 2], fontSize: 9.5 });
      }
      break;
    }
    case 'table': content.push(...table(b)); break;
    default: throw new Error('unknown block ' + b.t);
  }
  if (breakNext && content.length > before) { content[before].pageBreak = 'before'; breakNext = false; }
}

const dd = {
  pageSize: 'A4', pageMargins: [56, 62, 56, 56],
  info: { title: 'Gemeente Twenterand - Programmabegroting 2025 (fictief)', author: 'Gemeente Twenterand (fictief document)',
          subject: 'Programmabegroting 2025 en meerjarenraming 2026-2028', creationDate: new Date(Date.UTC(2024, 8, 26, 10, 0, 0)) },
  defaultStyle: { font: 'Sans', fontSize: 9.5 },
  header: (page) => page === 1 ? null : {
    columns: [{ text: 'Gemeente Twenterand', bold: true, color: GREEN }, { text: 'Programmabegroting 2025', alignment: 'right' }],
    margin: [56, 28, 56, 0], fontSize: 8 },
  footer: (page, pages) => page === 1 ? null : { text: `${page}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] },
  content,
};
pdfmake.createPdf(dd).write(outPath).then(() => console.log('wrote ' + outPath));
