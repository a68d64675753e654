package dev.shelfsync.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in sessions. A session is found by the {@code session-id} cookie, or by the hidden {@code workflowState}
 * form field / query parameter for clients without a cookie jar.
 */
final class SignInSessions {

    static final String COOKIE = "session-id";
    static final String STATE_FIELD = "workflowState";

    private final Map<String, SignInSession> sessions = new ConcurrentHashMap<>();

    SignInSession start(String clientId, String codeChallenge, String returnTo, String assocHandle) {
        SignInSession session = new SignInSession(SecureTokens.alphanumeric(24), clientId, codeChallenge, returnTo, assocHandle);
        sessions.put(session.id(), session);
        return session;
    }

    SignInSession find(SandboxRequest request, Map<String, String> form) {
        for (String candidate : new String[] {form.get(STATE_FIELD), request.queryParam(STATE_FIELD), request.cookie(COOKIE)}) {
            SignInSession session = candidate == null ? null : sessions.get(candidate);
            if (session != null) {
                return session;
            }
        }
        return null;
    }

    void finish(SignInSession session) {
        sessions.remove(session.id());
    }
}
