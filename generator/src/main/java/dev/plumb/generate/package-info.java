/**
 * The generate pipeline in one place: connect, detect the dialect, read the entities, inspect the database, normalize
 * both sides, diff, plan and render. {@link dev.plumb.generate.MigrationGenerator} only wires the stages together;
 * each stage lives in its own package.
 */
package dev.plumb.generate;
