package dev.plumb.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.plumb.config.ConfigException;
import dev.plumb.dialect.Dialects;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link MigrationSpec} as a Java class implementing {@link Migration}:
 * {@code <sourceRoot>/<package path>/V<version>__<Name>.java}. The class depends on the runtime only, carries one
 * {@code script.on(Dialect.X, ...)} call per dialect with one statement per argument, and never overwrites a file.
 */
public final class MigrationWriter {

    private static final ClassName DIALECT = ClassName.get(Dialect.class);
    private static final ClassName SCRIPT = ClassName.get(Script.class);

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
        if (!spec.transactional()) {
            type.addMethod(transactional(spec));
        }
        return JavaFile.builder(packageName, type.build()).indent("    ").skipJavaLangImports(true).build();
    }

    /**
     * {@code transactional(Dialect)} for a class some dialect of which runs outside a transaction: {@code false}
     * when that is every dialect it carries, else {@code dialect != Dialect.X} for each such dialect, so that the
     * others keep their transaction.
     */
    private static MethodSpec transactional(MigrationSpec spec) {
        Set<Dialect> carried = EnumSet.noneOf(Dialect.class);
        carried.addAll(spec.up().keySet());
        carried.addAll(spec.down().keySet());
        List<Dialect> outside = spec.outsideTransaction().stream().sorted().toList();
        MethodSpec.Builder method = MethodSpec.methodBuilder("transactional")
                .addJavadoc("Not transactional on $L: it runs statements that database refuses inside a transaction,"
                        + "\nso the runtime applies them one by one and records its progress.\n", outside.stream()
                        .map(Dialect::productName).collect(Collectors.joining(" and ")))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(DIALECT, "dialect");
        if (outside.containsAll(carried)) {
            return method.addStatement("return false").build();
        }
        CodeBlock condition = outside.stream().map(d -> CodeBlock.of("dialect != $T.$L", DIALECT, d.name()))
                .collect(CodeBlock.joining(" && "));
        return method.addStatement("return $L", condition).build();
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

    private MethodSpec direction(String name, Map<Dialect, List<String>> statements, boolean emptyMigration) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SCRIPT, "script");
        if (emptyMigration) {
            template(method, name.equals("up"));
        }
        statements.forEach((dialect, sql) -> method.addCode(onCall(dialect, sql)));
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

    private static CodeBlock onCall(Dialect dialect, List<String> statements) {
        CodeBlock.Builder call = CodeBlock.builder().add("script.on($T.$L", DIALECT, dialect.name()).indent().indent();
        for (String statement : statements) {
            call.add(",\n").add(JavaLiterals.sql(statement));
        }
        return call.unindent().unindent().add(");\n").build();
    }

    private static void requireValidPackage(String packageName) {
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
    }
}
