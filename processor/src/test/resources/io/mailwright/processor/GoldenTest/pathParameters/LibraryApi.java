package com.example.path;

import javax.annotation.processing.Generated;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Library API as Retrofit calls, one per endpoint of the model.
 *
 * <p>These calls send what they are given: use {@link Library} for validation, authentication,
 * retries and typed errors.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public interface LibraryApi {
  /**
   * Finds where a shelf went after it was moved.
   *
   * <p>{@code GET /shelves/{shelfId}}, 200 on success.
   */
  @GET("shelves/{shelfId}")
  Call<Void> getShelf(@Path("shelfId") long shelfId);

  /**
   * Puts a book in a slot of a shelf.
   *
   * <p>{@code PUT /shelves/{shelfId}/books/{isbn}/slots/{slot}}, 204 on success.
   */
  @PUT("shelves/{shelfId}/books/{isbn}/slots/{slot}")
  Call<Void> moveBook(@Path("shelfId") long shelfId, @Path("isbn") String isbn,
      @Path("slot") int slot, @Body Placement body);

  /**
   *
   * <p>{@code DELETE /books/{isbn}}, 204 on success.
   */
  @DELETE("books/{isbn}")
  Call<Void> removeBook(@Path("isbn") String isbn);
}
