package dev.shelfsync.adapter.signing;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * Loads the device key Amazon returns at registration. It is PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), which the
 * JDK cannot read on its own; some clients store it as bare base64 DER instead, so both are accepted.
 */
public final class DevicePrivateKeys {

    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private DevicePrivateKeys() {
    }

    /** @throws IllegalArgumentException if the text is neither a PEM private key nor base64 DER (PKCS#1 or PKCS#8) */
    public static PrivateKey load(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("device private key is missing");
        }
        try {
            return text.contains("-----BEGIN") ? fromPem(text) : fromDer(Base64.getMimeDecoder().decode(text.trim()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("device private key is not a readable RSA key");
        }
    }

    private static PrivateKey fromPem(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (parsed instanceof PEMKeyPair pair) {
                return CONVERTER.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (parsed instanceof PrivateKeyInfo info) {
                return CONVERTER.getPrivateKey(info);
            }
            throw new IOException("PEM holds no private key");
        }
    }

    private static PrivateKey fromDer(byte[] der) throws IOException {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException notPkcs8) {
            AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
            info = new PrivateKeyInfo(rsa, RSAPrivateKey.getInstance(der));
        }
        return CONVERTER.getPrivateKey(info);
    }
}
