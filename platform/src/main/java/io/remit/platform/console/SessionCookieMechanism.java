package io.remit.platform.console;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Console pages accept the session cookie as well as a bearer token: the cookie's token goes to the same identity
 * provider (smallrye-jwt) as a bearer token, so it is verified exactly as the APIs verify theirs. Only
 * {@code /console} paths read it, and a bearer token, when present, wins; no API accepts the cookie.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = sessionToken(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        // smallrye-jwt's identity provider verifies this credential type only.
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new JsonWebTokenCredential(token));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** The cookie's token, on a console path without an Authorization header; else null. */
    static String sessionToken(RoutingContext context) {
        if (!ConsolePaths.isConsole(context.normalizedPath())
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // Pages send visitors to the sign-in page themselves (ConsoleSignInRequired); the APIs' 401 is unchanged.
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE,
                SessionCookie.NAME));
    }
}
