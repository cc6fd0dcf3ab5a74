package com.example.explicitnull.model;

import static io.mailwright.model.HttpMethod.PATCH;

import io.mailwright.model.Api;
import io.mailwright.model.AtLeastOne;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ExplicitNull;
import io.mailwright.model.Length;
import io.mailwright.model.PathParam;
import io.mailwright.model.Shape;

/**
 * Absent-or-null fields: absent, an explicit null and a value are three requests, for a number, a
 * string and a value list. An explicit null counts as set for @AtLeastOne.
 */
@Api(title = "Ticket API", baseUrl = "https://tickets.example.com/", endpoints = TicketModel.UpdateTicket.class)
public interface TicketModel {
  @Endpoint(method = PATCH, path = "/tickets/{ticketId}", status = 204, resource = "tickets", operation = "update")
  interface UpdateTicket {
    @PathParam long ticketId();
    @Body Assignment assignment();
  }

  @Shape
  @AtLeastOne({"assignee", "team"})
  @Doc("Who a ticket is assigned to.")
  interface Assignment {
    @ExplicitNull @Doc("The assigned user. Absent: unchanged; null: unassigned.") Long assignee();
    @ExplicitNull @Length(max = 20) @Doc("The team. Absent: unchanged; null: no team.") String team();
    @ExplicitNull @Doc("The priority. Absent: unchanged; null: the queue's default.") Priority priority();
  }

  enum Priority { low, high }
}
