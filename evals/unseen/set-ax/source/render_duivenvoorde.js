// Lays out the Werkorganisatie Duivenvoorde Begroting 2025 (FICTIONAL figures) with jsPDF + jspdf-autotable,
// A4 landscape. usage: node render_duivenvoorde.js model.json out.pdf
const path = require('path');
const fs = require('fs');
const NODE = process.env.AX_NODE || '/tmp/ax-node';
const { jsPDF } = require(path.join(NODE, 'node_modules/jspdf'));
const { autoTable } = require(path.join(NODE, 'node_modules/jspdf-autotable'));

const [, , modelPath, outPath] = process.argv;
const model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
const L = '/usr/share/fonts/truetype/liberation2/';

const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
for (const [f, s] of [['LiberationSans-Regular.ttf', 'normal'], ['LiberationSans-Bold.ttf', 'bold'],
                      ['LiberationSans-Italic.ttf', 'italic'], ['LiberationSans-BoldItalic.ttf', 'bolditalic']]) {
  doc.addFileToVFS(f, fs.readFileSync(L + f).toString('base64'));
  doc.addFont(f, 'LibSans', s);
}
doc.setCreationDate(new Date(Date.UTC(2024, 6, 3, 9, 0, 0)));
doc.setFileId('4475697665E6766F6F7264652032303235414158'.slice(0, 32));
doc.setProperties({ title: 'Werkorganisatie Duivenvoorde - Begroting 2025 (fictief)', subject: 'Begroting 2025 en meerjarenraming 2026-2028',
                    author: 'Werkorganisatie Duivenvoorde (fictief document)', creator: 'jsPDF' });

const W = 842, H = 595, ML = 56, MR = 56, MT = 64, MB = 52;
const TW = W - ML - MR;
const BLUE = [23, 74, 122];
let y = MT;

function newPage() { doc.addPage('a4', 'landscape'); y = MT; }
function ensure(h) { if (y + h > H - MB) newPage(); }
function font(style, size, color) { doc.setFont('LibSans', style); doc.setFontSize(size); doc.setTextColor(...(color || [0, 0, 0])); }

function para(text, opts = {}) {
  const size = opts.size || 10, lh = size * 1.35, indent = opts.indent || 0;
  font(opts.style || 'normal', size, opts.color);
  const lines = doc.splitTextToSize(text, (opts.width || TW * 0.78) - indent);
  for (const ln of lines) {
    ensure(lh);
    doc.text(ln, ML + indent, y + size);
    y += lh;
  }
  y += opts.after === undefined ? 6 : opts.after;
}

function headCells(row) {
  return row.filter((c) => !(c !== null && typeof c === 'object' && c.text === undefined))
            .map((c) => (typeof c === 'object' ? { content: c.text, colSpan: c.colSpan || 1, rowSpan: c.rowSpan || 1 } : { content: c }));
}

function table(b) {
  const n = b.widths.length;
  const align = b.align || ['left'].concat(Array(n - 1).fill('right'));
  const estimate = 40 + 15 * (b.rows.length + b.header.length);
  if (!b.repeat) ensure(Math.min(estimate, H - MT - MB));
  else ensure(120);
  font('bold', 10, BLUE);
  doc.text(b.caption, ML, y + 10);
  y += 14;
  font('italic', 8.5, [60, 60, 60]);
  doc.text(b.scale, ML, y + 8.5);
  y += 13;
  const columnStyles = {};
  b.widths.forEach((w, j) => { columnStyles[j] = { cellWidth: w, halign: align[j] }; });
  const styles = b.rows.map((r) => r.style);
  autoTable(doc, {
    startY: y,
    head: b.header.map(headCells),
    body: b.rows.map((r) => r.cells),
    theme: 'plain',
    tableWidth: b.widths.reduce((a, c) => a + c, 0),
    margin: { left: ML, right: MR, top: MT, bottom: MB },
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    pageBreak: 'auto',
    styles: { font: 'LibSans', fontSize: 8.5, cellPadding: { top: 2.2, bottom: 2.2, left: 3, right: 3 }, textColor: [0, 0, 0], overflow: 'linebreak' },
    headStyles: { fontStyle: 'bold', fillColor: [222, 232, 243], halign: 'right', valign: 'bottom' },
    columnStyles,
    didParseCell: (data) => {
      if (data.section === 'head') {
        if (data.column.index === 0) data.cell.styles.halign = 'left';
        if (data.cell.colSpan > 1) data.cell.styles.halign = 'center';
        return;
      }
      const st = styles[data.row.index];
      if (st === 'total') data.cell.styles.fontStyle = 'bold';
      if (st === 'sub') data.cell.styles.fontStyle = 'italic';
      if (st === 'group') { data.cell.styles.fontStyle = 'bold'; data.cell.styles.textColor = BLUE; }
    },
    didDrawCell: (data) => {
      doc.setDrawColor(80, 80, 80);
      if (data.section === 'head' && data.row.index === b.header.length - 1) {
        doc.setLineWidth(0.8);
        doc.line(data.cell.x, data.cell.y + data.cell.height, data.cell.x + data.cell.width, data.cell.y + data.cell.height);
      }
      if (data.section === 'body' && styles[data.row.index] === 'total') {
        doc.setLineWidth(0.6);
        doc.line(data.cell.x, data.cell.y, data.cell.x + data.cell.width, data.cell.y);
      }
      if (data.section === 'body' && data.row.index === b.rows.length - 1) {
        doc.setLineWidth(0.8);
        doc.line(data.cell.x, data.cell.y + data.cell.height, data.cell.x + data.cell.width, data.cell.y + data.cell.height);
      }
    },
  });
  y = doc.lastAutoTable.finalY + 14;
}

for (const b of model.blocks) {
  switch (b.t) {
    case 'title': {
      font('bold', 18, BLUE); doc.text(b.lines[0], ML, 140);
      font('bold', 34, [0, 0, 0]); doc.text(b.lines[1], ML, 190);
      font('normal', 16, [0, 0, 0]); doc.text(b.lines[2], ML, 216);
      font('normal', 12, [60, 60, 60]); doc.text(b.lines[3], ML, 256); doc.text(b.lines[4], ML, 274);
      doc.setDrawColor(176, 0, 0); doc.setLineWidth(1.5); doc.rect(ML, 330, 520, 70);
      font('bold', 10.5, [0, 0, 0]);
      const ls = doc.splitTextToSize(b.notice, 500);
      ls.forEach((ln, i) => doc.text(ln, ML + 10, 348 + i * 14));
      newPage();
      break;
    }
    case 'contents': {
      font('bold', 16, BLUE); doc.text('Inhoud', ML, y + 16); y += 34;
      font('normal', 11);
      for (const it of b.items) { doc.text(it, ML, y + 11); y += 18; }
      newPage();
      break;
    }
    case 'h1': ensure(60); y += 4; font('bold', 16, BLUE); doc.text(b.text, ML, y + 16); y += 28; break;
    case 'h2': ensure(40); y += 2; font('bold', 12, [0, 0, 0]); doc.text(b.text, ML, y + 12); y += 20; break;
    case 'p': para(b.text); break;
    case 'ul': for (const it of b.items) { para('•', { after: -13.5, width: TW }); para(it, { indent: 12, after: 2 }); } y += 4; break;
    case 'pagebreak': if (y > MT) newPage(); break;
    case 'table': table(b); break;
    default: throw new Error('unknown block ' + b.t);
  }
}

const N = doc.getNumberOfPages();
for (let i = 2; i <= N; i++) {
  doc.setPage(i);
  font('bold', 8.5, BLUE); doc.text('Werkorganisatie Duivenvoorde', ML, 34);
  font('normal', 8.5, [60, 60, 60]); doc.text('Begroting 2025', W - MR, 34, { align: 'right' });
  doc.setDrawColor(...BLUE); doc.setLineWidth(0.5); doc.line(ML, 40, W - MR, 40);
  doc.text(`Pagina ${i} van ${N}`, W - MR, H - 26, { align: 'right' });
}
fs.writeFileSync(outPath, Buffer.from(doc.output('arraybuffer')));
console.log('wrote ' + outPath + ' (' + N + ' pages)');
