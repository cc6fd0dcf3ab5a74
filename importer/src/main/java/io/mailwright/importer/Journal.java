package io.mailwright.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import's durable memory, one SQLite row per conversation: {@code pending} → {@code sending} →
 * {@code created(id)} or {@code failed(reason)}. Every change is committed (WAL, {@code synchronous=FULL})
 * before the importer acts on it: a conversation is marked {@code sending} before its request leaves,
 * so a process killed at any moment leaves every conversation it may have created in {@code sending},
 * and the next run reconciles those before it sends anything.
 */
final class Journal implements AutoCloseable {
  enum State { PENDING, SENDING, CREATED, FAILED }

  /** A conversation as the journal knows it. */
  record Entry(String sourceId, long seq, State state, Long conversationId, String reason, boolean finalFailure,
      int attempts, Fingerprint fingerprint, String inputHash, Instant sendingSince) {}

  private final Connection db;
  private final Clock clock;

  private Journal(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  static Journal open(Path file, Clock clock) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=10000");
      s.execute("""
          CREATE TABLE IF NOT EXISTS conversation (
            source_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL,
            conversation_id INTEGER,
            reason TEXT,
            final_failure INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            mailbox_id INTEGER,
            subject TEXT,
            customer_email TEXT,
            customer_id INTEGER,
            created_at TEXT,
            thread_count INTEGER,
            input_hash TEXT,
            sending_since TEXT,
            updated_at TEXT NOT NULL
          )""");
      s.execute("CREATE INDEX IF NOT EXISTS conversation_state ON conversation(state)");
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return new Journal(db, clock);
  }

  /**
   * Records a conversation of the input. A new one is {@code pending}; a known one keeps its state unless
   * its input changed after a final failure (the user fixed it), which makes it {@code pending} again.
   */
  synchronized Entry register(String sourceId, long seq, Fingerprint fp, String inputHash) throws SQLException {
    Entry known = find(sourceId);
    if (known == null) {
      try (PreparedStatement p = db.prepareStatement("""
          INSERT INTO conversation (source_id, seq, state, mailbox_id, subject, customer_email, customer_id,
            created_at, thread_count, input_hash, updated_at) VALUES (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        p.setString(1, sourceId);
        p.setLong(2, seq);
        setFingerprint(p, 3, fp);
        p.setString(9, inputHash);
        p.setString(10, now());
        p.executeUpdate();
      }
      return new Entry(sourceId, seq, State.PENDING, null, null, false, 0, fp, inputHash, null);
    }
    boolean changed = !inputHash.equals(known.inputHash());
    if (changed && (known.state() == State.PENDING || known.state() == State.FAILED)) {
      try (PreparedStatement p = db.prepareStatement("""
          UPDATE conversation SET state = 'PENDING', reason = NULL, final_failure = 0, seq = ?, mailbox_id = ?,
            subject = ?, customer_email = ?, customer_id = ?, created_at = ?, thread_count = ?, input_hash = ?,
            updated_at = ? WHERE source_id = ?""")) {
        p.setLong(1, seq);
        setFingerprint(p, 2, fp);
        p.setString(8, inputHash);
        p.setString(9, now());
        p.setString(10, sourceId);
        p.executeUpdate();
      }
      return find(sourceId);
    }
    return known;
  }

  /** Durably marks the conversation as being sent: from here on, it may exist in Help Scout. */
  void sending(String sourceId) throws SQLException {
    String now = now();
    groupCommit(() -> update("UPDATE conversation SET state = 'SENDING', attempts = attempts + 1, sending_since = ?, updated_at = ?"
        + " WHERE source_id = ?", now, now, sourceId));
  }

  void created(String sourceId, long conversationId) throws SQLException {
    String now = now();
    groupCommit(() -> {
      try (PreparedStatement p = db.prepareStatement("UPDATE conversation SET state = 'CREATED', conversation_id = ?,"
        + " reason = NULL, final_failure = 0, updated_at = ? WHERE source_id = ?")) {
        p.setLong(1, conversationId);
        p.setString(2, now);
        p.setString(3, sourceId);
        p.executeUpdate();
      }
    });
  }

  /** A failure: final ones are not retried by a later run (unless the input changes). */
  void failed(String sourceId, String reason, boolean finalFailure) throws SQLException {
    String now = now();
    groupCommit(() -> {
      try (PreparedStatement p = db.prepareStatement("UPDATE conversation SET state = 'FAILED', reason = ?,"
        + " final_failure = ?, updated_at = ? WHERE source_id = ?")) {
        p.setString(1, reason);
        p.setInt(2, finalFailure ? 1 : 0);
        p.setString(3, now);
        p.setString(4, sourceId);
        p.executeUpdate();
      }
    });
  }

  /** Certainly not received by Help Scout (a 429, a connection that never carried the request). */
  void notSent(String sourceId, String reason) throws SQLException {
    String now = now();
    groupCommit(() -> update("UPDATE conversation SET state = 'PENDING', reason = ?, updated_at = ? WHERE source_id = ?",
        reason, now, sourceId));
  }

  /** Keeps the conversation in {@code sending} (in doubt) with the reason: only reconciliation settles it. */
  void inDoubt(String sourceId, String reason) throws SQLException {
    String now = now();
    groupCommit(() -> update("UPDATE conversation SET reason = ?, updated_at = ? WHERE source_id = ?", reason, now,
        sourceId));
  }

  /** A change waiting for its commit. */
  private static final class Pending {
    final SqlWork work;
    boolean done;
    SQLException failure;

    Pending(SqlWork work) {
      this.work = work;
    }
  }

  private final java.util.ArrayDeque<Pending> waiting = new java.util.ArrayDeque<>();

  /**
   * Group commit: the changes of every thread waiting to write are committed together, one fsync for
   * all of them, and each caller returns only once its own change is on disk. (At most one change per
   * sending thread waits: the queue is bounded by the concurrency.)
   */
  private void groupCommit(SqlWork work) throws SQLException {
    Pending mine = new Pending(work);
    synchronized (waiting) {
      waiting.add(mine);
    }
    synchronized (this) {
      if (!mine.done) {
        List<Pending> batch;
        synchronized (waiting) {
          batch = new ArrayList<>(waiting);
          waiting.clear();
        }
        boolean inOuterTransaction = !db.getAutoCommit();
        SQLException failure = null;
        if (!inOuterTransaction) {
          db.setAutoCommit(false);
        }
        try {
          for (Pending p : batch) {
            p.work.run();
          }
          if (!inOuterTransaction) {
            db.commit();
          }
        } catch (SQLException e) {
          failure = e;
          if (!inOuterTransaction) {
            try {
              db.rollback();
            } catch (SQLException rollback) {
              e.addSuppressed(rollback);
            }
          }
        } finally {
          if (!inOuterTransaction) {
            db.setAutoCommit(true);
          }
        }
        for (Pending p : batch) {
          p.failure = failure;
          p.done = true;
        }
      }
    }
    if (mine.failure != null) {
      throw new SQLException("the journal could not record a change: " + mine.failure.getMessage(), mine.failure);
    }
  }

  synchronized Entry find(String sourceId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT * FROM conversation WHERE source_id = ?")) {
      p.setString(1, sourceId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? entry(r) : null;
      }
    }
  }

  synchronized List<Entry> inState(State state) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT * FROM conversation WHERE state = ? ORDER BY seq")) {
      p.setString(1, state.name());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          entries.add(entry(r));
        }
      }
    }
    return entries;
  }

  /** The conversation ids the journal holds as created, to tell a found conversation from another import's. */
  synchronized boolean isClaimed(long conversationId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "SELECT 1 FROM conversation WHERE state = 'CREATED' AND conversation_id = ?")) {
      p.setLong(1, conversationId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Every entry in input order, one at a time. */
  synchronized void forEach(Consumer<Entry> action) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM conversation ORDER BY seq")) {
      while (r.next()) {
        action.accept(entry(r));
      }
    }
  }

  synchronized int count(State state) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT COUNT(*) FROM conversation WHERE state = ?")) {
      p.setString(1, state.name());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** Runs {@code work} in one transaction (registering thousands of conversations is one commit, not thousands). */
  synchronized void inTransaction(SqlWork work) throws SQLException {
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  interface SqlWork {
    void run() throws SQLException;
  }

  private void update(String sql, String... values) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      p.executeUpdate();
    }
  }

  private static void setFingerprint(PreparedStatement p, int from, Fingerprint fp) throws SQLException {
    setLong(p, from, fp.mailboxId());
    p.setString(from + 1, fp.subject());
    p.setString(from + 2, fp.customerEmail());
    setLong(p, from + 3, fp.customerId());
    p.setString(from + 4, fp.createdAt() == null ? null : fp.createdAt().toString());
    p.setInt(from + 5, fp.threadCount());
  }

  private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
    if (value == null) {
      p.setNull(index, java.sql.Types.INTEGER);
    } else {
      p.setLong(index, value);
    }
  }

  private static Entry entry(ResultSet r) throws SQLException {
    String createdAt = r.getString("created_at");
    String since = r.getString("sending_since");
    return new Entry(r.getString("source_id"), r.getLong("seq"), State.valueOf(r.getString("state")),
        nullableLong(r, "conversation_id"), r.getString("reason"), r.getInt("final_failure") == 1,
        r.getInt("attempts"),
        new Fingerprint(nullableLong(r, "mailbox_id"), r.getString("subject"), r.getString("customer_email"),
            nullableLong(r, "customer_id"), createdAt == null ? null : Instant.parse(createdAt),
            r.getInt("thread_count")),
        r.getString("input_hash"), since == null ? null : Instant.parse(since));
  }

  private static Long nullableLong(ResultSet r, String column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  private String now() {
    return clock.instant().toString();
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
