/**
 * The baseline of {@code ReadBenchmark}: a hand-written POJO with the same fields as the generated
 * response types of a conversation page (conversation, person, waiting-since, source, tag, custom
 * field, thread, action, attachment; {@code _embedded} and {@code _links} as nested objects), read
 * by plain Jackson databind. Instants are parsed with {@code Instant.parse} in setters (the client's
 * mapper has no java.time module), value lists are kept as text, as the generated types keep them.
 */
package io.mailwright.benchmarks.readpojo;
