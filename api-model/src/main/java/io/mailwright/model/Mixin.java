package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pieces several pages share, declared once (as Smithy's mixins): a {@code @Shape} or an
 * {@code @Endpoint} that {@code extends} the annotated interface includes them. It is never a type
 * of its own: nothing is generated for it.
 *
 * <ul>
 *   <li>Its methods are fields (of a shape) or path parameters and body fields (of an endpoint), with
 *       every annotation they carry ({@code @Doc}, {@code @Required}, {@code @OnlyWhen}...). They come
 *       after the including interface's own methods, in the mixin's order; to place one among them,
 *       as a page's table does, redeclare it there bare ({@code Boolean imported();}): it keeps the
 *       mixin's annotations, and may not add its own (MW146).
 *   <li>Its {@link ErrorResponse}s and {@link ResponseHeader}s apply to an endpoint that includes it,
 *       after the endpoint's own.
 *   <li>A mixin can include other mixins. An including interface may extend only mixins (MW145).
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Mixin {}
