package com.example.reads;

import java.util.Map;
import javax.annotation.processing.Generated;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.PUT;
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

  /**
   * Replaces the tags of a book.
   *
   * <p>{@code PUT /books/{bookId}/tags}, 204 on success.
   */
  @PUT("books/{bookId}/tags")
  Call<Void> replaceTags(@Path("bookId") long bookId, @Body ReplaceTagsRequest body);

  /**
   * Renames a book.
   *
   * <p>{@code PATCH /books/{bookId}}, 204 on success.
   */
  @PATCH("books/{bookId}")
  Call<Void> renameBook(@Path("bookId") long bookId, @Body RenameBookRequest body);

  /**
   * Deletes a book.
   *
   * <p>{@code DELETE /books/{bookId}}, 204 on success.
   */
  @DELETE("books/{bookId}")
  Call<Void> deleteBook(@Path("bookId") long bookId);
}
