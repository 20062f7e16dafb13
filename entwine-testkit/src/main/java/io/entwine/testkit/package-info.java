/** Test-only helpers shared by the modules' tests: API-description contract checks, clocks, databases. */
package io.entwine.testkit;
