package com.example.mixin.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Mixin;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * Mixins: two pages share a path parameter, a response header and two error responses (an endpoint
 * mixin) and three entry fields (a shape mixin, itself including another); one page places a shared
 * field among its own. {@code models/mixinspelled} is the same model written out in full.
 */
@Api(title = "Journal API", baseUrl = "https://journal.example.com/",
    endpoints = {JournalModel.AddNote.class, JournalModel.AddPhoto.class})
public interface JournalModel {
  @Mixin
  @ResponseHeader(name = "Resource-ID", doc = "The new entry's id")
  @ErrorResponse(status = 404, doc = "The journal does not exist.")
  @ErrorResponse(status = 412, doc = "The journal is closed.")
  interface AddsEntry {
    @PathParam long journalId();
  }

  @Mixin
  interface Dated {
    @Doc("Whether the entry is copied from another journal") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("When it was first written") Instant writtenAt();
  }

  @Mixin
  interface Entry extends Dated {
    @Doc("Labels of the entry") List<String> tags();
  }

  @Endpoint(method = POST, path = "/journals/{journalId}/notes", status = 201, resource = "entries",
      operation = "addNote")
  @Doc("Adds a note.")
  interface AddNote extends AddsEntry {
    @Body Note note();
  }

  @Endpoint(method = POST, path = "/journals/{journalId}/photos", status = 201, resource = "entries",
      operation = "addPhoto")
  @Doc("Adds a photo.")
  @ErrorResponse(status = 413, doc = "The photo is too large.")
  interface AddPhoto extends AddsEntry {
    @Body Photo photo();
  }

  @Shape
  @Doc("A note.")
  interface Note extends Entry {
    @Required @Doc("The text") String text();
  }

  @Shape
  @Doc("A photo.")
  interface Photo extends Entry {
    @Required @Doc("Where the photo is") String url();
    Boolean imported();
    @Doc("The caption") String caption();
  }
}
