// Render the RBL Noord-Twente begroting 2026 (FICTIONAL) with pdfmake 0.2 in Node.
// Usage: node render_rbl.js content.json out.pdf   (NODE_PATH must point to a node_modules with pdfmake)
'use strict';
const fs = require('fs');
const PdfPrinter = require('pdfmake');
const vfs = require('pdfmake/build/vfs_fonts.js');

const [, , inJson, outPdf] = process.argv;
const def = JSON.parse(fs.readFileSync(inJson, 'utf8'));

const buf = (n) => Buffer.from((vfs.pdfMake ? vfs.pdfMake.vfs : vfs)[n], 'base64');
const fonts = {
  Roboto: {
    normal: buf('Roboto-Regular.ttf'), bold: buf('Roboto-Medium.ttf'),
    italics: buf('Roboto-Italic.ttf'), bolditalics: buf('Roboto-MediumItalic.ttf'),
  },
};

const FICTIEF = 'FICTIEF DOCUMENT \u2013 verzonnen cijfers voor een evaluatieset; dit bureau en deze begroting bestaan niet';

const docDefinition = {
  pageSize: 'A4',
  pageMargins: [62, 58, 56, 60],
  info: {
    title: 'Regionaal Bureau Leerplicht Noord-Twente - Begroting 2026 (FICTIEF DOCUMENT)',
    author: 'set-bn evaluatieset (fictief)',
    subject: 'Fictieve begroting voor evaluatie',
  },
  defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  styles: {
    h1: { fontSize: 17, bold: true, color: '#1f5f3f', margin: [0, 0, 0, 8] },
    h2: { fontSize: 12.5, bold: true, color: '#1f5f3f', margin: [0, 8, 0, 4] },
    h3: { fontSize: 10.5, bold: true, color: '#123524', margin: [0, 6, 0, 3] },
    p: { fontSize: 9.5, margin: [0, 0, 0, 6], alignment: 'justify' },
  },
  header: (currentPage) => (currentPage === 1 ? null : {
    columns: [
      { text: 'RBL Noord-Twente', fontSize: 8, color: '#1f5f3f' },
      { text: 'Begroting 2026', fontSize: 8, color: '#1f5f3f', alignment: 'right' },
    ],
    margin: [62, 26, 56, 0],
  }),
  footer: (currentPage, pageCount) => ({
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 477, y2: 0, lineWidth: 0.5, lineColor: '#777777' }] },
      {
        columns: [
          { text: FICTIEF, fontSize: 7, color: '#b00000', width: '*' },
          { text: `Pagina ${currentPage} van ${pageCount}`, fontSize: 7.5, alignment: 'right', width: 80 },
        ],
        margin: [0, 3, 0, 0],
      },
    ],
    margin: [62, 18, 56, 0],
  }),
  content: def.content,
};

const tableLayouts = {
  fin: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 1 : (i === node.table.headerRows ? 1 : 0.4)),
    vLineWidth: () => 0,
    hLineColor: (i, node) => (i === node.table.headerRows || i === 0 || i === node.table.body.length ? '#1f5f3f' : '#cccccc'),
    paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2,
  },
  redbox: {
    hLineWidth: () => 2.5, vLineWidth: () => 2.5,
    hLineColor: () => '#b00000', vLineColor: () => '#b00000',
  },
};

const printer = new PdfPrinter(fonts);
const pdfDoc = printer.createPdfKitDocument(docDefinition, { tableLayouts });
const out = fs.createWriteStream(outPdf);
pdfDoc.pipe(out);
pdfDoc.end();
out.on('finish', () => console.log(outPdf + ' written'));
