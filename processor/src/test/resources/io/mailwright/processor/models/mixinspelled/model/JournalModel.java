package com.example.mixinspelled.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/** {@code models/mixin} written out in full, without a mixin: it must generate the same client. */
@Api(title = "Journal API", baseUrl = "https://journal.example.com/",
    endpoints = {JournalModel.AddNote.class, JournalModel.AddPhoto.class})
public interface JournalModel {
  @Endpoint(method = POST, path = "/journals/{journalId}/notes", status = 201, resource = "entries",
      operation = "addNote")
  @Doc("Adds a note.")
  @ResponseHeader(name = "Resource-ID", doc = "The new entry's id")
  @ErrorResponse(status = 404, doc = "The journal does not exist.")
  @ErrorResponse(status = 412, doc = "The journal is closed.")
  interface AddNote {
    @Body Note note();
    @PathParam long journalId();
  }

  @Endpoint(method = POST, path = "/journals/{journalId}/photos", status = 201, resource = "entries",
      operation = "addPhoto")
  @Doc("Adds a photo.")
  @ResponseHeader(name = "Resource-ID", doc = "The new entry's id")
  @ErrorResponse(status = 413, doc = "The photo is too large.")
  @ErrorResponse(status = 404, doc = "The journal does not exist.")
  @ErrorResponse(status = 412, doc = "The journal is closed.")
  interface AddPhoto {
    @Body Photo photo();
    @PathParam long journalId();
  }

  @Shape
  @Doc("A note.")
  interface Note {
    @Required @Doc("The text") String text();
    @Doc("Labels of the entry") List<String> tags();
    @Doc("Whether the entry is copied from another journal") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("When it was first written") Instant writtenAt();
  }

  @Shape
  @Doc("A photo.")
  interface Photo {
    @Required @Doc("Where the photo is") String url();
    @Doc("Whether the entry is copied from another journal") Boolean imported();
    @Doc("The caption") String caption();
    @Doc("Labels of the entry") List<String> tags();
    @OnlyWhen(field = "imported", value = "true") @Doc("When it was first written") Instant writtenAt();
  }
}
