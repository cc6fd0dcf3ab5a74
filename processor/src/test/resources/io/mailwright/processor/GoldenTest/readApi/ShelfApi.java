package com.example.reads;

import java.util.Map;
import javax.annotation.processing.Generated;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * Shelf API as Retrofit calls, one per endpoint of the model.
 *
 * <p>These calls send what they are given: use {@link Shelf} for validation, authentication,
 * retries and typed errors.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public interface ShelfApi {
  /**
   * Gets a book.
   *
   * <p>{@code GET /books/{bookId}}, 200 on success.
   */
  @GET("books/{bookId}")
  Call<ResponseBody> getBook(@Path("bookId") long bookId, @QueryMap Map<String, String> query);

  /**
   * Lists books.
   *
   * <p>{@code GET /books}, 200 on success.
   */
  @GET("books")
  Call<ResponseBody> listBooks(@QueryMap Map<String, String> query);
}
