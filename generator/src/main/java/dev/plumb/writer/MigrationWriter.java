package dev.plumb.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.plumb.config.ConfigException;
import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeLine;
import dev.plumb.diff.Safety;
import dev.plumb.diff.SchemaObjectIds;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationSafety;
import dev.plumb.runtime.AcceptedDifferences;
import dev.plumb.runtime.SchemaObjects;
import dev.plumb.runtime.Script;

import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link MigrationSpec} as a Java class implementing {@link Migration}:
 * {@code <sourceRoot>/<package path>/V<version>__<Name>.java}. The class depends on the runtime only and never
 * overwrites a file. Per dialect, its statements are calls with one statement per argument: consecutive statements
 * of the surrounding transaction in one {@code script.on(Dialect.X, ...)}, a statement that needs a transaction of
 * its own in {@code script.inOwnTransaction(...)}, and statements the database refuses in a transaction in
 * {@code script.outsideTransaction(...)}; the runtime applies them as steps, so the class never needs to override
 * {@code transactional(Dialect)}.
 */
public final class MigrationWriter {

    private static final ClassName DIALECT = ClassName.get(Dialect.class);
    private static final ClassName SCRIPT = ClassName.get(Script.class);
    /** The {@link Script} method for each way a statement runs. */
    private static final Map<SqlStatement.Execution, String> METHODS = Map.of(
            SqlStatement.Execution.IN_TRANSACTION, "on",
            SqlStatement.Execution.OWN_TRANSACTION, "inOwnTransaction",
            SqlStatement.Execution.OUTSIDE_TRANSACTION, "outsideTransaction");

    private final MigrationHeader header;
    private final List<Dialect> templateDialects;

    public MigrationWriter(MigrationHeader header) {
        this(header, List.of(Dialects.all().get(0).dialect()));
    }

    private MigrationWriter(MigrationHeader header, List<Dialect> templateDialects) {
        this.header = header;
        this.templateDialects = List.copyOf(templateDialects);
    }

    /**
     * A writer whose empty migrations ({@code plumb new}) show one commented {@code script.on(...)} line per
     * dialect, in up and in down, so that a hand-written migration gets SQL for every database the application runs
     * on: {@code migrate} refuses a migration with SQL for some dialects but not for its database's.
     */
    public MigrationWriter withTemplateDialects(List<Dialect> dialects) {
        if (dialects.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one dialect");
        }
        return new MigrationWriter(header, dialects);
    }

    /** A writer with the header template from the classpath. */
    public MigrationWriter() {
        this(MigrationHeader.fromClasspath());
    }

    /** Writes the class and returns the path of the new file. */
    public Path write(MigrationSpec spec, Path sourceRoot, String packageName) {
        JavaFile file = toJavaFile(spec, packageName);
        Path directory = packageDirectory(sourceRoot, packageName);
        Path path = directory.resolve(spec.className() + ".java");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw ConfigException.unwritable(directory, "--output", e);
        }
        try {
            Files.writeString(path, file.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("migration " + path + " already exists: choose another --name", e);
        } catch (IOException e) {
            throw ConfigException.unwritable(directory, "--output", e);
        }
        return path;
    }

    /** Where the classes of a package live under a source root. */
    public static Path packageDirectory(Path sourceRoot, String packageName) {
        requireValidPackage(packageName);
        return packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
    }

    /** The Java source of the migration, without writing it. */
    public JavaFile toJavaFile(MigrationSpec spec, String packageName) {
        requireValidPackage(packageName);
        TypeSpec.Builder type = TypeSpec.classBuilder(spec.className())
                .addJavadoc("$L", header.render(spec))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(constant("version", spec.version()))
                .addMethod(constant("description", spec.description()))
                .addMethod(direction("up", spec.up(), spec.isEmpty()))
                .addMethod(direction("down", spec.down(), spec.isEmpty()));
        if (!spec.changes().isEmpty()) {
            type.addAnnotation(safetyAnnotation(spec));
            if (!spec.adoption()) {
                type.addAnnotation(objectsAnnotation(spec));
            }
        }
        if (!spec.accepted().isEmpty()) {
            AnnotationSpec.Builder accepted = AnnotationSpec.builder(AcceptedDifferences.class);
            spec.accepted().forEach(line -> accepted.addMember("value", "$S", line));
            type.addAnnotation(accepted.build());
        }
        if (!spec.reversible()) {
            type.addMethod(MethodSpec.methodBuilder("reversible")
                    .addJavadoc("Irreversible: the down restores the structure, not the values the up changed.\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return false")
                    .build());
        }
        return JavaFile.builder(packageName, type.build()).indent("    ").skipJavaLangImports(true).build();
    }

    /** {@code @MigrationSafety(worst = ..., unsafe = {...})}: the Javadoc's safety classes, for tools. */
    private static AnnotationSpec safetyAnnotation(MigrationSpec spec) {
        Safety worst = spec.allChanges().stream().map(Change::safety).max(Comparator.naturalOrder())
                .orElse(Safety.SAFE);
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(MigrationSafety.class)
                .addMember("worst", "$T.$L", MigrationSafety.Level.class, worst.name());
        ChangeLine.of(spec.changes()).stream().filter(line -> line.safety() != Safety.SAFE)
                .forEach(line -> annotation.addMember("unsafe", "$S", MigrationHeader.changeLine(line)));
        return annotation.build();
    }

    /**
     * {@code @SchemaObjects(created = {...}, dropped = {...})}: what {@code up} creates and drops, so that a later
     * {@code generate} knows which objects Plumb made (see {@code RecordedOwnership}). For a class carrying several
     * dialects it is the union of every dialect's plan: the record answers "did Plumb make this object", and an object
     * one dialect's plan made is Plumb's. An identity is a canonical definition with case-folded names, so the same
     * object has the same identity on each dialect; where a dialect canonicalizes a check's text its own way, the
     * union holds both spellings and each dialect's later {@code generate} finds its own.
     */
    private static AnnotationSpec objectsAnnotation(MigrationSpec spec) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(SchemaObjects.class);
        spec.allChanges().stream().flatMap(change -> SchemaObjectIds.created(change).stream()).distinct()
                .forEach(id -> annotation.addMember("created", "$S", id));
        spec.allChanges().stream().flatMap(change -> SchemaObjectIds.dropped(change).stream()).distinct()
                .forEach(id -> annotation.addMember("dropped", "$S", id));
        return annotation.build();
    }

    private static MethodSpec constant(String name, String value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", value)
                .build();
    }

    private MethodSpec direction(String name, Map<Dialect, List<SqlStatement>> statements,
                                 boolean emptyMigration) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SCRIPT, "script");
        if (emptyMigration) {
            template(method, name.equals("up"));
        }
        statements.forEach((dialect, sql) -> method.addCode(calls(dialect, sql)));
        return method.build();
    }

    /**
     * The guiding comments of an empty migration: a section per template dialect. Left commented out, the migration
     * is deliberately empty everywhere; with SQL for one dialect only, {@code migrate} refuses it on the others.
     */
    private void template(MethodSpec.Builder method, boolean up) {
        method.addComment("Add the SQL that will $L, one statement per argument, for each database, e.g.:",
                up ? "apply this migration" : "undo up()");
        for (Dialect dialect : templateDialects) {
            method.addComment("script.on($T.$L, $S);", DIALECT, dialect.name(),
                    up ? "alter table customer add column note text" : "alter table customer drop column note");
        }
        if (templateDialects.size() > 1) {
            method.addComment("migrate refuses a database left without SQL while another has some;")
                    .addComment("an on($T.$L) call without SQL says that database needs none.", DIALECT,
                            templateDialects.get(0).name());
        }
    }

    /**
     * A dialect's statements as calls, one per run of the same execution: {@code on} for the statements of the
     * surrounding transaction, {@code outsideTransaction} for those refused in one, and one {@code inOwnTransaction}
     * per statement that needs a transaction of its own (two of them in one call would share one). No statement at
     * all is a bare {@code script.on(Dialect.X)}: that database needs none.
     */
    private static CodeBlock calls(Dialect dialect, List<SqlStatement> statements) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (statements.isEmpty()) {
            return code.add("script.on($T.$L);\n", DIALECT, dialect.name()).build();
        }
        int start = 0;
        while (start < statements.size()) {
            SqlStatement.Execution execution = statements.get(start).execution();
            int end = start + 1;
            while (end < statements.size() && execution != SqlStatement.Execution.OWN_TRANSACTION
                    && statements.get(end).execution() == execution) {
                end++;
            }
            code.add(call(METHODS.get(execution), dialect, statements.subList(start, end)));
            start = end;
        }
        return code.build();
    }

    private static CodeBlock call(String method, Dialect dialect, List<SqlStatement> statements) {
        CodeBlock.Builder call = CodeBlock.builder().add("script.$L($T.$L", method, DIALECT, dialect.name())
                .indent().indent();
        for (SqlStatement statement : statements) {
            call.add(",\n").add(JavaLiterals.sql(statement.sql()));
        }
        return call.unindent().unindent().add(");\n").build();
    }

    private static void requireValidPackage(String packageName) {
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
    }
}
