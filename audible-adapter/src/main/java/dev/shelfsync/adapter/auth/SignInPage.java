package dev.shelfsync.adapter.auth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One Amazon sign-in page, recognised by the markers the audible clients look for. */
final class SignInPage {

    enum Kind { CAPTCHA, APPROVAL, CVF, MFA_CHOICE, OTP, CREDENTIALS, UNKNOWN }

    private final Document document;

    SignInPage(String html, URI url) {
        this.document = Jsoup.parse(html, url.toString());
    }

    Kind kind() {
        if (document.selectFirst("img#auth-captcha-image, img[alt*=CAPTCHA]") != null) {
            return Kind.CAPTCHA;
        }
        if (document.selectFirst("#resend-approval-alert, #resend-approval-form") != null) {
            return Kind.APPROVAL;
        }
        if (document.selectFirst("#cvf-page-content") != null) {
            return Kind.CVF;
        }
        if (document.selectFirst("form#auth-select-device-form") != null) {
            return Kind.MFA_CHOICE;
        }
        if (document.selectFirst("form[id*=verification-code-form], form[id*=auth-mfa-form], input[name=otpCode]") != null) {
            return Kind.OTP;
        }
        if (document.selectFirst("input[name=email], input[name=password]") != null) {
            return Kind.CREDENTIALS;
        }
        return Kind.UNKNOWN;
    }

    /** The sign-in form: the first {@code form[name=signIn]}, else the first form. */
    Element form() {
        Element form = document.selectFirst("form[name=signIn]");
        return form != null ? form : document.selectFirst("form");
    }

    Element deviceChoiceForm() {
        return document.selectFirst("form#auth-select-device-form");
    }

    /** Hidden inputs keep their value; every other named input is sent empty unless the caller fills it. */
    static Map<String, String> inputs(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), "hidden".equalsIgnoreCase(input.attr("type")) ? input.attr("value") : "");
        }
        return fields;
    }

    /** The radio value of the authenticator-app (TOTP) option on the device-choice page. */
    Optional<String> totpDeviceChoice() {
        return Optional.ofNullable(document.selectFirst(
                        "[data-a-input-name=otpDeviceContext].auth-TOTP input[name=otpDeviceContext]"))
                .map(input -> input.attr("value"));
    }

    /** Amazon's error text (wrong password etc.), if the page shows one. */
    Optional<String> errorMessage() {
        Element box = document.selectFirst("#auth-error-message-box");
        if (box == null) {
            return Optional.empty();
        }
        String text = box.select("h4, li span").eachText().stream().reduce((a, b) -> a + " " + b).orElse("");
        return Optional.of(text.isBlank() ? box.text() : text);
    }

    static boolean isGet(Element form) {
        return "get".equalsIgnoreCase(form.attr("method"));
    }

    static URI action(Element form) {
        String action = form.absUrl("action");
        return URI.create(action.isEmpty() ? form.baseUri() : action);
    }
}
