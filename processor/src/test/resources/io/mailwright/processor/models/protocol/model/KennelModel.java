package com.example.protocol.model;

import static io.mailwright.model.HttpMethod.POST;
import static io.mailwright.model.ResponseHeader.Meaning.RESOURCE_ID;
import static io.mailwright.model.ResponseHeader.Meaning.WEB_LOCATION;

import io.mailwright.model.Api;
import io.mailwright.model.ApiHeaders;
import io.mailwright.model.Authorization;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorBody;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.ErrorType;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;

/** An API that says what it means beyond HTTP: token endpoint, headers, error bodies, its own 409 and 423. */
@Authorization(tokenPath = "auth/token", authorizeUrl = "https://kennel.example.com/authorize")
@ApiHeaders(correlationId = "X-Request-Id", rateLimit = "X-Quota-Limit", rateLimitRemaining = "X-Quota-Left",
    retryAfter = "X-Quota-Reset")
@ErrorBody(message = "detail", correlationId = "trace", fieldErrors = "problems.fields", fieldPath = "pointer",
    fieldMessage = "detail", fieldRejectedValue = "given", fieldCodeLink = "type")
@ErrorType(status = 409, name = "KennelFullException", doc = "The kennel has no free run.")
@ErrorType(status = 423, name = "DogAsleepException", doc = "The dog is asleep: try after its nap.")
@Api(title = "Kennel API", baseUrl = "https://kennel.example.com/", endpoints = KennelModel.AdmitDog.class)
public interface KennelModel {
  @Endpoint(method = POST, path = "/dogs", status = 201, resource = "dogs", operation = "admit")
  @Doc("Admits a dog.")
  @ResponseHeader(name = "Dog-Id", doc = "The new dog's id", meaning = RESOURCE_ID)
  @ResponseHeader(name = "Dog-Page", doc = "The dog's page on the kennel's site", meaning = WEB_LOCATION)
  @ResponseHeader(name = "Location", doc = "The new dog's URL")
  @ErrorResponse(status = 409, doc = "No run is free today.")
  interface AdmitDog {
    @Required @Doc("The dog's name") String name();
  }
}
