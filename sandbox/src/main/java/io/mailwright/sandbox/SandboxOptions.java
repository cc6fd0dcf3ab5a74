package io.mailwright.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * How a {@link Sandbox} behaves: its port, its clock, the applications it knows, token lifetimes,
 * the rate limit, the request size limit and the "too old" lock policy. Immutable; make one with
 * {@link #builder()}. {@link #defaults()} is what {@code java -jar helpscout-sandbox.jar} uses.
 */
public final class SandboxOptions {
  /** The application the sandbox knows unless told otherwise. */
  public static final String DEFAULT_CLIENT_ID = "sandbox-app-id";

  public static final String DEFAULT_CLIENT_SECRET = "sandbox-app-secret";

  /** The Help Scout user the tokens act for (the resource owner), unless told otherwise. */
  public static final long DEFAULT_USER_ID = 1;

  private final int port;
  private final Clock clock;
  private final Map<String, String> clients;
  private final long userId;
  private final Duration tokenLifetime;
  private final Duration authorizationCodeLifetime;
  private final int rateLimitPerMinute;
  private final long maxRequestBytes;
  private final Duration lockConversationsOlderThan;
  private final int workerThreads;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final List<Account.Mailbox> mailboxes;
  private final List<Account.User> users;
  private final double dropWriteAnswers;
  private final long faultSeed;

  private SandboxOptions(Builder b) {
    this.port = b.port;
    this.clock = b.clock;
    this.clients = Map.copyOf(b.clients);
    this.userId = b.userId;
    this.tokenLifetime = b.tokenLifetime;
    this.authorizationCodeLifetime = b.authorizationCodeLifetime;
    this.rateLimitPerMinute = b.rateLimitPerMinute;
    this.maxRequestBytes = b.maxRequestBytes;
    this.lockConversationsOlderThan = b.lockConversationsOlderThan;
    this.workerThreads = b.workerThreads;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.mailboxes = List.copyOf(b.mailboxes);
    List<Account.User> users = new ArrayList<>(b.users);
    if (users.stream().noneMatch(u -> u.id() == b.userId)) {
      users.add(0, Account.defaultUser(b.userId));
    }
    this.users = List.copyOf(users);
    this.dropWriteAnswers = b.dropWriteAnswers;
    this.faultSeed = b.faultSeed;
  }

  public static SandboxOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The port on the loopback interface; 0 (the default) picks a free one. */
  public int port() {
    return port;
  }

  /** The clock of token expiry, rate-limit windows, the lock policy and new records' dates. */
  public Clock clock() {
    return clock;
  }

  /** The applications (client id to client secret) that may ask for tokens. */
  public Map<String, String> clients() {
    return clients;
  }

  /** The id of the Help Scout user that tokens act for: the author of replies and notes by default. */
  public long userId() {
    return userId;
  }

  /** How long an access token is valid ({@code expires_in}); default 7200 s, as Help Scout. */
  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** How long an authorization code from {@link Sandbox#issueAuthorizationCode} can be exchanged. */
  public Duration authorizationCodeLifetime() {
    return authorizationCodeLifetime;
  }

  /** Requests per clock minute (a write counts 2); default 400, a common Help Scout plan. */
  public int rateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  /** The largest request body accepted; a larger one gets {@code 413}. Default 16 MiB. */
  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * The company policy that locks old conversations: adding a thread to a conversation created
   * longer ago than this gets {@code 412}. {@code null} (the default): no such policy.
   */
  public Duration lockConversationsOlderThan() {
    return lockConversationsOlderThan;
  }

  /**
   * Requests served at once, each on its own thread (made when needed); a connection that brings a
   * request beyond them is closed. Default 256.
   */
  public int workerThreads() {
    return workerThreads;
  }

  /**
   * How long a request may take to arrive, its head and its body, from the moment the sandbox starts
   * reading it; then its connection is closed, unanswered. Default 30 s.
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long the client may take to take an answer; then its connection is closed. Default 30 s. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The account's mailboxes, listed by {@code GET /v2/mailboxes}; a conversation can only be created
   * in one of them. Default: {@link Account#defaultMailbox()} (id 85).
   */
  public List<Account.Mailbox> mailboxes() {
    return mailboxes;
  }

  /**
   * The account's users, listed by {@code GET /v2/users}; always includes the resource owner
   * ({@link #userId()}), added as {@link Account#defaultUser} when not given.
   */
  public List<Account.User> users() {
    return users;
  }

  /**
   * The share (0 to 1) of successful writes whose answer is dropped: the sandbox processes the
   * write, then closes the connection without answering. Default 0. See {@link Faults}.
   */
  public double dropWriteAnswers() {
    return dropWriteAnswers;
  }

  /** The seed of the random choice of {@link #dropWriteAnswers()}, so that a run can be repeated. */
  public long faultSeed() {
    return faultSeed;
  }

  public static final class Builder {
    private int port;
    private Clock clock = Clock.systemUTC();
    private final Map<String, String> clients = new LinkedHashMap<>(Map.of(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET));
    private long userId = DEFAULT_USER_ID;
    private Duration tokenLifetime = Duration.ofSeconds(7200);
    private Duration authorizationCodeLifetime = Duration.ofMinutes(10);
    private int rateLimitPerMinute = 400;
    private long maxRequestBytes = 16L * 1024 * 1024;
    private Duration lockConversationsOlderThan;
    private int workerThreads = 256;
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private final List<Account.Mailbox> mailboxes = new ArrayList<>(List.of(Account.defaultMailbox()));
    private final List<Account.User> users = new ArrayList<>();
    private double dropWriteAnswers;
    private long faultSeed = 1;

    private Builder() {}

    /** Replaces the account's mailboxes (the default is mailbox 85). */
    public Builder mailboxes(Account.Mailbox... mailboxes) {
      this.mailboxes.clear();
      for (Account.Mailbox m : mailboxes) {
        addMailbox(m);
      }
      return this;
    }

    /** Adds a mailbox to the account. */
    public Builder addMailbox(Account.Mailbox mailbox) {
      Objects.requireNonNull(mailbox, "mailbox");
      if (mailboxes.stream().anyMatch(m -> m.id() == mailbox.id())) {
        throw new IllegalArgumentException("two mailboxes with id " + mailbox.id());
      }
      mailboxes.add(mailbox);
      return this;
    }

    /** Adds a user to the account (the resource owner is added when not given). */
    public Builder addUser(Account.User user) {
      Objects.requireNonNull(user, "user");
      if (users.stream().anyMatch(u -> u.id() == user.id())) {
        throw new IllegalArgumentException("two users with id " + user.id());
      }
      users.add(user);
      return this;
    }

    /** Drops the answer of this share (0 to 1) of successful writes after processing them; see {@link Faults}. */
    public Builder dropWriteAnswers(double share) {
      this.dropWriteAnswers = Faults.share(share);
      return this;
    }

    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Replaces the known applications with this one. */
    public Builder client(String clientId, String clientSecret) {
      clients.clear();
      return addClient(clientId, clientSecret);
    }

    /** Adds an application. */
    public Builder addClient(String clientId, String clientSecret) {
      clients.put(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"));
      return this;
    }

    public Builder userId(long userId) {
      this.userId = userId;
      return this;
    }

    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = positive(lifetime, "tokenLifetime");
      return this;
    }

    public Builder authorizationCodeLifetime(Duration lifetime) {
      this.authorizationCodeLifetime = positive(lifetime, "authorizationCodeLifetime");
      return this;
    }

    public Builder rateLimitPerMinute(int limit) {
      if (limit < 2) {
        throw new IllegalArgumentException("rateLimitPerMinute must be at least 2 (a write costs 2), was " + limit);
      }
      this.rateLimitPerMinute = limit;
      return this;
    }

    public Builder maxRequestBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxRequestBytes must be positive, was " + max);
      }
      this.maxRequestBytes = max;
      return this;
    }

    /** Turns the "too old" lock on ({@code null} turns it off). */
    public Builder lockConversationsOlderThan(Duration age) {
      this.lockConversationsOlderThan = age == null ? null : positive(age, "lockConversationsOlderThan");
      return this;
    }

    public Builder workerThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("workerThreads must be positive, was " + threads);
      }
      this.workerThreads = threads;
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    public SandboxOptions build() {
      if (clients.isEmpty()) {
        throw new IllegalStateException("the sandbox needs at least one application (client id and secret)");
      }
      if (mailboxes.isEmpty()) {
        throw new IllegalStateException("the sandbox needs at least one mailbox");
      }
      Set<Long> folderIds = new HashSet<>();
      for (Account.Mailbox m : mailboxes) {
        for (Account.Folder f : m.folders()) {
          if (!folderIds.add(f.id())) {
            throw new IllegalStateException("two folders with id " + f.id());
          }
        }
      }
      return new SandboxOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
