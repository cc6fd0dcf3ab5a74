package io.mailwright.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Everything a sandbox holds, read over HTTP with Get Conversation: the sandbox numbers conversations
 * from 1001 without gaps, so reading until the first {@code 404} reads them all.
 */
final class SandboxContents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SandboxContents() {}

  static List<JsonNode> conversations(Sandbox sandbox) throws IOException {
    OkHttpClient http = new OkHttpClient();
    try {
      String token;
      try (Response r = http.newCall(new Request.Builder().url(sandbox.baseUrl() + "v2/oauth2/token")
          .post(new FormBody.Builder().add("grant_type", "client_credentials")
              .add("client_id", SandboxOptions.DEFAULT_CLIENT_ID)
              .add("client_secret", SandboxOptions.DEFAULT_CLIENT_SECRET).build()).build()).execute()) {
        token = JSON.readTree(r.body().string()).path("access_token").asText();
      }
      List<JsonNode> all = new ArrayList<>();
      for (long id = 1001; ; id++) {
        try (Response r = http.newCall(new Request.Builder().url(sandbox.baseUrl() + "v2/conversations/" + id
            + "?embed=threads").header("Authorization", "Bearer " + token).build()).execute()) {
          if (r.code() == 404) {
            return all;
          }
          if (r.code() != 200) {
            throw new IOException("GET conversation " + id + ": " + r.code() + " " + r.body().string());
          }
          all.add(JSON.readTree(r.body().string()));
        }
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** The conversations by subject (the generated exports give each conversation its own). */
  static Map<String, List<JsonNode>> bySubject(List<JsonNode> conversations) {
    Map<String, List<JsonNode>> by = new HashMap<>();
    for (JsonNode c : conversations) {
      by.computeIfAbsent(c.path("subject").asText(), k -> new ArrayList<>()).add(c);
    }
    return by;
  }

  static long attachmentBytes(JsonNode conversation) {
    long n = 0;
    for (JsonNode t : conversation.path("_embedded").path("threads")) {
      for (JsonNode a : t.path("_embedded").path("attachments")) {
        n += a.path("size").asLong();
      }
    }
    return n;
  }

  static int attachments(JsonNode conversation) {
    int n = 0;
    for (JsonNode t : conversation.path("_embedded").path("threads")) {
      n += t.path("_embedded").path("attachments").size();
    }
    return n;
  }
}
