package com.example.length.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Length;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** String lengths: min..max, max only, min only, and a required string with a length. */
@Api(title = "Profile API", baseUrl = "https://profiles.example.com/", endpoints = ProfileModel.CreateProfile.class)
public interface ProfileModel {
  @Endpoint(method = POST, path = "/profiles", status = 201, resource = "profiles", operation = "create")
  interface CreateProfile {
    @Body Profile profile();
  }

  @Shape
  @Doc("A user profile.")
  interface Profile {
    @Length(min = 1, max = 40) @Doc("First name, 1 to 40 characters when defined") String firstName();
    @Length(max = 200) @Doc("About the user, at most 200 characters") String bio();
    @Length(min = 3) @Doc("An invitation code, at least 3 characters") String inviteCode();
    @Required @Length(min = 2, max = 15) @Doc("The handle") String handle();
  }
}
