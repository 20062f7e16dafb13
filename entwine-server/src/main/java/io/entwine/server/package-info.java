/**
 * The runnable node: configuration ({@code config}), the HTTP API every node serves ({@code http}:
 * admin REST, node-to-node messages, tracker webhooks, OpenAPI), the command line ({@code cli}), e-mail to
 * admins ({@code mail}) and the offline demo ({@code demo}).
 */
package io.entwine.server;
