package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Help Scout's HAL list page: {@code _embedded.<plural>}, {@code _links} ({@code self},
 * {@code first}, {@code last}, {@code next} only when there is a next page, and the templated
 * {@code page}), each keeping the request's other query parameters, and {@code page} ({@code size},
 * {@code totalElements}, {@code totalPages}, {@code number}). Pages are numbered from 1; a page
 * past the last has an empty list.
 */
final class Paging {
  /** List Conversations' page size, as documented. */
  static final int CONVERSATIONS = 25;

  /** The page size of every other list (the documentation's 50). */
  static final int DEFAULT = 50;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Paging() {}

  /**
   * The requested page number: {@code page}, default 1.
   *
   * @throws HttpError {@code 400} when it is not a positive number
   */
  static int pageNumber(Map<String, String> query) {
    String page = query.get("page");
    if (page == null || page.isEmpty()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(page.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw HttpError.badRequest(List.of(new HttpError.FieldError("page", "must be a number from 1", page, "Invalid")));
  }

  /** One page of {@code all} (already filtered and sorted), rendered with {@code render}. */
  static <T> ObjectNode page(String plural, List<T> all, Map<String, String> query, int size, String base,
      String path, Function<T, JsonNode> render) {
    int number = pageNumber(query);
    int total = all.size();
    int totalPages = (total + size - 1) / size;
    ObjectNode json = NODES.objectNode();
    ArrayNode items = json.putObject("_embedded").putArray(plural);
    long from = (long) (number - 1) * size;
    for (long i = from; i < Math.min(total, from + size); i++) {
      items.add(render.apply(all.get((int) i)));
    }
    ObjectNode links = json.putObject("_links");
    links.putObject("self").put("href", href(base, path, query, Integer.toString(number)));
    links.putObject("first").put("href", href(base, path, query, "1"));
    links.putObject("last").put("href", href(base, path, query, Integer.toString(Math.max(totalPages, 1))));
    if (number < totalPages) {
      links.putObject("next").put("href", href(base, path, query, Integer.toString(number + 1)));
    }
    links.putObject("page").put("href", href(base, path, query, "{page}")).put("templated", true);
    json.putObject("page").put("size", size).put("totalElements", total).put("totalPages", totalPages)
        .put("number", number);
    return json;
  }

  /** The list's URL with the request's query parameters and this page. */
  private static String href(String base, String path, Map<String, String> query, String page) {
    Map<String, String> parameters = new LinkedHashMap<>(query);
    parameters.remove("page");
    StringBuilder url = new StringBuilder(base).append(path);
    char separator = '?';
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      url.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      separator = '&';
    }
    url.append(separator).append("page=").append(page);
    return url.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
