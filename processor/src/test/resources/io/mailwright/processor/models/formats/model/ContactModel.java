package com.example.formats.model;

import static io.mailwright.model.Format.Kind.BASE64;
import static io.mailwright.model.Format.Kind.EMAIL;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Format;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import io.mailwright.model.Size;
import java.time.Instant;
import java.util.List;

/** Formats: EMAIL on a String and on a List<String>, BASE64 binary content, instants. */
@Api(title = "Contact API", baseUrl = "https://contacts.example.com/", endpoints = ContactModel.CreateContact.class)
public interface ContactModel {
  @Endpoint(method = POST, path = "/contacts", status = 201, resource = "contacts", operation = "create")
  interface CreateContact {
    @Body Contact contact();
  }

  @Shape
  @Doc("A contact.")
  interface Contact {
    @Required @Format(EMAIL) @Doc("Main address") String email();
    @Format(EMAIL) @Size(max = 5) @Doc("Other addresses") List<String> cc();
    @Format(BASE64) @Doc("A photo") String photo();
    @Required @Doc("When the contact was met") Instant metAt();
    @Doc("When the contact was last seen") Instant seenAt();
  }
}
