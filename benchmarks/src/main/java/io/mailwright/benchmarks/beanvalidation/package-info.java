/**
 * The Create Conversation request as OpenAPI Generator's {@code java} generator writes it with
 * {@code useBeanValidation=true} (7.21.0, from {@code benchmarks/openapi/helpscout.yaml}): fluent
 * setters, getters carrying {@code @NotNull}, {@code @Size}, {@code @Valid} and
 * {@code List<@Valid X>} / {@code List<@Email String>}, Java enums, {@code OffsetDateTime} for
 * instants and {@code byte[]} for Base64 content. Only the classes and fields the benchmark
 * request uses, with the generator's annotations unchanged, except where noted.
 *
 * <p>Added by hand so that both sides check the same rules (the generator does not write these):
 * {@code @Email} on {@code Customer.email} (7.21.0 writes it only on list elements), the
 * {@code @AssertTrue} cross-field rules OpenAPI cannot express (a customer has an id or an email;
 * {@code createdAt}/{@code closedAt} only when {@code imported}), and the threads as a class
 * hierarchy, so that Hibernate Validator cascades into each thread's own constraints (the
 * generator's {@code oneOf} wrapper would hide them from validation).
 */
package io.mailwright.benchmarks.beanvalidation;
