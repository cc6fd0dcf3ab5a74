package com.example.shop.model;

import static io.mailwright.model.HttpMethod.GET;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Length;
import io.mailwright.model.Paged;
import io.mailwright.model.Pattern;
import io.mailwright.model.Query;
import io.mailwright.model.Range;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import java.util.List;

/**
 * A user's own model, not Help Scout's: the rules Help Scout's model does not use (@Pattern, @Range,
 * @Required text with further checks, a list of ints as a query parameter, objects nested nine deep).
 */
@Api(title = "Shop API", baseUrl = "https://shop.example.com/", endpoints = {ShopModel.PlaceOrder.class,
    ShopModel.ListOrders.class})
public interface ShopModel {
  @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "place")
  interface PlaceOrder {
    @Body Order order();
  }

  @Endpoint(method = GET, path = "/orders", status = 200, resource = "orders", operation = "list")
  @Paged(item = OrderSummary.class, embedded = "orders")
  interface ListOrders {
    @Query @Doc("Aisles to look in") List<Integer> aisle();
  }

  @Shape
  @Doc("An order.")
  interface Order {
    @Required @Length(max = 12) @Pattern("[A-Z]{3}-\\d+") @Doc("The product code") String code();
    @Pattern("#[0-9a-f]{6}") @Doc("The colour of the wrapping") String colour();
    @Required @Range(min = 1, max = 90) @Doc("How many") Integer quantity();
    @Range(min = 1) @Doc("Weight in grams") Long grams();
    @Range(max = 100) @Doc("The priority") Long priority();
    @Length(min = 2) @Doc("A note for the packer") String note();
    @Doc("The outer box") Box1 box();
  }

  @Shape @Doc("A box.") interface Box1 { @Doc("The box inside") Box2 box(); }
  @Shape @Doc("A box.") interface Box2 { @Doc("The box inside") Box3 box(); }
  @Shape @Doc("A box.") interface Box3 { @Doc("The box inside") Box4 box(); }
  @Shape @Doc("A box.") interface Box4 { @Doc("The box inside") Box5 box(); }
  @Shape @Doc("A box.") interface Box5 { @Doc("The box inside") Box6 box(); }
  @Shape @Doc("A box.") interface Box6 { @Doc("The box inside") Box7 box(); }
  @Shape @Doc("A box.") interface Box7 { @Doc("The box inside") Box8 box(); }
  @Shape @Doc("A box.") interface Box8 { @Doc("The box inside") Box9 box(); }

  @Shape
  @Doc("The innermost box.")
  interface Box9 {
    @Pattern("[a-z]+") @Doc("Its label") String label();
  }

  @Shape
  @Doc("An order as a list shows it.")
  interface OrderSummary {
    @Doc("Order ID") Long id();
  }
}
