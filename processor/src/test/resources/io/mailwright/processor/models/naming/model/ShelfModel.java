package com.example.naming.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Json;
import io.mailwright.model.Shape;
import java.util.List;

/** Names a user meets: constants of wire values in any spelling, and the singular of each list for its addX. */
@Api(title = "Shelf API", baseUrl = "https://shelves.example.com/", endpoints = ShelfModel.FillShelf.class)
public interface ShelfModel {
  @Endpoint(method = POST, path = "/shelves", status = 201, resource = "shelves", operation = "fill")
  interface FillShelf {
    @Body Shelf shelf();
  }

  @Shape
  interface Shelf {
    State state();
    List<String> categories();
    List<String> boxes();
    List<String> glasses();
    List<String> brushes();
    List<String> matches();
    List<String> address();
    List<String> cc();
    List<String> ies();
    List<String> s();
  }

  enum State {
    inProgress,
    @Json("on-hold") onHold,
    @Json("-draft") draft,
    @Json("done-") done,
    @Json("2fa") twoFactor,
    @Json("ALL_CAPS") allCaps
  }
}
