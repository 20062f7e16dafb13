/**
 * The HTTP API every node serves: admin REST under {@code /api}, node-to-node messages under
 * {@code /peer/v1}, tracker webhooks under {@code /webhooks}, and the OpenAPI description of all of it at
 * {@code /api/openapi.json}. Routes are declared in one table ({@link io.entwine.server.http.NodeRoutes}), each
 * with its access (admin token, public, or signed), so a test can prove the description covers every route served
 * and that every admin route is guarded.
 */
package io.entwine.server.http;
