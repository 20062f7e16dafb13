/**
 * The helpers bound into rule scripts ({@code nodeHelper}, {@code commentHelper}, {@code attachmentHelper},
 * {@code workLogHelper}, {@code workflowHelper}, {@code syncHelper}, {@code httpClient}, {@code debug},
 * {@code connection}) and the logic they rest on ({@link io.entwine.script.helpers.CommentDeltas},
 * {@link io.entwine.script.helpers.SubObjectDeltas}, {@link io.entwine.script.helpers.AuthorLine},
 * {@link io.entwine.script.helpers.HtmlText}). Script-facing: method names follow SCRIPTING.md so that existing
 * scripts run unchanged. Helpers only compute and record; what needs the engine (sync back, transitions, traces)
 * is recorded in the run's actions. A new helper method goes into the class of its helper.
 */
package io.entwine.script.helpers;
