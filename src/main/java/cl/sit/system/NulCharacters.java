package cl.sit.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Refuses the NUL character (U+0000) in every JSON string SIT reads, as a 400 {@code InvalidCharacter}. PostgreSQL
 * cannot store it in text while H2 can; refusing it at the door keeps both stores answering the same, and no
 * attribute, reason, name or note is ever half-written.
 */
final class NulCharacters {

    private NulCharacters() {}

    static String check(String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw ErrorCode.INVALID_CHARACTER.exception(
                    "El texto contiene un carácter nulo (U+0000), que no se admite; quítelo y vuelva a enviar");
        }
        return text;
    }

    /** Strings of records and other typed bodies. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return check(super.deserialize(p, ctxt));
        }
    }

    /** Strings of JSON trees (features, filters, imports). */
    static final class Nodes extends JsonNodeFactory {

        @Override
        public StringNode stringNode(String text) {
            return super.stringNode(check(text));
        }
    }
}
