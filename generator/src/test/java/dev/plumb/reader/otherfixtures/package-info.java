/** An entity outside the fixtures package, to test the scanner's package filter. */
package dev.plumb.reader.otherfixtures;
