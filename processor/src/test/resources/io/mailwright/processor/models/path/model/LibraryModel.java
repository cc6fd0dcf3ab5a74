package com.example.path.model;

import static io.mailwright.model.HttpMethod.DELETE;
import static io.mailwright.model.HttpMethod.GET;
import static io.mailwright.model.HttpMethod.PUT;

import io.mailwright.model.Api;
import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResolvesMoved;
import io.mailwright.model.Shape;

/** Path parameters of each type (long, int, String), with and without a body, several per path. */
@Api(
    title = "Library API",
    baseUrl = "https://library.example.com/",
    endpoints = {LibraryModel.GetShelf.class, LibraryModel.MoveBook.class, LibraryModel.RemoveBook.class})
public interface LibraryModel {
  @Endpoint(method = GET, path = "/shelves/{shelfId}", status = 200, resource = "shelves", operation = "locate")
  @ResolvesMoved
  @Doc("Finds where a shelf went after it was moved.")
  interface GetShelf {
    @PathParam long shelfId();
  }

  @Endpoint(method = PUT, path = "/shelves/{shelfId}/books/{isbn}/slots/{slot}", status = 204, resource = "books",
      operation = "move")
  @Doc("Puts a book in a slot of a shelf.")
  interface MoveBook {
    @PathParam long shelfId();
    @PathParam String isbn();
    @PathParam int slot();
    @Body Placement placement();
  }

  @Endpoint(method = DELETE, path = "/books/{isbn}", status = 204, resource = "books", operation = "remove")
  interface RemoveBook {
    @PathParam @Doc("The book's ISBN") String isbn();
  }

  @Shape
  @Doc("Where a book goes.")
  interface Placement {
    @Required @Doc("Who moves it") String librarian();
  }
}
