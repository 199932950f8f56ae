package dev.plumb.sample;

/** The physical form of a {@link Book}; stored by ordinal, so only ever append new constants. */
public enum BookFormat {
    HARDCOVER,
    PAPERBACK,
    EBOOK,
    AUDIOBOOK
}
