package io.entwine.testkit;

import io.entwine.emulator.core.RecordedExchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Atlassian's Jira Cloud v3 description with its genuine defects relaxed, each only where it applies:
 * every exchange is checked strictly except for the specific lie the document tells about it.
 */
public final class JiraCloudContract {
    // Jira Cloud writes timestamps as 2026-11-23T10:15:30.123+0000 (no colon in the offset) everywhere,
    // while the document types them as RFC 3339 "date-time"; clients parse Jira's form.
    private static final String DATE_TIME = "validation.response.body.schema.format.date-time";

    private static final OpenApiContract strict = OpenApiContract.of(ApiSpecs.jiraCloud()).ignoring(DATE_TIME);
    // The document describes several 204 No Content answers (edit issue, transition) as carrying an
    // application/json body; HTTP forbids a body on 204 and Jira sends none.
    private static final OpenApiContract noContent = OpenApiContract.of(ApiSpecs.jiraCloud())
            .ignoring(DATE_TIME, "validation.response.body.missing", "validation.response.contentType.notAllowed");
    // Most 4xx answers are documented without content, but Jira answers them with an ErrorCollection
    // ({"errorMessages":[...],"errors":{...}}); where the document does give a schema it is still checked.
    private static final OpenApiContract errors = OpenApiContract.of(ApiSpecs.jiraCloud())
            .ignoring(DATE_TIME, "validation.response.body.unexpected");

    public List<String> violations(List<RecordedExchange> exchanges) {
        List<String> out = new ArrayList<>();
        for (RecordedExchange e : exchanges) {
            OpenApiContract contract = e.status() == 204 ? noContent : e.status() >= 400 ? errors : strict;
            out.addAll(contract.violations(e));
        }
        return out;
    }
}
