package dev.shelfsync.sandbox;

/** State of one browser/client going through the sign-in pages. */
final class SignInSession {

    enum Stage { CREDENTIALS, OTP, CVF, APPROVAL }

    private final String id;
    private final String clientId;
    private final String codeChallenge;
    private final String returnTo;
    private final String assocHandle;
    private Stage stage = Stage.CREDENTIALS;
    private boolean captchaSolved;
    private int approvalPolls;

    SignInSession(String id, String clientId, String codeChallenge, String returnTo, String assocHandle) {
        this.id = id;
        this.clientId = clientId;
        this.codeChallenge = codeChallenge;
        this.returnTo = returnTo;
        this.assocHandle = assocHandle;
    }

    String id() {
        return id;
    }

    String clientId() {
        return clientId;
    }

    String codeChallenge() {
        return codeChallenge;
    }

    String returnTo() {
        return returnTo;
    }

    String assocHandle() {
        return assocHandle;
    }

    synchronized Stage stage() {
        return stage;
    }

    synchronized void moveTo(Stage next) {
        stage = next;
    }

    synchronized boolean captchaSolved() {
        return captchaSolved;
    }

    synchronized void markCaptchaSolved() {
        captchaSolved = true;
    }

    synchronized int countApprovalPoll() {
        return ++approvalPolls;
    }
}
