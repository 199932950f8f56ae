package dev.plumb.dialect.postgres;

import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Safety;
import dev.plumb.dialect.postgres.PostgresSqlRenderer;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** text to jsonb on a populated PostgreSQL table: the generated USING cast converts every value in place. */
class PostgresTypeConversionTest {

    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

    @Test
    void textToJsonbKeepsTheValuesAndBack() throws SQLException {
        AlterColumn change = new AlterColumn(QualifiedName.of("event"), Column.of("payload", "text", true),
                Column.of("payload", "jsonb", true));
        List<String> up = renderer.render(change);
        assertThat(up).containsExactly("alter table event alter column payload set data type jsonb "
                + "using payload::jsonb");
        assertThat(change.safety()).isEqualTo(Safety.DATA_DEPENDENT);
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
             Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table event (id integer primary key, payload text)");
            statement.execute("insert into event values (1, '{\"kind\": \"signup\"}')");
            for (String sql : up) {
                statement.execute(sql);
            }
            try (ResultSet rs = statement.executeQuery("select payload->>'kind' from event")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("signup");
            }
            for (String sql : renderer.render(change.inverse())) {
                statement.execute(sql);
            }
            try (ResultSet rs = statement.executeQuery("select payload from event")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("{\"kind\": \"signup\"}");
            }
        }
    }
}
