package org.cytoquiz.web.http;

/**
 * The one shape of every error the JSON API returns.
 *
 * @param title a short summary, such as "Invalid answer"
 * @param status the HTTP status
 * @param type a stable machine-readable kind, such as "invalid-response"
 * @param details what was wrong, for the caller
 */
public record ApiError(String title, int status, String type, String details) {}
