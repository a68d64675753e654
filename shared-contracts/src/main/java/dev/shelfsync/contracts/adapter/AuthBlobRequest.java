package dev.shelfsync.contracts.adapter;

/**
 * The body of every call made on behalf of a signed-in user: the encrypted auth record, and optionally
 * the marketplace to use instead of the one recorded at login.
 */
public record AuthBlobRequest(String auth, String countryCode) {

    public static AuthBlobRequest of(String auth) {
        return new AuthBlobRequest(auth, null);
    }

    @Override
    public String toString() {
        return "AuthBlobRequest[countryCode=" + countryCode + "]";
    }
}
