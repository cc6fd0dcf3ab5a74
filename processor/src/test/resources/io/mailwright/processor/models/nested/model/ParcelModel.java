package com.example.nested.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** Nested objects: a required and an optional field of another shape. */
@Api(title = "Parcel API", baseUrl = "https://parcels.example.com/", endpoints = ParcelModel.SendParcel.class)
public interface ParcelModel {
  @Endpoint(method = POST, path = "/parcels", status = 201, resource = "parcels", operation = "send")
  interface SendParcel {
    @Body Parcel parcel();
  }

  @Shape
  @Doc("A parcel to send.")
  interface Parcel {
    @Required @Doc("Where it goes") Address to();
    @Doc("Where it comes back to when it cannot be delivered") Address returnTo();
  }

  @Shape
  @Doc("A postal address.")
  interface Address {
    @Required @Doc("Street and number") String street();
    @Doc("The city") String city();
  }
}
