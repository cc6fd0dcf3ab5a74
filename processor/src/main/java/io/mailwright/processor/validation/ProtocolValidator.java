package io.mailwright.processor.validation;

import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.ProtocolModel.Key;
import io.mailwright.processor.binding.ProtocolModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks what the model's root says beyond HTTP ({@code @Authorization}, {@code @ApiHeaders},
 * {@code @ErrorBody}, {@code @ErrorType}) and the meaning of each endpoint's response headers:
 * MW170-MW191 (docs/model-errors.md), one code per annotation member and mistake.
 */
final class ProtocolValidator {
  /** An HTTP header name (RFC 9110's token). */
  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** A JSON member, or a path of members through nested objects: {@code _embedded.errors}. */
  private static final Pattern MEMBER_PATH = Pattern.compile("[^.\\s\"\\\\]+(\\.[^.\\s\"\\\\]+)*");
  /** A link relation: one member under {@code _links}. */
  private static final Pattern LINK_RELATION = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*");
  /** The statuses the runtime gives a type of its own (BadRequestException, ..., RateLimitException). */
  private static final Set<Integer> RUNTIME_STATUSES = Set.of(400, 401, 403, 404, 413, 429);

  /** The code of a malformed value, per member. */
  private static final Map<Key, String> MALFORMED = new EnumMap<>(Map.ofEntries(
      Map.entry(Key.TOKEN_PATH, "MW170"),
      Map.entry(Key.AUTHORIZE_URL, "MW171"),
      Map.entry(Key.CORRELATION_ID_HEADER, "MW172"),
      Map.entry(Key.RATE_LIMIT_HEADER, "MW173"),
      Map.entry(Key.RATE_LIMIT_REMAINING_HEADER, "MW174"),
      Map.entry(Key.RETRY_AFTER_HEADER, "MW175"),
      Map.entry(Key.MESSAGE, "MW176"),
      Map.entry(Key.CORRELATION_ID, "MW177"),
      Map.entry(Key.FIELD_ERRORS, "MW178"),
      Map.entry(Key.FIELD_PATH, "MW179"),
      Map.entry(Key.FIELD_MESSAGE, "MW180"),
      Map.entry(Key.FIELD_REJECTED_VALUE, "MW181"),
      Map.entry(Key.FIELD_CODE_LINK, "MW182")));

  private final ErrorReporter reporter;

  ProtocolValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  void validate(ApiModel model, Set<String> generatedTypes) {
    ProtocolModel protocol = model.protocol();
    for (ProtocolModel.Member m : protocol.members()) {
      checkMember(protocol, m);
    }
    Map<Integer, ProtocolModel.ErrorType> byStatus = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (ProtocolModel.ErrorType t : protocol.errorTypes()) {
      if (t.status() < 400 || t.status() > 499) {
        reporter.error(t.statusOrigin(), "MW184", "@ErrorType status " + t.status() + " is not a client error"
            + " (400-499): a server error stays a ServerException, which says the write may have been applied");
      } else if (RUNTIME_STATUSES.contains(t.status())) {
        reporter.error(t.statusOrigin(), "MW185", "@ErrorType status " + t.status() + " has the runtime's own"
            + " exception type (400, 401, 403, 404, 413 and 429 have one)");
      } else if (byStatus.putIfAbsent(t.status(), t) != null) {
        reporter.error(t.statusOrigin(), "MW186", "two @ErrorType declare status " + t.status());
      }
      if (!SourceVersion.isName(t.name()) || t.name().contains(".") || !t.name().endsWith("Exception")) {
        reporter.error(t.nameOrigin(), "MW187", "@ErrorType name \"" + t.name() + "\" is not a Java class name"
            + " ending in Exception");
      } else if (generatedTypes.contains(t.name()) || !names.add(t.name())) {
        reporter.error(t.nameOrigin(), "MW188", "@ErrorType name " + t.name() + " is the name of another generated"
            + " type");
      }
    }
    for (EndpointModel e : model.endpoints()) {
      checkHeaders(e);
    }
  }

  private void checkMember(ProtocolModel protocol, ProtocolModel.Member m) {
    if (m.value() == null) {
      if (m.key() == Key.TOKEN_PATH) {
        reporter.error(m.origin(), MALFORMED.get(m.key()), "@Authorization's tokenPath is empty");
      }
      return;
    }
    String v = m.value();
    boolean ok = switch (m.key()) {
      case TOKEN_PATH -> !v.startsWith("/") && !v.contains(":") && !v.contains("?") && !v.contains("#")
          && !v.contains("..") && v.chars().noneMatch(Character::isWhitespace);
      case AUTHORIZE_URL -> isHttpsUrl(v);
      case CORRELATION_ID_HEADER, RATE_LIMIT_HEADER, RATE_LIMIT_REMAINING_HEADER, RETRY_AFTER_HEADER ->
          HEADER.matcher(v).matches();
      case FIELD_CODE_LINK -> LINK_RELATION.matcher(v).matches();
      default -> MEMBER_PATH.matcher(v).matches();
    };
    if (!ok) {
      reporter.error(m.origin(), MALFORMED.get(m.key()), "@" + m.key().annotation() + "'s " + m.key().member() + " \""
          + v + "\" is not " + expected(m.key()));
      return;
    }
    if (m.key().annotation().equals("ErrorBody") && m.key().member().startsWith("field")
        && m.key() != Key.FIELD_ERRORS && protocol.value(Key.FIELD_ERRORS) == null) {
      reporter.error(m.origin(), "MW183", "@ErrorBody's " + m.key().member() + " describes a field error, but"
          + " fieldErrors does not say where the list of them is");
    }
  }

  private static String expected(Key key) {
    return switch (key) {
      case TOKEN_PATH -> "a path relative to the base URL (no scheme, no leading slash, no query)";
      case AUTHORIZE_URL -> "an absolute https URL";
      case CORRELATION_ID_HEADER, RATE_LIMIT_HEADER, RATE_LIMIT_REMAINING_HEADER, RETRY_AFTER_HEADER ->
          "an HTTP header name";
      case FIELD_CODE_LINK -> "a link relation (a name such as about)";
      default -> "a JSON member name, or a dotted path of them";
    };
  }

  private static boolean isHttpsUrl(String v) {
    try {
      URI uri = new URI(v);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void checkHeaders(EndpointModel e) {
    Map<String, EndpointModel.Header> meanings = new HashMap<>();
    for (EndpointModel.Header h : e.responseHeaders()) {
      if (h.meaning().equals("DOCUMENTED")) {
        continue;
      }
      boolean creates = !e.readsBody() && !e.resolvesMoved() && !"GET".equals(e.method())
          && !"HEAD".equals(e.method());
      if (!creates) {
        reporter.error(h.origin(), "MW189", "header " + h.name() + " of " + e.name() + " means " + h.meaning()
            + ", which only the answer of a write without a response body (a Created) has");
      } else if (meanings.putIfAbsent(h.meaning(), h) != null) {
        reporter.error(h.origin(), "MW190", "two headers of " + e.name() + " mean " + h.meaning() + ": "
            + meanings.get(h.meaning()).name() + " and " + h.name());
      }
    }
  }
}
