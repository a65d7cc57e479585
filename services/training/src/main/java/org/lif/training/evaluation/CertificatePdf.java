package org.lif.training.evaluation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.lif.training.booking.Booking;
import org.lif.platform.time.Today;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/** Renders a certificate of attendance as a one-page PDF (OpenPDF). */
@ApplicationScoped
public class CertificatePdf {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public byte[] render(Booking b, String partnership) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 72, 72, 96, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Certificate of attendance");
        doc.open();
        doc.add(centred("Certificate of attendance", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30)));
        doc.add(centred(" ", FontFactory.getFont(FontFactory.HELVETICA, 14)));
        doc.add(centred("This is to certify that", FontFactory.getFont(FontFactory.HELVETICA, 16)));
        doc.add(centred(b.practitionerName, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24)));
        doc.add(centred("attended", FontFactory.getFont(FontFactory.HELVETICA, 16)));
        doc.add(centred(b.session.course.title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20)));
        doc.add(centred("on " + Today.localDate(b.session.startsAt).format(DAY) + " (" + b.session.course.audienceLevel.name().replace('_', ' ').toLowerCase()
                + ", " + b.session.course.delivery.name().replace('_', ' ').toLowerCase() + ")", FontFactory.getFont(FontFactory.HELVETICA, 14)));
        doc.add(centred(" ", FontFactory.getFont(FontFactory.HELVETICA, 14)));
        doc.add(centred("Safeguarding children partnership: " + partnership + "  ·  Trainer: " + b.session.trainer,
                FontFactory.getFont(FontFactory.HELVETICA, 11)));
        doc.add(centred("Certificate " + b.id, FontFactory.getFont(FontFactory.HELVETICA, 8)));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        return p;
    }
}
