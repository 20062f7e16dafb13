/**
 * Conversion between Atlassian Document Format (ADF, the rich-text JSON of Jira Cloud REST v3) and the
 * GitHub-flavoured Markdown that Entwine uses as its neutral text form.
 *
 * <p>{@link io.entwine.connector.jira.adf.AdfMarkdown} is the only public type. Both directions go
 * through one canonical in-memory document ({@code Doc}, {@code Block}, {@code Inline}): readers
 * ({@code MarkdownReader}, {@code AdfReader}) build it and apply the same canonicalisation rules
 * ({@code BlockFitter}, {@code InlineCanonicalizer}), writers ({@code MarkdownWriter}, {@code AdfWriter})
 * print it. Because both sides meet in the same canonical form, Markdown written by this package reads
 * back to the document it was written from, which is what makes {@code normalize} exact.
 */
package io.entwine.connector.jira.adf;
