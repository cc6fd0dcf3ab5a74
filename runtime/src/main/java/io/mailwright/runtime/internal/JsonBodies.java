package io.mailwright.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's JSON converters: request bodies streamed into the connection
 * ({@link StreamingJsonBody}), response bodies read with Jackson, tolerating fields the client does
 * not know (responses are never validated).
 */
final class JsonBodies extends Converter.Factory {
  private final ObjectMapper mapper;

  JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The mapper the client writes requests and reads responses with. */
  static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(StreamingJsonBody.module());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // The connection's stream belongs to OkHttp: Jackson must not close it.
    mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Nor flush it: OkHttp flushes once the body is complete. A flush of Jackson's own sends the JSON
    // apart from the chunked body's last chunk, and that second small packet waits for the server's
    // delayed ACK (Nagle): about 40 ms more on every write. Large bodies still stream, segment by segment.
    mapper.getFactory().disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    return mapper;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    // Jackson must not flush the connection when it finishes: OkHttp then sends the rest of the body
    // and the last chunk in the same flush. A flush of its own put the last chunk in a second small
    // packet that Nagle's algorithm held until the server's delayed ACK, some 40 ms per request
    // (benchmarks/: 21 requests/s on loopback). Large bodies still stream: okio writes out each
    // full segment as it fills.
    ObjectWriter writer = mapper.writerFor(mapper.constructType(type))
        .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    return value -> new StreamingJsonBody(writer, value);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    JavaType javaType = mapper.constructType(type);
    ObjectReader reader = mapper.readerFor(javaType);
    return body -> {
      try (body) {
        return reader.readValue(body.charStream());
      }
    };
  }
}
