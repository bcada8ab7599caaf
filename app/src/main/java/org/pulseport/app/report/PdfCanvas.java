package org.pulseport.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One A4 portrait page of a PDFBox document with the few drawing operations Pulseport's reports need:
 * text in Helvetica, lines, polylines, filled rectangles and polygons. Text is reduced to what the
 * standard fonts can encode (WinAnsi), anything else becomes '?', so a profile name never breaks a report.
 * Use in try-with-resources; {@link #toBytes()} finishes the document.
 */
public final class PdfCanvas implements AutoCloseable {

    /** The printable page area (A4 with 36 pt margins). */
    public static final Box PAGE = new Box(36, 36, PDRectangle.A4.getWidth() - 72, PDRectangle.A4.getHeight() - 72);

    private final PDDocument document;
    private final PDPageContentStream content;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A new one-page document with the given title, author "Pulseport" and creation time. */
    public PdfCanvas(String title, Instant created) {
        document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Pulseport");
        info.setCreator("Pulseport");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Left-aligned text with its baseline at y. */
    public void text(float x, float y, float size, boolean strong, String text) {
        run(() -> {
            content.beginText();
            content.setFont(strong ? bold : regular, size);
            content.setNonStrokingColor(0f, 0f, 0f);
            content.newLineAtOffset(x, y);
            content.showText(encodable(text));
            content.endText();
        });
    }

    /** Right-aligned text ending at x. */
    public void textRight(float x, float y, float size, boolean strong, String text) {
        text(x - width(text, size, strong), y, size, strong, text);
    }

    /** Text centred on x. */
    public void textCentered(float x, float y, float size, boolean strong, String text) {
        text(x - width(text, size, strong) / 2, y, size, strong, text);
    }

    /** A section heading: bold text at the top of a box with a rule under it; returns the box below it. */
    public Box heading(Box box, String title) {
        float baseline = box.top() - 11;
        text(box.x(), baseline, 10, true, title);
        line(box.x(), baseline - 4, box.right(), baseline - 4, 0.5f, Rgb.DARK_GREY);
        return new Box(box.x(), box.y(), box.width(), baseline - 8 - box.y());
    }

    /** Width of text in points. */
    public float width(String text, float size, boolean strong) {
        try {
            return (strong ? bold : regular).getStringWidth(encodable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fillRect(Box box, Rgb colour) {
        run(() -> {
            fill(colour);
            content.addRect(box.x(), box.y(), box.width(), box.height());
            content.fill();
        });
    }

    public void strokeRect(Box box, float lineWidth, Rgb colour) {
        run(() -> {
            stroke(lineWidth, colour);
            content.addRect(box.x(), box.y(), box.width(), box.height());
            content.stroke();
        });
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb colour) {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, lineWidth, colour);
    }

    /** An open line through the points; nothing for fewer than two points. */
    public void polyline(float[] xs, float[] ys, float lineWidth, Rgb colour) {
        if (xs.length < 2) {
            return;
        }
        run(() -> {
            stroke(lineWidth, colour);
            path(xs, ys);
            content.stroke();
        });
    }

    /** A filled closed polygon; nothing for fewer than three points. */
    public void fillPolygon(float[] xs, float[] ys, Rgb colour) {
        if (xs.length < 3) {
            return;
        }
        run(() -> {
            fill(colour);
            path(xs, ys);
            content.closePath();
            content.fill();
        });
    }

    /** Finishes the page and returns the PDF bytes. */
    public byte[] toBytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(float[] xs, float[] ys) throws IOException {
        content.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            content.lineTo(xs[i], ys[i]);
        }
    }

    private void fill(Rgb colour) throws IOException {
        content.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
    }

    private void stroke(float lineWidth, Rgb colour) throws IOException {
        content.setLineWidth(lineWidth);
        content.setStrokingColor(colour.red(), colour.green(), colour.blue());
    }

    private String encodable(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            safe.append(canEncode(character) ? character : "?");
        });
        return safe.toString();
    }

    private boolean canEncode(String character) {
        try {
            regular.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private static void run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
