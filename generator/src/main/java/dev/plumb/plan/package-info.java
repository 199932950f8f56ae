/**
 * Planning: puts the differ's unordered changes into phases that always execute
 * ({@link dev.plumb.plan.MigrationPlanner}) and pairs them with their inverses for the down migration.
 */
package dev.plumb.plan;
