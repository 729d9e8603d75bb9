// Renders a layout script (see README.md, "Layout script") to PDF with iText 5 (Debian package libitext5-java).
// Usage: java -cp /usr/share/java/itext5.jar:. RenderItext in.dsl out.pdf toc-in.tsv toc-out.tsv
// The TOC file maps anchor keys to page numbers: pass 1 writes it, pass 2 prints the numbers.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class RenderItext {
    static BaseFont BF, BFB, BFI, BFBI;
    static Map<String, String> meta = new HashMap<>();
    static Map<String, Integer> tocIn = new HashMap<>();
    static Map<String, Integer> tocOut = new LinkedHashMap<>();
    static PdfWriter writer;
    static final BaseColor BLUE = new BaseColor(0, 84, 136);
    static final BaseColor LIGHT = new BaseColor(222, 234, 243);
    static final BaseColor GREY = new BaseColor(150, 150, 150);
    static final BaseColor PALE = new BaseColor(244, 246, 248);

    static Font font(BaseFont bf, float size, BaseColor c) {
        Font f = new Font(bf, size);
        if (c != null) f.setColor(c);
        return f;
    }

    static class Footer extends PdfPageEventHelper {
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            Rectangle r = d.getPageSize();
            float left = d.leftMargin(), right = r.getWidth() - d.rightMargin();
            cb.saveState();
            cb.setColorStroke(GREY);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, 42); cb.lineTo(right, 42); cb.stroke();
            cb.restoreState();
            Font ff = font(BFB, 7.5f, new BaseColor(170, 0, 0));
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(meta.getOrDefault("footer", "FICTIEF DOCUMENT"), ff), left, 31, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("pagina " + w.getPageNumber(), font(BF, 8, null)), right, 31, 0);
            if (w.getPageNumber() > 1 && meta.containsKey("header")) {
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    new Phrase(meta.get("header"), font(BFI, 7.5f, GREY)), right, r.getHeight() - 30, 0);
            }
        }
    }

    static int align(String a, int dflt) {
        if (a == null) return dflt;
        switch (a) {
            case "l": return Element.ALIGN_LEFT;
            case "c": return Element.ALIGN_CENTER;
            case "r": return Element.ALIGN_RIGHT;
        }
        return dflt;
    }

    // cell text may start with {cs=2;rs=2;al=c}
    static Map<String, String> attrs(String[] holder) {
        Map<String, String> m = new HashMap<>();
        String t = holder[0];
        if (t.startsWith("{")) {
            int e = t.indexOf('}');
            for (String kv : t.substring(1, e).split(";")) {
                String[] p = kv.split("=", 2);
                if (p.length == 2) m.put(p[0].trim(), p[1].trim());
            }
            holder[0] = t.substring(e + 1);
        }
        return m;
    }

    static PdfPCell makeCell(String raw, String style, int colIdx, float fs) {
        String[] h = {raw};
        Map<String, String> a = attrs(h);
        String text = h[0];
        boolean header = style.equals("h");
        boolean bold = header || style.equals("b") || style.equals("t") || style.equals("s") || a.containsKey("b");
        boolean ital = style.equals("i") || style.equals("s");
        BaseFont bf = bold ? (ital ? BFBI : BFB) : (ital ? BFI : BF);
        Font f = font(bf, fs, header ? BLUE : null);
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        int dflt = header ? (colIdx == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER)
                          : (colIdx == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        c.setHorizontalAlignment(align(a.get("al"), dflt));
        c.setVerticalAlignment(header ? Element.ALIGN_BOTTOM : Element.ALIGN_TOP);
        if (a.containsKey("cs")) c.setColspan(Integer.parseInt(a.get("cs")));
        if (a.containsKey("rs")) c.setRowspan(Integer.parseInt(a.get("rs")));
        c.setPaddingTop(1.6f); c.setPaddingBottom(2.6f); c.setPaddingLeft(2.5f); c.setPaddingRight(2.5f);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(new BaseColor(200, 200, 200));
        c.setBorderWidth(0.4f);
        if (header) { c.setBackgroundColor(LIGHT); c.setBorderColor(BaseColor.WHITE); c.setBorder(Rectangle.BOTTOM | Rectangle.RIGHT); c.setBorderWidth(0.8f);}
        if (style.equals("b")) { c.setBorder(Rectangle.TOP | Rectangle.BOTTOM); c.setBorderColorTop(BaseColor.BLACK); c.setBorderWidthTop(0.6f); }
        if (style.equals("t")) { c.setBorder(Rectangle.TOP | Rectangle.BOTTOM); c.setBorderColorTop(BaseColor.BLACK); c.setBorderWidthTop(1.2f); c.setBackgroundColor(PALE); }
        if (style.equals("s")) { c.setBackgroundColor(PALE); }
        return c;
    }

    public static void main(String[] args) throws Exception {
        BF = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        BFB = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        BFI = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        BFBI = BaseFont.createFont(BaseFont.HELVETICA_BOLDOBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        java.util.List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        if (args.length > 2 && !args[2].isEmpty() && Files.isRegularFile(Paths.get(args[2]))) {
            for (String l : Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8)) {
                String[] p = l.split("\t");
                if (p.length == 2) tocIn.put(p[0], Integer.parseInt(p[1]));
            }
        }
        for (String l : lines) {
            String[] p = l.split("\t", -1);
            if (p[0].equals("META")) meta.put(p[1], p[2]);
        }
        Document doc = new Document(PageSize.A4, 56, 50, 52, 58);
        writer = PdfWriter.getInstance(doc, new FileOutputStream(args[1]));
        writer.setPageEvent(new Footer());
        doc.addTitle(meta.getOrDefault("title", ""));
        doc.addAuthor(meta.getOrDefault("author", ""));
        doc.addSubject(meta.getOrDefault("subject", ""));
        doc.addCreator("set-bk generator (RenderItext.java)");
        doc.open();

        PdfPTable table = null;
        int tblCols = 0; float tblFs = 8f;
        Font body = font(BF, 9.5f, null);
        for (String l : lines) {
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] p = l.split("\t", -1);
            String cmd = p[0];
            switch (cmd) {
                case "META": break;
                case "PAGE":
                    if (p.length > 1 && p[1].equals("landscape")) doc.setPageSize(PageSize.A4.rotate());
                    else doc.setPageSize(PageSize.A4);
                    doc.newPage();
                    break;
                case "ANCHOR":
                    tocOut.put(p[1], writer.getPageNumber());
                    break;
                case "BIG": {
                    Paragraph para = new Paragraph(p[2], font(BFB, Float.parseFloat(p[1]), BLUE));
                    para.setAlignment(Element.ALIGN_LEFT);
                    para.setSpacingAfter(8);
                    para.setLeading(Float.parseFloat(p[1]) * 1.2f);
                    doc.add(para);
                    break;
                }
                case "H1": case "H2": case "H3": {
                    float sz = cmd.equals("H1") ? 16 : cmd.equals("H2") ? 12.5f : 10.5f;
                    Font f = font(cmd.equals("H3") ? BFBI : BFB, sz, cmd.equals("H3") ? null : BLUE);
                    Paragraph para = new Paragraph(p[1], f);
                    para.setSpacingBefore(cmd.equals("H1") ? 4 : 8);
                    para.setSpacingAfter(cmd.equals("H1") ? 8 : 4);
                    para.setKeepTogether(true);
                    doc.add(para);
                    if (p.length > 2 && !p[2].isEmpty()) tocOut.put(p[2], writer.getPageNumber());
                    break;
                }
                case "P": case "PB": case "PI": {
                    Font f = cmd.equals("PB") ? font(BFB, 9.5f, null) : cmd.equals("PI") ? font(BFI, 9.5f, null) : body;
                    Paragraph para = new Paragraph(p[1], f);
                    para.setLeading(13f);
                    para.setSpacingAfter(5);
                    doc.add(para);
                    break;
                }
                case "BUL": {
                    ListItem li = new ListItem(p[1], body);
                    com.itextpdf.text.List list = new com.itextpdf.text.List(false, 10);
                    list.setListSymbol(new Chunk("\u2022 ", body));
                    list.setIndentationLeft(8);
                    list.add(li);
                    doc.add(list);
                    break;
                }
                case "NOTE": {
                    Paragraph para = new Paragraph(p[1], font(BFI, 7.5f, new BaseColor(70, 70, 70)));
                    para.setLeading(9.5f);
                    para.setSpacingAfter(3);
                    doc.add(para);
                    break;
                }
                case "CAPTION": {
                    Paragraph para = new Paragraph(p[1], font(BFB, 9f, BLUE));
                    para.setSpacingBefore(6);
                    para.setSpacingAfter(2);
                    para.setKeepTogether(true);
                    doc.add(para);
                    break;
                }
                case "SP":
                    doc.add(new Paragraph(" ", font(BF, Float.parseFloat(p[1]), null)));
                    break;
                case "BOX": {
                    PdfPTable bt = new PdfPTable(1);
                    bt.setWidthPercentage(100);
                    Phrase ph = new Phrase();
                    ph.add(new Chunk(p[1] + "\n", font(BFB, 13, new BaseColor(170, 0, 0))));
                    ph.add(new Chunk(p[2], font(BF, 9.5f, null)));
                    PdfPCell c = new PdfPCell(ph);
                    c.setBorderWidth(2f);
                    c.setBorderColor(new BaseColor(170, 0, 0));
                    c.setPadding(8);
                    c.setBackgroundColor(new BaseColor(255, 244, 240));
                    c.setLeading(0, 1.3f);
                    bt.addCell(c);
                    bt.setSpacingBefore(6); bt.setSpacingAfter(10);
                    doc.add(bt);
                    break;
                }
                case "TOC": {
                    // TOC <tab> key <tab> label
                    PdfPTable tt = new PdfPTable(new float[]{12, 1});
                    tt.setWidthPercentage(100);
                    Integer pg = tocIn.get(p[1]);
                    PdfPCell a = new PdfPCell(new Phrase(p[2], body));
                    PdfPCell b = new PdfPCell(new Phrase(pg == null ? "" : pg.toString(), body));
                    a.setBorder(Rectangle.BOTTOM); b.setBorder(Rectangle.BOTTOM);
                    a.setBorderColor(new BaseColor(220, 220, 220)); b.setBorderColor(new BaseColor(220, 220, 220));
                    a.setPaddingBottom(3); b.setPaddingBottom(3);
                    b.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    tt.addCell(a); tt.addCell(b);
                    doc.add(tt);
                    break;
                }
                case "TBL": {
                    String[] ws = p[1].split(",");
                    float[] w = new float[ws.length];
                    for (int i = 0; i < ws.length; i++) w[i] = Float.parseFloat(ws[i]);
                    tblCols = ws.length;
                    table = new PdfPTable(w);
                    table.setWidthPercentage(100);
                    int hr = Integer.parseInt(p[2]);
                    tblFs = Float.parseFloat(p[3]);
                    String cont = p.length > 4 ? p[4] : "";
                    table.setSpacingBefore(3);
                    table.setSpacingAfter(9);
                    pendingHeader = new ArrayList<>();
                    headerRows = hr; contLabel = cont;
                    break;
                }
                case "TR": {
                    String style = p[1];
                    if (style.equals("h") && pendingHeader != null && pendingHeader.size() < headerRows) {
                        pendingHeader.add(p);
                        if (pendingHeader.size() == headerRows) flushHeader(table, tblFs, tblCols);
                        break;
                    }
                    for (int i = 2; i < p.length; i++) table.addCell(makeCell(p[i], style, i - 2, tblFs));
                    break;
                }
                case "END":
                    doc.add(table);
                    table = null;
                    break;
                default:
                    throw new RuntimeException("unknown command: " + cmd);
            }
        }
        doc.close();
        if (args.length > 3) {
            try (PrintWriter pw = new PrintWriter(new OutputStreamWriter(new FileOutputStream(args[3]), StandardCharsets.UTF_8))) {
                for (Map.Entry<String, Integer> e : tocOut.entrySet()) pw.println(e.getKey() + "\t" + e.getValue());
            }
        }
    }

    static java.util.List<String[]> pendingHeader;
    static int headerRows;
    static String contLabel;

    // With a continuation label the header is repeated on following pages under a "(vervolg)" row;
    // iText skips the whole header on the first page, so the column headings are added once more as body rows.
    static void flushHeader(PdfPTable t, float fs, int cols) {
        if (contLabel != null && !contLabel.isEmpty()) {
            PdfPCell c = new PdfPCell(new Phrase(contLabel, font(BFB, fs + 1, BLUE)));
            c.setColspan(cols); c.setBorder(Rectangle.NO_BORDER); c.setPaddingBottom(4);
            t.addCell(c);
            for (String[] r : pendingHeader) for (int i = 2; i < r.length; i++) t.addCell(makeCell(r[i], "h", i - 2, fs));
            t.setHeaderRows(headerRows + 1);
            t.setSkipFirstHeader(true);
            for (String[] r : pendingHeader) for (int i = 2; i < r.length; i++) t.addCell(makeCell(r[i], "h", i - 2, fs));
        } else {
            for (String[] r : pendingHeader) for (int i = 2; i < r.length; i++) t.addCell(makeCell(r[i], "h", i - 2, fs));
            t.setHeaderRows(headerRows);
        }
        pendingHeader = null;
    }
}
