package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Paged;
import io.mailwright.model.Query;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/** List Users (public documentation: users/list). */
@Endpoint(method = GET, path = "/v2/users", status = 200, resource = "users", operation = "list")
@Paged(item = ListUsers.User.class, embedded = "users")
@Doc("Lists the users of the account, including those who have not yet accepted their invitations.")
interface ListUsers {
  @Query @Doc("Looks up users by email, exact match") String email();
  @Query @Doc("Looks up users by inbox") Long mailbox();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  @Shape
  @Doc("A Help Scout user.")
  interface User {
    @Doc("User ID: the user of a thread, assignTo of a conversation") Long id();
    @Doc("First name") String firstName();
    @Doc("Last name") String lastName();
    @Doc("Email address") String email();
    @Doc("Role of the user") UserRole role();
    @Doc("Time zone of the user") String timezone();
    @Doc("URL of the user's photo") String photoUrl();
    @Doc("When the user was created - ISO 8601 date time") Instant createdAt();
    @Doc("When the user was last updated - ISO 8601 date time") Instant updatedAt();
    @Doc("User or team") GetConversation.PersonType type();
    @Doc("Mention handle") String mention();
    @Doc("Initials") String initials();
    @Doc("Job title") String jobTitle();
    @Doc("Phone number") String phone();
    @Doc("Other email addresses of the user") List<String> alternateEmails();
  }

  /** {@code role}. */
  @Doc("Role of a user.")
  enum UserRole { owner, admin, user }
}
