package io.mailwright.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict reading of the generated request types: every JSON field the type does not declare is a
 * problem with its JSON path. The generated types read leniently (as responses must be read); an
 * export is input the user wrote, where an unknown field is a typo that would silently drop data.
 *
 * <p>The fields a type knows are the {@code @JsonProperty} methods of its generated {@code Builder}
 * (the generated types read JSON through their builders), so this follows the model with no list of
 * its own; a union (threads) is followed through its {@code type} discriminator.
 */
final class StrictFields {
  private final Map<Class<?>, Map<String, Type>> known = new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<String, String>> extra;

  /** @param extra fields this reader adds to a generated type, by type (e.g. an attachment's {@code file}) */
  StrictFields(Map<Class<?>, Map<String, String>> extra) {
    this.extra = extra;
  }

  void check(JsonNode node, Class<?> type, String path, List<String> problems) {
    if (node == null || !node.isObject()) {
      return;
    }
    Class<?> concrete = concrete(node, type);
    if (concrete == null) {
      return; // an unknown thread type: the generated validation reports it
    }
    Map<String, Type> fields = fields(concrete);
    Map<String, String> added = extra.getOrDefault(concrete, Map.of());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      String at = path.isEmpty() ? name : path + "." + name;
      if (added.containsKey(name) || isDiscriminator(type, name)) {
        continue;
      }
      Type fieldType = fields.get(name);
      if (fieldType == null) {
        problems.add(at + ": unknown field (" + simpleName(concrete) + " has " + String.join(", ", names(concrete))
            + ")");
        continue;
      }
      descend(e.getValue(), fieldType, at, problems);
    }
  }

  private void descend(JsonNode value, Type type, String path, List<String> problems) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class && value.isArray()) {
      Type element = p.getActualTypeArguments()[0];
      if (element instanceof WildcardType w) {
        element = w.getUpperBounds()[0];
      }
      for (int i = 0; i < value.size(); i++) {
        descend(value.get(i), element, path + "[" + i + "]", problems);
      }
    } else if (type instanceof Class<?> c && isGenerated(c) && value.isObject()) {
      check(value, c, path, problems);
    }
  }

  private static boolean isDiscriminator(Class<?> type, String name) {
    JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
    return info != null && info.property().equals(name);
  }

  private static Class<?> concrete(JsonNode node, Class<?> type) {
    JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
    JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
    if (subTypes == null || info == null) {
      return type;
    }
    String name = node.path(info.property()).asText(null);
    for (JsonSubTypes.Type t : subTypes.value()) {
      if (t.name().equals(name)) {
        return t.value();
      }
    }
    return null;
  }

  private List<String> names(Class<?> type) {
    List<String> names = new java.util.ArrayList<>(fields(type).keySet());
    names.addAll(extra.getOrDefault(type, Map.of()).keySet());
    return names;
  }

  private Map<String, Type> fields(Class<?> type) {
    return known.computeIfAbsent(type, t -> {
      Map<String, Type> fields = new LinkedHashMap<>();
      Class<?> builder = builderOf(t);
      if (builder == null) {
        return fields;
      }
      Map<String, Type> byName = new HashMap<>();
      for (Method m : builder.getMethods()) {
        JsonProperty property = m.getAnnotation(JsonProperty.class);
        if (property != null && m.getParameterCount() == 1) {
          byName.put(property.value(), m.getGenericParameterTypes()[0]);
        }
      }
      // In the order the type writes them, which is the documentation's order.
      com.fasterxml.jackson.annotation.JsonPropertyOrder order =
          t.getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class);
      if (order != null) {
        for (String name : order.value()) {
          if (byName.containsKey(name)) {
            fields.put(name, byName.remove(name));
          }
        }
      }
      fields.putAll(byName);
      return fields;
    });
  }

  private static Class<?> builderOf(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    return null;
  }

  private static boolean isGenerated(Class<?> c) {
    return c.getPackageName().equals("io.mailwright.helpscout") && builderOf(c) != null
        || c.getAnnotation(JsonSubTypes.class) != null;
  }

  private static String simpleName(Class<?> c) {
    return c.getSimpleName();
  }
}
