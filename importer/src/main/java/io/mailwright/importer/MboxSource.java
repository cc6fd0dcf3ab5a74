package io.mailwright.importer;

import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Violation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * An mbox archive (Google Takeout, Thunderbird, most mail archives): its messages grouped into
 * conversations, each sent as one Create Conversation request. The messages are parsed by Apache James
 * mime4j; this class only finds where each message starts ({@code From } lines) and what it refers to.
 *
 * <p>Grouping: a message joins the conversation of every message of the archive its {@code In-Reply-To}
 * or {@code References} names (by {@code Message-ID}). A message that names none of the archive's
 * messages but looks like a reply (its subject starts with Re:/Fwd:/AW:/SV:..., or it names messages
 * the archive lacks) joins the earliest conversation with the same subject (prefixes removed, case and
 * spaces ignored) and the same customer. Nothing else is merged.
 */
final class MboxSource implements ConversationSource {
  record Settings(long mailboxId, List<String> agentAddresses, Long agentUser, String status) {}

  /** The longest text body kept (text is sent inline; larger parts are refused, never cut). */
  static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;
  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^\\s*((re|fw|fwd|aw|sv|vs|wg|antw|ref|tr)\\s*(\\[\\d+\\])?\\s*:\\s*)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  private final Path file;
  private final Settings settings;
  private final Set<String> agents;

  MboxSource(Path file, Settings settings) {
    this.file = file;
    this.settings = settings;
    this.agents = settings.agentAddresses().stream().map(a -> a.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** One message of the archive: where it is and what its headers say. */
  record Message(int index, long line, long start, long end, String messageId, List<String> references,
      String subject, Instant date, Mailbox from, List<Mailbox> to, List<Mailbox> cc) {
    String position() {
      return "message " + (index + 1) + " (line " + line + ")";
    }
  }

  @Override
  public void read(Sink sink) throws IOException, InterruptedException {
    List<Message> messages = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long[] frame : frames()) {
      int index = (int) frame[0];
      try {
        Message m = headers(index, frame[1], frame[2], frame[3]);
        // The same Message-ID again is the same message (Google Takeout repeats one per label): once.
        if (m.messageId() == null || seen.add(m.messageId())) {
          messages.add(m);
        }
      } catch (MalformedMessage e) {
        sink.unreadable("message " + (index + 1) + " (line " + frame[1] + ")", "malformed, not imported: "
            + e.getMessage());
      }
    }
    for (List<Message> conversation : group(messages)) {
      sink.conversation(conversation(conversation));
    }
  }

  /** Where each message is: {index, line of its From_ line, first byte, end byte}. */
  List<long[]> frames() throws IOException {
    List<long[]> frames = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long offset = 0;
      long line = 0;
      boolean previousBlank = true;
      long start = -1;
      long fromLine = 0;
      long lastBlankStart = -1;
      byte[] head = new byte[5];
      while (true) {
        long lineStart = offset;
        int n = 0;
        int c;
        long length = 0;
        while ((c = in.read()) != -1) {
          offset++;
          if (c == '\n') {
            break;
          }
          if (n < 5) {
            head[n++] = (byte) c;
          }
          length++;
        }
        if (c == -1 && offset == lineStart) {
          break;
        }
        line++;
        boolean blank = length == 0 || length == 1 && head[0] == '\r';
        boolean fromLineHere = n == 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm'
            && head[4] == ' ' && previousBlank;
        if (fromLineHere) {
          if (start >= 0) {
            frames.add(new long[] {frames.size(), fromLine, start, lastBlankStart >= 0 ? lastBlankStart : lineStart});
          }
          start = offset;
          fromLine = line;
        }
        lastBlankStart = blank ? lineStart : -1;
        previousBlank = blank;
        if (c == -1) {
          break;
        }
      }
      if (start >= 0) {
        frames.add(new long[] {frames.size(), fromLine, start, offset});
      }
    }
    return frames;
  }

  private static final class MalformedMessage extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedMessage(String message) {
      super(message);
    }
  }

  private Message headers(int index, long line, long start, long end) throws IOException, MalformedMessage {
    Map<String, Field> fields = new LinkedHashMap<>();
    MimeConfig config = MimeConfig.custom().setStrictParsing(true).setMaxHeaderCount(1000)
        .setMaxLineLen(100_000).setMaxHeaderLen(100_000).build();
    MimeStreamParser parser = new MimeStreamParser(config);
    parser.setFlat(); // the header only: the body's structure is read when the message is sent
    parser.setContentHandler(new AbstractContentHandler() {
      @Override
      public void field(Field field) {
        fields.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field);
      }

      @Override
      public void endHeader() {
        parser.stop();
      }
    });
    try (InputStream in = slice(start, end)) {
      parser.parse(in);
    } catch (MimeException e) {
      throw new MalformedMessage(e.getMessage());
    } catch (org.apache.james.mime4j.MimeIOException e) {
      throw new MalformedMessage(e.getMessage());
    }
    if (fields.isEmpty()) {
      throw new MalformedMessage("no header");
    }
    Instant date = date(fields.get("date"));
    Mailbox from = single(fields.get("from"), "From");
    String messageId = firstId(raw(fields.get("message-id")));
    List<String> references = new ArrayList<>(ids(raw(fields.get("in-reply-to"))));
    for (String id : ids(raw(fields.get("references")))) {
      if (!references.contains(id)) {
        references.add(id);
      }
    }
    String subject = fields.get("subject") == null ? null : unstructured(fields.get("subject"));
    return new Message(index, line, start, end, messageId, references, subject, date, from,
        addresses(fields.get("to")), addresses(fields.get("cc")));
  }

  private static String raw(Field f) {
    return f == null ? null : f.getBody();
  }

  private static Instant date(Field field) throws MalformedMessage {
    if (field == null) {
      throw new MalformedMessage("no Date header");
    }
    ParsedField parsed = parse(field);
    if (!(parsed instanceof DateTimeField d) || !d.isValidField() || d.getDate() == null) {
      throw new MalformedMessage("Date is not a date: '" + field.getBody().trim() + "'");
    }
    return d.getDate().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static Mailbox single(Field field, String name) throws MalformedMessage {
    if (field == null) {
      throw new MalformedMessage("no " + name + " header");
    }
    ParsedField parsed = parse(field);
    if (parsed instanceof MailboxListField m && m.isValidField() && !m.getMailboxList().isEmpty()) {
      return m.getMailboxList().get(0);
    }
    throw new MalformedMessage(name + " is not an address: '" + field.getBody().trim() + "'");
  }

  private static List<Mailbox> addresses(Field field) {
    if (field == null) {
      return List.of();
    }
    ParsedField parsed = parse(field);
    if (parsed instanceof AddressListField a && a.isValidField()) {
      return new ArrayList<>(a.getAddressList().flatten());
    }
    return List.of();
  }

  private static String unstructured(Field field) {
    ParsedField parsed = parse(field);
    return parsed instanceof org.apache.james.mime4j.dom.field.UnstructuredField u ? u.getValue().trim()
        : field.getBody().trim();
  }

  private static ParsedField parse(Field field) {
    return DefaultFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
  }

  private static String firstId(String value) {
    List<String> ids = ids(value);
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static List<String> ids(String value) {
    List<String> ids = new ArrayList<>();
    if (value != null) {
      Matcher m = MESSAGE_ID.matcher(value);
      while (m.find()) {
        ids.add(m.group());
      }
    }
    return ids;
  }

  /** Messages grouped into conversations, each in date order, the conversations by their first message's date. */
  List<List<Message>> group(List<Message> messages) {
    int[] parent = new int[messages.size()];
    Map<String, Integer> byId = new HashMap<>();
    for (int p = 0; p < parent.length; p++) {
      parent[p] = p;
      if (messages.get(p).messageId() != null) {
        byId.putIfAbsent(messages.get(p).messageId(), p);
      }
    }
    List<Integer> byDate = new ArrayList<>();
    for (int p = 0; p < parent.length; p++) {
      byDate.add(p);
    }
    byDate.sort(Comparator.comparing((Integer p) -> messages.get(p).date()).thenComparing(p -> p));
    Map<String, Integer> bySubject = new HashMap<>();
    for (int p : byDate) {
      Message m = messages.get(p);
      boolean linked = false;
      for (String ref : m.references()) {
        Integer other = byId.get(ref);
        if (other != null && other != p) {
          union(parent, p, other);
          linked = true;
        }
      }
      String key = normalizedSubject(m.subject()) + "\u0000" + customerAddress(m);
      boolean looksLikeReply = m.subject() != null && REPLY_PREFIX.matcher(m.subject()).find()
          || !m.references().isEmpty();
      Integer earlier = bySubject.get(key);
      if (!linked && looksLikeReply && earlier != null) {
        union(parent, p, earlier);
      }
      bySubject.putIfAbsent(key, p);
    }
    Map<Integer, List<Message>> groups = new LinkedHashMap<>();
    for (int p : byDate) {
      groups.computeIfAbsent(find(parent, p), k -> new ArrayList<>()).add(messages.get(p));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  static String normalizedSubject(String subject) {
    if (subject == null) {
      return "";
    }
    return REPLY_PREFIX.matcher(subject).replaceFirst("").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private boolean isAgent(Mailbox m) {
    return m != null && agents.contains(m.getAddress().toLowerCase(Locale.ROOT));
  }

  /** The customer a message is with: its sender, or for a message of the team, its first other recipient. */
  private Mailbox customer(Message m) {
    if (!isAgent(m.from())) {
      return m.from();
    }
    for (Mailbox to : m.to()) {
      if (!isAgent(to)) {
        return to;
      }
    }
    return null;
  }

  private String customerAddress(Message m) {
    Mailbox c = customer(m);
    return c == null ? "" : c.getAddress().toLowerCase(Locale.ROOT);
  }

  /** The conversation of {@code messages} (date order), its attachments in temporary files. */
  private ImportItem conversation(List<Message> messages) throws IOException {
    Message first = messages.get(0);
    String sourceId = first.messageId() != null ? first.messageId() : "mbox-message-" + (first.index() + 1);
    List<String> problems = new ArrayList<>();
    List<Path> temporary = new ArrayList<>();
    StringBuilder hash = new StringBuilder();
    Mailbox customer = null;
    for (Message m : messages) {
      hash.append(m.start()).append(':').append(m.end()).append(':').append(m.messageId()).append(';');
      if (customer == null) {
        customer = customer(m);
      }
    }
    if (customer == null) {
      problems.add("customer: every message is from and to the team's own addresses (--agent-address):"
          + " no customer to import it for");
    }
    CreateConversationRequest.Builder conversation = CreateConversationRequest.builder()
        .subject(first.subject() == null || first.subject().isBlank() ? "(no subject)" : first.subject())
        .mailboxId(settings.mailboxId())
        .type(io.mailwright.helpscout.ConversationType.EMAIL)
        .status(io.mailwright.helpscout.ConversationStatus.fromWireValue(settings.status()))
        .imported(true)
        .createdAt(first.date());
    if (customer != null) {
      conversation.customer(customerOf(customer));
    }
    for (int i = 0; i < messages.size() && customer != null; i++) {
      Message m = messages.get(i);
      Body body;
      try {
        body = body(m, temporary);
      } catch (MimeException | IOException e) {
        problems.add("threads[" + i + "]: " + m.position() + " cannot be read: " + e.getMessage());
        continue;
      }
      if (body.problem() != null) {
        problems.add("threads[" + i + "]: " + m.position() + ": " + body.problem());
        continue;
      }
      List<String> cc = m.cc().stream().map(Mailbox::getAddress).toList();
      if (isAgent(m.from())) {
        ReplyThread.Builder reply = ReplyThread.builder().text(body.text()).customer(customerOf(customer))
            .user(settings.agentUser()).imported(true).createdAt(m.date());
        if (!cc.isEmpty()) {
          reply.cc(cc);
        }
        body.attachments().forEach(reply::addAttachment);
        conversation.addThread(reply);
      } else {
        CustomerThread.Builder thread = CustomerThread.builder().text(body.text()).customer(customerOf(m.from()))
            .imported(true).createdAt(m.date());
        if (!cc.isEmpty()) {
          thread.cc(cc);
        }
        body.attachments().forEach(thread::addAttachment);
        conversation.addThread(thread);
      }
    }
    CreateConversationRequest request = null;
    if (problems.isEmpty()) {
      try {
        request = conversation.build();
      } catch (RequestValidationException e) {
        for (Violation v : e.violations()) {
          problems.add(v.path() + ": " + v.message());
        }
      }
    }
    return new ImportItem(sourceId, first.position(), request, problems, JsonLinesSource.hash(hash.toString()),
        temporary);
  }

  /** A customer by email, with the display name when it fits the documented lengths (1..40 each). */
  private static Customer.Builder customerOf(Mailbox m) {
    Customer.Builder c = Customer.builder().email(m.getAddress());
    String name = m.getName() == null ? "" : m.getName().trim();
    if (!name.isEmpty()) {
      int space = name.lastIndexOf(' ');
      String firstName = space < 0 ? name : name.substring(0, space).trim();
      String lastName = space < 0 ? null : name.substring(space + 1).trim();
      if (!firstName.isEmpty() && firstName.length() <= 40 && (lastName == null || lastName.length() <= 40)) {
        c.firstName(firstName);
        if (lastName != null && !lastName.isEmpty()) {
          c.lastName(lastName);
        }
      }
    }
    return c;
  }

  /** What a message sends: the thread's text, its attachments, or why it cannot be sent whole. */
  record Body(String text, List<Attachment.Builder> attachments, String problem) {}

  /**
   * The message's text and attachments. The text is the first text/html part that is not an attachment
   * (Help Scout shows HTML), else the first text/plain part, escaped, its line breaks kept as
   * {@code <br>}. Every other leaf part is an attachment, written to a temporary file and streamed from it.
   */
  private Body body(Message m, List<Path> temporary) throws IOException, MimeException {
    String[] html = {null};
    String[] plain = {null};
    String[] problem = {null};
    List<Attachment.Builder> attachments = new ArrayList<>();
    MimeConfig config = MimeConfig.custom().setMaxHeaderCount(1000).setMaxLineLen(-1).setMaxHeaderLen(100_000)
        .build();
    MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
    parser.setContentDecoding(true);
    parser.setContentHandler(new AbstractContentHandler() {
      @Override
      public void body(BodyDescriptor bd, InputStream in) throws IOException {
        MaximalBodyDescriptor d = (MaximalBodyDescriptor) bd;
        String type = d.getMimeType() == null ? "text/plain" : d.getMimeType().toLowerCase(Locale.ROOT);
        String fileName = d.getContentDispositionFilename();
        if (fileName == null) {
          fileName = d.getContentTypeParameters().get("name");
        }
        boolean attachment = fileName != null || "attachment".equalsIgnoreCase(d.getContentDispositionType());
        if (!attachment && type.equals("text/html") && html[0] == null) {
          html[0] = text(in, d.getCharset());
          return;
        }
        if (!attachment && type.equals("text/plain") && plain[0] == null) {
          plain[0] = text(in, d.getCharset());
          return;
        }
        Path tmp = Files.createTempFile("helpscout-import-", ".part");
        temporary.add(tmp);
        tmp.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(tmp)) {
          in.transferTo(out);
        }
        String name = fileName != null && !fileName.isBlank() ? fileName.trim()
            : "attachment-" + (attachments.size() + 1) + extension(type);
        attachments.add(Attachment.builder().fileName(name).mimeType(type).file(tmp));
      }

      private String text(InputStream in, String charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
          if (bytes.size() + n > MAX_TEXT_BYTES) {
            problem[0] = "a text part is larger than " + MAX_TEXT_BYTES + " bytes; it is not cut, the message is not"
                + " imported";
            in.transferTo(OutputStream.nullOutputStream());
            return "";
          }
          bytes.write(buffer, 0, n);
        }
        return bytes.toString(charset(charset));
      }
    });
    try (InputStream in = slice(m.start(), m.end())) {
      parser.parse(in);
    }
    String text;
    if (html[0] != null && !html[0].isBlank()) {
      text = html[0];
    } else if (plain[0] != null && !plain[0].isBlank()) {
      text = escape(plain[0]);
    } else {
      text = "(no text)";
    }
    return new Body(text, attachments, problem[0]);
  }

  private static Charset charset(String name) {
    try {
      return name == null ? StandardCharsets.US_ASCII : Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  private static String extension(String mimeType) {
    return switch (mimeType) {
      case "text/plain" -> ".txt";
      case "text/html" -> ".html";
      case "message/rfc822" -> ".eml";
      default -> "";
    };
  }

  /** Plain text as the HTML a thread body is: escaped, line breaks as {@code <br>}. */
  static String escape(String plain) {
    StringBuilder s = new StringBuilder(plain.length() + 16);
    String text = plain.replace("\r\n", "\n").strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        case '\n' -> s.append("<br>\n");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** The bytes of a message, without mboxrd's quoting of From_ lines ({@code >From } back to {@code From }). */
  private InputStream slice(long start, long end) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(start);
    InputStream raw = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    return new FromUnquoting(raw, end - start);
  }

  /** At most {@code length} bytes of {@code in}, with one {@code >} removed from lines that are {@code >+From }. */
  static final class FromUnquoting extends InputStream {
    private final InputStream in;
    private long left;
    private boolean lineStart = true;
    private final byte[] pending = new byte[64];
    private int pendingFrom;
    private int pendingTo;

    FromUnquoting(InputStream in, long length) {
      this.in = in;
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      if (pendingFrom < pendingTo) {
        return pending[pendingFrom++] & 0xff;
      }
      int c = next();
      if (c == -1) {
        return -1;
      }
      if (lineStart && c == '>') {
        // Look ahead: >+From  loses one '>'.
        int n = 0;
        pending[n++] = (byte) c;
        int d;
        while (n < pending.length && (d = next()) != -1) {
          pending[n++] = (byte) d;
          if (d != '>') {
            break;
          }
        }
        int gt = 0;
        while (gt < n && pending[gt] == '>') {
          gt++;
        }
        while (n < gt + 5 && n < pending.length) {
          int e = next();
          if (e == -1) {
            break;
          }
          pending[n++] = (byte) e;
        }
        boolean quotedFrom = n >= gt + 5 && pending[gt] == 'F' && pending[gt + 1] == 'r' && pending[gt + 2] == 'o'
            && pending[gt + 3] == 'm' && pending[gt + 4] == ' ';
        pendingFrom = quotedFrom ? 1 : 0;
        pendingTo = n;
        lineStart = pending[n - 1] == '\n';
        return read();
      }
      lineStart = c == '\n';
      return c;
    }

    private int next() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = in.read();
      if (c != -1) {
        left--;
      }
      return c;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
