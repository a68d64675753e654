package dev.shelfsync.adapter.audible;

import java.net.http.HttpHeaders;
import java.util.OptionalLong;

/** Status, headers and body of a successful Audible API call. */
public record AudibleResponse(int status, HttpHeaders headers, String body) {

    public OptionalLong longHeader(String name) {
        return headers.firstValue(name).map(String::trim).filter(v -> v.matches("\\d+"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }
}
