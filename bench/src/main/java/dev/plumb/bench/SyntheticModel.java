package dev.plumb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's synthetic entity model, written as Java sources and compiled: {@code count} entities of about 13
 * columns, each with one or two foreign keys to earlier entities, an index on every third, a two-column unique
 * constraint on every fifth, and half IDENTITY, half SEQUENCE ids. With {@code drift}, every hundredth entity has
 * one extra column, about 1% of the model, so a database made from the plain model is one column short there.
 */
record SyntheticModel(int count, boolean drift) {

    static final String PACKAGE = "bench.model";

    /** Writes the sources under {@code directory/src} and compiles them to {@code directory/classes}. */
    Path compile(Path directory) {
        try {
            Path sources = directory.resolve("src");
            Path packageDir = Files.createDirectories(sources.resolve(PACKAGE.replace('.', '/')));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = packageDir.resolve(className(i) + ".java");
                Files.writeString(file, source(i));
                files.add(file);
            }
            return EntityCompiler.compile(files, directory.resolve("classes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String className(int i) {
        return String.format(Locale.ROOT, "E%04d", i);
    }

    private String source(int i) {
        StringBuilder s = new StringBuilder("package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n"
                + "import java.math.BigDecimal;\nimport java.time.*;\n\n@Entity\n");
        s.append("@Table(name = \"").append(className(i).toLowerCase(Locale.ROOT)).append('"');
        if (i % 3 == 0) {
            s.append(", indexes = @Index(name = \"ix_").append(i).append("_code\", columnList = \"code\")");
        }
        if (i % 5 == 0) {
            s.append(", uniqueConstraints = @UniqueConstraint(name = \"uk_").append(i)
                    .append("_name_code\", columnNames = {\"name\", \"code\"})");
        }
        s.append(")\npublic class ").append(className(i)).append(" {\n");
        if (i % 2 == 0) {
            s.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
        } else {
            String seq = "s" + i + "_seq";
            s.append("    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"").append(seq)
                    .append("\")\n    @SequenceGenerator(name = \"").append(seq).append("\", sequenceName = \"")
                    .append(seq).append("\") private Long id;\n");
        }
        s.append("""
                    @Column(nullable = false, length = 100) private String name;
                    @Column(length = 20) private String code;
                    @Column(precision = 12, scale = 2) private BigDecimal amount;
                    private int quantity;
                    private boolean active;
                    private LocalDateTime created;
                    private LocalDate day;
                    @Column(length = 500) private String note;
                    private double score;
                    private Long counter;
                """);
        if (i > 0) {
            s.append("    @ManyToOne @JoinColumn(name = \"parent_id\") private ").append(className(i - 1))
                    .append(" parent;\n");
        }
        if (i > 1 && i % 2 == 0) {
            s.append("    @ManyToOne @JoinColumn(name = \"other_id\") private ").append(className(i - 2))
                    .append(" other;\n");
        }
        if (drift && i % 100 == 0) {
            s.append("    @Column(length = 40) private String drifted;\n");
        }
        return s.append("}\n").toString();
    }
}
