/**
 * The helpers bound into rule scripts ({@code nodeHelper}, {@code commentHelper}, {@code debug},
 * {@code connection}) and the logic they rest on ({@link io.entwine.script.helpers.CommentDeltas},
 * {@link io.entwine.script.helpers.AuthorLine}). Script-facing: method names follow SCRIPTING.md so that
 * existing scripts run unchanged. A new helper method goes into the class of its helper.
 */
package io.entwine.script.helpers;
