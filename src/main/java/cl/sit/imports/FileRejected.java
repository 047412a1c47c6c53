package cl.sit.imports;

/**
 * An uploaded GIS file that cannot be used as a whole: not a zip, unsafe or oversized zip, a missing part of a
 * shapefile, a damaged file or an unsupported coordinate reference system. The message is in Spanish and meant
 * for the person who uploaded the file.
 */
public class FileRejected extends RuntimeException {

    public FileRejected(String message) {
        super(message);
    }

    public FileRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
