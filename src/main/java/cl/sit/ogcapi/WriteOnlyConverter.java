package cl.sit.ogcapi;

import java.nio.charset.Charset;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** A message converter that only writes responses (the OGC API encodings never read request bodies). */
abstract class WriteOnlyConverter<T> extends AbstractHttpMessageConverter<T> {

    /** @param charset default charset added to the Content-Type, or null for none (JSON is UTF-8 anyway) */
    WriteOnlyConverter(Charset charset, MediaType... types) {
        super(charset, types);
    }

    @Override
    protected final boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected final T readInternal(Class<? extends T> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Not readable", input);
    }
}
