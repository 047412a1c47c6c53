package cl.sit.filter;

/**
 * A filter that cannot be parsed or does not fit the collection. The message is in Spanish, for the client, and
 * says where (a character position in cql2-text, a JSON pointer in cql2-json) and what was expected.
 */
public class InvalidFilter extends RuntimeException {

    public InvalidFilter(String message) {
        super(message);
    }
}
