package io.remit.platform.security;

import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token whose name is its {@code sub} claim and nothing else. smallrye-jwt names a token by its
 * {@code upn}, else {@code preferred_username}, else {@code sub}, and no setting changes that; identity providers let
 * users change the first two, so a renamed or reused username would inherit someone else's memberships. Remit's user
 * id is the immutable {@code sub} (DESIGN, Security), and a token without one is refused.
 */
final class SubjectNamedToken implements JsonWebToken {

    private final JsonWebToken token;
    private final String subject;

    private SubjectNamedToken(JsonWebToken token, String subject) {
        this.token = token;
        this.subject = subject;
    }

    /** The same token named by its {@code sub}; a token without a non-blank {@code sub} is refused. */
    static JsonWebToken of(JsonWebToken token) throws ParseException {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ParseException("The token has no 'sub' claim, which names the user");
        }
        return new SubjectNamedToken(token, subject);
    }

    @Override
    public String getName() {
        return subject;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public String getRawToken() {
        return token.getRawToken();
    }

    @Override
    public Set<String> getGroups() {
        return token.getGroups();
    }

    @Override
    public long getExpirationTime() {
        return token.getExpirationTime();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public <T> T getClaim(String claimName) {
        return token.getClaim(claimName);
    }

    @Override
    public String toString() {
        return "SubjectNamedToken[" + subject + "]";
    }
}
