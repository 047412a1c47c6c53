package cl.sit.system;

import org.springframework.web.multipart.MultipartFile;

/** The name of an uploaded file, checked once: it decides how the file is read and is kept as its source. */
public final class Uploads {

    /** Longer names are not file names a person chose. */
    static final int MAX_NAME = 200;

    private Uploads() {}

    /** The file's name; a 400 when it has none, is too long or carries control characters (NUL among them). */
    public static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            throw ErrorCode.INVALID_FILE_NAME.exception(
                    "El archivo no tiene nombre; súbalo con su nombre y extensión (.zip, .geojson o .csv)");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ErrorCode.INVALID_FILE_NAME.exception("El nombre del archivo no es válido: tiene caracteres de "
                    + "control o más de " + MAX_NAME + " caracteres");
        }
        return name;
    }
}
