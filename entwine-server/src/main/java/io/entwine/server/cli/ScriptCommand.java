package io.entwine.server.cli;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.server.config.Connectors;
import io.entwine.server.config.NodeConfig;
import io.entwine.server.scripts.DryRunInput;
import io.entwine.server.scripts.DryRunRequest;
import io.entwine.server.scripts.DryRunResult;
import io.entwine.server.scripts.DryRunTracker;
import io.entwine.server.scripts.OfflineDirectory;
import io.entwine.server.scripts.ReadOnlyTracker;
import io.entwine.server.scripts.ScriptDryRun;
import io.entwine.server.scripts.ScriptProblem;
import io.entwine.server.scripts.ScriptProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code entwine script check|test}: try a rule script without touching any tracker. Exit 1 when the script fails. */
@Command(name = "script", mixinStandardHelpOptions = true, description = "Try a rule script without touching anything.",
        subcommands = {ScriptCommand.Check.class, ScriptCommand.Test.class})
final class ScriptCommand {

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Compile a rule script under the sandbox; exit 1 with the error and its line when it does not compile.")
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the Groovy rule script") Path file;

        @Override
        public Integer call() {
            try (RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults())) {
                new ScriptDryRun(engine, null).check(name(file), read(file));
                spec.commandLine().getOut().println("ok: " + file + " compiles");
                return 0;
            } catch (ScriptProblemException e) {
                return report(spec, e.problem());
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = {
            "Run a rule script against a local entity (and, incoming, a received replica) and print as JSON the replica it "
                    + "would send (outgoing) or the changes it would write (incoming). Nothing is written anywhere.",
            "Entity files use the replica JSON form (\"$schema\": \"entwine/replica/v1\", optional here). Without a tracker, "
                    + "nodeHelper look-ups are answered from a built-in directory of the emulators' default users, statuses "
                    + "and priorities; with --tracker-url (or --config) from that tracker, read-only."})
    static final class Test implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--connector", description = "local tracker kind: jira-cloud or github (default: the --config node's)") String connector;
        @Option(names = "--direction", required = true, description = "outgoing or incoming") String direction;
        @Option(names = "--script", required = true, description = "the Groovy rule script") Path script;
        @Option(names = "--issue", description = "the local entity (required outgoing, and incoming unless --first-sync)") Path issue;
        @Option(names = "--replica", description = "incoming: the received replica") Path replica;
        @Option(names = "--previous", description = "incoming: the replica received the time before (applies the sync's field-level merge)") Path previous;
        @Option(names = "--first-sync", description = "incoming: no local twin yet, the entity would be created") boolean firstSync;
        @Option(names = "--issue-url", description = "incoming: the remote twin's URL (default: the replica's url)") String issueUrl;
        @Option(names = "--connection", description = "connection.name as the script sees it (default dry-run)") String connection;
        @Option(names = "--remote", description = "connection.remoteInstance.name as the script sees it (default remote)") String remote;
        @Option(names = "--twins", description = "other twins the script may look up: a JSON list of "
                + "{\"remoteId\", \"remoteKey\", \"remoteUrl\", \"local\": {entity}}") Path twins;
        @Option(names = "--tracker-url", description = "answer look-ups from this tracker (read-only) instead of the offline directory") String trackerUrl;
        @Option(names = {"--tracker-setting", "-T"}, paramLabel = "KEY=VALUE",
                description = "a connector setting for --tracker-url, e.g. -T email=me@example.com -T apiToken=... -T project=DEMO "
                        + "(jira-cloud) or -T token=... -T repository=owner/name (github)") Map<String, String> trackerSettings = new LinkedHashMap<>();
        @Option(names = "--config", description = "a node configuration file: look-ups go to its tracker (read-only), with its "
                + "settings and ENTWINE_* environment overrides, so no secret goes on the command line") Path nodeConfig;

        @Override
        public Integer call() {
            NodeConfig config = nodeConfig == null ? null : NodeConfig.load(nodeConfig);
            String kind = kind(config);
            DryRunRequest request = new DryRunRequest(kind, DryRunInput.direction(direction), name(script), read(script),
                    entity(issue), entity(replica), entity(previous), firstSync, issueUrl, connection, remote,
                    twins == null ? null : DryRunInput.twins(read(twins), twins.toString()));
            TrackerConnector started = startTracker(config, kind);
            try (RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults())) {
                DryRunTracker tracker = started == null ? OfflineDirectory.of(kind) : new ReadOnlyTracker(started);
                DryRunResult result = new ScriptDryRun(engine, null).run(request, tracker);
                spec.commandLine().getOut().println(AdminClient.pretty(result.toJson()));
                return 0;
            } catch (ScriptProblemException e) {
                return report(spec, e.problem());
            } finally {
                if (started != null) started.stop();
            }
        }

        private String kind(NodeConfig config) {
            if (config == null) {
                if (connector == null) throw new ConfigException("--connector is required (jira-cloud or github) unless --config names a node");
                return connector;
            }
            if (connector != null && !connector.equals(config.trackerKind())) {
                throw new ConfigException("--connector " + connector + " does not match the tracker of " + nodeConfig + " (" + config.trackerKind() + ")");
            }
            return config.trackerKind();
        }

        private TrackerConnector startTracker(NodeConfig config, String kind) {
            if (config != null && trackerUrl != null) throw new ConfigException("give either --config or --tracker-url, not both");
            if (trackerUrl == null && !trackerSettings.isEmpty() && config == null) {
                throw new ConfigException("--tracker-setting needs --tracker-url");
            }
            ConnectorConfig connectorConfig = config != null ? config.connectorConfig(Clock.systemUTC())
                    : trackerUrl != null ? new ConnectorConfig(trackerUrl, trackerSettings, Clock.systemUTC()) : null;
            if (connectorConfig == null) return null;
            TrackerConnector tracker = Connectors.create(kind);
            tracker.start(connectorConfig);
            return tracker;
        }

        private static HubIssue entity(Path file) {
            return file == null ? null : DryRunInput.entity(read(file), file.toString());
        }
    }

    private static int report(CommandSpec spec, ScriptProblem problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(problem.message());
        err.println("(" + problem.kind().meaning() + ")");
        return 1;
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
