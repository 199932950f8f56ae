package dev.plumb.writer;

import com.palantir.javapoet.CodeBlock;

import java.util.Arrays;

/**
 * Java source literals for SQL. One-line statements become ordinary string literals; multi-line ones become text
 * blocks, so the generated class reads like the SQL it runs. Text blocks need their own escaping: backslashes, runs of
 * three quotes, a quote right before the closing delimiter, carriage returns and trailing spaces (which the compiler
 * would strip). When the SQL's own lines are indented, the closing delimiter goes on its own line (after a
 * {@code \<newline>} escape, so no newline is added) to pin down how much indentation the compiler strips.
 */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static CodeBlock sql(String statement) {
        if (statement.indexOf('\n') < 0) {
            return CodeBlock.of("$S", statement);
        }
        String[] lines = statement.split("\n", -1);
        StringBuilder block = new StringBuilder("\"\"\"\n");
        for (int i = 0; i < lines.length; i++) {
            block.append(escapeLine(lines[i], i == lines.length - 1));
            if (i < lines.length - 1) {
                block.append('\n');
            }
        }
        block.append(ownIndentation(lines) ? "\\\n\"\"\"" : "\"\"\"");
        return CodeBlock.of("$L", block.toString());
    }

    /**
     * True when no non-blank line starts in the first column: then the compiler would strip some of the SQL's own
     * indentation unless the closing delimiter marks where the code's indentation ends.
     */
    private static boolean ownIndentation(String[] lines) {
        return Arrays.stream(lines).filter(l -> !l.isBlank()).allMatch(l -> Character.isWhitespace(l.charAt(0)));
    }

    private static String escapeLine(String line, boolean last) {
        StringBuilder out = new StringBuilder();
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quotes++;
                boolean endsContent = last && i == line.length() - 1;
                out.append(quotes == 3 || endsContent ? "\\\"" : "\"");
                quotes = quotes == 3 ? 0 : quotes;
                continue;
            }
            quotes = 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return escapeTrailingWhitespace(out);
    }

    private static String escapeTrailingWhitespace(StringBuilder line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        StringBuilder out = new StringBuilder(line.substring(0, end));
        for (int i = end; i < line.length(); i++) {
            out.append(line.charAt(i) == ' ' ? "\\s" : "\\t");
        }
        return out.toString();
    }
}
