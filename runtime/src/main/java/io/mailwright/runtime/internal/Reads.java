package io.mailwright.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * The read side of a generated client: sends a GET built by the Retrofit interface through the same
 * OkHttp client as every call (authentication, the retries and 429 waits of {@code Interceptors},
 * the rate limiter), maps an error status with the same {@code ErrorMapper}, and reads the body
 * leniently into the generated response types. Pages of a HAL list are read into {@link Page}, and
 * {@link #stream} walks every page lazily by the API's {@code _links.next}.
 *
 * <p>Links the API answers with ({@code Location} of a 301, {@code _links.next}) are followed on the
 * client's own base host only: their path and query are taken, never their host, so that the access
 * token is never sent anywhere else.
 */
public final class Reads {
  /** A response body larger than this is not read (a page of 50 conversations with threads is far less). */
  static final long MAX_BODY = 32L * 1024 * 1024;

  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final ErrorMapper errors;
  private final Failures failures;
  private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectReader> listReaders = new ConcurrentHashMap<>();

  /** How a call that got no answer is reported: the client's own mapping ({@code ApiClient.failure}). */
  interface Failures {
    RuntimeException failure(Operation op, Request request, IOException e);
  }

  Reads(OkHttpClient http, ObjectMapper mapper, ErrorMapper errors, Failures failures) {
    this.http = http;
    this.failures = failures;
    this.mapper = mapper.copy().addHandler(new WrongKindIsAbsent());
    this.errors = errors;
  }

  /**
   * Sends a read and returns its body as {@code type}.
   *
   * @param followMoved whether a {@code 301} (a merged conversation) is followed once, to its
   *     {@code Location} on the same host with the same query
   * @throws ApiException (a subclass per status) when the API answers with an error
   * @throws TransportException when the API could not be reached or its answer could not be read
   */
  public <T> T get(Operation op, Class<T> type, boolean followMoved, Supplier<retrofit2.Call<ResponseBody>> call) {
    Request request = call.get().request();
    Response response = execute(op, request);
    if (followMoved && isMoved(response)) {
      Request moved = movedRequest(request, response);
      if (moved != null) {
        response.close();
        response = execute(op, moved);
      }
    }
    return readBody(op, response, body -> reader(type).readValue(body));
  }

  /** As {@link #get}, without blocking: the future fails with the same exceptions. */
  public <T> CompletableFuture<T> getAsync(Operation op, Class<T> type, boolean followMoved,
      Supplier<retrofit2.Call<ResponseBody>> call) {
    Request request = call.get().request();
    return unwrapped(enqueue(op, request).thenCompose(response -> {
      if (followMoved && isMoved(response)) {
        Request moved = movedRequest(request, response);
        if (moved != null) {
          response.close();
          return enqueue(op, moved);
        }
      }
      return CompletableFuture.completedFuture(response);
    }).thenApply(response -> readBody(op, response, body -> reader(type).readValue(body))));
  }

  /**
   * Sends a read of a resource that may have moved, without following the redirect and without
   * reading the resource, and returns the id it has now: the last segment of a {@code 301}'s
   * {@code Location}, or {@code id} itself when the API answers with success.
   *
   * @throws NotFoundException when there is no such resource (or it moved longer ago than the API
   *     remembers)
   */
  public long resolveMoved(Operation op, long id, Supplier<retrofit2.Call<ResponseBody>> call) {
    return moved(op, id, execute(op, call.get().request()));
  }

  /** As {@link #resolveMoved}, without blocking: the future fails with the same exceptions. */
  public CompletableFuture<Long> resolveMovedAsync(Operation op, long id, Supplier<retrofit2.Call<ResponseBody>> call) {
    return unwrapped(enqueue(op, call.get().request()).thenApply(response -> moved(op, id, response)));
  }

  private long moved(Operation op, long id, Response response) {
    try (response) {
      if (response.isSuccessful()) {
        return id;
      }
      if (isMoved(response)) {
        Long moved = ApiClient.lastSegmentId(response.header("Location"));
        if (moved != null) {
          return moved;
        }
      }
      throw errors.map(op, response, response.body());
    }
  }

  /** Sends the read of one page of a HAL list whose items are under {@code _embedded.<embedded>}. */
  public <T> Page<T> page(Operation op, Class<T> type, String embedded, Supplier<retrofit2.Call<ResponseBody>> call) {
    Request request = call.get().request();
    return readPage(op, execute(op, request), type, embedded);
  }

  /** As {@link #page}, without blocking: the future fails with the same exceptions. */
  public <T> CompletableFuture<Page<T>> pageAsync(Operation op, Class<T> type, String embedded,
      Supplier<retrofit2.Call<ResponseBody>> call) {
    Request request = call.get().request();
    return unwrapped(enqueue(op, request).thenApply(response -> readPage(op, response, type, embedded)));
  }

  /**
   * Every item of every page, lazily: nothing is sent until the stream is consumed, and page N+1
   * is fetched (by {@code _links.next}) only when every item of page N has been consumed. A stream
   * that is closed or no longer consumed fetches nothing more. Each page is one call, with the same
   * retries and waits as any other; its failure is thrown from the stream's terminal operation.
   * The walk ends at the last page, and at an empty page (a list that shrank while it was read).
   */
  public <T> Stream<T> stream(Operation op, Class<T> type, String embedded,
      Supplier<retrofit2.Call<ResponseBody>> first) {
    return StreamSupport.stream(new PageWalk<>(op, type, embedded, first), false);
  }

  private final class PageWalk<T> extends Spliterators.AbstractSpliterator<T> {
    private final Operation op;
    private final Class<T> type;
    private final String embedded;
    private final Supplier<retrofit2.Call<ResponseBody>> first;
    private Request request;
    private Page<T> page;
    private int index;

    PageWalk(Operation op, Class<T> type, String embedded, Supplier<retrofit2.Call<ResponseBody>> first) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.op = op;
      this.type = type;
      this.embedded = embedded;
      this.first = first;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (true) {
        if (page == null) {
          request = first.get().request();
          page = readPage(op, execute(op, request), type, embedded);
          index = 0;
        }
        if (index < page.items().size()) {
          action.accept(page.items().get(index++));
          return true;
        }
        if (!page.hasNext() || page.items().isEmpty()) {
          return false;
        }
        HttpUrl next = onOwnHost(request.url(), Friends.hooks().nextHref(page), false);
        if (next == null || next.equals(request.url())) {
          return false;
        }
        request = request.newBuilder().url(next).build();
        page = readPage(op, execute(op, request), type, embedded);
        index = 0;
      }
    }
  }

  /**
   * Where an object or a list of a response type holds JSON of another kind (text where an object
   * was expected, an object where a list was), the value is absent ({@code null}; an empty list in
   * the generated accessors) instead of an error: responses are read, never validated.
   */
  static final class WrongKindIsAbsent extends DeserializationProblemHandler {
    @Override
    public @Nullable Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) throws IOException {
      p.skipChildren();
      return null;
    }

    @Override
    public @Nullable Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
        ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
      p.skipChildren();
      return null;
    }
  }

  private ObjectReader reader(Class<?> type) {
    return readers.computeIfAbsent(type, mapper::readerFor);
  }

  private Response execute(Operation op, Request request) {
    Call call = http.newCall(request);
    try {
      return call.execute();
    } catch (IOException e) {
      throw failures.failure(op, request, e);
    }
  }

  /**
   * The future of a chain, failing with the exception itself (as the blocking call throws it), not
   * wrapped in a {@code CompletionException}: what the write calls' futures do too.
   */
  private static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> chain) {
    CompletableFuture<T> out = new CompletableFuture<>();
    chain.whenComplete((value, failure) -> {
      if (failure == null) {
        out.complete(value);
      } else {
        out.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure);
      }
    });
    return out;
  }

  private CompletableFuture<Response> enqueue(Operation op, Request request) {
    CompletableFuture<Response> future = new CompletableFuture<>();
    http.newCall(request).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        future.complete(response);
      }

      @Override
      public void onFailure(Call call, IOException e) {
        future.completeExceptionally(failures.failure(op, request, e));
      }
    });
    return future;
  }

  private interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private <T> T readBody(Operation op, Response response, BodyReader<T> reader) {
    try (response) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw errors.map(op, response, body);
      }
      if (body.contentLength() > MAX_BODY) {
        throw new IOException("the response body of " + body.contentLength() + " bytes is larger than the "
            + MAX_BODY + " bytes a read accepts");
      }
      try (InputStream in = Okio.buffer(bounded(body.source())).inputStream()) {
        return reader.read(in);
      }
    } catch (IOException e) {
      Request r = response.request();
      throw new TransportException(r.method() + " " + r.url().encodedPath() + ": the answer could not be read ("
          + e.getMessage() + ")", e);
    }
  }

  private <T> Page<T> readPage(Operation op, Response response, Class<T> type, String embedded) {
    return readBody(op, response, in -> parsePage(in, type, embedded));
  }

  /** Reads one HAL page, streaming: the items of {@code _embedded.<embedded>}, {@code _links.next}, {@code page}. */
  <T> Page<T> parsePage(InputStream in, Class<T> type, String embedded) throws IOException {
    {
      try (JsonParser p = mapper.createParser(in)) {
        List<T> items = new ArrayList<>();
        long[] page = {-1, -1, -1, -1};
        String next = null;
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException("a list page is a JSON object");
        }
        ObjectReader listReader = listReaders.computeIfAbsent(type,
            t -> mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, t)));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("_embedded") && value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              if (p.nextToken() == JsonToken.START_ARRAY && key.equals(embedded)) {
                // One read of the whole list: one deserialization context for the page, not one per item.
                List<T> read = listReader.readValue(p);
                for (T item : read == null ? List.<T>of() : read) {
                  if (item != null) {
                    items.add(item);
                  }
                }
              } else {
                p.skipChildren();
              }
            }
          } else if (name.equals("_links") && value == JsonToken.START_OBJECT) {
            next = Links.href(mapper.readValue(p, Links.class), "next");
          } else if (name.equals("page") && value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              Long n = p.currentToken().isScalarValue() ? Lenient.toLong(scalar(p)) : null;
              p.skipChildren();
              int slot = switch (key) {
                case "number" -> 0;
                case "size" -> 1;
                case "totalElements" -> 2;
                case "totalPages" -> 3;
                default -> -1;
              };
              if (slot >= 0 && n != null) {
                page[slot] = n;
              }
            }
          } else {
            p.skipChildren();
          }
        }
        int number = page[0] > 0 ? (int) page[0] : 1;
        int size = page[1] >= 0 ? (int) page[1] : items.size();
        long total = page[2] >= 0 ? page[2] : items.size();
        int pages = page[3] >= 0 ? (int) page[3] : (next == null ? number : number + 1);
        return Friends.hooks().page(items, number, size, total, pages, next);
      }
    }
  }

  private static Object scalar(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      case VALUE_STRING -> p.getText();
      default -> null;
    };
  }

  private static boolean isMoved(Response response) {
    int code = response.code();
    return code == 301 || code == 302 || code == 307 || code == 308;
  }

  private static @Nullable Request movedRequest(Request request, Response response) {
    HttpUrl target = onOwnHost(request.url(), response.header("Location"), true);
    return target == null ? null : request.newBuilder().url(target).build();
  }

  /**
   * A link of the API's answer, resolved against the request, on the request's own scheme, host and
   * port: its path and query only. With {@code keepQuery}, a link without a query keeps the
   * request's (the {@code embed} of a read that was redirected).
   */
  static @Nullable HttpUrl onOwnHost(HttpUrl request, @Nullable String link, boolean keepQuery) {
    if (link == null || link.isBlank()) {
      return null;
    }
    HttpUrl resolved = request.resolve(link.trim());
    if (resolved == null) {
      return null;
    }
    String query = resolved.encodedQuery();
    if (query == null && keepQuery) {
      query = request.encodedQuery();
    }
    return request.newBuilder().encodedPath(resolved.encodedPath()).encodedQuery(query).build();
  }

  private static Source bounded(Source source) {
    return new ForwardingSource(source) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0) {
          read += n;
          if (read > MAX_BODY) {
            throw new IOException("the response body is larger than the " + MAX_BODY + " bytes a read accepts");
          }
        }
        return n;
      }
    };
  }
}
