package com.example.valuelist.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Json;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** Value lists: wire values kept as written, a @Json wire value, documented constants. */
@Api(title = "Paint API", baseUrl = "https://paint.example.com/", endpoints = PaintModel.OrderPaint.class)
public interface PaintModel {
  @Endpoint(method = POST, path = "/paints", status = 201, resource = "paints", operation = "order")
  interface OrderPaint {
    @Body Paint paint();
  }

  @Shape
  @Doc("A can of paint.")
  interface Paint {
    @Required @Doc("The colour") Color color();
    @Doc("The finish; the shop's default when absent") Finish finish();
  }

  @Doc("A colour the shop mixes.")
  enum Color {
    @Doc("Signal red") red,
    @Json("dark-blue") darkBlue,
    green
  }

  enum Finish { matte, gloss }
}
