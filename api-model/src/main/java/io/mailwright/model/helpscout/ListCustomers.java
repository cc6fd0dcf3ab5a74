package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Paged;
import io.mailwright.model.Query;
import java.time.Instant;

/**
 * List Customers (public documentation: customers/list), every documented URL parameter. Reading
 * taken: the list's items are read with Get Customer's shape; what a list leaves out is absent.
 */
@Endpoint(method = GET, path = "/v2/customers", status = 200, resource = "customers", operation = "list")
@Paged(item = GetCustomer.CustomerDetails.class, embedded = "customers")
@Doc("Lists and filters customers. All parameters are joined by the AND operator. Customers are by default sorted by createdAt from newest to oldest.")
interface ListCustomers {
  @Query @Doc("Filters customers from a specific inbox") Long mailbox();
  @Query @Doc("Filters customers by first name") String firstName();
  @Query @Doc("Filters customers by last name") String lastName();
  @Query @Doc("Returns only customers that were modified after this date") Instant modifiedSince();
  @Query(defaultValue = "createdAt") @Doc("Sorts the result by specified field") CustomerSortField sortField();
  @Query(defaultValue = "desc") @Doc("Sort order") ListConversations.SortOrder sortOrder();
  @Query @Doc("Advanced search query, e.g. (firstName:\"John\" AND lastName:\"Appleseed\")") String query();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  /** {@code sortField}. */
  @Doc("The field a list of customers is sorted by.")
  enum CustomerSortField { createdAt, firstName, lastName, modifiedAt }
}
