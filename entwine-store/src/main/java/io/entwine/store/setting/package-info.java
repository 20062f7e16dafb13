/** Node-wide settings stored as key/value pairs. */
package io.entwine.store.setting;
