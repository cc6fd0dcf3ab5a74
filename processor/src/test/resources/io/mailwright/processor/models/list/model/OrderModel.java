package com.example.list.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import io.mailwright.model.Size;
import java.util.List;

/**
 * Lists: a required list of objects with a size, an optional list of strings with a max size, and
 * one without rules.
 */
@Api(title = "Order API", baseUrl = "https://orders.example.com/", endpoints = OrderModel.PlaceOrder.class)
public interface OrderModel {
  @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "place")
  interface PlaceOrder {
    @Body Order order();
  }

  @Shape
  @Doc("An order.")
  interface Order {
    @Required @Size(min = 1, max = 10) @Doc("What is ordered") List<LineItem> items();
    @Size(max = 3) @Doc("Labels for the order") List<String> tags();
    @Doc("Custom fields, as name=value; named like toString's local on purpose") List<String> fields();
  }

  @Shape
  @Doc("One line of an order.")
  interface LineItem {
    @Required @Doc("The article") String sku();
    @Required @Doc("How many") Integer quantity();
  }
}
