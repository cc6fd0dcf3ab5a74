package com.example.crossfield.model;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Api;
import io.mailwright.model.AtLeastOne;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.Shape;
import java.time.Instant;

/**
 * Cross-field rules: @OnlyWhen on a Boolean, an enum, an Integer and a Long; @AtLeastOne of three
 * fields.
 */
@Api(title = "Message API", baseUrl = "https://messages.example.com/", endpoints = MessageModel.SendMessage.class)
public interface MessageModel {
  @Endpoint(method = POST, path = "/messages", status = 202, resource = "messages", operation = "send")
  interface SendMessage {
    @Body Message message();
  }

  @Shape
  @AtLeastOne({"email", "phone", "userId"})
  @Doc("A message to someone, found by email, phone or user id.")
  interface Message {
    @Doc("The recipient's email") String email();
    @OnlyWhen(field = "channel", value = "sms") @Doc("The recipient's phone") String phone();
    @Doc("The recipient's user id") Long userId();
    @Doc("How it is sent") Channel channel();
    @Doc("Whether it is imported from another system") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("When it was first sent") Instant sentAt();
    @Doc("Priority, 1 to 3") Integer priority();
    @OnlyWhen(field = "priority", value = "3") @Doc("Who to call when it fails") String escalation();
    @Doc("The tenant") Long tenant();
    @OnlyWhen(field = "tenant", value = "42") @Doc("The test tenant's label") String testLabel();
  }

  enum Channel { email, sms }
}
