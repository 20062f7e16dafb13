/** Node configuration files and the choice of connector by kind. */
package io.entwine.server.config;
