package com.example.valuelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A colour the shop mixes.
 *
 * <p>Each constant keeps the value the API writes; {@link #fromWireValue} reads it back and tolerates
 * values this client does not know.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public enum Color {
  /**
   * Signal red
   */
  RED("red"),

  /**
   * {@code dark-blue}
   */
  DARK_BLUE("dark-blue"),

  /**
   * {@code green}
   */
  GREEN("green");

  private final String wireValue;

  Color(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value as the API writes it.
   */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /**
   * The constant of a wire value.
   *
   * @return the constant, or {@code null} for {@code null} and for a value this client does not know
   */
  @JsonCreator
  public static @Nullable Color fromWireValue(@Nullable String wireValue) {
    if (wireValue == null) {
      return null;
    }
    return switch (wireValue) {
      case "red" -> RED;
      case "dark-blue" -> DARK_BLUE;
      case "green" -> GREEN;
      default -> null;
    };
  }

  /**
   * The wire value.
   */
  @Override
  public String toString() {
    return wireValue;
  }
}
