package dev.plumb.architecture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture rules catch what they are for, on fixture sources: a rule that cannot fail proves nothing. */
class ArchitectureRulesTest {

    private static final String CLI = "generator/src/main/java/dev/plumb/cli/";

    @Test
    void aDialectConstantOutsideTheDialectPackagesIsALeak() {
        JavaSource leak = JavaSource.of(CLI + "Fallback.java", """
                package dev.plumb.cli;

                final class Fallback {
                    Dialect dialect() {
                        return Dialect.H2;
                    }
                }
                """);

        assertThat(ArchitectureTest.dialectNamesOutsideHomes(List.of(leak)))
                .containsExactly(CLI + "Fallback.java:5 H2");
    }

    @Test
    void urlPrefixesTypeSpellingsAndProductNamesInStringsAreLeaks() {
        List<JavaSource> sources = List.of(
                JavaSource.of(CLI + "A.java", "class A { String url = \"jdbc:postgresql://localhost/app\"; }"),
                JavaSource.of(CLI + "B.java", "class B { String type = \"varchar(20)\"; }"),
                JavaSource.of(CLI + "C.java", "class C { String hint = \"use a MariaDB server\"; }"),
                JavaSource.of(CLI + "D.java", "class D { String type = \"enum ('A','B')\"; }"));

        assertThat(ArchitectureTest.dialectNamesOutsideHomes(sources)).hasSize(4);
    }

    @Test
    void commentsAndJavadocMayNameDatabases() {
        String text = """
                package dev.plumb.cli;

                /** Works on PostgreSQL and H2 ({@code jdbc:h2:mem:x}). */
                final class Commented {
                    // PostgreSQL folds to lower case
                    String slashes = "a // not a comment";
                    /* a varchar(10) */ int count;
                }
                """;
        JavaSource commented = JavaSource.of(CLI + "Commented.java", text);

        assertThat(ArchitectureTest.dialectNamesOutsideHomes(List.of(commented))).isEmpty();
        assertThat(commented.code()).contains("\"a // not a comment\"").doesNotContain("PostgreSQL");
        assertThat(commented.code().lines()).as("line numbers kept").hasSameSizeAs(text.lines().toList());
    }

    @Test
    void theDialectPackagesAreExemptAndNothingElse() {
        List<JavaSource> sources = List.of(
                JavaSource.of("generator/src/main/java/dev/plumb/dialect/h2/H2Thing.java", "class H2Thing {}"),
                JavaSource.of("generator/src/main/java/dev/plumb/writer/MigrationSpec.java",
                        "class X { String t = \"bigint\"; }"));

        assertThat(ArchitectureTest.dialectNamesOutsideHomes(sources))
                .singleElement().asString().contains("writer/MigrationSpec.java");
    }

    @Test
    void twoPackagesThatImportEachOtherAreACycleNamedInOrder() {
        List<JavaSource> sources = List.of(
                JavaSource.of("a/A.java", "package dev.plumb.a;\nimport dev.plumb.b.B;\nclass A {}"),
                JavaSource.of("b/B.java", "package dev.plumb.b;\nclass B { dev.plumb.c.C c; }"),
                JavaSource.of("c/C.java", "package dev.plumb.c;\nclass C { Object x = dev.plumb.a.A.class; }"));

        assertThat(PackageGraph.of(sources).cycle())
                .contains(List.of("dev.plumb.a", "dev.plumb.b", "dev.plumb.c", "dev.plumb.a"));
    }

    @Test
    void aReferenceInACommentIsNoEdge() {
        List<JavaSource> sources = List.of(
                JavaSource.of("a/A.java", "package dev.plumb.a;\nimport dev.plumb.b.B;\nclass A {}"),
                JavaSource.of("b/B.java", "package dev.plumb.b;\n/** See {@link dev.plumb.a.A}. */\nclass B {}"));

        assertThat(PackageGraph.of(sources).cycle()).isEmpty();
    }

    @Test
    void aRegistryThatNamesItsSubpackagesIsItsOwnNodeButStillJoinsRealCycles() {
        JavaSource api = JavaSource.of("d/Api.java", "package dev.plumb.d;\npublic interface Api {}");
        JavaSource registry = JavaSource.of("d/Registry.java",
                "package dev.plumb.d;\nimport dev.plumb.d.x.XApi;\nclass Registry { Api x = new XApi(); }");
        JavaSource implementation = JavaSource.of("d/x/XApi.java",
                "package dev.plumb.d.x;\nimport dev.plumb.d.Api;\npublic class XApi implements Api {}");
        assertThat(PackageGraph.of(List.of(api, registry, implementation)).cycle()).isEmpty();

        JavaSource user = JavaSource.of("d/User.java", "package dev.plumb.d;\nclass User { Registry r; }");
        assertThat(PackageGraph.of(List.of(api, registry, implementation, user)).cycle()).isPresent();
    }
}
