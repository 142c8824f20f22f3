package io.remit.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class SubjectNamedTokenTest {

    @Test
    void shouldNameTheCallerByTheSubjectOnly() throws ParseException {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("u-999");
        claims.setClaim("upn", "alice@example.com");
        claims.setClaim("preferred_username", "alice");
        claims.setStringListClaim("groups", List.of("governance"));
        JsonWebToken library = new DefaultJWTCallerPrincipal("raw", "JWT", claims);

        JsonWebToken token = SubjectNamedToken.of(library);

        assertEquals("alice@example.com", library.getName());
        assertEquals("u-999", token.getName());
        assertEquals("alice", token.getClaim("preferred_username"));
        assertEquals(library.getGroups(), token.getGroups());
    }

    @Test
    void shouldRefuseATokenWithoutSubject() {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", "alice");
        JwtClaims blank = new JwtClaims();
        blank.setSubject(" ");

        assertThrows(ParseException.class,
                () -> SubjectNamedToken.of(new DefaultJWTCallerPrincipal("raw", "JWT", claims)));
        assertThrows(ParseException.class,
                () -> SubjectNamedToken.of(new DefaultJWTCallerPrincipal("raw", "JWT", blank)));
    }
}
