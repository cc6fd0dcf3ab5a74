package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The member goldens cut the right blocks out of JavaPoet's output, and never lose one quietly. */
class GoldenMembersTest {
  private static final String SOURCE = """
      package com.example;

      import java.util.List;

      /**
       * A thing.
       */
      @Generated("x")
      @JsonPropertyOrder({"a", "b"})
      public final class Thing {
        private final String a;

        private Thing(Builder builder) {
          this.a = builder.a;
        }

        /**
         * The a.
         */
        public String a() {
          return a;
        }

        void validateInto(Violations violations) {
          violations.unknownFields(null);
        }

        /**
         * The builder.
         */
        public static final class Builder {
          private String a;

          public Builder a(String a) {
            this.a = a;
            return this;
          }

          public Builder a(long a) {
            return a(String.valueOf(a));
          }
        }
      }
      """;

  @Test
  void cutsMembersOfTheTypeAndOfItsBuilderWithTheirJavadoc() {
    String members = GoldenMembers.extract(SOURCE,
        List.of("header:@JsonPropertyOrder", "a", "Builder.a", "Thing", "validateInto"));

    assertThat(members).isEqualTo("""
        @JsonPropertyOrder({"a", "b"})

          private final String a;

          /**
           * The a.
           */
          public String a() {
            return a;
          }

            private String a;

            public Builder a(String a) {
              this.a = a;
              return this;
            }

            public Builder a(long a) {
              return a(String.valueOf(a));
            }

          private Thing(Builder builder) {
            this.a = builder.a;
          }

          void validateInto(Violations violations) {
            violations.unknownFields(null);
          }
        """);
  }

  @Test
  void aSelectorThatMatchesNothingFails() {
    AssertionError e = assertThrows(AssertionError.class, () -> GoldenMembers.extract(SOURCE, List.of("b")));

    assertThat(e).hasMessageThat().startsWith("no member b in the generated source");
  }
}
