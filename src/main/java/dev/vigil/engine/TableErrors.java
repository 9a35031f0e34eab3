package dev.vigil.engine;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points problems in a decision table back at the spreadsheet: Drools reports lines of the DRL it
 * generates, so the generated rule's "rule values at A10" comment gives the row, and the cell of
 * that row whose text appears in the offending line (or in the message) gives the column.
 */
final class TableErrors {

    private static final Pattern ROW_COMMENT = Pattern.compile("// rule values at [A-Z]+(\\d+)");
    private static final Pattern LOCATED = Pattern.compile("^(.*?):(-?\\d+): (.*)$", Pattern.DOTALL);

    private final String display;
    private final String[] drlLines;
    private final List<List<String>> grid;

    TableErrors(String display, String drl, List<List<String>> grid) {
        this.display = display;
        this.drlLines = drl.split("\n", -1);
        this.grid = grid;
    }

    /** Rewrites "file:line: message" (a generated-DRL line) as "file: row R, column C: message". */
    String map(String error) {
        Matcher m = LOCATED.matcher(error);
        if (!m.matches() || !m.group(1).equals(display)) {
            return error;
        }
        int line = Integer.parseInt(m.group(2));
        String message = m.group(3);
        int row = rowOf(line);
        if (row <= 0) {
            return display + ": " + message;
        }
        String text = line >= 1 && line <= drlLines.length ? drlLines[line - 1] : "";
        String column = columnOf(row, text + "\n" + message);
        return display + ": row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }

    private int rowOf(int line) {
        for (int i = Math.min(line, drlLines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(drlLines[i]);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (drlLines[i].startsWith("end")) {
                return -1;
            }
        }
        return -1;
    }

    /** The cell of the row whose (longest) text appears in the haystack, as a column letter. */
    private String columnOf(int row, String haystack) {
        if (row > grid.size()) {
            return null;
        }
        List<String> cells = grid.get(row - 1);
        int best = -1;
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c).strip();
            if (v.length() > 1 && haystack.contains(v) && (best < 0 || v.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        return best < 0 ? null : letter(best);
    }

    static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** The cells of a CSV or XLSX table, row by row (first sheet for XLSX). */
    static List<List<String>> read(byte[] bytes, boolean csv) throws IOException {
        return csv ? csv(new String(bytes, StandardCharsets.UTF_8)) : xlsx(bytes);
    }

    private static List<List<String>> xlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
