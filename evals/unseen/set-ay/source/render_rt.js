// Lay out the FICTIONAL Regio Twente Jaarstukken 2024 with PDFKit (npm pdfkit, run with node).
// Usage: NODE_PATH=/tmp/ay-node/node_modules node render_rt.js build/rt.json OUT.pdf
// Layout: A4 landscape, DejaVu Sans Condensed, a teal band at the top of every page after the cover
// ("Regio Twente" left, "Jaarstukken 2024" right, white on teal), a footer "pagina n van N" bottom right and the
// chapter name bottom left; body text in one column of 600 pt; tables drawn here with text and rules: a header
// with a 1 pt rule above and a 0.8 pt rule below, a header cell spanning several columns with a thin rule under
// it, hairlines under body rows, tinted group rows, total rows between a 0.8 pt rule and a double rule, no
// vertical rules; the thousands separator is the thin space U+2009 (formatted in docs.py); a table that does not
// fit continues on the next page under its repeated header.  The table of contents (page 2) is written last.
const PDFDocument = require('pdfkit');
const fs = require('fs');

const [src, out] = process.argv.slice(2);
const blocks = JSON.parse(fs.readFileSync(src, 'utf8'));
const FONT = '/usr/share/fonts/truetype/dejavu';
const TEAL = '#00676B';
const TINT = '#E3F0EF';
const HAIR = '#B5B5B5';

const doc = new PDFDocument({
  size: 'A4', layout: 'landscape', margins: {top: 20, bottom: 20, left: 50, right: 50}, bufferPages: true,
  autoFirstPage: true,
  info: {Title: 'Jaarstukken 2024 - Regio Twente (fictief)', Author: 'Evaluatieset set-ay (fictief document)',
         Subject: 'Fictief document met verzonnen bedragen', Creator: 'PDFKit', Producer: 'PDFKit',
         CreationDate: new Date(Date.UTC(2025, 5, 20, 9, 0, 0)), ModDate: new Date(Date.UTC(2025, 5, 20, 9, 0, 0))},
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', `${FONT}/DejaVuSansCondensed.ttf`);
doc.registerFont('B', `${FONT}/DejaVuSansCondensed-Bold.ttf`);
doc.registerFont('I', `${FONT}/DejaVuSansCondensed-Oblique.ttf`);
doc.registerFont('BI', `${FONT}/DejaVuSansCondensed-BoldOblique.ttf`);

const PW = doc.page.width, PH = doc.page.height;
const L = 50, R = PW - 50, TOP = 78, BOTTOM = PH - 60;
const TEXTW = 600;
let y = TOP;
const toc = [];
let chapter = '';
const chapterOf = {};   // page index -> chapter title
let tocPage = null;

function newPage() {
  doc.addPage();
  y = TOP;
}

function ensure(h) {
  if (y + h > BOTTOM) newPage();
}

function textH(str, font, size, width) {
  doc.font(font).fontSize(size);
  return doc.heightOfString(str, {width, lineGap: 1.5});
}

function put(str, x, yy, width, font, size, opts = {}) {
  doc.font(font).fontSize(size).fillColor(opts.color || '#000000');
  doc.text(str, x, yy, Object.assign({width, lineGap: 1.5, lineBreak: true}, opts));
}

function para(str) {
  const h = textH(str, 'R', 9.5, TEXTW);
  ensure(h + 4);
  put(str, L, y, TEXTW, 'R', 9.5, {align: 'left'});
  y += h + 7;
}

function hline(x1, x2, yy, w, color) {
  doc.save().lineWidth(w).strokeColor(color).moveTo(x1, yy).lineTo(x2, yy).stroke().restore();
}

function table(b) {
  const tw = (R - L) * (b.width || 1.0);
  const ws = b.widths.reduce((a, c) => a + c, 0);
  const cw = b.widths.map(w => tw * w / ws);
  const cx = [];
  cw.reduce((x, w) => { cx.push(x); return x + w; }, L);
  const PADX = 4, PADY = 3.2, FS = 8, HFS = 7.6;
  const al = {l: 'left', c: 'center', r: 'right'};

  function headerHeight() {
    let total = 0;
    for (const hr of b.header) {
      let ci = 0, hmax = 0;
      for (const c of hr) {
        const span = (typeof c === 'object') ? c.span : 1;
        const text = (typeof c === 'object') ? c.text : c;
        let w = 0;
        for (let s = 0; s < span; s++) w += cw[ci + s];
        if (text) hmax = Math.max(hmax, textH(text, 'B', HFS, w - 2 * PADX));
        ci += span;
      }
      total += Math.max(hmax, HFS) + 2 * PADY;
    }
    return total;
  }

  function drawHeader() {
    hline(L, L + tw, y, 1.0, '#000000');
    for (const hr of b.header) {
      let ci = 0, hmax = 0;
      const cells = [];
      for (const c of hr) {
        const span = (typeof c === 'object') ? c.span : 1;
        const text = (typeof c === 'object') ? c.text : c;
        let w = 0;
        for (let s = 0; s < span; s++) w += cw[ci + s];
        cells.push({x: cx[ci], w, text, span, ci});
        if (text) hmax = Math.max(hmax, textH(text, 'B', HFS, w - 2 * PADX));
        ci += span;
      }
      const rh = Math.max(hmax, HFS) + 2 * PADY;
      for (const c of cells) {
        if (!c.text) continue;
        const h = textH(c.text, 'B', HFS, c.w - 2 * PADX);
        const a = c.span > 1 ? 'center' : al[b.align[c.ci]];
        put(c.text, c.x + PADX, y + rh - PADY - h, c.w - 2 * PADX, 'B', HFS, {align: a});
        if (c.span > 1) hline(c.x + PADX, c.x + c.w - PADX, y + rh - 0.5, 0.5, '#000000');
      }
      y += rh;
    }
    hline(L, L + tw, y, 0.8, '#000000');
    y += 1;
  }

  const capH = textH(b.caption, 'B', 10, tw) + (b.scale ? 11 : 0) + 6;
  const firstRows = b.rows.slice(0, 4).reduce((a, r) => a + textH(r.cells[0] || 'x', 'R', FS, cw[0] - 2 * PADX)
                                                      + 2 * PADY, 0);
  ensure(capH + headerHeight() + firstRows);
  put(b.caption, L, y, tw, 'B', 10, {color: TEAL});
  y += textH(b.caption, 'B', 10, tw) + 2;
  if (b.scale) {
    put(b.scale, L, y, tw, 'I', 7.5, {align: 'right'});
    y += 11;
  }
  y += 2;
  drawHeader();
  for (const r of b.rows) {
    const style = r.style || 'normal';
    const font = (style === 'group' || style === 'subtotal' || style === 'total') ? 'B'
      : (style === 'italic' ? 'I' : 'R');
    let rh = 0;
    if (style === 'group') {
      rh = textH(r.cells[0], font, FS, tw - 2 * PADX) + 2 * PADY;
    } else {
      r.cells.forEach((c, i) => { if (c) rh = Math.max(rh, textH(c, font, FS, cw[i] - 2 * PADX)); });
      rh = Math.max(rh, FS) + 2 * PADY;
    }
    if (y + rh > BOTTOM) {
      newPage();
      drawHeader();
    }
    if (style === 'group') {
      doc.save().rect(L, y, tw, rh).fill(TINT).restore();
      put(r.cells[0], L + PADX, y + PADY, tw - 2 * PADX, font, FS);
    } else {
      if (style === 'subtotal' || style === 'total') hline(L, L + tw, y, 0.8, '#000000');
      r.cells.forEach((c, i) => {
        if (c === '' || c === null) return;
        put(c, cx[i] + PADX, y + PADY, cw[i] - 2 * PADX, font, FS, {align: al[b.align[i]]});
      });
    }
    y += rh;
    if (style === 'total') {
      hline(L, L + tw, y, 0.6, '#000000');
      hline(L, L + tw, y + 1.8, 0.6, '#000000');
      y += 2;
    } else if (style !== 'group') {
      hline(L, L + tw, y, 0.3, HAIR);
    }
  }
  y += 4;
  for (const n of (b.notes || [])) {
    const h = textH(n, 'I', 7.5, tw);
    ensure(h);
    put(n, L, y, tw, 'I', 7.5);
    y += h + 2;
  }
  y += 10;
}

for (const b of blocks) {
  switch (b.t) {
    case 'cover': {
      doc.save().rect(0, 0, PW, 250).fill(TEAL).restore();
      put(b.body.toUpperCase(), L + 20, 70, 600, 'B', 16, {color: '#FFFFFF', characterSpacing: 3});
      put(b.title, L + 20, 110, 600, 'B', 38, {color: '#FFFFFF'});
      put(b.subtitle, L + 20, 175, 650, 'R', 13, {color: '#FFFFFF'});
      put(b.date, L + 20, 280, 600, 'R', 12);
      put(b.members, L + 20, 310, 700, 'I', 9, {color: '#333333'});
      const fh = textH(b.fiction, 'B', 11, 660);
      doc.save().lineWidth(1.5).strokeColor('#B00020').rect(L + 20, 360, 680, fh + 20).stroke().restore();
      put(b.fiction, L + 30, 370, 660, 'B', 11, {color: '#B00020'});
      break;
    }
    case 'toc':
      newPage();
      tocPage = doc.bufferedPageRange().count - 1;
      chapterOf[tocPage] = b.title;
      put(b.title, L, y, 600, 'B', 20, {color: TEAL});
      y += 40;
      break;
    case 'h1':
      newPage();
      chapter = b.text;
      put(b.text, L, y, TEXTW, 'B', 18, {color: TEAL});
      y += textH(b.text, 'B', 18, TEXTW) + 10;
      toc.push([1, b.text, doc.bufferedPageRange().count]);
      break;
    case 'h2':
      if (b.newpage) newPage(); else ensure(170);
      y += 4;
      put(b.text, L, y, TEXTW + 100, 'B', 13, {color: TEAL});
      y += textH(b.text, 'B', 13, TEXTW + 100) + 6;
      toc.push([2, b.text, doc.bufferedPageRange().count]);
      break;
    case 'h3':
      ensure(140);
      put(b.text, L, y, TEXTW, 'BI', 10);
      y += textH(b.text, 'BI', 10, TEXTW) + 3;
      break;
    case 'p':
      para(b.text);
      break;
    case 'bullets':
      for (const it of b.items) {
        const h = textH(it, 'R', 9.5, TEXTW - 16);
        ensure(h);
        put('\u2013', L + 2, y, 10, 'R', 9.5);
        put(it, L + 16, y, TEXTW - 16, 'R', 9.5);
        y += h + 4;
      }
      y += 6;
      break;
    case 'table':
      table(b);
      break;
    case 'pagebreak':
      newPage();
      break;
    default:
      throw new Error('unknown block ' + b.t);
  }
  chapterOf[doc.bufferedPageRange().count - 1] = chapter;
}

// running header band, footer, table of contents
const range = doc.bufferedPageRange();
const N = range.count;
let last = '';
for (let i = 0; i < N; i++) {
  doc.switchToPage(i);
  if (chapterOf[i] !== undefined) last = chapterOf[i]; else chapterOf[i] = last;
  if (i === 0) continue;
  doc.save().rect(0, 0, PW, 44).fill(TEAL).restore();
  put('Regio Twente', L, 17, 300, 'B', 10, {color: '#FFFFFF', lineBreak: false});
  put('Jaarstukken 2024', R - 300, 17, 300, 'R', 10, {color: '#FFFFFF', align: 'right', lineBreak: false});
  hline(L, R, PH - 44, 0.5, TEAL);
  put(chapterOf[i] || '', L, PH - 38, 400, 'R', 7.5, {color: '#555555', lineBreak: false});
  put(`pagina ${i + 1} van ${N}`, R - 200, PH - 38, 200, 'R', 7.5, {color: '#555555', align: 'right',
                                                                     lineBreak: false});
}
doc.switchToPage(tocPage);
let ty = TOP + 40;
for (const [lvl, text, pg] of toc) {
  const x = lvl === 1 ? L : L + 20;
  const f = lvl === 1 ? 'B' : 'R';
  const size = lvl === 1 ? 10.5 : 9.5;
  doc.font(f).fontSize(size);
  const w = doc.widthOfString(text);
  const right = L + 560;
  put(text, x, ty, 500, f, size, {lineBreak: false});
  const pw = doc.widthOfString(String(pg));
  put(String(pg), right - pw, ty, pw + 2, f, size, {lineBreak: false});
  const dw = doc.widthOfString('.');
  const n = Math.floor((right - pw - 6 - (x + w + 6)) / dw);
  if (n > 0) put('.'.repeat(n), x + w + 6, ty, n * dw + 4, f, size, {lineBreak: false});
  ty += lvl === 1 ? 19 : 15;
}
doc.end();
console.log(`wrote ${out} (${N} pages)`);
