package com.example.reads.model;

import static io.mailwright.model.HttpMethod.DELETE;
import static io.mailwright.model.HttpMethod.GET;
import static io.mailwright.model.HttpMethod.PATCH;
import static io.mailwright.model.HttpMethod.PUT;

import io.mailwright.model.Api;
import io.mailwright.model.Doc;
import io.mailwright.model.Embedded;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Json;
import io.mailwright.model.Link;
import io.mailwright.model.Paged;
import io.mailwright.model.PathParam;
import io.mailwright.model.Query;
import io.mailwright.model.ResolvesMoved;
import io.mailwright.model.Required;
import io.mailwright.model.Returns;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * Reads: a resource, a page of a list, query parameters of each type, HAL parts; and the writes
 * other than POST (PUT, PATCH, DELETE), which keep the no-duplicate rule of every write.
 */
@Api(title = "Shelf API", baseUrl = "https://shelf.example.com/", endpoints = {GetBook.class, ListBooks.class,
    ReplaceTags.class, RenameBook.class, DeleteBook.class})
public interface ReadsModel {}

@Endpoint(method = GET, path = "/books/{bookId}", status = 200, resource = "books", operation = "get")
@Returns(Book.class)
@ResolvesMoved(resolver = "locate")
@Doc("Gets a book.")
@ErrorResponse(status = 404, doc = "There is no such book.")
interface GetBook {
  @PathParam long bookId();
  @Query @Doc("Sub-entities to embed") List<Embed> embed();
}

@Endpoint(method = GET, path = "/books", status = 200, resource = "books", operation = "list")
@Paged(item = Book.class, embedded = "books")
@Doc("Lists books.")
interface ListBooks {
  @Query @Doc("Shelves to look on") List<Long> shelf();
  @Query @Doc("Tags, any of them") List<String> tag();
  @Query(defaultValue = "all") @Doc("Which books") Availability availability();
  @Query("modified_since") @Doc("Only books changed after this") Instant modifiedSince();
  @Query @Doc("Search text") String query();
  @Query @Doc("Only signed copies") Boolean signed();
  @Query @Doc("An author's id") Long author();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();
}

@Endpoint(method = PUT, path = "/books/{bookId}/tags", status = 204, resource = "books", operation = "replaceTags")
@Doc("Replaces the tags of a book.")
interface ReplaceTags {
  @PathParam long bookId();
  @Required @Doc("The whole list of tags") List<String> tags();
}

@Endpoint(method = PATCH, path = "/books/{bookId}", status = 204, resource = "books", operation = "rename")
@Doc("Renames a book.")
interface RenameBook {
  @PathParam long bookId();
  @Required @Doc("The new title") String title();
}

@Endpoint(method = DELETE, path = "/books/{bookId}", status = 204, resource = "books", operation = "delete")
@Doc("Deletes a book.")
@ErrorResponse(status = 404, doc = "There is no such book.")
interface DeleteBook {
  @PathParam long bookId();
}

enum Embed { chapters, reviews }

enum Availability { all, lent, shelved }

@Shape
@Doc("A book as the API answers it.")
interface Book {
  @Doc("Book ID") Long id();
  @Json("pages") @Doc("Number of pages") Integer pageCount();
  @Doc("Title") String title();
  @Doc("Whether it is signed") Boolean signed();
  @Doc("When it was added") Instant addedAt();
  @Doc("Where it is") Availability availability();
  @Doc("Who wrote it") Author author();
  @Doc("Its tags") List<String> tags();
  @Doc("Shelves it was on") List<Long> shelves();
  @Doc("Other authors") List<Author> coauthors();
  @Embedded("chapters") @Doc("The chapters, with embed=chapters") List<Chapter> chapters();
  @Link("web") @Doc("The book on the web") String webLink();
}

@Shape
@Doc("An author.")
interface Author {
  @Doc("Author ID") Long id();
  @Doc("Name") String name();
}

@Shape
@Doc("A chapter.")
interface Chapter {
  @Doc("Chapter number") Integer number();
  @Doc("Chapter title") String title();
}
