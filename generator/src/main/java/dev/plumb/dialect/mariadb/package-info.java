/**
 * The MariaDB dialect: the same parts as every dialect package (inspector, normalizer, types, renderer, features,
 * constraint naming, scratch databases, reserved words), with MariaDB's catalog and SQL.
 */
package dev.plumb.dialect.mariadb;
