package cl.sit.system;

import org.springframework.http.HttpStatus;

/**
 * Every error code SIT answers, with its HTTP status: part of the API contract (clients and tests read the code; the
 * Spanish {@code description} is written where the error is raised). Listed in {@code docs/api.md} ("Error codes"),
 * which {@code ErrorCodeTest} keeps in step.
 *
 * <p>A wire code is never renamed. Two overlap: {@link #INVALID_PARAMETER} (unknown, repeated or missing parameters,
 * and some bad values of older options) and {@link #INVALID_PARAMETER_VALUE} (the OGC API code for a bad value); new
 * code uses {@code INVALID_PARAMETER_VALUE} for a bad value and {@code INVALID_PARAMETER} only for a parameter that
 * should not be there. Unifying them is an API change, for later. Four wire codes come with a second status, each a constant of its
 * own: {@link #UNREADABLE_GEOMETRY}, {@link #INVALID_FILE_NAME}, {@link #NO_TILES}, {@link #CHANGED_DURING_IMPORT}.
 */
public enum ErrorCode {
    // 400
    INVALID_BATCH(HttpStatus.BAD_REQUEST, "InvalidBatch"),
    INVALID_BODY(HttpStatus.BAD_REQUEST, "InvalidBody"),
    INVALID_CHARACTER(HttpStatus.BAD_REQUEST, "InvalidCharacter"),
    INVALID_CODE(HttpStatus.BAD_REQUEST, "InvalidCode"),
    INVALID_FILE_NAME(HttpStatus.BAD_REQUEST, "InvalidFile"),
    INVALID_FILTER(HttpStatus.BAD_REQUEST, "InvalidFilter"),
    INVALID_MULTIPART(HttpStatus.BAD_REQUEST, "InvalidMultipart"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "InvalidParameter"),
    INVALID_PARAMETER_VALUE(HttpStatus.BAD_REQUEST, "InvalidParameterValue"),
    INVALID_QUERY(HttpStatus.BAD_REQUEST, "InvalidQuery"),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "InvalidRequest"),
    INVALID_STATUS(HttpStatus.BAD_REQUEST, "InvalidStatus"),
    INVALID_TILE(HttpStatus.BAD_REQUEST, "InvalidTile"),
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "MissingParameter"),
    TOO_DEEP(HttpStatus.BAD_REQUEST, "TooDeep"),
    UNKNOWN_TERRITORY(HttpStatus.BAD_REQUEST, "UnknownTerritory"),
    UNREADABLE_GEOMETRY(HttpStatus.BAD_REQUEST, "InvalidGeometry"),
    // 401
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
    // 403
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    // 404
    COLLECTION_NOT_FOUND(HttpStatus.NOT_FOUND, "CollectionNotFound"),
    COMMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "CommentNotFound"),
    FEATURE_NOT_FOUND(HttpStatus.NOT_FOUND, "FeatureNotFound"),
    GRANT_NOT_FOUND(HttpStatus.NOT_FOUND, "GrantNotFound"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound"),
    NO_TILES(HttpStatus.NOT_FOUND, "NoGeometry"),
    PROJECT_NOT_FOUND(HttpStatus.NOT_FOUND, "ProjectNotFound"),
    REGIONALIZATION_NOT_FOUND(HttpStatus.NOT_FOUND, "RegionalizationNotFound"),
    REGION_NOT_FOUND(HttpStatus.NOT_FOUND, "RegionNotFound"),
    ROLE_NOT_FOUND(HttpStatus.NOT_FOUND, "RoleNotFound"),
    TERRITORY_NOT_FOUND(HttpStatus.NOT_FOUND, "TerritoryNotFound"),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "UserNotFound"),
    VERSION_NOT_FOUND(HttpStatus.NOT_FOUND, "VersionNotFound"),
    // 405
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed"),
    NOT_EDITABLE(HttpStatus.METHOD_NOT_ALLOWED, "NotEditable"),
    // 406
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable"),
    // 408
    REQUEST_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "RequestTimeout"),
    // 409
    CHANGED_DURING_IMPORT(HttpStatus.CONFLICT, "VersionConflict"),
    DUPLICATE_CODE(HttpStatus.CONFLICT, "DuplicateCode"),
    LAST_ADMIN(HttpStatus.CONFLICT, "LastAdmin"),
    LAYER_EXISTS(HttpStatus.CONFLICT, "LayerExists"),
    RESERVED_CODE(HttpStatus.CONFLICT, "ReservedCode"),
    STATUS_CHANGED(HttpStatus.CONFLICT, "StatusChanged"),
    TRANSITION_NOT_ALLOWED(HttpStatus.CONFLICT, "TransitionNotAllowed"),
    USER_EXISTS(HttpStatus.CONFLICT, "UserExists"),
    // 411
    LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED, "LengthRequired"),
    // 412
    VERSION_CONFLICT(HttpStatus.PRECONDITION_FAILED, "VersionConflict"),
    // 413
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "BodyTooLarge"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "PayloadTooLarge"),
    // 414
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "UriTooLong"),
    // 415
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType"),
    // 422
    EMPTY_FILE(HttpStatus.UNPROCESSABLE_CONTENT, "EmptyFile"),
    EMPTY_LAYER(HttpStatus.UNPROCESSABLE_CONTENT, "EmptyLayer"),
    FLOOR_TOO_HIGH(HttpStatus.UNPROCESSABLE_CONTENT, "FloorTooHigh"),
    IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "ImportRejected"),
    INVALID_COMMENT(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidComment"),
    INVALID_FEATURE(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidFeature"),
    INVALID_FILE(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidFile"),
    INVALID_FLOOR(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidFloor"),
    INVALID_GEOMETRY(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidGeometry"),
    INVALID_GEOMETRY_TYPE(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidGeometryType"),
    INVALID_GRANT(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidGrant"),
    INVALID_LAYER(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidLayer"),
    INVALID_STYLE(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidStyle"),
    INVALID_USER(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidUser"),
    INVALID_VALUE(HttpStatus.UNPROCESSABLE_CONTENT, "InvalidValue"),
    MISSING_VALUES(HttpStatus.UNPROCESSABLE_CONTENT, "MissingValues"),
    NOT_AN_EDITOR(HttpStatus.UNPROCESSABLE_CONTENT, "NotAnEditor"),
    NO_GEOMETRY(HttpStatus.UNPROCESSABLE_CONTENT, "NoGeometry"),
    NO_UNITS(HttpStatus.UNPROCESSABLE_CONTENT, "NoUnits"),
    OUTSIDE_COMMUNES(HttpStatus.UNPROCESSABLE_CONTENT, "OutsideCommunes"),
    REPAIR_FAILED(HttpStatus.UNPROCESSABLE_CONTENT, "RepairFailed"),
    REVERT_TO_DELETION(HttpStatus.UNPROCESSABLE_CONTENT, "RevertToDeletion"),
    TOO_MANY_COMMENTS(HttpStatus.UNPROCESSABLE_CONTENT, "TooManyComments"),
    TOO_MANY_FEATURES(HttpStatus.UNPROCESSABLE_CONTENT, "TooManyFeatures"),
    TOO_MANY_VERTICES(HttpStatus.UNPROCESSABLE_CONTENT, "TooManyVertices"),
    UNITS_CHANGED(HttpStatus.UNPROCESSABLE_CONTENT, "UnitsChanged"),
    UNKNOWN_COMMUNE(HttpStatus.UNPROCESSABLE_CONTENT, "UnknownCommune"),
    UNKNOWN_FIELDS(HttpStatus.UNPROCESSABLE_CONTENT, "UnknownFields"),
    UNSUPPORTED_FILE(HttpStatus.UNPROCESSABLE_CONTENT, "UnsupportedFile"),
    WEAK_PASSWORD(HttpStatus.UNPROCESSABLE_CONTENT, "WeakPassword"),
    WRONG_PASSWORD(HttpStatus.UNPROCESSABLE_CONTENT, "WrongPassword"),
    // 428
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "PreconditionRequired"),
    // 429
    TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "TooManyAttempts"),
    // 431
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "HeadersTooLarge"),
    // 500
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError"),
    // 503
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Busy"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "DatabaseUnavailable"),
    TOO_MANY_WRITES(HttpStatus.SERVICE_UNAVAILABLE, "TooManyWrites");

    private final HttpStatus status;
    private final String code;

    ErrorCode(HttpStatus status, String code) {
        this.status = status;
        this.code = code;
    }

    /** The error to throw, answered as {@code {code, description}} with this status. */
    public ApiException exception(String description) {
        return new ApiException(status, code, description);
    }

    /** The body, for code that answers outside {@link ApiException} (filters, valves, the special handlers). */
    public ApiError error(String description) {
        return new ApiError(code, description);
    }

    public HttpStatus status() {
        return status;
    }

    /** The wire code, as clients see it. */
    public String code() {
        return code;
    }
}
