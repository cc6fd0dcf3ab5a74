package io.mailwright.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Help Scout Mailbox API v2, in memory, over real HTTP on the loopback interface: the
 * endpoints the generated client covers (create a conversation, the five thread types, and the read
 * endpoints of conversations, threads, customers, mailboxes and users), the token endpoint, and Help
 * Scout's rules for them.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults());
 *      HelpScout client = HelpScout.builder()
 *          .baseUrl(sandbox.baseUrl())
 *          .clientCredentials(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET)
 *          .build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The test hooks ({@link #merge}, {@link #issueAuthorizationCode}, {@link #notifications},
 * {@link #threadCount}) do what only Help Scout's web application or its users could do, and show
 * what it would have sent. The same hooks are served, without a token, under {@code /sandbox/} for a
 * sandbox started from the command line ({@link SandboxMain}).
 */
public final class Sandbox implements AutoCloseable {
  private final SandboxOptions options;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Deadlines deadlines;
  private final Store store;
  private final Tokens tokens;
  private final Faults faults;
  private final String baseUrl;
  private final Api api;

  static {
    // The JDK's server writes a response's headers and body apart; without TCP_NODELAY the body waits
    // for the client's delayed ACK, about 40 ms a response. Read once, when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private Sandbox(SandboxOptions options) throws IOException {
    this.options = options;
    this.store = new Store(options);
    this.tokens = new Tokens(options);
    this.faults = new Faults(options);
    this.api = new Api(options, store, tokens, new RateLimit(options.rateLimitPerMinute(), options.clock()), faults);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
    AtomicInteger n = new AtomicInteger();
    // A thread per request being served, made when needed and kept a minute: a slow client holds
    // one only until its deadline, and never keeps an honest request waiting for a thread. A request
    // beyond workerThreads at once finds its connection closed. A worker that has just answered
    // takes a moment to come back for the next request (its client may already have sent it): the
    // hand-over waits for one up to a second, so that requests one after another are never refused.
    this.workers = new ThreadPoolExecutor(0, options.workerThreads(), 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "helpscout-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, (task, pool) -> {
      try {
        if (!pool.isShutdown() && pool.getQueue().offer(task, 1, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new RejectedExecutionException("all " + pool.getMaximumPoolSize() + " workers are busy");
    });
    this.deadlines = new Deadlines(options.readTimeout(), options.writeTimeout());
    server.createContext("/", api);
    server.setExecutor(deadlines.wrap(workers));
    InetSocketAddress address = server.getAddress();
    this.baseUrl = "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/";
    api.baseUrl(baseUrl);
    server.start();
  }

  /** Starts a sandbox; close it to free its port and threads. */
  public static Sandbox start(SandboxOptions options) {
    try {
      return new Sandbox(options);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the sandbox on port " + options.port(), e);
    }
  }

  /** The base URL to give the client ({@code HelpScout.builder().baseUrl(...)}), with a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public SandboxOptions options() {
    return options;
  }

  /**
   * Merges conversation {@code from} into {@code into}, as a user of the web application would: its
   * threads move to {@code into}; a read of {@code from} then answers {@code 301} with the
   * {@code Location} of {@code into}, a write {@code 404}.
   *
   * @throws IllegalArgumentException when either conversation does not exist, or they are the same
   * @throws IllegalStateException when either was merged already
   */
  public void merge(long from, long into) {
    store.merge(from, into);
  }

  /** The {@code code} a user's redirect would bring back after authorizing the application. */
  public String issueAuthorizationCode(String clientId) {
    return tokens.issueCode(clientId);
  }

  /** How many access tokens the token endpoint has issued, to see a client renew its token. */
  public int accessTokensIssued() {
    return tokens.accessTokensIssued();
  }

  /** What Help Scout would have sent so far (emails, auto replies, users' notifications), oldest first. */
  public List<Notification> notifications() {
    return store.notifications();
  }

  /**
   * How many HTTP requests have reached the sandbox (the token endpoint and the test hooks
   * included), to see that a client sent nothing.
   */
  public long requestsReceived() {
    return api.requestsReceived();
  }

  /**
   * The faults injected on purpose: dropping the answer of writes after processing them, so that a
   * client sees its write's outcome as unknown.
   */
  public Faults faults() {
    return faults;
  }

  /** The number of threads a conversation holds now. */
  public int threadCount(long conversationId) {
    return store.threadCount(conversationId);
  }

  /** Stops serving at once and frees the port. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    deadlines.close();
  }

  @Override
  public String toString() {
    return "Sandbox[" + baseUrl + "]";
  }
}
