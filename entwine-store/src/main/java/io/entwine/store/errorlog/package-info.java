/** The error log: errors by level, de-duplicated while open, resolved by admins or by the engine. */
package io.entwine.store.errorlog;
