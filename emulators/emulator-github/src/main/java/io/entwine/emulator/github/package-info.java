/**
 * A stateful emulator of GitHub's REST API for issues (issues, comments, labels, assignees, search, users,
 * rate limits, repository webhooks) on loopback, answering with the shapes of GitHub's official OpenAPI
 * description so that a connector pointed at {@code https://api.github.com} only changes its base URL.
 *
 * <p>{@link io.entwine.emulator.github.GitHubEmulator} is the only public type. Everything else is
 * package-private: the in-memory model ({@code Account}, {@code Repo}, {@code Issue}, {@code Comment},
 * {@code Label}, {@code Hook}, guarded by one lock, the {@code GitHubWorld}), the JSON representations,
 * and one routes class per capability.
 */
package io.entwine.emulator.github;
