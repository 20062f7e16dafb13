/**
 * A stateful emulator of the Jira Cloud platform REST API v3 (issues, JQL search, comments, transitions,
 * users and metadata; work logs, issue links, sub-tasks, typed custom fields, components, versions, due date
 * and time tracking through the issue create and edit) and of Jira's admin webhooks, speaking the shapes of Atlassian's official
 * description. Only {@link io.entwine.emulator.jira.JiraEmulator} is public; the rest is its state,
 * its JQL subset and the renderings of its answers.
 *
 * <p>Threading: all state lives in one {@code JiraSite} and every request works on it under that
 * site's monitor, so requests are serialised; webhook deliveries leave through the core
 * {@code WebhookDispatcher} on its own thread.
 */
package io.entwine.emulator.jira;
