/**
 * Trying a rule script without touching anything: {@link io.entwine.server.scripts.ScriptDryRun} compiles a
 * script and runs it against a given local entity and received replica, and reports the replica it would send
 * or the changes it would write. Look-ups ({@code nodeHelper}) go to a read-only view of a tracker
 * ({@link io.entwine.server.scripts.ReadOnlyTracker}) or, offline, to a built-in directory of the emulators'
 * default users, statuses and priorities ({@link io.entwine.server.scripts.OfflineDirectory}); every write is
 * refused. The CLI ({@code entwine script}) and the REST API ({@code /api/scripts}) both go through here, with
 * the JSON forms of {@link io.entwine.server.scripts.DryRunInput} and {@link io.entwine.server.scripts.DryRunResult}.
 */
package io.entwine.server.scripts;
