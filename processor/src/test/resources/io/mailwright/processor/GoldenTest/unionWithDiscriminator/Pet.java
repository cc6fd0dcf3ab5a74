package com.example.union;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import io.mailwright.runtime.internal.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A pet; its kind decides its fields.
 *
 * <p>Told apart by {@code kind}:
 * <ul>
 *   <li>{@code "dog"}: {@link Dog}
 *   <li>{@code "cat"}: {@link Cat}
 * </ul>
 */
@Generated("io.mailwright.processor.ClientProcessor")
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.PROPERTY,
    property = "kind"
)
@JsonSubTypes({@JsonSubTypes.Type(value = Dog.class, name = "dog"),
    @JsonSubTypes.Type(value = Cat.class, name = "cat")})
public abstract sealed class Pet implements Validatable permits Dog, Cat {
  Pet() {
  }

  @Override
  public List<Violation> validate() {
    Violations violations = new Violations();
    validateInto(violations);
    return violations.toList();
  }

  @Override
  public List<Violation> validateStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    return violations.toList();
  }

  /**
   * A builder holding every field of this value.
   */
  public abstract Builder toBuilder();

  @Override
  public abstract Pet requireValid();

  @Override
  public abstract Pet requireValidStrict();

  abstract void validateInto(Violations violations);

  /**
   * Builds one kind of {@link Pet}.
   */
  public abstract static sealed class Builder permits Dog.Builder, Cat.Builder {
    Builder() {
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation
     */
    public abstract Pet build();

    abstract Pet buildUnvalidated();
  }
}
