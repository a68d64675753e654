package dev.shelfsync.tracker.demo;

/** One book of the demo tracker library ({@code demo/demo-library.json}). */
record DemoBook(String title, String author, String isbn, String type, Integer totalPages) {
}
