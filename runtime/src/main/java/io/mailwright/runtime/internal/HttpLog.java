package io.mailwright.runtime.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An optional log of the HTTP exchanges: request line and headers, status, duration and headers of
 * the response. Credentials are redacted: the {@code Authorization} header (and cookies) show as
 * {@code ██}, and bodies are never logged, so neither the token endpoint's form (client secret,
 * refresh token, code) nor its answer (tokens) can appear; any credential the client knows that a
 * server or proxy echoes in a header (or a status line) is cut out too.
 */
final class HttpLog implements Interceptor {
  private static final Set<String> REDACTED = Set.of("authorization", "cookie", "set-cookie", "proxy-authorization");

  private final Consumer<String> sink;
  private final Secrets secrets;

  HttpLog(Consumer<String> sink, Secrets secrets) {
    this.sink = sink;
    this.secrets = secrets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    if (request.tag(TokenEndpoint.class) != null) {
      out.append(" (token request; body redacted)");
    }
    headers(out, request.headers());
    sink.accept(secrets.redact(out.toString()));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.accept(secrets.redact("<-- " + request.method() + ' ' + request.url() + " failed: " + e));
      throw e;
    }
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(response.message())
        .append(' ').append(request.url()).append(" (")
        .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).append(" ms)");
    headers(in, response.headers());
    sink.accept(secrets.redact(in.toString()));
    return response;
  }

  private static void headers(StringBuilder sb, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append("\n    ").append(name).append(": ")
          .append(REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "██" : headers.value(i));
    }
  }
}
