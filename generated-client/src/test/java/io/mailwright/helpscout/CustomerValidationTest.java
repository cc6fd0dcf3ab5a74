package io.mailwright.helpscout;

import static io.mailwright.helpscout.Fixtures.vernonBear;
import static io.mailwright.helpscout.ViolationAssert.assertBuildFails;
import static io.mailwright.helpscout.ViolationAssert.assertValid;
import static io.mailwright.helpscout.ViolationAssert.violation;
import static io.mailwright.helpscout.Wire.wire;
import static io.mailwright.runtime.Rule.AT_LEAST_ONE;
import static io.mailwright.runtime.Rule.EMAIL;
import static io.mailwright.runtime.Rule.LENGTH;
import static io.mailwright.runtime.Rule.ONE_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer table shared by seeds 000, 001, 002 and 004: "id or email", the email format, the
 * length limits with their edge values, and the value lists of photoType and gender (kept by 001 and
 * 004, lost by 000).
 */
class CustomerValidationTest {

  // --- first and last name: "When defined it must be between 1 and 40 characters."

  @ParameterizedTest
  @ValueSource(ints = {1, 40})
  void firstNameOf1To40CharactersIsAccepted(int length) {
    assertValid(vernonBear().firstName("f".repeat(length)).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 41})
  void firstNameShorterThan1OrLongerThan40IsRejected(int length) {
    String name = "f".repeat(length);
    assertBuildFails(vernonBear().firstName(name)::build,
        violation("firstName", LENGTH, "length must be 1..40, was " + length));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 40})
  void lastNameOf1To40CharactersIsAccepted(int length) {
    assertValid(vernonBear().lastName("l".repeat(length)).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 41})
  void lastNameShorterThan1OrLongerThan40IsRejected(int length) {
    assertBuildFails(vernonBear().lastName("l".repeat(length))::build,
        violation("lastName", LENGTH, "length must be 1..40, was " + length));
  }

  /** Length counts characters: 40 non-ASCII letters are 40, not their UTF-8 bytes. */
  @Test
  void nameLengthCountsCharactersNotBytes() {
    assertValid(vernonBear().firstName("é".repeat(40)).build());
  }

  // --- the fields with a maximum length only

  static Stream<Arguments> maximumLengths() {
    return Stream.of(
        Arguments.of("photoUrl", 200, setter(Customer.Builder::photoUrl)),
        Arguments.of("background", 200, setter(Customer.Builder::background)),
        Arguments.of("jobTitle", 60, setter(Customer.Builder::jobTitle)),
        Arguments.of("location", 60, setter(Customer.Builder::location)),
        Arguments.of("organization", 60, setter(Customer.Builder::organization)));
  }

  private static BiFunction<Customer.Builder, String, Customer.Builder> setter(
      BiFunction<Customer.Builder, String, Customer.Builder> setter) {
    return setter;
  }

  @ParameterizedTest(name = "{0} of {1} characters")
  @MethodSource("maximumLengths")
  void fieldAtItsMaximumLengthIsAccepted(String field, int max, BiFunction<Customer.Builder, String, Customer.Builder> set) {
    assertValid(set.apply(vernonBear(), "x".repeat(max)).build());
  }

  @ParameterizedTest(name = "{0} of {1} + 1 characters")
  @MethodSource("maximumLengths")
  void fieldOneCharacterOverItsMaximumIsRejected(String field, int max, BiFunction<Customer.Builder, String, Customer.Builder> set) {
    assertBuildFails(set.apply(vernonBear(), "x".repeat(max + 1))::build,
        violation(field, LENGTH, "length must be at most " + max + ", was " + (max + 1)));
  }

  /** These fields have a maximum only: the empty text is within it. */
  @ParameterizedTest(name = "{0} empty")
  @MethodSource("maximumLengths")
  void fieldWithOnlyAMaximumMayBeEmpty(String field, int max, BiFunction<Customer.Builder, String, Customer.Builder> set) {
    assertValid(set.apply(vernonBear(), "").build());
  }

  // --- "Must contain a valid customer id or an email address."

  @Test
  void customerWithNeitherIdNorEmailIsRejectedAtTheCustomersPath() {
    Customer.Builder nameOnly = Customer.builder().firstName("Vernon").lastName("Bear");

    assertBuildFails(nameOnly::build, violation("", AT_LEAST_ONE, "must have id or email"));
  }

  @Test
  void customerWithIdAndEmailIsAccepted() {
    assertValid(vernonBear().id(456L).build());
  }

  /** The seeds' thread customers: {@code {"id" : 456}}, nothing else. */
  @Test
  void customerWithOnlyAnIdIsAccepted() {
    assertValid(Customer.builder().id(456L).build());
  }

  /** Seed 004's thread customer: {@code {"email" : "bear@acme.com"}}, nothing else. */
  @Test
  void customerWithOnlyAnEmailIsAccepted() {
    assertValid(Customer.builder().email("bear@acme.com").build());
  }

  // --- email

  @ParameterizedTest
  @ValueSource(strings = {"bear@acme.com", "vernon.bear+support@mail.acme.co.uk", "bear@localhost"})
  void emailAddressIsAccepted(String email) {
    assertValid(vernonBear().email(email).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bear", "bear at acme.com", "@acme.com", "bear@", "Vernon Bear <bear@acme.com>", "bear@acme..com"})
  void emailThatIsNotAnAddressIsRejected(String email) {
    assertBuildFails(vernonBear().email(email)::build,
        violation("email", EMAIL, "must be an email address, was '" + email + "'"));
  }

  /** The local part: no whitespace, quotes, brackets or separators, no dot at either end nor two in a row. */
  @ParameterizedTest
  @ValueSource(strings = {"vernon bear@acme.com", "\"bear\"@acme.com", "bear(x)@acme.com", "be,ar@acme.com",
      "be:ar@acme.com", "be;ar@acme.com", "be<ar@acme.com", "[bear]@acme.com", "be\\ar@acme.com",
      "bear\t@acme.com", "be\u007far@acme.com", ".bear@acme.com", "bear.@acme.com", "ver..bear@acme.com"})
  void emailWhoseLocalPartIsNotAnAddressIsRejected(String email) {
    assertBuildFails(vernonBear().email(email)::build,
        violation("email", EMAIL, "must be an email address, was '" + email + "'"));
  }

  /** A local part may hold the other printable characters, one dot between two others. */
  @ParameterizedTest
  @ValueSource(strings = {"v.bear@acme.com", "bear!#$%&'*+/=?^_`{|}~-@acme.com", "b@acme.com", "\u00e9t\u00e9@acme.com"})
  void emailWithAnUnusualButValidLocalPartIsAccepted(String email) {
    assertValid(vernonBear().email(email).build());
  }

  /** The last label of the domain is a label like the others: not empty, no hyphen at either end. */
  @ParameterizedTest
  @ValueSource(strings = {"bear@acme.", "bear@acme-", "bear@acme.-com", "bear@acme.com-", "bear@-acme.com",
      "bear@acme.c_m", "bear@.acme.com"})
  void emailWhoseDomainEndsOrStartsBadlyIsRejected(String email) {
    assertBuildFails(vernonBear().email(email)::build,
        violation("email", EMAIL, "must be an email address, was '" + email + "'"));
  }

  /** The limits of RFC 5321: a local part of at most 64 characters, a label of 63, an address of 254. */
  @Test
  void emailAtTheLengthLimitsIsAcceptedAndOneMoreIsRejected() {
    String label63 = "a".repeat(63);
    String domain = label63 + "." + label63 + "." + label63 + "." + "b".repeat(59);   // 251 characters: "bb@" and it are 254
    List<String> accepted = List.of("b".repeat(64) + "@acme.com", "bear@" + label63 + ".com", "bb@" + domain);
    for (String email : accepted) {
      assertValid(vernonBear().email(email).build());
    }
    List<String> rejected = List.of("b".repeat(65) + "@acme.com", "bear@" + label63 + "a.com", "bbb@" + domain);
    for (String email : rejected) {
      assertBuildFails(vernonBear().email(email)::build,
          violation("email", EMAIL, "must be an email address, was '" + email + "'"));
    }
  }

  // --- value lists

  @ParameterizedTest
  @EnumSource(PhotoType.class)
  void everyDocumentedPhotoTypeIsAccepted(PhotoType photoType) {
    assertValid(vernonBear().photoType(photoType).build());
  }

  @Test
  void photoTypesAreTheDocumentedList() {
    assertEquals(List.of("unknown", "gravatar", "twitter", "facebook", "googleprofile", "googleplus", "linkedin", "instagram"),
        Arrays.stream(PhotoType.values()).map(PhotoType::wireValue).toList());
  }

  @Test
  void unknownPhotoTypeIsRejected() {
    assertBuildFails(wire(vernonBear(), "photoType", "myspace")::build,
        violation("photoType", ONE_OF,
            "must be one of [unknown, gravatar, twitter, facebook, googleprofile, googleplus, linkedin, instagram], was 'myspace'"));
  }

  @ParameterizedTest
  @EnumSource(Gender.class)
  void everyDocumentedGenderIsAccepted(Gender gender) {
    assertValid(vernonBear().gender(gender).build());
  }

  @Test
  void gendersAreTheDocumentedList() {
    assertEquals(List.of("male", "female", "unknown"), Arrays.stream(Gender.values()).map(Gender::wireValue).toList());
  }

  @Test
  void unknownGenderIsRejected() {
    assertBuildFails(wire(vernonBear(), "gender", "Male")::build,
        violation("gender", ONE_OF, "must be one of [male, female, unknown], was 'Male'"));
  }

  // --- all at once

  @Test
  void everyBrokenRuleOfACustomerIsReportedAtOnce() {
    Customer.Builder customer = wire(wire(Customer.builder(), "photoType", "myspace"), "gender", "other")
        .firstName("")
        .lastName("l".repeat(41))
        .photoUrl("u".repeat(201))
        .jobTitle("j".repeat(61))
        .background("b".repeat(201))
        .location("l".repeat(61))
        .organization("o".repeat(61));

    assertBuildFails(customer::build,
        violation("", AT_LEAST_ONE, "must have id or email"),
        violation("firstName", LENGTH, "length must be 1..40, was 0"),
        violation("lastName", LENGTH, "length must be 1..40, was 41"),
        violation("photoUrl", LENGTH, "length must be at most 200, was 201"),
        violation("jobTitle", LENGTH, "length must be at most 60, was 61"),
        violation("photoType", ONE_OF,
            "must be one of [unknown, gravatar, twitter, facebook, googleprofile, googleplus, linkedin, instagram], was 'myspace'"),
        violation("background", LENGTH, "length must be at most 200, was 201"),
        violation("location", LENGTH, "length must be at most 60, was 61"),
        violation("organization", LENGTH, "length must be at most 60, was 61"),
        violation("gender", ONE_OF, "must be one of [male, female, unknown], was 'other'"));
  }
}
