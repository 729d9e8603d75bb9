// Render a line-based document spec (written by gen_noaberkracht.py) with Apache PDFBox 2 (Debian libpdfbox2-java).
// Usage: java -cp /usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar:. \
//        RenderPdfbox spec.txt out.pdf
// Spec lines (tab-separated): TITLE h1 h2 l1|l2|..., PAGE, H1 t, H2 t, H3 t, P t, B t, CAP t, SCALE t, NOTE t, SP pt,
// TABLE style widths aligns, HDR cells..., ROW style cells..., END.  In a cell '|' is a line break and '^x' after a
// figure is a raised footnote mark.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

public class RenderPdfbox {
    static PDDocument doc;
    static PDPageContentStream cs;
    static PDFont REG, BOLD, ITAL;
    static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight();
    static final float ML = 62, MR = 56, TOP = 70, BOT = 64;
    static float y;
    static int pageNo = 0;
    static String runhead = "";
    static final float[] GREEN = {0.16f, 0.42f, 0.24f};

    static void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        pageNo++;
        cs = new PDPageContentStream(doc, p);
        y = H - TOP;
        if (pageNo > 1) {
            text(runhead, ML, H - 40, ITAL, 7.5f, GREEN);
            cs.setStrokingColor(GREEN[0], GREEN[1], GREEN[2]);
            cs.setLineWidth(0.6f);
            cs.moveTo(ML, H - 46); cs.lineTo(W - MR, H - 46); cs.stroke();
            String pn = "Pagina " + pageNo;
            float pw = REG.getStringWidth(pn) / 1000 * 8;
            text(pn, (W - pw) / 2, 36, REG, 8, new float[]{0.3f, 0.3f, 0.3f});
        }
    }

    static void text(String s, float x, float yy, PDFont f, float size, float[] col) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(col[0], col[1], col[2]);
        cs.setFont(f, size);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    static float width(String s, PDFont f, float size) throws IOException {
        return f.getStringWidth(s) / 1000 * size;
    }

    static List<String> wrap(String s, PDFont f, float size, float maxw) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : s.split("\\|", -1)) {
            String cur = "";
            for (String w : para.split(" ")) {
                String t = cur.isEmpty() ? w : cur + " " + w;
                if (width(t, f, size) > maxw && !cur.isEmpty()) { out.add(cur); cur = w; } else cur = t;
            }
            out.add(cur);
        }
        return out;
    }

    static void ensure(float h) throws IOException { if (y - h < BOT) newPage(); }

    static void para(String s, PDFont f, float size, float lead, float indent, float[] col) throws IOException {
        List<String> lines = wrap(s, f, size, W - ML - MR - indent);
        for (String ln : lines) {
            ensure(lead);
            y -= lead;
            text(ln, ML + indent, y, f, size, col);
        }
    }

    // ------------------------------------------------------------------ tables
    static String tstyle; static float[] tw; static String[] ta; static List<String[]> hdr = new ArrayList<>();
    static int rowi = 0; static boolean inTable = false;
    static final float FS = 7.8f, LEAD = 10.2f;

    static void cellText(String c, float x, float w, String al, float yy, PDFont f) throws IOException {
        String mark = null;
        int k = c.indexOf('^');
        if (k >= 0) { mark = c.substring(k + 1); c = c.substring(0, k); }
        float mw = mark != null ? width(mark, REG, 5.2f) + 0.8f : 0;
        float cw = width(c, f, FS);
        float tx = al.equals("R") ? x + w - 4 - cw - mw : (al.equals("C") ? x + (w - cw) / 2 : x + 3);
        text(c, tx, yy, f, FS, new float[]{0, 0, 0});
        if (mark != null) text(mark, tx + cw + 0.8f, yy + 3.2f, REG, 5.2f, new float[]{0, 0, 0});
    }

    static void drawHeader() throws IOException {
        for (String[] h : hdr) {
            int nl = 1;
            for (String c : h) nl = Math.max(nl, c.split("\\|", -1).length);
            float hh = nl * LEAD + 4;
            ensure(hh + LEAD * 2);
            float x = ML;
            float top = y;
            for (int i = 0; i < h.length; i++) {
                String[] parts = h[i].split("\\|", -1);
                for (int j = 0; j < parts.length; j++) {
                    float yy = top - 2 - (nl - parts.length + j + 1) * LEAD + 2.5f;
                    cellText(parts[j], x, tw[i], ta[i], yy, BOLD);
                }
                x += tw[i];
            }
            y -= hh;
            cs.setStrokingColor(GREEN[0], GREEN[1], GREEN[2]);
            cs.setLineWidth(0.9f);
            float tot = 0; for (float v : tw) tot += v;
            cs.moveTo(ML, y + 1); cs.lineTo(ML + tot, y + 1); cs.stroke();
        }
    }

    static void row(String style, String[] cells) throws IOException {
        PDFont f = style.equals("t") || style.equals("g") ? BOLD : (style.equals("i") ? ITAL : REG);
        List<String> lab = wrap(cells[0], f, FS, tw[0] - 6);
        float rh = lab.size() * LEAD + 2;
        if (y - rh < BOT) { newPage(); drawHeader(); }
        float tot = 0; for (float v : tw) tot += v;
        if (tstyle.equals("zebra") && rowi % 2 == 1 && !style.equals("t")) {
            cs.setNonStrokingColor(0.90f, 0.95f, 0.91f);
            cs.addRect(ML, y - rh, tot, rh); cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        if (style.equals("t")) {
            cs.setNonStrokingColor(0.80f, 0.89f, 0.82f);
            cs.addRect(ML, y - rh, tot, rh); cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int j = 0; j < lab.size(); j++) text(lab.get(j), ML + 3, y - (j + 1) * LEAD + 2.5f, f,
                FS, style.equals("g") ? GREEN : new float[]{0, 0, 0});
        float x = ML + tw[0];
        for (int i = 1; i < cells.length && i < tw.length; i++) {
            cellText(cells[i], x, tw[i], ta[i], y - LEAD + 2.5f, f);
            x += tw[i];
        }
        if (tstyle.equals("plain") && !style.equals("g")) {
            cs.setStrokingColor(0.75f, 0.75f, 0.75f);
            cs.setLineWidth(0.3f);
            cs.moveTo(ML, y - rh); cs.lineTo(ML + tot, y - rh); cs.stroke();
        }
        y -= rh;
        rowi++;
    }

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        doc = new PDDocument();
        String fd = "/usr/share/fonts/truetype/liberation2/";
        REG = PDType0Font.load(doc, new File(fd + "LiberationSans-Regular.ttf"));
        BOLD = PDType0Font.load(doc, new File(fd + "LiberationSans-Bold.ttf"));
        ITAL = PDType0Font.load(doc, new File(fd + "LiberationSans-Italic.ttf"));
        PDDocumentInformation info = doc.getDocumentInformation();
        for (String ln : lines) {
            if (ln.isEmpty()) continue;
            String[] p = ln.split("\t", -1);
            String cmd = p[0];
            switch (cmd) {
                case "META": info.setTitle(p[1]); info.setAuthor(p[2]); info.setProducer("Apache PDFBox 2.0.27");
                    info.setCreator("gen_noaberkracht.py"); runhead = p[3];
                    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC")); c.setTimeInMillis(1764547200000L);
                    info.setCreationDate(c); break;
                case "TITLE": {
                    newPage();
                    cs.setNonStrokingColor(GREEN[0], GREEN[1], GREEN[2]);
                    cs.addRect(0, H - 300, W, 300); cs.fill();
                    text(p[1], ML, H - 190, BOLD, 30, new float[]{1, 1, 1});
                    text(p[2], ML, H - 222, REG, 15, new float[]{1, 1, 1});
                    y = H - 340;
                    for (String l : p[3].split("\\|\\|")) { para(l, REG, 10.5f, 15, 0, new float[]{0, 0, 0}); y -= 8; }
                    break; }
                case "PAGE": newPage(); break;
                case "H1": ensure(60); y -= 10; para(p[1], BOLD, 15, 19, 0, GREEN); y -= 6; break;
                case "H2": ensure(50); y -= 6; para(p[1], BOLD, 11.5f, 15, 0, GREEN); y -= 3; break;
                case "H3": ensure(48); y -= 5; para(p[1], BOLD, 8.6f, 11, 0, new float[]{0.2f, 0.2f, 0.2f}); y -= 1; break;
                case "P": para(p[1], REG, 9.4f, 13, 0, new float[]{0, 0, 0}); y -= 6; break;
                case "B": { List<String> ls = wrap(p[1], REG, 9.4f, W - ML - MR - 14);
                    for (int i = 0; i < ls.size(); i++) { ensure(13); y -= 13;
                        if (i == 0) text("\u2013", ML + 3, y, REG, 9.4f, new float[]{0, 0, 0});
                        text(ls.get(i), ML + 14, y, REG, 9.4f, new float[]{0, 0, 0}); }
                    y -= 4; break; }
                case "CAP": ensure(70); y -= 4; para(p[1], BOLD, 9, 12, 0, GREEN); break;
                case "SCALE": para(p[1], ITAL, 7.8f, 10, 0, new float[]{0.25f, 0.25f, 0.25f}); y -= 2; break;
                case "NOTE": para(p[1], REG, 6.9f, 9, 0, new float[]{0.25f, 0.25f, 0.25f}); break;
                case "SP": y -= Float.parseFloat(p[1]); break;
                case "TABLE": {
                    tstyle = p[1];
                    String[] ws = p[2].split(","); tw = new float[ws.length];
                    for (int i = 0; i < ws.length; i++) tw[i] = Float.parseFloat(ws[i]);
                    ta = p[3].split(",");
                    hdr.clear(); rowi = 0; inTable = true; break; }
                case "HDR": { hdr.add(Arrays.copyOfRange(p, 1, p.length)); if (hdr.size() == 1) {} break; }
                case "BODY": drawHeader(); break;
                case "ROW": row(p[1], Arrays.copyOfRange(p, 2, p.length)); break;
                case "END": y -= 8; inTable = false; break;
                default: throw new RuntimeException("unknown spec line: " + ln);
            }
        }
        cs.close();
        doc.save(a[1]);
        doc.close();
    }
}
