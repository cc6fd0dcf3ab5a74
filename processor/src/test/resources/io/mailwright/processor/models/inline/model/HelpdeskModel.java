package com.example.inline.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.AtLeastOne;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Length;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;

/** An endpoint that declares its body fields inline: its body is generated as CreateTicketRequest. */
@Api(title = "Helpdesk API", baseUrl = "https://helpdesk.example.com/", endpoints = HelpdeskModel.CreateTicket.class)
public interface HelpdeskModel {
  @Endpoint(method = POST, path = "/queues/{queueId}/tickets", status = 201, resource = "tickets", operation = "create")
  @Doc("Opens a ticket in a queue.")
  @ResponseHeader(name = "Resource-ID", doc = "Id of the new ticket")
  @ErrorResponse(status = 404, doc = "The queue does not exist.")
  @AtLeastOne({"requesterId", "requesterEmail"})
  interface CreateTicket {
    @PathParam long queueId();
    @Required @Length(min = 1, max = 100) @Doc("What it is about") String subject();
    @Doc("The first message") String body();
    @Doc("Who asks, by id") Long requesterId();
    @Doc("Who asks, by email") String requesterEmail();
  }
}
