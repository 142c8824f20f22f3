package io.remit.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser the bearer-token authentication uses: it reuses an earlier verification of the very same token
 * ({@link VerifiedTokens}) and otherwise hands every call to smallrye-jwt's own parser. Every verified token it
 * returns is named by its {@code sub} claim, and one without {@code sub} is refused ({@link SubjectNamedToken}), so
 * {@code SecurityIdentity.getPrincipal().getName()} is the user id in every service. (A CDI decorator would be
 * shorter, but subclassing the library's parser fails across Quarkus' test class loaders.)
 */
@Alternative
@Priority(10)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser parser;
    private final VerifiedTokens verified = new VerifiedTokens();

    CachingJwtParser(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.verify(token, unverified -> SubjectNamedToken.of(parser.parse(unverified)));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return SubjectNamedToken.of(parser.parse(token, context));
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return SubjectNamedToken.of(parser.verify(token, key));
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return SubjectNamedToken.of(parser.verify(token, key));
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return SubjectNamedToken.of(parser.verify(token, secret));
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return SubjectNamedToken.of(parser.decrypt(token, key));
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return SubjectNamedToken.of(parser.decrypt(token, key));
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return SubjectNamedToken.of(parser.decrypt(token, secret));
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
