package io.mailwright.model;

/** The HTTP methods an {@link Endpoint} can use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE
}
