package cl.sit.system;

/** The JSON body of every error response: {@code {"code": "...", "description": "..."}}. */
public record ApiError(String code, String description) {}
