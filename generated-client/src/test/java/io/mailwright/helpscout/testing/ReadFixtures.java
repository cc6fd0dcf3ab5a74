package io.mailwright.helpscout.testing;

import java.util.StringJoiner;

/**
 * Read-side JSON as the documentation shows it: conversations with embedded threads, HAL pages. Shared
 * by the client's tests and the benchmarks' {@code ReadBenchmark} (through the test-jar).
 */
public final class ReadFixtures {
  private ReadFixtures() {}

  public static String thread(long id, int n) {
    return """
        {"id": %d, "type": "customer", "status": "active", "state": "published",
         "action": {"type": "default", "text": "", "associatedEntities": {}},
         "body": "Hello %d", "source": {"type": "email", "via": "customer"},
         "customer": {"id": 29418, "first": "Vernon", "last": "Bear", "email": "bear@acme.com"},
         "createdBy": {"id": 29418, "type": "customer", "first": "Vernon", "last": "Bear", "email": "bear@acme.com"},
         "assignedTo": {"id": 1234, "type": "user", "first": "Jack", "last": "Sprout", "email": "jack@acme.com"},
         "savedReplyId": 10, "to": ["bear@acme.com"], "cc": [], "bcc": [],
         "createdAt": "2019-01-15T18:27:24Z", "openedAt": "2019-01-15T19:27:24Z",
         "_embedded": {"attachments": [{"id": %d, "filename": "invoice.pdf", "mimeType": "application/pdf",
           "size": 2048, "width": 0, "height": 0,
           "_links": {"data": {"href": "https://api.helpscout.net/v2/attachments/%d/data"}}}]},
         "_links": {"self": {"href": "https://api.helpscout.net/v2/conversations/1/threads/%d"}}}
        """.formatted(id, n, n + 1, n + 1, id);
  }

  public static String conversation(long id, int threads) {
    StringJoiner embedded = new StringJoiner(",");
    for (int i = 0; i < threads; i++) {
      embedded.add(thread(id * 100 + i, i));
    }
    return """
        {"id": %d, "number": 3152, "threads": %d, "type": "email", "folderId": 1234, "status": "active",
         "state": "published", "subject": "Order %d", "preview": "Hello...", "mailboxId": 85,
         "assignee": {"id": 1234, "type": "user", "first": "Jack", "last": "Sprout", "email": "jack@acme.com"},
         "createdBy": {"id": 29418, "type": "customer", "first": "Vernon", "last": "Bear", "email": "bear@acme.com"},
         "createdAt": "2019-01-15T18:27:24Z", "closedBy": 0, "closedAt": null, "userUpdatedAt": "2019-01-16T18:27:24Z",
         "customerWaitingSince": {"time": "2019-01-15T18:27:24Z", "friendly": "20 hours ago", "latestReplyFrom": "customer"},
         "source": {"type": "email", "via": "customer"},
         "tags": [{"id": 1, "color": "#929499", "tag": "vip"}, {"id": 2, "color": "#929499", "tag": "order"}],
         "cc": ["cc@acme.com"], "bcc": [],
         "primaryCustomer": {"id": 29418, "type": "customer", "first": "Vernon", "last": "Bear", "email": "bear@acme.com"},
         "customFields": [{"id": 531, "name": "Plan", "value": "trial", "text": "Trial"}],
         "_embedded": {"threads": [%s]},
         "_links": {"self": {"href": "https://api.helpscout.net/v2/conversations/%d"},
           "web": {"href": "https://secure.helpscout.net/conversation/%d/3152/"}}}
        """.formatted(id, threads, id, embedded, id, id);
  }

  /** A page of {@code count} conversations (ids from {@code (number - 1) * count}), with 2 threads each. */
  public static String conversationPage(int number, int count, int total, int pages, String next) {
    StringJoiner items = new StringJoiner(",");
    for (int i = 0; i < count; i++) {
      items.add(conversation((long) (number - 1) * count + i, 2));
    }
    return page("conversations", items.toString(), number, count, total, pages, next);
  }

  public static String page(String embedded, String items, int number, int size, int total, int pages, String next) {
    String nextLink = next == null ? "" : ", \"next\": {\"href\": \"" + next + "\"}";
    return """
        {"_embedded": {"%s": [%s]},
         "_links": {"self": {"href": "https://api.helpscout.net/v2/%s?page=%d"}, "first": {"href": "x"},
           "last": {"href": "x"}, "page": {"href": "x", "templated": true}%s},
         "page": {"size": %d, "totalElements": %d, "totalPages": %d, "number": %d}}
        """.formatted(embedded, items, embedded, number, nextLink, size, total, pages, number);
  }
}
