package com.example.explicitnull;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.helpscout.runtime.JsonNull;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.Rule;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import io.mailwright.helpscout.runtime.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Who a ticket is assigned to.
 *
 * <p>Immutable. Make one with {@link #builder()}: {@link Builder#build()} checks every documented rule
 * and reports all violations at once, each with its JSON path.
 */
@Generated("io.mailwright.processor.ClientProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonPropertyOrder({"assignee", "team", "priority"})
public final class Assignment implements Validatable {
  private final @Nullable Long assignee;

  private final boolean assigneeSet;

  private final @Nullable String team;

  private final boolean teamSet;

  private final @Nullable String priority;

  private final boolean prioritySet;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Assignment(Builder builder) {
    this.assignee = builder.assignee;
    this.assigneeSet = builder.assigneeSet;
    this.team = builder.team;
    this.teamSet = builder.teamSet;
    this.priority = builder.priority;
    this.prioritySet = builder.prioritySet;
    this.unknownJsonFields = builder.unknownJsonFields == null ? null : List.copyOf(builder.unknownJsonFields);
  }

  /**
   * A builder with no field set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every field of this value.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The assigned user. Absent: unchanged; null: unassigned.
   *
   * <p>Absent, null and a value are three different requests.
   */
  public @Nullable Long assignee() {
    return assignee;
  }

  /**
   * Whether the request carries {@code assignee}: true for a value and for an explicit {@code null}, false when
   * it is absent.
   */
  public boolean hasAssignee() {
    return assigneeSet;
  }

  @JsonProperty("assignee")
  private @Nullable Object assigneeJson() {
    return !assigneeSet ? null : assignee == null ? JsonNull.INSTANCE : assignee;
  }

  /**
   * The team. Absent: unchanged; null: no team.
   *
   * <p>Length at most 20 when defined. Absent, null and a value are three different requests.
   */
  public @Nullable String team() {
    return team;
  }

  /**
   * Whether the request carries {@code team}: true for a value and for an explicit {@code null}, false when
   * it is absent.
   */
  public boolean hasTeam() {
    return teamSet;
  }

  @JsonProperty("team")
  private @Nullable Object teamJson() {
    return !teamSet ? null : team == null ? JsonNull.INSTANCE : team;
  }

  /**
   * The priority. Absent: unchanged; null: the queue's default.
   *
   * <p>One of low, high. Absent, null and a value are three different requests.
   *
   * @return the value, or {@code null} when absent (or, in a value read from JSON and not validated, unknown)
   */
  public @Nullable Priority priority() {
    return Priority.fromWireValue(priority);
  }

  /**
   * Whether the request carries {@code priority}: true for a value and for an explicit {@code null}, false when
   * it is absent.
   */
  public boolean hasPriority() {
    return prioritySet;
  }

  @JsonProperty("priority")
  private @Nullable Object priorityJson() {
    return !prioritySet ? null : priority == null ? JsonNull.INSTANCE : priority;
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
   * This value, when {@link #validate()} finds nothing: validate-or-throw in one step for a value read from JSON.
   *
   * @throws RequestValidationException listing every violation, each with its JSON path
   */
  @Override
  public Assignment requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Assignment");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Assignment requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Assignment");
    return this;
  }

  void validateInto(Violations violations) {
    if (!this.assigneeSet && !this.teamSet) {
      violations.addHere(Rule.AT_LEAST_ONE, "must have assignee or team");
    }
    if (this.team != null && this.team.length() > 20) {
      violations.add("team", Rule.LENGTH, "length must be at most 20, was " + this.team.length(), this.team);
    }
    if (this.priority != null && Priority.fromWireValue(this.priority) == null) {
      violations.add("priority", Rule.ONE_OF, "must be one of [low, high], was '" + this.priority + "'", this.priority);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assignment that
        && Objects.equals(this.assignee, that.assignee)
        && this.assigneeSet == that.assigneeSet
        && Objects.equals(this.team, that.team)
        && this.teamSet == that.teamSet
        && Objects.equals(this.priority, that.priority)
        && this.prioritySet == that.prioritySet;
  }

  @Override
  public int hashCode() {
    return Objects.hash(assignee, assigneeSet, team, teamSet, priority, prioritySet);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Assignment{", "}");
    if (this.assigneeSet) {
      joiner.add("assignee=" + this.assignee);
    }
    if (this.teamSet) {
      joiner.add("team=" + this.team);
    }
    if (this.prioritySet) {
      joiner.add("priority=" + this.priority);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Assignment fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Assignment}. Setting a field to {@code null} leaves it out of the request
   * (except a field whose absent and null states differ: there {@code null} is sent as JSON null).
   */
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private @Nullable Long assignee;

    private boolean assigneeSet;

    private @Nullable String team;

    private boolean teamSet;

    private @Nullable String priority;

    private boolean prioritySet;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Assignment source) {
      this.assignee = source.assignee;
      this.assigneeSet = source.assigneeSet;
      this.team = source.team;
      this.teamSet = source.teamSet;
      this.priority = source.priority;
      this.prioritySet = source.prioritySet;
      this.unknownJsonFields = source.unknownJsonFields == null ? null : new ArrayList<>(source.unknownJsonFields);
    }

    /**
     * Jackson hands over every field it does not know: kept by name for {@code validateStrict()}.
     */
    @JsonAnySetter
    private void unknownJsonField(String name, @Nullable Object value) {
      if (this.unknownJsonFields == null) {
        this.unknownJsonFields = new ArrayList<>();
      }
      this.unknownJsonFields.add(name);
    }

    /**
     * The assigned user. Absent: unchanged; null: unassigned.
     *
     * <p>Absent, null and a value are three different requests.
     *
     * @param assignee the value, or {@code null} to send an explicit {@code null}
     */
    @JsonProperty("assignee")
    public Builder assignee(@Nullable Long assignee) {
      this.assignee = assignee;
      this.assigneeSet = true;
      return this;
    }

    /**
     * The assigned user. Absent: unchanged; null: unassigned.
     *
     * <p>Absent, null and a value are three different requests.
     */
    public Builder assignee(long assignee) {
      return assignee(Long.valueOf(assignee));
    }

    /**
     * The team. Absent: unchanged; null: no team.
     *
     * <p>Length at most 20 when defined. Absent, null and a value are three different requests.
     *
     * @param team the value, or {@code null} to send an explicit {@code null}
     */
    @JsonProperty("team")
    public Builder team(@Nullable String team) {
      this.team = team;
      this.teamSet = true;
      return this;
    }

    /**
     * The priority. Absent: unchanged; null: the queue's default.
     *
     * <p>One of low, high. Absent, null and a value are three different requests.
     */
    public Builder priority(@Nullable Priority priority) {
      this.priority = priority == null ? null : priority.wireValue();
      this.prioritySet = true;
      return this;
    }

    @JsonProperty("priority")
    private Builder priorityJson(@Nullable String wireValue) {
      this.priority = wireValue;
      this.prioritySet = true;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Assignment build() {
      Assignment value = new Assignment(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Assignment");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Assignment buildUnvalidated() {
      return new Assignment(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Assignment.Builder{", "}");
      if (this.assigneeSet) {
        joiner.add("assignee=" + this.assignee);
      }
      if (this.teamSet) {
        joiner.add("team=" + this.team);
      }
      if (this.prioritySet) {
        joiner.add("priority=" + this.priority);
      }
      return joiner.toString();
    }
  }
}
