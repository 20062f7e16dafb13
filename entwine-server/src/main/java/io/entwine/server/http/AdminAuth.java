package io.entwine.server.http;

import io.entwine.server.auth.AdminTokens;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Locale;

/**
 * The admin-token check in front of every {@link Route.Access#ADMIN} route: no bearer token is 401, a token
 * that is malformed, unknown or revoked is 403, and in both cases the handler never runs, so a refused call
 * changes nothing (the server logs the refusal). Thread-safe; blocks on one database read per call.
 */
final class AdminAuth {
    static final String REALM = "entwine";

    private final AdminTokens tokens;

    AdminAuth(AdminTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code handler} behind the token check. */
    Handler guard(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    /** Whether the call carries a valid admin token; never refuses (for public routes that show admins more). */
    boolean isAdmin(Context ctx) {
        String token = bearer(ctx);
        return token != null && tokens.verify(token).isPresent();
    }

    private void check(Context ctx) {
        String token = bearer(ctx);
        if (token == null) {
            throw new Unauthorized(ctx.method() + " " + ctx.path() + " needs an admin token: send 'Authorization: Bearer <token>'."
                    + " The node printed its first token when it first started; 'bin/entwine node --config <file> --reset-admin-token'"
                    + " makes a new one.");
        }
        if (tokens.verify(token).isEmpty()) {
            throw new Forbidden("the admin token was not accepted: it is unknown or revoked");
        }
    }

    /** The bearer token of the call, or null when it has none (no header, or another scheme). */
    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) return null;
        String trimmed = header.trim();
        if (trimmed.length() < 7 || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) return null;
        String token = trimmed.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
