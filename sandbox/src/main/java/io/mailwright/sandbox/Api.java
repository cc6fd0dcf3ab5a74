package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.sandbox.Records.ConversationRecord;
import io.mailwright.sandbox.Records.CustomerRecord;
import io.mailwright.sandbox.Records.ThreadRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's HTTP face: routes each request to its endpoint, after the checks the API makes
 * first (the route and method, the bearer token, the rate limit, the content type and size of the
 * body), and turns every refusal into the answer Help Scout gives. A request never ends in a crash:
 * what is not a documented refusal is a {@code 500} with the correlation id.
 */
final class Api implements HttpHandler {
  private static final String HAL_JSON = "application/hal+json";

  /** The thread endpoints: the last path segment, and the generated type of the body. */
  private static final Map<String, Class<? extends ConversationThread>> THREAD_ENDPOINTS = Map.of(
      "customer", CustomerThread.class,
      "chats", ChatThread.class,
      "phones", PhoneThread.class,
      "reply", ReplyThread.class,
      "notes", NoteThread.class);

  private interface Action {
    void run(Exchange x, Matcher path) throws IOException;
  }

  /** {@code authenticated}: an API call (bearer token, rate limit); else the token endpoint or the admin calls. */
  private record Route(String method, Pattern path, boolean authenticated, Action action) {}

  private final SandboxOptions options;
  private final Store store;
  private final Tokens tokens;
  private final RateLimit rateLimit;
  private final ObjectMapper mapper = RequestReader.mapper();
  private final RequestReader reader = new RequestReader(mapper);
  private final Representations representations;
  private final Reads reads;
  private final Faults faults;
  private final AtomicLong requests = new AtomicLong();
  private final String correlationPrefix = UUID.randomUUID().toString();
  private final List<Route> routes = new ArrayList<>();
  private volatile String baseUrl;

  Api(SandboxOptions options, Store store, Tokens tokens, RateLimit rateLimit, Faults faults) {
    this.options = options;
    this.store = store;
    this.tokens = tokens;
    this.rateLimit = rateLimit;
    this.faults = faults;
    this.representations = new Representations(store, options);
    this.reads = new Reads(store, representations, options);
    route("POST", "/v2/oauth2/token", false, (x, m) -> token(x));
    route("POST", "/v2/conversations", true, (x, m) -> createConversation(x));
    route("GET", "/v2/conversations", true, (x, m) -> ok(x, reads.listConversations(x.query(), base(x))));
    route("GET", "/v2/conversations/(\\d{1,18})", true, (x, m) -> getConversation(x, Long.parseLong(m.group(1))));
    route("GET", "/v2/conversations/(\\d{1,18})/threads", true, (x, m) -> listThreads(x, Long.parseLong(m.group(1))));
    route("POST", "/v2/conversations/(\\d{1,18})/(customer|chats|phones|reply|notes)", true,
        (x, m) -> createThread(x, Long.parseLong(m.group(1)), THREAD_ENDPOINTS.get(m.group(2))));
    route("GET", "/v2/customers", true, (x, m) -> ok(x, reads.listCustomers(x.query(), base(x))));
    route("GET", "/v2/customers/(\\d{1,18})", true, (x, m) -> getCustomer(x, Long.parseLong(m.group(1))));
    route("GET", "/v2/mailboxes", true, (x, m) -> ok(x, reads.listMailboxes(x.query(), base(x))));
    route("GET", "/v2/mailboxes/(\\d{1,18})", true, (x, m) -> ok(x, reads.mailbox(Long.parseLong(m.group(1)), base(x))));
    route("GET", "/v2/mailboxes/(\\d{1,18})/folders", true,
        (x, m) -> ok(x, reads.folders(Long.parseLong(m.group(1)), x.query(), base(x))));
    route("GET", "/v2/mailboxes/(\\d{1,18})/fields", true,
        (x, m) -> ok(x, reads.fields(Long.parseLong(m.group(1)), x.query(), base(x))));
    route("GET", "/v2/users/me", true, (x, m) -> ok(x, reads.me(base(x))));
    route("GET", "/v2/users", true, (x, m) -> ok(x, reads.listUsers(x.query(), base(x))));
    route("GET", "/v2/users/(\\d{1,18})", true, (x, m) -> ok(x, reads.user(Long.parseLong(m.group(1)), base(x))));
    route("POST", "/sandbox/faults", false, (x, m) -> faults(x));
    route("POST", "/sandbox/merge", false, (x, m) -> merge(x));
    route("POST", "/sandbox/authorization-codes", false, (x, m) -> authorizationCode(x));
    route("GET", "/sandbox/notifications", false, (x, m) -> notifications(x));
  }

  private void route(String method, String path, boolean authenticated, Action action) {
    routes.add(new Route(method, Pattern.compile(path), authenticated, action));
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** How many requests have reached the API (every one gets a correlation id), answered or not. */
  long requestsReceived() {
    return requests.get();
  }

  @Override
  public void handle(HttpExchange http) {
    // Help Scout's form of a correlation id: a uuid, '#', a number. A write may have its answer
    // dropped after it was processed (fault injection).
    Exchange x = new Exchange(http, correlationPrefix + "#" + requests.incrementAndGet(), mapper, rateLimit,
        options.maxRequestBytes(), isWrite(http) ? faults : null);
    try {
      try {
        dispatch(x);
      } catch (HttpError e) {
        x.sendError(e);
      } catch (IOException e) {
        throw e;
      } catch (Throwable e) {
        fail(x, e);
      }
    } catch (IOException e) {
      // The client went away, or the request's deadline passed: there is nobody to answer.
    } catch (Throwable e) {
      // Even the answer to a failure failed (the heap may be exhausted): the connection closes.
    } finally {
      http.close();
    }
  }

  /**
   * The sandbox itself failed: {@code 503} when it ran out of memory (the request may succeed later),
   * {@code 500} otherwise; either way the connection closes, since the body may be half read.
   */
  private static void fail(Exchange x, Throwable e) throws IOException {
    if (e instanceof OutOfMemoryError) {
      x.sendFailure(HttpError.vnd(503, "The sandbox ran out of memory; try again, or give it a larger heap")
          .header("Retry-After", "1"));
      return;
    }
    // One write, so that the operator's line and its stack trace never interleave with another request's.
    StringWriter report = new StringWriter();
    report.append("sandbox: ").append(x.method()).append(' ').append(x.path()).append(" failed (correlation id ")
        .append(x.correlationId()).append("):").append(System.lineSeparator());
    e.printStackTrace(new PrintWriter(report, true));
    System.err.print(report);
    System.err.flush();
    x.sendFailure(HttpError.vnd(500, "The sandbox failed: " + e));
  }

  /** An API write: the answer {@link Faults} may drop. */
  private static boolean isWrite(HttpExchange http) {
    String path = http.getRequestURI().getRawPath();
    return !http.getRequestMethod().equals("GET") && !http.getRequestMethod().equals("HEAD")
        && path.startsWith("/v2/") && !path.startsWith("/v2/oauth2/");
  }

  private static void ok(Exchange x, JsonNode body) throws IOException {
    x.sendJson(200, HAL_JSON, body);
  }

  private void dispatch(Exchange x) throws IOException {
    String path = x.path();
    List<String> allowed = new ArrayList<>();
    for (Route r : routes) {
      Matcher m = r.path().matcher(path);
      if (!m.matches()) {
        continue;
      }
      if (!r.method().equals(x.method())) {
        allowed.add(r.method());
        continue;
      }
      if (r.authenticated()) {
        if (!tokens.authorizes(x.header("Authorization"))) {
          throw HttpError.vnd(401, "Unauthorized: a valid access token is required")
              .header("WWW-Authenticate", "Bearer");
        }
        RateLimit.Window window = rateLimit.take(x.method());
        x.rateLimitWindow(window);
        if (!window.allowed()) {
          throw HttpError.rateLimited().header("X-RateLimit-Retry-After", Long.toString(window.retryAfterSeconds()));
        }
      }
      r.action().run(x, m);
      return;
    }
    if (!allowed.isEmpty()) {
      throw HttpError.vnd(405, "Method " + x.method() + " is not allowed on " + path + "; allowed: "
          + String.join(", ", allowed)).header("Allow", String.join(", ", allowed));
    }
    throw HttpError.vnd(404, "No such endpoint: " + x.method() + " " + path);
  }

  private String base(Exchange x) {
    return x.baseUrl(baseUrl);
  }

  /** The request of a JSON endpoint: {@code 415} for another content type. */
  private static Exchange jsonBody(Exchange x) {
    String type = x.mediaType();
    if (!"application/json".equals(type)) {
      throw HttpError.vnd(415, "Unsupported Content-Type " + (type == null ? "(none)" : "'" + type + "'")
          + ": send application/json");
    }
    return x;
  }

  private void createConversation(Exchange x) throws IOException {
    CreateConversationRequest request = reader.read(jsonBody(x), CreateConversationRequest.class);
    Store.checkThreadCount(request);
    RequestReader.validate(request);
    ConversationRecord c = store.createConversation(request);
    String base = base(x);
    x.responseHeader("Resource-ID", Long.toString(c.id));
    x.responseHeader("Location", base + "v2/conversations/" + c.id);
    x.responseHeader("Web-Location", Representations.webLocation(base, c));
    x.sendEmpty(201);
  }

  private void createThread(Exchange x, long conversationId, Class<? extends ConversationThread> type)
      throws IOException {
    ConversationThread thread = reader.readValid(jsonBody(x), type);
    ThreadRecord t = store.addThread(conversationId, thread);
    x.responseHeader("Resource-ID", Long.toString(t.id()));
    x.sendEmpty(201);
  }

  private void getConversation(Exchange x, long id) throws IOException {
    Store.Lookup found = store.lookup(id);
    if (found instanceof Store.Found f) {
      x.sendJson(200, HAL_JSON, representations.conversation(f.conversation(), base(x), Reads.embedsThreads(x.query())));
    } else if (found instanceof Store.Moved moved) {
      String query = x.rawQuery();
      x.responseHeader("Location", base(x) + "v2/conversations/" + moved.to() + (query == null ? "" : "?" + query));
      x.sendEmpty(301);
    } else {
      throw HttpError.vnd(404, "Conversation not found");
    }
  }

  /** List Threads; a merged conversation's answer {@code 301} to the threads of the one it went into. */
  private void listThreads(Exchange x, long id) throws IOException {
    Store.Lookup found = store.lookup(id);
    if (found instanceof Store.Found f) {
      ok(x, reads.listThreads(f.conversation(), x.query(), base(x)));
    } else if (found instanceof Store.Moved moved) {
      String query = x.rawQuery();
      x.responseHeader("Location", base(x) + "v2/conversations/" + moved.to() + "/threads"
          + (query == null ? "" : "?" + query));
      x.sendEmpty(301);
    } else {
      throw HttpError.vnd(404, "Conversation not found");
    }
  }

  /** {@code POST /sandbox/faults?dropNextWriteAnswers=N&dropWriteAnswers=SHARE}, or {@code ?clear}. */
  private void faults(Exchange x) throws IOException {
    Map<String, String> q = x.query();
    try {
      if (q.containsKey("clear")) {
        faults.clear();
      }
      if (q.containsKey("dropNextWriteAnswers")) {
        faults.dropNextWriteAnswers(Integer.parseInt(q.get("dropNextWriteAnswers")));
      }
      if (q.containsKey("dropWriteAnswers")) {
        faults.dropWriteAnswers(Double.parseDouble(q.get("dropWriteAnswers")));
      }
    } catch (IllegalArgumentException e) {
      throw HttpError.vnd(400, "Give ?dropNextWriteAnswers=<n>, ?dropWriteAnswers=<0 to 1> or ?clear: " + e.getMessage());
    }
    x.sendJson(200, HttpError.JSON, mapper.createObjectNode().put("droppedAnswers", faults.droppedAnswers()));
  }

  private void getCustomer(Exchange x, long id) throws IOException {
    CustomerRecord c = store.customerById(id);
    if (c == null) {
      throw HttpError.vnd(404, "Customer not found");
    }
    x.sendJson(200, HAL_JSON, representations.customer(c, base(x)));
  }

  /**
   * The token endpoint takes its parameters in every form Help Scout takes them: a form body, a
   * JSON object body, or the query string (a body-less POST, as a published Node.js client sends
   * it). A parameter both in the body and in the query string is taken from the body.
   */
  private void token(Exchange x) throws IOException {
    byte[] body = x.bodyBytes();
    Map<String, String> parameters = body.length == 0 ? new LinkedHashMap<>() : tokenBody(x.mediaType(), body);
    Map<String, String> query;
    try {
      query = x.query();
    } catch (IllegalArgumentException e) {
      throw HttpError.oauth(400, "invalid_request", "The query string is not URL-encoded: " + e.getMessage());
    }
    query.forEach(parameters::putIfAbsent);
    x.responseHeader("Cache-Control", "no-store");
    x.sendJson(200, HttpError.JSON, tokens.grant(parameters));
  }

  /** The parameters of a token request's body: a form, or a JSON object of scalars. */
  private Map<String, String> tokenBody(String type, byte[] body) {
    if ("application/x-www-form-urlencoded".equals(type)) {
      try {
        return Exchange.parseForm(new String(body, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw HttpError.oauth(400, "invalid_request", "The form is not URL-encoded: " + e.getMessage());
      }
    }
    if (!"application/json".equals(type)) {
      throw HttpError.oauth(415, "invalid_request", "Unsupported Content-Type "
          + (type == null ? "(none)" : "'" + type + "'") + ": send application/x-www-form-urlencoded or application/json");
    }
    JsonNode json;
    try {
      json = mapper.readTree(body);
    } catch (IOException e) {
      throw HttpError.oauth(400, "invalid_request", "The body is not JSON");
    }
    if (json == null || !json.isObject()) {
      throw HttpError.oauth(400, "invalid_request", "The body must be a JSON object");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        parameters.put(field.getKey(), field.getValue().asText());
      }
    }
    return parameters;
  }

  private void merge(Exchange x) throws IOException {
    Map<String, String> q = x.query();
    try {
      store.merge(Long.parseLong(q.getOrDefault("from", "")), Long.parseLong(q.getOrDefault("into", "")));
    } catch (NumberFormatException e) {
      throw HttpError.vnd(400, "Give the conversations as ?from=<id>&into=<id>");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw HttpError.vnd(400, e.getMessage());
    }
    x.sendEmpty(204);
  }

  private void authorizationCode(Exchange x) throws IOException {
    String clientId = x.query().getOrDefault("client_id", SandboxOptions.DEFAULT_CLIENT_ID);
    String code;
    try {
      code = tokens.issueCode(clientId);
    } catch (IllegalArgumentException e) {
      throw HttpError.vnd(400, e.getMessage());
    }
    ObjectNode body = mapper.createObjectNode().put("code", code).put("client_id", clientId);
    x.sendJson(201, HttpError.JSON, body);
  }

  private void notifications(Exchange x) throws IOException {
    ArrayNode list = mapper.valueToTree(store.notifications());
    x.sendJson(200, HttpError.JSON, list);
  }
}
