package io.entwine.emulator.github;

import java.util.List;

/**
 * The fields of a {@code PATCH /repos/{o}/{r}/issues/{n}}: a null list or state means "not sent";
 * {@code bodySent} tells an explicit {@code "body": null} (clear) from an absent body.
 */
record IssuePatch(String title, boolean bodySent, String body, String state, String stateReason,
                  List<String> labels, List<String> assignees) {
}
