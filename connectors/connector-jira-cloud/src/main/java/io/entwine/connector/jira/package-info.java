/**
 * The Jira Cloud connector: {@link io.entwine.connector.jira.JiraCloudConnector} speaks the real REST API v3
 * (issues, enhanced JQL search, comments, transitions, users, metadata) and Jira's admin webhooks, and maps
 * them to and from the replica model, including work logs, links, the parent, typed custom fields, components,
 * versions, due date and estimates ({@code ExtendedFields}). Descriptions and comment bodies travel as Markdown and are converted
 * from and to the Atlassian Document Format by {@code io.entwine.connector.jira.adf}.
 *
 * <p>Everything here is package-private except the connector itself; HTTP plumbing (auth header, rate-limit
 * waits, retries, error mapping) comes from {@code io.entwine.connector.support}.
 */
package io.entwine.connector.jira;
