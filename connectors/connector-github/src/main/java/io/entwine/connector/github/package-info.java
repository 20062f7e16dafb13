/**
 * The GitHub Issues connector: {@link io.entwine.connector.github.GitHubConnector} speaks GitHub's REST API
 * (issues, comments, labels, assignees, search, users, repository webhooks) for one repository, through
 * {@code entwine-connector-support}'s {@code TrackerHttp} (auth, rate-limit waits, retries, Link paging,
 * error mapping).
 *
 * <p>Only the connector is public. The package-private helpers each do one job: settings
 * ({@code GitHubSettings}), calls and paging ({@code GitHubApi}), users and their public e-mails
 * ({@code UserDirectory}), JSON to replica mapping ({@code IssueMapper}), write bodies ({@code IssueWrites}),
 * the polling feed ({@code ChangeFeed} with its cursor positions, {@code FeedPosition}) and webhook
 * verification ({@code WebhookParser}).
 */
package io.entwine.connector.github;
