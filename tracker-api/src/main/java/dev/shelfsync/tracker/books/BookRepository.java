package dev.shelfsync.tracker.books;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Books, always looked up within one user's shelf. */
@ApplicationScoped
public class BookRepository implements PanacheRepository<Book> {

    public Optional<Book> findOwned(long userId, long bookId) {
        return find("id = ?1 and userId = ?2", bookId, userId).firstResultOptional();
    }

    /** The user's books matching every filter that is set, by title. */
    public PanacheQuery<Book> search(long userId, BookFilter filter) {
        StringBuilder query = new StringBuilder("userId = :user");
        Parameters parameters = Parameters.with("user", userId);
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.type().ifPresent(type -> {
            query.append(" and type = :type");
            parameters.and("type", type);
        });
        filter.text().ifPresent(text -> {
            query.append(" and (lower(title) like :text escape '\\' or lower(author) like :text escape '\\')");
            parameters.and("text", "%" + escapeLike(text.toLowerCase()) + "%");
        });
        return find(query.toString(), Sort.by("title").and("id"), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
