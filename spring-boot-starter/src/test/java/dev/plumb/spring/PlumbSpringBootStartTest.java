package dev.plumb.spring;

import dev.plumb.spring.shop.Book;
import dev.plumb.spring.shop.BookRepository;
import dev.plumb.spring.shop.ShopApplication;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Spring Boot start of an application that has only the starter (no Plumb code), with a web server,
 * actuator, Boot's logging and {@code ddl-auto=validate}, on an empty database; then a restart on the same one.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlumbSpringBootStartTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void startsOnAnEmptyDatabaseServesTheStatusAndRestartsUpToDate(TestDatabase.Kind kind, CapturedOutput output)
            throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            try (ConfigurableApplicationContext context = start(database)) {
                context.getBean(BookRepository.class).save(new Book("Dune"));
                String status = get(context, "/actuator/plumb");
                assertThat(status).contains("\"version\":\"1\"", "\"description\":\"Create book\"",
                        "\"version\":\"2\"", "\"state\":\"APPLIED\"");
            }
            assertThat(output.getOut()).contains("Plumb: applied 2 migration(s), now at version 2");

            try (ConfigurableApplicationContext context = start(database)) {
                assertThat(context.getBean(BookRepository.class).count()).isEqualTo(1);
            }
            assertThat(output.getOut()).contains("Plumb: database is up to date (2 migrations applied)");
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database) {
        return SpringApplication.run(ShopApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                "--spring.jpa.hibernate.ddl-auto=validate",
                "--plumb.migrations-package=dev.plumb.spring.shop.migrations",
                "--management.endpoints.web.exposure.include=plumb");
    }

    private static String get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
