package dev.shelfsync.tracker.common;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the page's items
 * @param page  the page number, starting at 1
 * @param size  the page size asked for
 * @param total how many items the whole listing has
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
