/**
 * The SQL dialect SPI: everything that differs between H2 and PostgreSQL (today: how sync events are claimed,
 * which migration folders apply). No other package may branch on the database product.
 */
package io.entwine.store.dialect;
