package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Embedded;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Link;
import io.mailwright.model.PathParam;
import io.mailwright.model.Returns;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * Get Customer (public documentation: customers/get). Readings taken: the page documents no
 * {@code embed} parameter; its response carries the customer's emails, phones, chats, social
 * profiles, websites and properties under {@code _embedded} without one, so they are modelled as
 * embedded lists (empty when the API leaves them out), and {@code _embedded.address} (an object,
 * not a list) is not modelled. {@code gender} reads back capitalized in the page's example
 * ({@code "Male"}), which is not one of the create side's values: it is kept as sent
 * ({@code genderWireValue()}).
 */
@Endpoint(method = GET, path = "/v2/customers/{customerId}", status = 200, resource = "customers", operation = "get")
@Returns(GetCustomer.CustomerDetails.class)
@Doc("Gets a customer with the entries embedded in it.")
@ErrorResponse(status = 404, doc = "There is no such customer.")
interface GetCustomer {
  @PathParam long customerId();

  @Shape
  @Doc("A customer as the API answers it.")
  interface CustomerDetails {
    @Doc("Customer ID") Long id();
    @Doc("First name") String firstName();
    @Doc("Last name") String lastName();
    @Doc("Gender of this customer") Customer.Gender gender();
    @Doc("Job title") String jobTitle();
    @Doc("Location of the customer") String location();
    @Doc("Organization") String organization();
    @Doc("ID of the customer's organization") Long organizationId();
    @Doc("Type of photo") Customer.PhotoType photoType();
    @Doc("URL of the customer's photo") String photoUrl();
    @Doc("Customer's age") String age();
    @Doc("Number of conversations of the customer") Long conversationCount();
    @Doc("When the customer was created - ISO 8601 date time") Instant createdAt();
    @Doc("When the customer was last updated - ISO 8601 date time") Instant updatedAt();
    @Doc("The Notes field from the user interface") String background();
    @Doc("Whether the customer is a draft") Boolean draft();
    @Embedded("emails") @Doc("Email addresses") List<ContactEntry> emails();
    @Embedded("phones") @Doc("Phone numbers") List<ContactEntry> phones();
    @Embedded("chats") @Doc("Chat handles") List<ContactEntry> chats();
    @Embedded("social_profiles") @Doc("Social profiles") List<ContactEntry> socialProfiles();
    @Embedded("websites") @Doc("Websites") List<ContactEntry> websites();
    @Embedded("properties") @Doc("Customer properties and their values") List<CustomerProperty> properties();
    @Link("self") @Doc("The customer in the API") String selfLink();
  }

  /** An entry of {@code _embedded.emails}, {@code phones}, {@code chats}, {@code social_profiles}, {@code websites}. */
  @Shape
  @Doc("An email address, phone number, chat handle, social profile or website of a customer.")
  interface ContactEntry {
    @Doc("Entry ID") Long id();
    @Doc("The address, number, handle or URL") String value();
    @Doc("Its kind (home, work, twitter, aim, ...)") String type();
  }

  /** An entry of {@code _embedded.properties}. */
  @Shape
  @Doc("A customer property and its value.")
  interface CustomerProperty {
    @Doc("Property type") String type();
    @Doc("Property slug") String slug();
    @Doc("Property name") String name();
    @Doc("The value as stored") String value();
    @Doc("The value as displayed") String text();
  }
}
