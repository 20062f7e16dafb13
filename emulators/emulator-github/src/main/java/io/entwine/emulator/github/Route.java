package io.entwine.emulator.github;

import io.javalin.http.Context;

/** One emulated operation. Runs while the caller holds the world lock; throws {@link ApiError} for GitHub's error answers. */
@FunctionalInterface
interface Route {
    Reply handle(Context ctx, Account actor) throws Exception;
}
