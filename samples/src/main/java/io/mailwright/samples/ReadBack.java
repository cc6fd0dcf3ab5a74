package io.mailwright.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.runtime.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The samples' own code, not the client's: the generated client has no Get Conversation call that
 * returns a body yet, so the samples read back what they created with a plain OkHttp GET, sending
 * the same access token the client uses, and print the JSON.
 */
final class ReadBack {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final Authentication tokens;

  ReadBack(OkHttpClient http, String baseUrl, Authentication tokens) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.tokens = tokens;
  }

  /** Get Conversation with its threads ({@code _embedded.threads}, newest first). */
  JsonNode conversation(long id) {
    return get(base.newBuilder().addPathSegments("v2/conversations/" + id).addQueryParameter("embed", "threads")
        .build());
  }

  JsonNode customer(long id) {
    return get(base.newBuilder().addPathSegments("v2/customers/" + id).build());
  }

  private JsonNode get(HttpUrl url) {
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + tokens.accessToken()).build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IllegalStateException("GET " + url.encodedPath() + " answered " + response.code() + ": " + body);
      }
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url.encodedPath() + " failed", e);
    }
  }

  static String pretty(JsonNode json) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
