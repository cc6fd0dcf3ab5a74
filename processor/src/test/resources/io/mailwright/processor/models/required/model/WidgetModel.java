package com.example.required.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** Required fields: a required string must also be non-empty; other required fields must be present. */
@Api(title = "Widget API", baseUrl = "https://widgets.example.com/", endpoints = WidgetModel.CreateWidget.class)
public interface WidgetModel {
  @Endpoint(method = POST, path = "/widgets", status = 201, resource = "widgets", operation = "create")
  interface CreateWidget {
    @Body Widget widget();
  }

  @Shape
  @Doc("A widget.")
  interface Widget {
    @Required @Doc("The widget's name") String name();
    @Required @Doc("How many are in stock") Long count();
    @Required Boolean active();
    @Doc("A free note") String note();
  }
}
