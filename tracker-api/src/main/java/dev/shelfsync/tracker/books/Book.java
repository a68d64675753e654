package dev.shelfsync.tracker.books;

import dev.shelfsync.tracker.common.UserOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A book on a user's shelf ({@code books}). The timestamps are kept by the database. */
@Entity
@Table(name = "books")
public class Book extends UserOwnedEntity {

    @Column(nullable = false)
    public String title;

    public String author;

    public String isbn;

    @Column(nullable = false)
    public BookType type = BookType.BOOK;

    @Column(nullable = false)
    public BookStatus status = BookStatus.WANT_TO_READ;

    @Column(name = "current_page", nullable = false)
    public int currentPage;

    @Column(name = "total_pages")
    public Integer totalPages;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal progress = BigDecimal.ZERO;

    @Column(name = "started_date")
    public LocalDate startedDate;

    @Column(name = "completed_date")
    public LocalDate completedDate;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
