package org.pulseport.app.report;

import java.util.List;

/**
 * A simple ruled table: a bold header row, then rows of text, the first column left-aligned and wider,
 * the others right-aligned in equal widths.
 */
final class PdfTable {

    private static final float ROW = 12;
    private static final float SIZE = 8;

    private PdfTable() {
    }

    /** Draws the table from the top of {@code area} down and returns the y below it. */
    static float draw(PdfCanvas canvas, Box area, float firstColumnWidth, List<String> header,
                      List<List<String>> rows) {
        float columnWidth = (area.width() - firstColumnWidth) / (header.size() - 1);
        float y = area.top() - ROW;
        drawRow(canvas, area, firstColumnWidth, columnWidth, y, header, true);
        canvas.line(area.x(), y - 3, area.right(), y - 3, 0.5f, Rgb.DARK_GREY);
        for (List<String> row : rows) {
            y -= ROW;
            drawRow(canvas, area, firstColumnWidth, columnWidth, y, row, false);
        }
        canvas.line(area.x(), y - 3, area.right(), y - 3, 0.3f, Rgb.LIGHT_GREY);
        return y - ROW;
    }

    private static void drawRow(PdfCanvas canvas, Box area, float firstColumnWidth, float columnWidth, float y,
                                List<String> cells, boolean strong) {
        canvas.text(area.x(), y, SIZE, strong, cells.get(0));
        for (int column = 1; column < cells.size(); column++) {
            canvas.textRight(area.x() + firstColumnWidth + columnWidth * column - 2, y, SIZE, strong,
                    cells.get(column));
        }
    }
}
