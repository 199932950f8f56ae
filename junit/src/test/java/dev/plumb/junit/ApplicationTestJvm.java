package dev.plumb.junit;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The {@code main} of a JVM whose class path is an application's, not Plumb's: plumb-junit, Spring Boot 4.0's
 * Hibernate and Logback, and no plumb-generator. Prints what it runs on, then the drift check's exit code and report.
 */
public final class ApplicationTestJvm {

    private ApplicationTestJvm() {
    }

    public static void main(String[] args) {
        System.out.println("hibernate " + org.hibernate.Version.getVersionString());
        System.out.println("slf4j " + LoggerFactory.getILoggerFactory().getClass().getName());
        PlumbAssertions.Result result = PlumbAssertions.check(Path.of(args[0]), "--entities", args[1],
                "--migrations", args[2]);
        System.out.println("exit " + result.exitCode());
        System.out.println(result.output());
    }
}
