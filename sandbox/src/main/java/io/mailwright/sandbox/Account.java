package io.mailwright.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Help Scout account a sandbox serves: its mailboxes (each with its folders and custom fields)
 * and its users, configured in {@link SandboxOptions} and listed by the read endpoints
 * ({@code /v2/mailboxes}, {@code /v2/mailboxes/{id}/folders}, {@code /v2/mailboxes/{id}/fields},
 * {@code /v2/users}). A conversation can only be created in one of these mailboxes.
 */
public final class Account {
  private Account() {}

  /** The folder types the sandbox files conversations in (Help Scout's names for its system folders). */
  public static final String UNASSIGNED = "open";

  public static final String MINE = "mytickets";
  public static final String DRAFTS = "drafts";
  public static final String ASSIGNED = "assigned";
  public static final String CLOSED = "closed";
  public static final String SPAM = "spam";

  /** A mailbox (Help Scout's inbox) with its folders and custom fields. */
  public record Mailbox(long id, String name, String slug, String email, Instant createdAt, List<Folder> folders,
      List<Field> fields) {
    public Mailbox {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(createdAt, "createdAt");
      folders = List.copyOf(folders);
      fields = List.copyOf(fields);
    }

    /**
     * A mailbox with Help Scout's system folders (Unassigned, Mine, Drafts, Assigned, Closed, Spam;
     * ids {@code id * 100 + 1} to {@code + 6}) and no custom fields.
     */
    public static Mailbox of(long id, String name, String email) {
      long f = id * 100;
      return new Mailbox(id, name, slug(name), email, Instant.parse("2019-01-01T00:00:00Z"), List.of(
          new Folder(f + 1, "Unassigned", UNASSIGNED, null),
          new Folder(f + 2, "Mine", MINE, null),
          new Folder(f + 3, "Drafts", DRAFTS, null),
          new Folder(f + 4, "Assigned", ASSIGNED, null),
          new Folder(f + 5, "Closed", CLOSED, null),
          new Folder(f + 6, "Spam", SPAM, null)), List.of());
    }

    /** This mailbox with these custom fields instead of its own. */
    public Mailbox withFields(Field... fields) {
      return new Mailbox(id, name, slug, email, createdAt, folders, List.of(fields));
    }

    /** This mailbox with these folders instead of its own. */
    public Mailbox withFolders(Folder... folders) {
      return new Mailbox(id, name, slug, email, createdAt, List.of(folders), fields);
    }

    /** The folder of this type, or {@code null}. */
    Folder folder(String type) {
      for (Folder folder : folders) {
        if (folder.type().equals(type)) {
          return folder;
        }
      }
      return null;
    }

    private static String slug(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
  }

  /**
   * A folder. The sandbox files a conversation in the folder of its mailbox whose type is
   * {@value #DRAFTS} for a draft, {@value #SPAM} or {@value #CLOSED} by status, {@value #MINE} when
   * assigned to the token's user, {@value #ASSIGNED} when assigned to another, else
   * {@value #UNASSIGNED}. {@code userId}: the owner of a user's folder ({@code null} for shared ones).
   */
  public record Folder(long id, String name, String type, Long userId) {
    public Folder {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A custom field. {@code type} is one of Help Scout's {@code SINGLE_LINE}, {@code MULTI_LINE},
   * {@code DATE}, {@code NUMBER}, {@code DROPDOWN}; {@code options} are a dropdown's labels (their
   * ids are the field's id times 100 plus their position from 1).
   */
  public record Field(long id, String name, String type, boolean required, List<String> options) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      options = List.copyOf(options);
    }
  }

  /** A Help Scout user; {@code role} is {@code owner}, {@code admin} or {@code user}. */
  public record User(long id, String firstName, String lastName, String email, String role, String timezone) {
    public User {
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(lastName, "lastName");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(timezone, "timezone");
    }

    public static User of(long id, String firstName, String lastName, String email) {
      return new User(id, firstName, lastName, email, "user", "UTC");
    }
  }

  /** The default mailbox: id 85, "Support", with the system folders and one custom field (531, "Plan"). */
  public static Mailbox defaultMailbox() {
    return Mailbox.of(85, "Support", "support@sandbox.invalid")
        .withFields(new Field(531, "Plan", "SINGLE_LINE", false, List.of()));
  }

  /** The default user for an id: the resource owner "Sandbox User" (user@sandbox.invalid). */
  public static User defaultUser(long id) {
    return new User(id, "Sandbox", "User", "user@sandbox.invalid", "owner", "UTC");
  }
}
