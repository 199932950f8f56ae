/**
 * The CI gate: replays migrations on a scratch database and compares schemas. {@link dev.plumb.gate.RoundTripVerifier}
 * proves every down restores the schema before its up, {@link dev.plumb.gate.DriftCheck} compares what the migrations
 * build with the entities, {@link dev.plumb.gate.LiveDriftCheck} with a live database.
 * {@link dev.plumb.gate.SchemaDifference} words a schema difference for humans.
 */
package dev.plumb.gate;
