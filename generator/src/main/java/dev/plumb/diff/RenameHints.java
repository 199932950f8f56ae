package dev.plumb.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renames the user declared: on the command line ({@code --rename TABLE.OLD=NEW},
 * {@code --rename-table OLD=NEW}) or in the entities ({@code @RenamedFrom}). Names are kept as written and matched
 * against stored names by {@link NameMatch}: unquoted they match in any case, {@code "Quoted"} exactly.
 *
 * <p>A hint from the command line that matches nothing is an error (a typo must not silently become drop + add);
 * one from an annotation that no longer applies (the rename already happened) is ignored, so the annotation can
 * stay in the code.
 */
public record RenameHints(List<TableRename> tables, List<ColumnRename> columns) {

    public static final RenameHints NONE = new RenameHints(List.of(), List.of());

    public RenameHints {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
    }

    /**
     * A table rename in the schema of the new table.
     *
     * @param schema      the schema as written, empty for the default schema
     * @param fromCode    true when declared by an annotation (ignored once it no longer applies)
     */
    public record TableRename(Optional<String> schema, String from, String to, boolean fromCode) {
        @Override
        public String toString() {
            return schema.map(s -> s + ".").orElse("") + from + "=" + to;
        }
    }

    /**
     * A column rename inside a table named by its new name.
     *
     * @param schema   the table's schema as written, empty for the default schema
     * @param fromCode true when declared by an annotation
     */
    public record ColumnRename(Optional<String> schema, String table, String from, String to, boolean fromCode) {
        @Override
        public String toString() {
            return schema.map(s -> s + ".").orElse("") + table + "." + from + "=" + to;
        }
    }

    /**
     * Parses the command-line forms: columns {@code [SCHEMA.]TABLE.OLD=NEW}, tables {@code [SCHEMA.]OLD=NEW}.
     *
     * @throws HintException naming the malformed hint and the expected form
     */
    public static RenameHints parse(List<String> columnHints, List<String> tableHints) {
        List<ColumnRename> columns = new ArrayList<>();
        for (String hint : columnHints) {
            String[] sides = sides(hint, "--rename TABLE.OLD=NEW");
            String[] left = sides[0].split("\\.", -1);
            if (left.length < 2 || left.length > 3 || List.of(left).contains("")) {
                throw new HintException("--rename " + hint + ": expected TABLE.OLD=NEW or SCHEMA.TABLE.OLD=NEW");
            }
            Optional<String> schema = left.length == 3 ? Optional.of(left[0]) : Optional.empty();
            columns.add(new ColumnRename(schema, left[left.length - 2], left[left.length - 1], sides[1], false));
        }
        List<TableRename> tables = new ArrayList<>();
        for (String hint : tableHints) {
            String[] sides = sides(hint, "--rename-table OLD=NEW");
            String[] left = sides[0].split("\\.", -1);
            if (left.length > 2 || List.of(left).contains("")) {
                throw new HintException("--rename-table " + hint + ": expected OLD=NEW or SCHEMA.OLD=NEW");
            }
            Optional<String> schema = left.length == 2 ? Optional.of(left[0]) : Optional.empty();
            tables.add(new TableRename(schema, left[left.length - 1], sides[1], false));
        }
        return new RenameHints(tables, columns);
    }

    /** These hints and those of {@code other}; command-line hints first, so they win over annotations. */
    public RenameHints and(RenameHints other) {
        List<TableRename> allTables = new ArrayList<>(tables);
        allTables.addAll(other.tables);
        List<ColumnRename> allColumns = new ArrayList<>(columns);
        allColumns.addAll(other.columns);
        return new RenameHints(allTables, allColumns);
    }

    private static String[] sides(String hint, String form) {
        String[] sides = hint.split("=", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank() || sides[1].contains(".")) {
            throw new HintException(form.substring(0, form.indexOf(' ')) + " " + hint + ": expected "
                    + form.substring(form.indexOf(' ') + 1) + " (the new name without table or schema)");
        }
        return new String[] {sides[0].trim(), sides[1].trim()};
    }
}
