/**
 * The embedded PostgreSQL that scratch databases live on when the user names no server: zonky's binaries for this
 * platform, found on the class path, in the local Maven repository, or downloaded into it.
 */
package dev.plumb.dialect.postgres.scratch;
