package io.mailwright.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list the API answers (HAL: {@code _embedded}, {@code _links}, {@code page}). Pages
 * are numbered from 1. The page size is whatever the API chose: read it from {@link #size()},
 * never assume it.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {
  private final List<T> items;
  private final int number;
  private final int size;
  private final long totalElements;
  private final int totalPages;
  private final @Nullable String next;

  Page(List<T> items, int number, int size, long totalElements, int totalPages, @Nullable String next) {
    this.items = List.copyOf(items);
    this.number = number;
    this.size = size;
    this.totalElements = totalElements;
    this.totalPages = totalPages;
    this.next = next;
  }

  /** The items of this page, in the API's order; empty, never {@code null}. */
  public List<T> items() {
    return items;
  }

  /** This page's number, from 1 ({@code page.number}; 1 when the API does not say). */
  public int number() {
    return number;
  }

  /** The page size the API used ({@code page.size}; the number of items when it does not say). */
  public int size() {
    return size;
  }

  /** How many items the whole list holds ({@code page.totalElements}). */
  public long totalElements() {
    return totalElements;
  }

  /** How many pages the whole list has ({@code page.totalPages}). */
  public int totalPages() {
    return totalPages;
  }

  /** Whether the API gave a {@code next} link: there is a page after this one. */
  public boolean hasNext() {
    return next != null;
  }

  /** The {@code href} of {@code _links.next}, or {@code null}. */
  @Nullable String nextHref() {
    return next;
  }

  @Override
  public String toString() {
    return "Page[number=" + number + ", size=" + size + ", totalElements=" + totalElements + ", totalPages="
        + totalPages + ", items=" + items.size() + ", hasNext=" + hasNext() + "]";
  }
}
