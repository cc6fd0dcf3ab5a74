package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.PathParam;
import io.mailwright.model.Returns;

/** Get User (public documentation: users/get). */
@Endpoint(method = GET, path = "/v2/users/{userId}", status = 200, resource = "users", operation = "get")
@Returns(ListUsers.User.class)
@Doc("Gets a user.")
@ErrorResponse(status = 404, doc = "There is no such user.")
interface GetUser {
  @PathParam long userId();
}
