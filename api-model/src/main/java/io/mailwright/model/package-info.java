/**
 * The vocabulary of an API model: annotations on plain Java interfaces and enums that describe an
 * HTTP API the way its reference documentation does, one line per field.
 *
 * <ul>
 *   <li>{@link io.mailwright.model.Api} marks the root of a model and lists its endpoints.
 *   <li>{@link io.mailwright.model.Endpoint} marks an interface that describes one operation: its
 *       methods are the path parameters ({@link io.mailwright.model.PathParam}) and either the body
 *       fields or a single {@link io.mailwright.model.Body}.
 *   <li>{@link io.mailwright.model.Shape} marks a payload object declared once and reused;
 *       {@link io.mailwright.model.Union} marks a family of shapes told apart by a discriminator.
 *   <li>An {@code enum} is a value list: its constants are the accepted wire values.
 *   <li>What an endpoint answers: {@link io.mailwright.model.Returns} (one response shape),
 *       {@link io.mailwright.model.Paged} (a HAL list page), or neither (headers only,
 *       {@link io.mailwright.model.ResponseHeader}); {@link io.mailwright.model.Query} marks its
 *       query parameters, {@link io.mailwright.model.Embedded} and {@link io.mailwright.model.Link}
 *       the HAL parts of a response shape, {@link io.mailwright.model.ResolvesMoved} a read that
 *       answers 301 for a moved resource.
 *   <li>What the API says beyond HTTP, on the root: {@link io.mailwright.model.Authorization} (its
 *       token endpoint), {@link io.mailwright.model.ApiHeaders} (correlation and rate-limit headers),
 *       {@link io.mailwright.model.ErrorBody} (the shape of its error bodies) and
 *       {@link io.mailwright.model.ErrorType} (a status with an exception type of its own); per
 *       endpoint, {@link io.mailwright.model.ResponseHeader#meaning()}.
 *   <li>Field annotations carry the documented rules: {@link io.mailwright.model.Required},
 *       {@link io.mailwright.model.Length}, {@link io.mailwright.model.Size},
 *       {@link io.mailwright.model.Format}, {@link io.mailwright.model.OnlyWhen},
 *       {@link io.mailwright.model.ExplicitNull} and the description, {@link io.mailwright.model.Doc}.
 * </ul>
 *
 * <p>Every annotation has {@code CLASS} retention: the processor reads the model from compiled
 * classes, and nothing of the model is needed at run time.
 */
package io.mailwright.model;
