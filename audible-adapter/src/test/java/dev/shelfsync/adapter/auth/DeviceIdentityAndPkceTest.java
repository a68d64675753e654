package dev.shelfsync.adapter.auth;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceIdentityAndPkceTest {

    @Test
    void clientIdIsLowerHexOfSerialAndDeviceType() {
        assertEquals(HexFormat.of().formatHex("ABC#A2CZJZGLK2JJVM".getBytes(StandardCharsets.US_ASCII)),
                new DeviceIdentity("ABC").clientId());
        assertTrue(DeviceIdentity.newDevice().serial().matches("[0-9A-F]{32}"));
    }

    @Test
    void pkceMatchesRfc7636AppendixB() {
        Pkce pkce = new Pkce("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pkce.challenge());
        assertTrue(Pkce.create().verifier().matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void findsAndDecodesTheAuthorizationCode() {
        URI redirect = URI.create("https://www.amazon.com/ap/maplanding?openid.assoc_handle=amzn_audible_ios_us"
                + "&openid.oa2.authorization_code=&openid.oa2.authorization_code=ANab%2Fc%3D%3D&openid.mode=id_res");
        assertEquals("ANab/c==", AuthorizationCodes.find(redirect).orElseThrow());
        assertTrue(AuthorizationCodes.find(URI.create("https://www.amazon.com/ap/maplanding?x=1")).isEmpty());
    }
}
