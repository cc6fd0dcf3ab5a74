package io.mailwright.model.helpscout;

import io.mailwright.model.Api;

/** The root of the model: every endpoint the generated client has. */
@Api(
    title = "Help Scout Mailbox API v2",
    baseUrl = "https://api.helpscout.net/",
    endpoints = {
      CreateConversation.class,
      CreateCustomerThread.class,
      CreateChatThread.class,
      CreatePhoneThread.class,
      CreateReplyThread.class,
      CreateNote.class,
      GetConversation.class,
      ListConversations.class,
      ListThreads.class,
      GetCustomer.class,
      ListCustomers.class,
      ListMailboxes.class,
      GetMailbox.class,
      ListMailboxFolders.class,
      ListMailboxFields.class,
      GetResourceOwner.class,
      ListUsers.class,
      GetUser.class,
    })
public interface HelpScoutMailbox {}
