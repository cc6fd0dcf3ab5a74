package com.example.pattern.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Length;
import io.mailwright.model.Pattern;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** @Pattern: a regular expression the whole value matches, compiled once; with @Required and @Length. */
@Api(title = "Coupon API", baseUrl = "https://coupons.example.com/", endpoints = CouponModel.CreateCoupon.class)
public interface CouponModel {
  @Endpoint(method = POST, path = "/coupons", status = 201, resource = "coupons", operation = "create")
  interface CreateCoupon {
    @Body Coupon coupon();
  }

  @Shape
  @Doc("A discount coupon.")
  interface Coupon {
    @Required @Length(max = 12) @Pattern("[A-Z]{3}-\\d+") @Doc("The code") String code();
    @Pattern("#[0-9a-f]{6}") @Doc("The colour it is printed in") String colour();
    @Pattern("^[a-z]+$") @Doc("A tag; a $ in the model's words is text, not a JavaPoet placeholder") String tag();
  }
}
