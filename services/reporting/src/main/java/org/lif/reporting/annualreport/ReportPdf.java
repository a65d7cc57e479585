package org.lif.reporting.annualreport;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.lif.reporting.common.Table;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders a yearly report as a formatted PDF (OpenPDF): a title page, then each section with its narrative, the flags
 * where evidence is missing, its tables, and a bar chart for each table of counts. Charts are drawn as vector graphics
 * (a form XObject per chart), so no image library or system font is needed.
 */
@ApplicationScoped
public class ReportPdf {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Color NAVY = new Color(0x1d, 0x3a, 0x5f);
    private static final Color BAR = new Color(0x2f, 0x6f, 0xb0);
    private static final Color FLAG = new Color(0xb0, 0x3a, 0x2e);

    public byte[] render(ReportViews.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String title = "Safeguarding children partnership yearly report " + report.year() + "/" + ((report.year() + 1) % 100);
        doc.addTitle(title);
        doc.addSubject(report.partnershipId());
        doc.open();
        doc.add(paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24, NAVY), 12));
        doc.add(paragraph("Partnership: " + report.partnershipId(), font(13), 4));
        doc.add(paragraph("Period: " + report.periodFrom().format(DAY) + " to " + report.periodTo().format(DAY), font(13), 4));
        doc.add(paragraph("Version " + report.version() + " · " + report.status().name().toLowerCase()
                + (report.finalisedAt() == null ? "" : " · finalised " + report.finalisedAt().format(DAY)), font(11), 16));
        doc.add(paragraph("Contents", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, NAVY), 6));
        int n = 1;
        for (ReportViews.SectionView s : report.sections()) {
            doc.add(paragraph(n++ + ". " + s.title(), font(11), 2));
        }
        n = 1;
        for (ReportViews.SectionView s : report.sections()) {
            doc.newPage();
            doc.add(paragraph(n++ + ". " + s.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, NAVY), 10));
            if (s.narrative() != null) {
                for (String para : s.narrative().split("\\R\\s*\\R")) {
                    doc.add(paragraph(para.strip(), font(11), 8));
                }
            }
            for (String flag : s.flags()) {
                doc.add(paragraph("Evidence missing: " + flag, FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10, FLAG), 4));
            }
            for (Table t : s.figures()) {
                doc.add(paragraph(t.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, NAVY), 4));
                if (t.rows().isEmpty()) {
                    doc.add(paragraph("No data.", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10), 8));
                    continue;
                }
                if (t.chartable()) {
                    doc.add(chart(writer, t));
                }
                doc.add(table(t));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static Font font(float size) {
        return FontFactory.getFont(FontFactory.HELVETICA, size);
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPTable table(Table t) {
        float size = t.columns().size() > 8 ? 6 : 8; // wide tables (the dataset) in a smaller type
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingAfter(14);
        table.setHeaderRows(1);
        for (String c : t.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(c, FontFactory.getFont(FontFactory.HELVETICA_BOLD, size, Color.WHITE)));
            cell.setBackgroundColor(NAVY);
            table.addCell(cell);
        }
        for (List<Object> row : t.rows()) {
            for (Object v : row) {
                PdfPCell cell = new PdfPCell(new Phrase(v == null ? "–" : String.valueOf(v), font(size)));
                if (v instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** A horizontal bar chart of the table's first column (labels) against its second (counts). */
    private static Image chart(PdfWriter writer, Table t) {
        float width = 460;
        float barHeight = 14;
        float gap = 6;
        float labelWidth = 150;
        int bars = t.rows().size();
        float height = bars * (barHeight + gap) + gap;
        double max = t.rows().stream().mapToDouble(r -> ((Number) r.get(1)).doubleValue()).max().orElse(0);
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(width, height);
        BaseFont base = helvetica();
        float y = height - gap - barHeight;
        for (List<Object> row : t.rows()) {
            double value = ((Number) row.get(1)).doubleValue();
            float length = max <= 0 ? 0 : (float) ((width - labelWidth - 40) * value / max);
            tpl.setColorFill(BAR);
            tpl.rectangle(labelWidth, y, Math.max(length, 0.5f), barHeight);
            tpl.fill();
            tpl.beginText();
            tpl.setFontAndSize(base, 8);
            tpl.setColorFill(Color.DARK_GRAY);
            tpl.showTextAligned(Element.ALIGN_RIGHT, abbreviate(String.valueOf(row.get(0)), 34), labelWidth - 4, y + 4, 0);
            tpl.showTextAligned(Element.ALIGN_LEFT, String.valueOf(row.get(1)), labelWidth + length + 4, y + 4, 0);
            tpl.endText();
            y -= barHeight + gap;
        }
        tpl.setColorStroke(Color.GRAY);
        tpl.moveTo(labelWidth, 0);
        tpl.lineTo(labelWidth, height);
        tpl.stroke();
        Image image = Image.getInstance(tpl);
        image.setSpacingAfter(6);
        image.setAlt("Chart: " + t.title());
        return image;
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

