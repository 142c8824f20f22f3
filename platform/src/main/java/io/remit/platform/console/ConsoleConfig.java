package io.remit.platform.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The console's runtime configuration (DESIGN, Faces). */
@ConfigMapping(prefix = "remit.console")
public interface ConsoleConfig {

    /**
     * Offers a sign-in by user id and roles, without a token, for the local run. A service with it on refuses to
     * start unless the only key it trusts is the dev key ({@link DevSignInGuard}).
     */
    @WithDefault("false")
    boolean devSignIn();

    /** The dev private key (PKCS#8 PEM) the dev sign-in signs its tokens with; required when dev sign-in is on. */
    Optional<String> devKeyLocation();

    /** How long a dev sign-in lasts. A pasted token's session lasts as long as the token. */
    @WithDefault("8h")
    Duration devSessionLifetime();

    /** Where each service's pages live, so that pages link across services on one host. */
    Links links();

    /** Base URLs (scheme, host, port) of each console area; unset: the same host as the page (a gateway). */
    interface Links {

        /** team-service: {@code /console/teams/**}. */
        Optional<String> teams();

        /** decision-service: {@code /console/decisions/**}, {@code /console/logs/**} and boundaries. */
        Optional<String> decisions();

        /** notification-service: {@code /console}, the inbox, escalations, sign-in and sign-out. */
        Optional<String> notifications();
    }
}
