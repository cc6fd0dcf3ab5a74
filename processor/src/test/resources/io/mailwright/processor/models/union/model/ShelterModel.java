package com.example.union.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import io.mailwright.model.Size;
import io.mailwright.model.Union;
import io.mailwright.model.Variant;
import java.util.List;

/**
 * A union: pets told apart by "kind", in a list of an inline body; a member is also the body of its
 * own endpoint.
 */
@Api(
    title = "Shelter API",
    baseUrl = "https://shelter.example.com/",
    endpoints = {ShelterModel.AdmitPets.class, ShelterModel.AdmitDog.class})
public interface ShelterModel {
  @Endpoint(method = POST, path = "/pets", status = 201, resource = "pets", operation = "admitAll")
  @Doc("Admits pets of any kind.")
  interface AdmitPets {
    @Required @Size(min = 1) @Doc("The pets") List<Pet> pets();
  }

  @Endpoint(method = POST, path = "/dogs", status = 201, resource = "pets", operation = "admitDog")
  interface AdmitDog {
    @Body Dog dog();
  }

  @Union(discriminator = "kind")
  @Variant(value = "dog", shape = Dog.class)
  @Variant(value = "cat", shape = Cat.class)
  @Doc("A pet; its kind decides its fields.")
  interface Pet {}

  @Shape
  @Doc("A dog.")
  interface Dog {
    @Required @Doc("Its name") String name();
    @Doc("Whether it was trained") Boolean trained();
  }

  @Shape
  @Doc("A cat.")
  interface Cat {
    @Required @Doc("Its name") String name();
    @Doc("Lives left") Integer lives();
  }
}
