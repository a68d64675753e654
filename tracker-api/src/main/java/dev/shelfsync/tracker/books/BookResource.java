package dev.shelfsync.tracker.books;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.common.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/**
 * The current user's books. Listing: {@code ?status=&type=&q=&page=&size=}, pages numbered from 1, size 50 by
 * default and at most 200; {@code q} finds text in the title or author, ignoring case.
 */
@Path("/api/books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookResource {

    private final BookService books;

    public BookResource(BookService books) {
        this.books = books;
    }

    @GET
    public ApiResponse<PageResult<BookResponse>> list(@QueryParam("status") String status,
                                                      @QueryParam("type") String type,
                                                      @QueryParam("q") String q,
                                                      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return ApiResponse.ok(books.list(status, type, q, page, size));
    }

    @POST
    public Response create(@Valid @NotNull BookRequest book, @Context UriInfo uri) {
        BookResponse created = books.create(book);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(ApiResponse.ok("Book created", created))
                .build();
    }

    @GET
    @Path("/{id}")
    public ApiResponse<BookResponse> get(@PathParam("id") long id) {
        return ApiResponse.ok(books.get(id));
    }

    @PUT
    @Path("/{id}")
    public ApiResponse<BookResponse> replace(@PathParam("id") long id, @Valid @NotNull BookRequest book) {
        return ApiResponse.ok("Book updated", books.replace(id, book));
    }

    @DELETE
    @Path("/{id}")
    public ApiResponse<Void> delete(@PathParam("id") long id) {
        books.delete(id);
        return ApiResponse.ok("Book deleted", null);
    }
}
