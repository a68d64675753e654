package dev.shelfsync.tracker.books;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A book as a client sends it to create or replace one. Fields left out take their defaults: type Book, status
 * Want to Read, current page 0, progress 0. Rules that span fields (pages, dates) and the ISBN check digit are
 * checked by {@link BookService}.
 */
public record BookRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 500) String author,
        String isbn,
        BookType type,
        BookStatus status,
        @PositiveOrZero Integer currentPage,
        @Positive Integer totalPages,
        @DecimalMin("0") @DecimalMax("100") BigDecimal progress,
        LocalDate startedDate,
        LocalDate completedDate) {
}
