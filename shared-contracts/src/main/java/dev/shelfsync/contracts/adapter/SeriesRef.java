package dev.shelfsync.contracts.adapter;

/** A series a title belongs to, with its position as Audible writes it ("1", "2.5"). */
public record SeriesRef(String title, String sequence) {
}
