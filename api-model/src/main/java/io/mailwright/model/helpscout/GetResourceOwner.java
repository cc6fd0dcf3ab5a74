package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Returns;

/**
 * Get Resource Owner (public documentation: users/me). Reading taken: with the client-credentials
 * grant the resource owner is the account owner who created the application.
 */
@Endpoint(method = GET, path = "/v2/users/me", status = 200, resource = "users", operation = "me")
@Returns(ListUsers.User.class)
@Doc("Gets the user the access token acts for: the resource owner.")
interface GetResourceOwner {}
