package io.mailwright.runtime.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How Jackson (2 or 3 databind) sees every generated request, response and builder class, said once
 * instead of on each: it sees only what generated code annotates ({@code @JsonProperty} on a field,
 * a setter or a creator parameter), never what merely looks like a getter; it ignores fields it does
 * not know (a request's builder still collects their names through its {@code @JsonAnySetter}); and
 * it leaves out what is {@code null}.
 *
 * <p>A bundle of jackson-annotations only ({@link JacksonAnnotationsInside}), so both Jackson
 * generations read it. For generated code; not meant for users' classes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface GeneratedJson {

  /**
   * On a request type's private static factory that takes its builder: Jackson reads the fields into
   * the builder (its {@code @JsonProperty} setters and fields) and hands it over
   * ({@code @JsonCreator(mode = DELEGATING)}); the value is not validated.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  @interface FromBuilder {}

  /**
   * On a response type's private constructor: Jackson passes each field by its
   * {@code @JsonProperty} parameter ({@code @JsonCreator(mode = PROPERTIES)}).
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.CONSTRUCTOR)
  @JacksonAnnotationsInside
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  @interface FromProperties {}
}
