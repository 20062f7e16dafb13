/**
 * Exactly-once creation on trackers: the origin marker a connector writes together with a create (a Jira entity
 * property, a hidden HTML comment in a GitHub body), and the create-once loop that looks the marker up after a
 * create whose outcome is unknown instead of resending it blindly.
 */
package io.entwine.connector.support.origin;
