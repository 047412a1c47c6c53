package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringFilterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "f=json",
                "bbox=-73.5,-40,-72,-39&limit=10",
                "filter=nombre%20LIKE%20'Val%25'",
                "q=%C3%B1and%C3%BA",
                "a=1&&b=2&",
                "flag",
                "x=",
                "datetime=2024-01-01T00:00:00Z/..",
                "q=a+b",
                "emoji=%F0%9F%98%80"
            })
    void readableQueriesPass(String query) {
        assertThat(QueryStringFilter.problem(query)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "%zz=1|escape",
                "x=%C3%28|UTF-8",
                "x=%ED%A0%80|UTF-8",
                "x=%C3|UTF-8",
                "x=%|escape",
                "x=%4|escape",
                "=x|sin nombre",
                "x=a%00b|control",
                "%00=1|control",
                "x=%0A|control",
                "x=\u00e9|UTF-8"
            })
    void brokenQueriesAreNamed(String query, String problem) {
        assertThat(QueryStringFilter.problem(query)).contains(problem);
    }
}
