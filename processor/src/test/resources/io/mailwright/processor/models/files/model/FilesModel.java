package com.example.files.model;

import static io.mailwright.model.Format.Kind.BASE64;
import static io.mailwright.model.HttpMethod.GET;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.FileAttachment;
import io.mailwright.model.Format;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResolvesMoved;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;

/** A file shape (factories from files, bytes and streams) and a read that finds where a resource moved. */
@Api(
    title = "Files API",
    baseUrl = "https://files.example.com/",
    endpoints = {FilesModel.Upload.class, FilesModel.FindDocument.class})
public interface FilesModel {
  @Endpoint(method = POST, path = "/documents", status = 201, resource = "documents", operation = "upload")
  @Doc("Uploads a document.")
  @ResponseHeader(name = "Resource-ID", doc = "The new document's id")
  @ErrorResponse(status = 413, doc = "The document is larger than 10 MB.")
  interface Upload {
    @Body Document document();
  }

  @Endpoint(method = GET, path = "/documents/{documentId}", status = 200, resource = "documents", operation = "locate")
  @ResolvesMoved
  @Doc("Finds where a document went after it was moved.")
  @ErrorResponse(status = 301, doc = "The document moved: Location names its new place.")
  interface FindDocument {
    @PathParam long documentId();
  }

  @Shape
  @FileAttachment(fileName = "name", mimeType = "type", data = "content")
  @Doc("A document.")
  interface Document {
    @Required @Doc("The file name") String name();
    @Required @Doc("The mime type") String type();
    @Required @Format(BASE64) @Doc("The content") String content();
  }
}
