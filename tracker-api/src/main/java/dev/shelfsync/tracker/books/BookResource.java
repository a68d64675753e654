package dev.shelfsync.tracker.books;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.common.PageResult;
import dev.shelfsync.tracker.openapi.ApiDocs;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The current user's books. Listing: {@code ?status=&type=&q=&page=&size=}, pages numbered from 1, size 50 by
 * default and at most 200; {@code q} finds text in the title or author, ignoring case.
 */
@Path("/api/books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Books")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class BookResource {

    private static final String BOOK_REQUEST = """
            {"title": "Project Hail Mary", "author": "Andy Weir", "isbn": "9780593135204", "type": "Audiobook",
             "status": "Reading", "total_pages": 496, "progress": 45.5, "started_date": "2025-01-05"}""";
    private static final String BOOK = """
            {"success": true, "message": "Book updated", "data": {"id": 42, "title": "Project Hail Mary",
             "author": "Andy Weir", "isbn": "9780593135204", "type": "Audiobook", "status": "Reading",
             "current_page": 226, "total_pages": 496, "progress": 45.5, "started_date": "2025-01-05",
             "created_at": "2025-01-05T09:12:00Z", "updated_at": "2025-01-07T21:40:00Z"}}""";

    private final BookService books;

    public BookResource(BookService books) {
        this.books = books;
    }

    @GET
    @Operation(summary = "List the caller's books, filtered and paged")
    @APIResponse(responseCode = "200", description = "One page of books", content = @Content(examples = @ExampleObject(
            name = "page", value = """
            {"success": true, "data": {"items": [{"id": 42, "title": "Project Hail Mary", "author": "Andy Weir",
             "type": "Audiobook", "status": "Reading", "current_page": 226, "progress": 45.5}],
             "page": 1, "size": 50, "total": 1}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public ApiResponse<PageResult<BookResponse>> list(@QueryParam("status") String status,
                                                      @QueryParam("type") String type,
                                                      @QueryParam("q") String q,
                                                      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return ApiResponse.ok(books.list(status, type, q, page, size));
    }

    @POST
    @Operation(summary = "Add a book")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "book", value = BOOK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new book",
            content = @Content(examples = @ExampleObject(name = "created", value = BOOK)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response create(@Valid @NotNull BookRequest book, @Context UriInfo uri) {
        BookResponse created = books.create(book);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(ApiResponse.ok("Book created", created))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One book")
    @APIResponse(responseCode = "200", description = "The book", content = @Content(examples = @ExampleObject(
            name = "book", value = BOOK)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<BookResponse> get(@PathParam("id") long id) {
        return ApiResponse.ok(books.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a book; fields left out take their defaults")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "book", value = BOOK_REQUEST)))
    @APIResponse(responseCode = "200", description = "The book as stored", content = @Content(examples = @ExampleObject(
            name = "book", value = BOOK)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<BookResponse> replace(@PathParam("id") long id, @Valid @NotNull BookRequest book) {
        return ApiResponse.ok("Book updated", books.replace(id, book));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a book")
    @APIResponse(responseCode = "200", description = "Deleted", content = @Content(examples = @ExampleObject(
            name = "deleted", value = "{\"success\": true, \"message\": \"Book deleted\"}")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<Void> delete(@PathParam("id") long id) {
        books.delete(id);
        return ApiResponse.ok("Book deleted", null);
    }
}
