package io.entwine.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the official API descriptions in {@code ../shared/api-specs} (set by the build as {@code entwine.specs.dir}). */
public final class ApiSpecs {
    private ApiSpecs() {
    }

    public static Path dir() {
        String configured = System.getProperty("entwine.specs.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "api-specs");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("API descriptions not found at " + dir.toAbsolutePath()
                    + "; the repository expects ../shared/api-specs beside it (or -Dentwine.specs.dir=...)");
        }
        return dir;
    }

    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) throw new IllegalStateException("API description missing: " + file.toAbsolutePath());
        return file;
    }

    public static Path jiraCloud() { return file("jira-cloud/jira-cloud-platform-v3-issues.openapi.json"); }
    public static Path jiraWebhooks() { return file("jira-common/jira-webhooks.openapi.yaml"); }
    public static Path githubRest() { return file("github/github-rest-issues.openapi.json"); }
    public static Path githubWebhooks() { return file("github/github-webhooks-issues.openapi.json"); }
}
