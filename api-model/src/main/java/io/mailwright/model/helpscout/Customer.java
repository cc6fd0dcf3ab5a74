package io.mailwright.model.helpscout;

import static io.mailwright.model.Format.Kind.EMAIL;

import io.mailwright.model.AtLeastOne;
import io.mailwright.model.Doc;
import io.mailwright.model.Format;
import io.mailwright.model.Length;
import io.mailwright.model.Shape;

/**
 * The customer object of Create Conversation and of the customer, chat, reply and phone thread
 * pages. Its table is the same on seeds 000, 001 and 004 and on the phone page (001 and 004 keep
 * the value lists that 000 lost). Seed 002 (reply) names the field ("customer Object Y Customer
 * being replied to") without the table: the reading taken is that it is the same object, with the
 * same rules, as the other pages' customer.
 */
@Shape
@AtLeastOne({"id", "email"})
@Doc("Must contain a valid customer id or an email address. If the id field is defined, the email"
    + " will be ignored. If the id is not defined, email is used to look up a customer. If a customer"
    + " with the email in question does not exist a new one will be created, using all the optional"
    + " fields and email. If a customer is matched either via id or email field, the rest of the"
    + " optional fields is ignored.")
interface Customer {
  @Doc("Customer ID") Long id();
  @Format(EMAIL) @Doc("Customer’s email") String email();
  @Length(min = 1, max = 40) @Doc("First name of the customer. When defined it must be between 1 and 40 characters.") String firstName();
  @Length(min = 1, max = 40) @Doc("Last name of the customer. When defined it must be between 1 and 40 characters.") String lastName();
  @Doc("Optional phone number that will be used when creating a new customer") String phone();
  @Length(max = 200) @Doc("URL of the customer’s photo. Max length 200 characters.") String photoUrl();
  @Length(max = 60) @Doc("Job title. Max length 60 characters.") String jobTitle();
  @Doc("Type of photo.") PhotoType photoType();
  @Length(max = 200) @Doc("This is the Notes field from the user interface. Max length 200 characters.") String background();
  @Length(max = 60) @Doc("Location of the customer. Max length 60 characters.") String location();
  @Length(max = 60) @Doc("Organization. Max length 60 characters.") String organization();
  @Doc("Gender of this customer.") Gender gender();
  @Doc("Customer’s age") String age();

  /** {@code photoType}: "Accepted values are:" */
  @Doc("Type of a customer's photo.")
  enum PhotoType { unknown, gravatar, twitter, facebook, googleprofile, googleplus, linkedin, instagram }

  /** {@code gender}: "Accepted values are:" */
  @Doc("Gender of a customer.")
  enum Gender { male, female, unknown }
}
