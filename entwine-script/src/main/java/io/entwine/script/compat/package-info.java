/**
 * Stand-ins for the classes of scripts written for Exalate where Entwine has no class of its own
 * ({@code IssueTrackerException}, a mutable {@code BasicHubUser}, {@code scala.Tuple2}, the Scala collection
 * converters, the custom field type enum). The compiler maps the vendor's names to these and to Entwine's own
 * classes ({@code sandbox.VendorNames}); scripts use them like the originals.
 */
package io.entwine.script.compat;
