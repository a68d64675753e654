package dev.shelfsync.adapter.audible;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code /auth/token} answer; {@code expires_in} arrives as a number or a numeric string (Jackson coerces both). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TokenResponse(String accessToken, Long expiresIn) {
}
